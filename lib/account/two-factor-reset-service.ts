import "server-only";
// Resetting a staff member's two-step verification when they lost their device: one admin asks (with a reason),
// a second admin approves, and only then are the staff member's authenticator, recovery codes and sessions gone —
// they sign in with their password and must enrol again before any staff page or action works for them. Nobody
// resets their own, nobody approves their own request; every step is audited and the staff member is told.
import { authorize } from "@/lib/auth/authorize";
import { canResetStaffTwoFactor } from "@/lib/auth/policy";
import type { Viewer } from "@/lib/auth/viewer-types";
import { AppError } from "@/lib/errors";
import { membershipLinks, platformUrl } from "@/lib/links";
import { findAdminsToAsk, findOpenTwoFactorReset, findTwoFactorReset, findTwoFactorResetTarget } from "./data";
import { approveTwoFactorReset, cancelTwoFactorReset, createTwoFactorReset } from "./mutations";
import { TWO_FACTOR_RESET_HOURS, twoFactorResetRefusal, type RequestTwoFactorResetInput, type TwoFactorResetInput } from "./schema";

export type StaffTwoFactorResetView =
  | { state: "not-applicable" }
  | { state: "none" }
  | { state: "open"; id: string; requesterName: string | null; reason: string; createdAt: Date; expiresAt: Date; requestedByViewer: boolean };

/** What the member's admin page offers: nothing (not staff with two-step, or the admin themselves), a request, or the open one. */
export async function staffTwoFactorReset(viewer: Viewer, userId: string): Promise<StaffTwoFactorResetView> {
  const admin = authorize(viewer, canResetStaffTwoFactor);
  const target = await findTwoFactorResetTarget(userId);
  if (!target || target.id === admin.id || !isStaffWithTwoStep(target)) return { state: "not-applicable" };
  const open = await findOpenTwoFactorReset(userId);
  if (!open) return { state: "none" };
  return { state: "open", id: open.id, requesterName: open.requesterName, reason: open.reason, createdAt: open.createdAt, expiresAt: open.expiresAt, requestedByViewer: open.requestedById === admin.id };
}

function isStaffWithTwoStep(user: { role: string; status: string; totpEnabledAt: Date | null }): boolean {
  return (user.role === "ADMIN" || user.role === "MODERATOR") && user.status === "ACTIVE" && user.totpEnabledAt !== null;
}

export async function requestStaffTwoFactorReset(viewer: Viewer, input: RequestTwoFactorResetInput): Promise<void> {
  const admin = authorize(viewer, canResetStaffTwoFactor);
  if (input.userId === admin.id) throw new AppError("FORBIDDEN");
  const target = await findTwoFactorResetTarget(input.userId);
  if (!target) throw new AppError("NOT_FOUND");
  if (!isStaffWithTwoStep(target)) throw twoFactorResetRefusal("notStaffWithTwoStep");
  const url = platformUrl(`/admin/members/${encodeURIComponent(target.id)}`);
  const admins = await findAdminsToAsk([admin.id, target.id]);
  const created = await createTwoFactorReset({
    staffId: target.id,
    requestedById: admin.id,
    reason: input.reason,
    expiresAt: new Date(Date.now() + TWO_FACTOR_RESET_HOURS * 3_600_000),
    emails: admins.map((other) => ({ to: other.email, locale: other.locale, template: "admin.two-factor-reset-requested", params: { url } })),
  });
  if (!created) throw twoFactorResetRefusal("alreadyRequested");
}

export async function approveStaffTwoFactorReset(viewer: Viewer, input: TwoFactorResetInput): Promise<void> {
  const admin = authorize(viewer, canResetStaffTwoFactor);
  const reset = await findTwoFactorReset(input.resetId);
  if (!reset) throw new AppError("NOT_FOUND");
  if (reset.requestedById === admin.id || reset.staffId === admin.id) throw twoFactorResetRefusal("secondAdminNeeded");
  const signInUrl = membershipLinks().signInUrl;
  const approved = await approveTwoFactorReset({
    resetId: reset.id,
    approverId: admin.id,
    emails: (staff) => [{ to: staff.email, locale: staff.locale, template: "account.two-factor-reset", params: { signInUrl } }],
  });
  if (!approved) throw twoFactorResetRefusal("noLongerOpen");
}

export async function cancelStaffTwoFactorReset(viewer: Viewer, input: TwoFactorResetInput): Promise<void> {
  const admin = authorize(viewer, canResetStaffTwoFactor);
  if (!(await findTwoFactorReset(input.resetId))) throw new AppError("NOT_FOUND");
  if (!(await cancelTwoFactorReset({ resetId: input.resetId, actorId: admin.id }))) throw twoFactorResetRefusal("noLongerOpen");
}
