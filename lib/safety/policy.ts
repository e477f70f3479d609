// Who may mute whom. Pure; the service calls these through authorize against the database's current state.
import { isActiveMember, isSignedIn, type Policy, type ResourcePolicy } from "@/lib/auth/policy";
import type { MemberStatus } from "@/lib/generated/prisma/enums";

/** Muting, and the account's list of mutes and blocks: any active member (staff too). */
export const canManageMutes: Policy = isActiveMember;

/** The statuses of someone one can mute: members, including staff and suspended members — not applicants. */
const MUTABLE_STATUSES: readonly MemberStatus[] = ["ACTIVE", "SUSPENDED"];

/**
 * Muting one member: an active member, never themselves. Staff can be muted too (only their member-to-member
 * notifications go quiet; moderation notices are not among the muted types).
 */
export const canMute: ResourcePolicy<{ userId: string; status: MemberStatus }> = (viewer, member) =>
  canManageMutes(viewer) && isSignedIn(viewer) && viewer.id !== member.userId && MUTABLE_STATUSES.includes(member.status);
