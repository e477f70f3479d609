import "server-only";
import { writeAudit } from "@/lib/audit/mutations";
import { db } from "@/lib/db";
import { removeNotificationsAboutMessage, removeNotificationsAboutPost, removeNotificationsAboutThread } from "@/lib/notifications/mutations";

// Moderators' actions on the board, each one transaction with its audit entry. Hiding a post upholds its open
// flags and drops the notifications about it (nobody is sent to what they cannot read); restoring brings the
// text back; dismissing closes the flags and leaves the post as it is.

export async function setPostHidden(actorId: string, postId: string, hidden: boolean, reason: string | null): Promise<void> {
  await db().$transaction(async (tx) => {
    const now = new Date();
    const post = await tx.boardPost.update({ where: { id: postId }, data: hidden ? { hiddenAt: now, hiddenById: actorId } : { hiddenAt: null, hiddenById: null }, select: { id: true, threadId: true, number: true } });
    if (hidden) {
      await tx.moderationFlag.updateMany({ where: { targetType: "BoardPost", targetId: postId, status: "OPEN" }, data: { status: "UPHELD", resolvedAt: now, resolvedById: actorId } });
      await removeNotificationsAboutPost(tx, post);
    }
    await writeAudit(tx, { actorId, action: hidden ? "board.post-hidden" : "board.post-restored", targetType: "BoardPost", targetId: postId, reason: reason ?? undefined });
  });
}

export async function dismissPostFlags(actorId: string, postId: string): Promise<number> {
  return db().$transaction(async (tx) => {
    const { count } = await tx.moderationFlag.updateMany({ where: { targetType: "BoardPost", targetId: postId, status: "OPEN" }, data: { status: "DISMISSED", resolvedAt: new Date(), resolvedById: actorId } });
    await writeAudit(tx, { actorId, action: "board.flags-dismissed", targetType: "BoardPost", targetId: postId, metadata: { flags: count } });
    return count;
  });
}

export async function setThreadFlag(actorId: string, threadId: number, flag: "locked" | "pinned", on: boolean): Promise<void> {
  await db().$transaction(async (tx) => {
    const value = on ? new Date() : null;
    await tx.boardThread.update({ where: { id: threadId }, data: flag === "locked" ? { lockedAt: value } : { pinnedAt: value } });
    await writeAudit(tx, { actorId, action: `board.thread-${on ? "" : "un"}${flag === "locked" ? "locked" : "pinned"}`, targetType: "BoardThread", targetId: String(threadId) });
  });
}

/**
 * Moves a thread to another category; both categories' kept counters follow. Into a staff-only category, members
 * no longer read it: their notifications about it go.
 */
export async function moveThread(actorId: string, thread: { id: number; categoryId: string; lastPostNumber: number }, categoryId: string): Promise<void> {
  if (thread.categoryId === categoryId) return;
  await db().$transaction(async (tx) => {
    const { staffOnly } = await tx.boardCategory.findUniqueOrThrow({ where: { id: categoryId }, select: { staffOnly: true } });
    await tx.boardThread.update({ where: { id: thread.id }, data: { categoryId } });
    if (staffOnly) await removeNotificationsAboutThread(tx, thread.id, { membersOnly: true });
    await tx.boardCategory.update({ where: { id: thread.categoryId }, data: { threadCount: { decrement: 1 }, postCount: { decrement: thread.lastPostNumber } } });
    await tx.boardCategory.update({ where: { id: categoryId }, data: { threadCount: { increment: 1 }, postCount: { increment: thread.lastPostNumber } } });
    await writeAudit(tx, { actorId, action: "board.thread-moved", targetType: "BoardThread", targetId: String(thread.id), metadata: { from: thread.categoryId, to: categoryId } });
  });
}

/**
 * A flagged conversation message hidden (its open flags upheld) or restored, audited; participants then see a
 * placeholder. The notifications that point at it (a mention, "new message", staff's flag) go.
 */
export async function setMessageHidden(actorId: string, messageId: string, hidden: boolean, reason: string | null): Promise<void> {
  await db().$transaction(async (tx) => {
    const now = new Date();
    const message = await tx.conversationMessage.update({ where: { id: messageId }, data: hidden ? { hiddenAt: now, hiddenById: actorId } : { hiddenAt: null, hiddenById: null }, select: { id: true, conversationId: true, number: true } });
    if (hidden) {
      await tx.moderationFlag.updateMany({ where: { targetType: "ConversationMessage", targetId: messageId, status: "OPEN" }, data: { status: "UPHELD", resolvedAt: now, resolvedById: actorId } });
      await removeNotificationsAboutMessage(tx, message);
    }
    await writeAudit(tx, { actorId, action: hidden ? "conversation.message-hidden" : "conversation.message-restored", targetType: "ConversationMessage", targetId: messageId, reason: reason ?? undefined });
  });
}

/** Closes a message's flags (open and upheld alike), which also ends staff's access to its context. */
export async function dismissMessageFlags(actorId: string, messageId: string): Promise<number> {
  return db().$transaction(async (tx) => {
    const { count } = await tx.moderationFlag.updateMany({ where: { targetType: "ConversationMessage", targetId: messageId, status: { in: ["OPEN", "UPHELD"] } }, data: { status: "DISMISSED", resolvedAt: new Date(), resolvedById: actorId } });
    await writeAudit(tx, { actorId, action: "conversation.flags-dismissed", targetType: "ConversationMessage", targetId: messageId, metadata: { flags: count } });
    return count;
  });
}

/** Closes the open flags of a collaboration request (it stays as it is; moderators no longer read a NAMED one). */
export async function dismissRequestFlags(actorId: string, requestId: string): Promise<number> {
  return db().$transaction(async (tx) => {
    const { count } = await tx.moderationFlag.updateMany({ where: { targetType: "CollaborationRequest", targetId: requestId, status: "OPEN" }, data: { status: "DISMISSED", resolvedAt: new Date(), resolvedById: actorId } });
    await writeAudit(tx, { actorId, action: "collaboration.flags-dismissed", targetType: "CollaborationRequest", targetId: requestId, metadata: { flags: count } });
    return count;
  });
}
