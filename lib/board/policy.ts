// Who may do what on the board: pure functions of the viewer and the item as the database has it now, so a
// locked thread or a suspended member is refused however old the page that sent the form.
import { isActiveMember, isModerator, type Policy, type ResourcePolicy } from "@/lib/auth/policy";

export type CategoryAccess = { staffOnly: boolean; staffStartsThreads: boolean };
export type ThreadAccess = { lockedAt: Date | null; deletedAt: Date | null; category: CategoryAccess };
export type PostAccess = { authorId: string; deletedAt: Date | null; hiddenAt: Date | null; thread: ThreadAccess };

/** Moderators and admins (with two-step verification): they read staff categories and hidden posts, and moderate. */
export const canModerateBoard: Policy = isModerator;

export const canReadBoard: Policy = isActiveMember;

export const canReadCategory: ResourcePolicy<CategoryAccess> = (viewer, category) => canReadBoard(viewer) && (!category.staffOnly || canModerateBoard(viewer));

export const canStartThread: ResourcePolicy<CategoryAccess> = (viewer, category) =>
  canReadCategory(viewer, category) && (!category.staffStartsThreads || canModerateBoard(viewer));

/** A thread a member can open: not removed (moderators still can), in a category they read. */
export const canReadThread: ResourcePolicy<ThreadAccess> = (viewer, thread) =>
  canReadCategory(viewer, thread.category) && (!thread.deletedAt || canModerateBoard(viewer));

/** Replies: not in a locked thread, except for staff (a lock is for members). */
export const canReply: ResourcePolicy<ThreadAccess> = (viewer, thread) =>
  canReadThread(viewer, thread) && !thread.deletedAt && (!thread.lockedAt || canModerateBoard(viewer));

/** Authors edit and delete their own posts while they stand (not deleted, not hidden by a moderator, thread open). */
export const canEditPost: ResourcePolicy<PostAccess> = (viewer, post) =>
  canReadThread(viewer, post.thread) &&
  viewer.kind === "signed-in" &&
  viewer.id === post.authorId &&
  !post.deletedAt &&
  !post.hiddenAt &&
  (!post.thread.lockedAt || canModerateBoard(viewer));

export const canDeletePost = canEditPost;

/** Reacting and flagging: any reader of a post that stands, not one's own. */
export const canReactToPost: ResourcePolicy<PostAccess> = (viewer, post) =>
  canReadThread(viewer, post.thread) && viewer.kind === "signed-in" && viewer.id !== post.authorId && !post.deletedAt && !post.hiddenAt;

export const canFlagPost = canReactToPost;

/** Whether the viewer is shown a hidden post's content (with the placeholder's notice) rather than the placeholder alone. */
export const canSeeHiddenPost: Policy = canModerateBoard;
