import "server-only";
// Membership settings for admins: how long a rejected applicant waits before the same address may apply again.
import { authorize } from "@/lib/auth/authorize";
import { canChangeMembershipSettings } from "@/lib/auth/policy";
import type { Viewer } from "@/lib/auth/viewer-types";
import { findMembershipSettings } from "./data";
import { setReapplyMonths } from "./mutations";
import { DEFAULT_REAPPLY_MONTHS, type ReapplyPeriodInput } from "./schema";

export type MembershipSettingsView = { reapplyAfterMonths: number; changedAt: Date | null };

export async function membershipSettings(viewer: Viewer): Promise<MembershipSettingsView> {
  authorize(viewer, canChangeMembershipSettings);
  const settings = await findMembershipSettings();
  return { reapplyAfterMonths: settings?.reapplyAfterMonths ?? DEFAULT_REAPPLY_MONTHS, changedAt: settings?.updatedAt ?? null };
}

export async function changeReapplyPeriod(viewer: Viewer, input: ReapplyPeriodInput): Promise<void> {
  const admin = authorize(viewer, canChangeMembershipSettings);
  await setReapplyMonths(admin.id, input.months);
}
