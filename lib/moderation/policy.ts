// Who may work the moderation queue and act on one item. Pure: the service hands in the item as the database has it.
import { isAdmin, isModerator, isSignedIn, type Policy, type ResourcePolicy } from "@/lib/auth/policy";
import type { MemberRole } from "@/lib/generated/prisma/enums";

/** Moderators and admins (with two-step verification) read the queue and its items. */
export const canModerate: Policy = isModerator;

/** What the rules look at: whose content it is, what it is, who flagged it, who holds it. */
export type ItemAccess = {
  targetType: string;
  authorId: string | null;
  authorRole: MemberRole | null;
  reporterIds: readonly string[];
  claimedById: string | null;
  status: "OPEN" | "CLAIMED" | "RESOLVED";
};

/**
 * Acting on an item (any step but reading it): staff who are neither its author nor one of its flaggers (that
 * would escape review); a moderator never on an admin's content, nor on another staff member's profile.
 */
export const canActOnItem: ResourcePolicy<ItemAccess> = (viewer, item) => {
  if (!canModerate(viewer) || !isSignedIn(viewer)) return false;
  if (item.authorId === viewer.id || item.reporterIds.includes(viewer.id)) return false;
  if (isAdmin(viewer)) return true;
  if (item.authorRole === "ADMIN") return false;
  return !(item.targetType === "User" && item.authorRole === "MODERATOR");
};

/** Suspending the author: admins only (as the members domain's suspension), of content that has one. */
export const canSuspendAuthor: ResourcePolicy<ItemAccess> = (viewer, item) => canActOnItem(viewer, item) && isAdmin(viewer) && item.authorId !== null;

/** Taking over another moderator's claim: admins only. */
export const canTakeOverClaim: ResourcePolicy<ItemAccess> = (viewer, item) => canActOnItem(viewer, item) && isAdmin(viewer);

/** Flagging a thread, a profile or an organization: any active member, never their own. */
export const canFlagItem: ResourcePolicy<{ ownerIds: readonly string[] }> = (viewer, target) =>
  isSignedIn(viewer) && viewer.status === "ACTIVE" && !target.ownerIds.includes(viewer.id);
