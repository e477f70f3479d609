import "server-only";
// Moderating the board, for an explicit viewer: moderators and admins with two-step verification only, against
// the post or thread as it is now.
import { authorize } from "@/lib/auth/authorize";
import type { Viewer } from "@/lib/auth/viewer-types";
import { findCategoryBySlug } from "@/lib/board/data";
import { canModerateBoard } from "@/lib/board/policy";
import { AppError } from "@/lib/errors";
import { canModerateMessages } from "@/lib/conversations/policy";
import type { MessageModerationInput } from "@/lib/conversations/schema";
import { countWaitingItems, findMessageForModeration, findPostForModeration, findThreadForModeration } from "./data";
import { dismissMessageFlags, dismissPostFlags, moveThread, setMessageHidden, setPostHidden, setThreadFlag } from "./mutations";
import type { PostModerationInput, ThreadModerationInput } from "./schema";

/** For the admin navigation: how many flagged items wait (null for those who do not moderate). */
export async function flaggedPostCount(requester: Viewer): Promise<number | null> {
  if (!canModerateBoard(requester)) return null;
  return countWaitingItems();
}

/**
 * Hide, restore or dismiss the flags of a conversation message — only one that carries a standing flag (staff
 * have no business with any other); returns the conversation's address.
 */
export async function moderateMessage(requester: Viewer, input: MessageModerationInput): Promise<string> {
  const moderator = authorize(requester, canModerateMessages);
  const message = await findMessageForModeration(input.messageId);
  if (!message || !message.flagged) throw new AppError("NOT_FOUND");
  if (input.action === "dismiss") await dismissMessageFlags(moderator.id, message.id);
  else await setMessageHidden(moderator.id, message.id, input.action === "hide", input.reason);
  return `/messages/${message.conversationId}#message-${message.number}`;
}

/** Hide, restore or dismiss the flags of a post; returns the post's permalink. */
export async function moderatePost(requester: Viewer, input: PostModerationInput): Promise<string> {
  const moderator = authorize(requester, canModerateBoard);
  const post = await findPostForModeration(input.postId);
  if (!post) throw new AppError("NOT_FOUND");
  if (input.action === "dismiss") await dismissPostFlags(moderator.id, post.id);
  else await setPostHidden(moderator.id, post.id, input.action === "hide", input.reason);
  return `/board/t/${post.threadId}/${post.thread.slug}/${post.number}#post-${post.number}`;
}

/** Lock, unlock, pin, unpin or move a thread; returns the thread's address. */
export async function moderateThread(requester: Viewer, input: ThreadModerationInput): Promise<string> {
  const moderator = authorize(requester, canModerateBoard);
  const thread = await findThreadForModeration(input.threadId);
  if (!thread) throw new AppError("NOT_FOUND");
  if (input.action === "move") {
    const category = input.category ? await findCategoryBySlug(input.category) : null;
    if (!category) throw new AppError("NOT_FOUND");
    await moveThread(moderator.id, thread, category.id);
  } else {
    await setThreadFlag(moderator.id, thread.id, input.action.endsWith("lock") ? "locked" : "pinned", !input.action.startsWith("un"));
  }
  return `/board/t/${thread.id}/${thread.slug}`;
}
