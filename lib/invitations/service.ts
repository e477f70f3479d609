import "server-only";
// Invitations for an explicit viewer (see lib/applications/service.ts for why).
import { checkApplicantAnswers } from "@/lib/applications/data";
import { refuseProblems, type AcceptPreApprovedInput, type InvitedApplyInput } from "@/lib/applications/schema";
import { authorize } from "@/lib/auth/authorize";
import { hashPassword } from "@/lib/auth/password";
import { canApply, canInviteAsAdmin, canInviteToOrganization, isAdmin } from "@/lib/auth/policy";
import { hashToken, isWellFormedToken, newToken } from "@/lib/auth/tokens";
import type { Viewer } from "@/lib/auth/viewer-types";
import { AppError } from "@/lib/errors";
import { defaultLocale } from "@/lib/i18n/config";
import { membershipLinks, platformUrl } from "@/lib/links";
import type { RequestContext } from "@/lib/request-context";
import { emailIsRegistered, findInvitationByTokenHash, findInviter, findOpenInvitation, findOrganization, listInvitations } from "./data";
import { acceptInvitationWithApplication, acceptPreApprovedInvitation, createInvitation, revokeInvitation } from "./mutations";
import { INVITATION_VALID_DAYS, invitationRefusal, invitationState, type CreateInvitationInput, type CreateOrganizationInvitationInput, type RevokeInvitationInput } from "./schema";

export const INVITATIONS_PAGE_SIZE = 25;

async function send(
  viewerId: string,
  input: {
    email: string;
    locale: string;
    organizationId: string | null;
    organizationName: string | null;
    preApproved: boolean;
    role: "MEMBER" | "MODERATOR" | "ADMIN";
    organizationRole?: "MEMBER" | "REPRESENTATIVE";
  },
): Promise<void> {
  const token = newToken();
  const inviter = await findInviter(viewerId);
  const outcome = await createInvitation(
    {
      email: input.email,
      tokenHash: hashToken(token),
      invitedById: viewerId,
      organizationId: input.organizationId,
      preApproved: input.preApproved,
      role: input.preApproved ? input.role : "MEMBER",
      // A role in the organization is given with the approval; a reviewed invitee joins it as a member.
      organizationRole: input.preApproved && input.organizationId ? (input.organizationRole ?? "MEMBER") : "MEMBER",
      locale: input.locale,
      expiresAt: new Date(Date.now() + INVITATION_VALID_DAYS * 24 * 60 * 60 * 1000),
    },
    {
      url: platformUrl(`/invitations/${token}`),
      inviterName: inviter?.displayName ?? inviter?.name ?? "",
      organizationName: input.organizationName,
      expiresDays: INVITATION_VALID_DAYS,
    },
  );
  if (outcome !== "created") throw invitationRefusal("alreadyInvited");
}

/** An admin invites someone, optionally approving them in advance with a role. */
export async function inviteAsAdmin(viewer: Viewer, input: CreateInvitationInput): Promise<void> {
  const admin = authorize(viewer, canInviteAsAdmin);
  // Admins may learn that an address is registered: they can see every member anyway.
  if (await emailIsRegistered(input.email)) throw invitationRefusal("alreadyMember");
  if (await findOpenInvitation(input.email, null)) throw invitationRefusal("alreadyInvited");
  await send(admin.id, { ...input, organizationId: null, organizationName: null });
}

/**
 * A representative (or an admin) invites someone to an organization. A representative's invitation is never
 * pre-approved: the invitee applies, and an admin reviews; whether the address is registered is not revealed to
 * a representative (a registered person following the link is told to sign in). An admin's may be pre-approved,
 * with a platform role and a role in the organization (e.g. its representative).
 */
export async function inviteToOrganization(viewer: Viewer, input: CreateOrganizationInvitationInput): Promise<void> {
  const inviter = authorize(viewer, canInviteToOrganization, { id: input.organizationId });
  const organization = await findOrganization(input.organizationId);
  if (!organization || organization.status !== "ACTIVE") throw new AppError("NOT_FOUND");
  const approvesInAdvance = input.preApproved || input.role !== "MEMBER" || input.organizationRole !== "MEMBER";
  if (approvesInAdvance && !isAdmin(inviter)) throw new AppError("FORBIDDEN");
  if (isAdmin(inviter) && (await emailIsRegistered(input.email))) throw invitationRefusal("alreadyMember");
  if (await findOpenInvitation(input.email, organization.id)) throw invitationRefusal("alreadyInvited");
  await send(inviter.id, {
    email: input.email,
    locale: input.locale,
    organizationId: organization.id,
    organizationName: organization.name,
    preApproved: isAdmin(inviter) && input.preApproved,
    role: input.role,
    organizationRole: input.organizationRole,
  });
}

/** Admins revoke any open invitation; a representative only their organization's. */
export async function revoke(viewer: Viewer, input: RevokeInvitationInput & { organizationId?: string }): Promise<void> {
  if (input.organizationId) {
    const organizationId = input.organizationId;
    const actor = authorize(viewer, canInviteToOrganization, { id: organizationId });
    await revokeInvitation({ invitationId: input.invitationId, actorId: actor.id, organizationId: isAdmin(actor) ? undefined : organizationId });
    return;
  }
  const admin = authorize(viewer, canInviteAsAdmin);
  await revokeInvitation({ invitationId: input.invitationId, actorId: admin.id });
}

export async function invitationList(viewer: Viewer, { organizationId, page }: { organizationId?: string; page: number }) {
  if (organizationId) authorize(viewer, canInviteToOrganization, { id: organizationId });
  else authorize(viewer, canInviteAsAdmin);
  const { rows, total } = await listInvitations({ organizationId, skip: (page - 1) * INVITATIONS_PAGE_SIZE, take: INVITATIONS_PAGE_SIZE });
  const now = new Date();
  return { rows: rows.map((row) => ({ ...row, state: invitationState(row, now) })), total, totalPages: Math.max(1, Math.ceil(total / INVITATIONS_PAGE_SIZE)) };
}

/** An organization's invitations page: the organization (active only) and one page of its invitations. */
export async function organizationInvitations(viewer: Viewer, organizationId: string, page: number) {
  authorize(viewer, canInviteToOrganization, { id: organizationId });
  const organization = await findOrganization(organizationId);
  if (!organization || organization.status !== "ACTIVE") throw new AppError("NOT_FOUND");
  return { organization, canPreApprove: isAdmin(viewer), ...(await invitationList(viewer, { organizationId, page })) };
}

// Following the link ------------------------------------------------------------------------------------

export type InvitationView =
  | { state: "invalid" | "expired" | "revoked" | "used" | "registered" }
  | {
      state: "valid";
      email: string;
      preApproved: boolean;
      inviterName: string;
      organization: { id: string; name: string } | null;
      /** The role in the organization a pre-approved invitee gets. */
      organizationRole: "MEMBER" | "REPRESENTATIVE";
    };

/** What an invitation link is worth, without using it. */
export async function inspectInvitation(token: unknown, now = new Date()): Promise<InvitationView> {
  if (!isWellFormedToken(token)) return { state: "invalid" };
  const invitation = await findInvitationByTokenHash(hashToken(token));
  if (!invitation) return { state: "invalid" };
  const state = invitationState(invitation, now);
  if (state === "accepted") return { state: "used" };
  if (state !== "pending") return { state };
  // Only the address's owner holds the link, so telling them the address has an account reveals nothing.
  if (await emailIsRegistered(invitation.email)) return { state: "registered" };
  const organization = invitation.organization?.status === "ACTIVE" ? { id: invitation.organization.id, name: invitation.organization.name } : null;
  return { state: "valid", email: invitation.email, preApproved: invitation.preApproved, inviterName: invitation.invitedBy.displayName ?? "", organization, organizationRole: invitation.organizationRole };
}

/** Accepted, or the link stopped working while the form was open (not a refusal of the answers: the form goes back to the link's page). */
export type AcceptResult = { ok: true } | { ok: false; unavailable: "unavailable" | "email-taken" };

/** Accepting an admin's pre-approved invitation: the account is created and active at once. */
export async function acceptPreApproved(viewer: Viewer, input: AcceptPreApprovedInput, context: RequestContext): Promise<AcceptResult> {
  if (!canApply(viewer)) throw new AppError("FORBIDDEN");
  const view = await inspectInvitation(input.token);
  if (view.state !== "valid" || !view.preApproved) return { ok: false, unavailable: view.state === "registered" ? "email-taken" : "unavailable" };
  refuseProblems(await checkApplicantAnswers({ ...input, email: view.email }));
  const outcome = await acceptPreApprovedInvitation(hashToken(input.token), {
    name: input.name,
    displayName: input.displayName,
    passwordHash: await hashPassword(input.password),
    locale: context.locale ?? defaultLocale,
    countryCode: input.countryCode,
    languages: input.languages,
    livedExperience: input.livedExperience,
  });
  return outcome === "accepted" ? { ok: true } : { ok: false, unavailable: outcome };
}

/** Accepting an invitation that goes to review: the invitee's application enters the queue directly. */
export async function applyWithInvitation(viewer: Viewer, input: InvitedApplyInput, context: RequestContext): Promise<AcceptResult> {
  if (!canApply(viewer)) throw new AppError("FORBIDDEN");
  const view = await inspectInvitation(input.token);
  if (view.state !== "valid" || view.preApproved) return { ok: false, unavailable: view.state === "registered" ? "email-taken" : "unavailable" };
  const organization = view.organization ? ({ type: "existing", organizationId: view.organization.id } as const) : input.organization;
  refuseProblems(await checkApplicantAnswers({ ...input, email: view.email, organization }));
  const { token, password, ...answers } = input;
  const outcome = await acceptInvitationWithApplication(
    hashToken(token),
    { ...answers, organization, kind: view.organization ? "ORGANIZATION" : answers.kind, passwordHash: await hashPassword(password), locale: context.locale ?? defaultLocale },
    membershipLinks(),
  );
  return outcome === "accepted" ? { ok: true } : { ok: false, unavailable: outcome };
}
