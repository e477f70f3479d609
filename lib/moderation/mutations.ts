import "server-only";
import { writeAudit } from "@/lib/audit/mutations";
import { editPostIn } from "@/lib/board/mutations";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import type { ModerationEventKind, ModerationOutcome, Prisma } from "@/lib/generated/prisma/client";
import { suspendMemberIn } from "@/lib/members/mutations";
import { setResourceHiddenIn } from "@/lib/resources/mutations";
import { createNotifications, notifyFlag, removeNotificationsAboutMessage, removeNotificationsAboutPost, removeNotificationsAboutThread } from "@/lib/notifications/mutations";

// Moderators' writes, each one transaction with its item's history entry and its audit entry. The items
// themselves are made by a trigger when a flag is raised (migration moderation_items); here they are claimed,
// acted on and resolved. In-context buttons (on a thread, a conversation) write the same history when the
// content they act on is in the queue.

type Tx = Prisma.TransactionClient;

const CLAIMED_BY_OTHER = "ModerationErrors.claimedByOther";

/** The item's history entry. */
async function recordEvent(tx: Tx, itemId: string, kind: ModerationEventKind, actorId: string, note?: string | null): Promise<void> {
  await tx.moderationItemEvent.create({ data: { itemId, kind, actorId, note: note ?? null } });
}

/** The history entry for an in-context action on content that is in the queue (nothing when it is not). */
async function recordInContext(tx: Tx, target: { type: string; id: string }, kind: ModerationEventKind, actorId: string, note: string | null, actionTaken: boolean): Promise<void> {
  const item = await tx.moderationItem.findUnique({ where: { targetType_targetId: { targetType: target.type, targetId: target.id } }, select: { id: true, status: true } });
  if (!item) return;
  await recordEvent(tx, item.id, kind, actorId, note);
  if (actionTaken && item.status !== "RESOLVED") await tx.moderationItem.update({ where: { id: item.id }, data: { actionTaken: true } });
}

// Claims ---------------------------------------------------------------------------------------------------

/**
 * Claims an open item (one conditional UPDATE: of two moderators claiming at once, one wins and the other
 * is told who has it); `takeOver` (admins) takes it from whoever holds it. "already" when the actor holds it.
 */
export async function claimItem(actorId: string, itemId: string, takeOver: boolean): Promise<"claimed" | "already"> {
  return db().$transaction(async (tx) => {
    const now = new Date();
    const claimable: Prisma.ModerationItemWhereInput = takeOver ? { status: { in: ["OPEN", "CLAIMED"] }, NOT: { claimedById: actorId } } : { status: "OPEN" };
    const { count } = await tx.moderationItem.updateMany({ where: { id: itemId, ...claimable }, data: { status: "CLAIMED", claimedById: actorId, claimedAt: now } });
    if (count === 0) {
      const item = await tx.moderationItem.findUnique({ where: { id: itemId }, select: { status: true, claimedById: true } });
      if (!item) throw new AppError("NOT_FOUND");
      if (item.status === "CLAIMED" && item.claimedById === actorId) return "already";
      throw new AppError("CONFLICT", { messageKey: item.status === "RESOLVED" ? "ModerationErrors.resolved" : CLAIMED_BY_OTHER });
    }
    await recordEvent(tx, itemId, "CLAIMED", actorId, takeOver ? "takeOver" : null);
    await writeAudit(tx, { actorId, action: "moderation.item-claimed", targetType: "ModerationItem", targetId: itemId, metadata: { takeOver } });
    return "claimed";
  });
}

/** Gives a claimed item back to the queue (its holder only). */
export async function releaseItem(actorId: string, itemId: string): Promise<void> {
  await db().$transaction(async (tx) => {
    const { count } = await tx.moderationItem.updateMany({ where: { id: itemId, status: "CLAIMED", claimedById: actorId }, data: { status: "OPEN", claimedById: null, claimedAt: null } });
    if (count === 0) throw new AppError("CONFLICT", { messageKey: CLAIMED_BY_OTHER });
    await recordEvent(tx, itemId, "RELEASED", actorId);
    await writeAudit(tx, { actorId, action: "moderation.item-released", targetType: "ModerationItem", targetId: itemId });
  });
}

/**
 * Inside an acting transaction: locks the item's row, refuses a resolved item or one another moderator holds,
 * and claims it for the actor when nobody does ("acting claims it").
 */
async function holdItem(tx: Tx, actorId: string, itemId: string): Promise<{ targetType: string; targetId: string; authorId: string | null }> {
  const [item] = await tx.$queryRaw<Array<{ status: string; claimedById: string | null; targetType: string; targetId: string; authorId: string | null }>>`
    SELECT status::text AS status, "claimedById", "targetType", "targetId", "authorId" FROM "ModerationItem" WHERE id = ${itemId} FOR UPDATE`;
  if (!item) throw new AppError("NOT_FOUND");
  if (item.status === "RESOLVED") throw new AppError("CONFLICT", { messageKey: "ModerationErrors.resolved" });
  if (item.claimedById && item.claimedById !== actorId) throw new AppError("CONFLICT", { messageKey: CLAIMED_BY_OTHER });
  if (!item.claimedById) {
    await tx.moderationItem.update({ where: { id: itemId }, data: { status: "CLAIMED", claimedById: actorId, claimedAt: new Date() } });
    await recordEvent(tx, itemId, "CLAIMED", actorId);
  }
  return item;
}

// Acting on an item ----------------------------------------------------------------------------------------

export type ItemStep =
  | { kind: "hide" | "restore"; note: string | null }
  | { kind: "edit"; source: string; cooked: string; note: string }
  | { kind: "lock" | "unlock"; note: string | null }
  | { kind: "move"; categoryId: string; note: string | null }
  | { kind: "warn"; message: string }
  | { kind: "suspend"; note: string };

const EVENT_OF: Record<ItemStep["kind"], ModerationEventKind> = {
  hide: "HIDDEN",
  restore: "RESTORED",
  edit: "EDITED",
  lock: "LOCKED",
  unlock: "UNLOCKED",
  move: "MOVED",
  warn: "WARNED",
  suspend: "SUSPENDED",
};

/**
 * One step on an item, in one transaction: the change to the content (or its author), the item's history
 * (the warning's text stays with its author's notification, not in the history) and the audit entry.
 */
export async function actOnItem(actorId: string, itemId: string, step: ItemStep): Promise<void> {
  await db().$transaction(async (tx) => {
    const item = await holdItem(tx, actorId, itemId);
    const note = step.kind === "warn" ? null : step.note;
    switch (step.kind) {
      case "hide":
      case "restore":
        if (item.targetType === "BoardPost") await setPostHiddenIn(tx, actorId, item.targetId, step.kind === "hide", note);
        else if (item.targetType === "Resource") await setResourceHiddenIn(tx, actorId, item.targetId, step.kind === "hide", note);
        else await setMessageHiddenIn(tx, actorId, item.targetId, step.kind === "hide", note);
        break;
      case "edit":
        await editPostIn(tx, { postId: item.targetId, editorId: actorId, source: step.source, cooked: step.cooked, reason: step.note });
        await writeAudit(tx, { actorId, action: "board.post-edited-by-moderator", targetType: "BoardPost", targetId: item.targetId, reason: step.note });
        break;
      case "lock":
      case "unlock":
        await setThreadFlagIn(tx, actorId, Number(item.targetId), "locked", step.kind === "lock");
        break;
      case "move":
        await moveThreadIn(tx, actorId, Number(item.targetId), step.categoryId);
        break;
      case "warn":
        await createNotifications(tx, [{ userId: item.authorId!, type: "MODERATION_WARNING", subjectType: "ModerationItem", subjectId: itemId, payload: { message: step.message, targetType: item.targetType } }]);
        await writeAudit(tx, { actorId, action: "moderation.author-warned", targetType: "User", targetId: item.authorId!, metadata: { itemId } });
        break;
      case "suspend":
        await suspendMemberIn(tx, { userId: item.authorId!, actorId, reason: step.note });
        break;
    }
    await recordEvent(tx, itemId, EVENT_OF[step.kind], actorId, note);
    if (step.kind !== "restore" && step.kind !== "unlock") await tx.moderationItem.update({ where: { id: itemId }, data: { actionTaken: true } });
  });
}

/**
 * Resolves an item: "no action was needed" when dismissed or when nothing was done, "action was taken"
 * otherwise. Its open flags are upheld or dismissed accordingly (a dismissed message's upheld flags too, which
 * ends staff's access to its conversation) and each of their flaggers is told only that outcome.
 */
export async function resolveItem(actorId: string, itemId: string, input: { dismiss: boolean; note: string | null }): Promise<ModerationOutcome> {
  return db().$transaction(async (tx) => {
    const item = await holdItem(tx, actorId, itemId);
    const { actionTaken } = await tx.moderationItem.findUniqueOrThrow({ where: { id: itemId }, select: { actionTaken: true } });
    return closeItem(tx, actorId, { id: itemId, ...item }, input.dismiss || !actionTaken ? "NO_ACTION" : "ACTION_TAKEN", input);
  });
}

async function closeItem(tx: Tx, actorId: string, item: { id: string; targetType: string; targetId: string }, outcome: ModerationOutcome, input: { dismiss: boolean; note: string | null }): Promise<ModerationOutcome> {
  const now = new Date();
  const target = { targetType: item.targetType, targetId: item.targetId };
  // The flaggers of this round (since it opened), whether their flag is still open or was upheld by a hide.
  const { openedAt } = await tx.moderationItem.findUniqueOrThrow({ where: { id: item.id }, select: { openedAt: true } });
  const reporters = await tx.moderationFlag.findMany({ where: { ...target, createdAt: { gte: openedAt } }, select: { reporterId: true } });
  const closing = outcome === "NO_ACTION" && item.targetType === "ConversationMessage" ? ["OPEN", "UPHELD"] as const : ["OPEN"] as const;
  await tx.moderationFlag.updateMany({ where: { ...target, status: { in: [...closing] } }, data: { status: outcome === "ACTION_TAKEN" ? "UPHELD" : "DISMISSED", resolvedAt: now, resolvedById: actorId } });
  await tx.moderationItem.update({ where: { id: item.id }, data: { status: "RESOLVED", outcome, resolvedAt: now, resolvedById: actorId, openFlagCount: 0 } });
  if (input.dismiss) await recordEvent(tx, item.id, "DISMISSED", actorId, input.note);
  await recordEvent(tx, item.id, "RESOLVED", actorId, input.dismiss ? null : input.note);
  await createNotifications(tx, reporters.map(({ reporterId }) => ({ userId: reporterId, type: "FLAG_OUTCOME" as const, subjectType: "ModerationItem", subjectId: item.id, payload: { outcome } })));
  await writeAudit(tx, { actorId, action: "moderation.item-resolved", targetType: "ModerationItem", targetId: item.id, reason: input.note ?? undefined, metadata: { outcome, flags: reporters.length, targetType: item.targetType } });
  return outcome;
}

/** In-context "dismiss" (a post's or message's buttons): the item resolves with no action, whoever holds it. */
async function dismissInContext(tx: Tx, actorId: string, target: { type: string; id: string }): Promise<number> {
  const item = await tx.moderationItem.findUnique({ where: { targetType_targetId: { targetType: target.type, targetId: target.id } }, select: { id: true, status: true } });
  if (!item) return 0;
  if (item.status === "RESOLVED") {
    // Already resolved (say, hidden and resolved): dismissing now still ends what upheld flags allow (a message's context).
    const { count } = await tx.moderationFlag.updateMany({ where: { targetType: target.type, targetId: target.id, status: { in: ["OPEN", "UPHELD"] } }, data: { status: "DISMISSED", resolvedAt: new Date(), resolvedById: actorId } });
    await recordEvent(tx, item.id, "DISMISSED", actorId);
    return count;
  }
  const open = await tx.moderationFlag.count({ where: { targetType: target.type, targetId: target.id, status: "OPEN" } });
  await closeItem(tx, actorId, { id: item.id, targetType: target.type, targetId: target.id }, "NO_ACTION", { dismiss: true, note: null });
  return open;
}

// The content's own changes (also used by the in-context buttons) ------------------------------------------

async function setPostHiddenIn(tx: Tx, actorId: string, postId: string, hidden: boolean, reason: string | null): Promise<void> {
  const now = new Date();
  const post = await tx.boardPost.update({ where: { id: postId }, data: hidden ? { hiddenAt: now, hiddenById: actorId } : { hiddenAt: null, hiddenById: null }, select: { id: true, threadId: true, number: true } });
  if (hidden) {
    await tx.moderationFlag.updateMany({ where: { targetType: "BoardPost", targetId: postId, status: "OPEN" }, data: { status: "UPHELD", resolvedAt: now, resolvedById: actorId } });
    await removeNotificationsAboutPost(tx, post);
  }
  await writeAudit(tx, { actorId, action: hidden ? "board.post-hidden" : "board.post-restored", targetType: "BoardPost", targetId: postId, reason: reason ?? undefined });
}

async function setMessageHiddenIn(tx: Tx, actorId: string, messageId: string, hidden: boolean, reason: string | null): Promise<void> {
  const now = new Date();
  const message = await tx.conversationMessage.update({ where: { id: messageId }, data: hidden ? { hiddenAt: now, hiddenById: actorId } : { hiddenAt: null, hiddenById: null }, select: { id: true, conversationId: true, number: true } });
  if (hidden) {
    await tx.moderationFlag.updateMany({ where: { targetType: "ConversationMessage", targetId: messageId, status: "OPEN" }, data: { status: "UPHELD", resolvedAt: now, resolvedById: actorId } });
    await removeNotificationsAboutMessage(tx, message);
  }
  await writeAudit(tx, { actorId, action: hidden ? "conversation.message-hidden" : "conversation.message-restored", targetType: "ConversationMessage", targetId: messageId, reason: reason ?? undefined });
}

async function setThreadFlagIn(tx: Tx, actorId: string, threadId: number, flag: "locked" | "pinned", on: boolean): Promise<void> {
  const value = on ? new Date() : null;
  await tx.boardThread.update({ where: { id: threadId }, data: flag === "locked" ? { lockedAt: value } : { pinnedAt: value } });
  await writeAudit(tx, { actorId, action: `board.thread-${on ? "" : "un"}${flag === "locked" ? "locked" : "pinned"}`, targetType: "BoardThread", targetId: String(threadId) });
}

/**
 * Moves a thread to another category; both categories' kept counters follow. Into a staff-only category, members
 * no longer read it: their notifications about it go.
 */
async function moveThreadIn(tx: Tx, actorId: string, threadId: number, categoryId: string): Promise<void> {
  const thread = await tx.boardThread.findUniqueOrThrow({ where: { id: threadId }, select: { id: true, categoryId: true, lastPostNumber: true } });
  if (thread.categoryId === categoryId) return;
  const { staffOnly } = await tx.boardCategory.findUniqueOrThrow({ where: { id: categoryId }, select: { staffOnly: true } });
  await tx.boardThread.update({ where: { id: thread.id }, data: { categoryId } });
  if (staffOnly) await removeNotificationsAboutThread(tx, thread.id, { membersOnly: true });
  await tx.boardCategory.update({ where: { id: thread.categoryId }, data: { threadCount: { decrement: 1 }, postCount: { decrement: thread.lastPostNumber } } });
  await tx.boardCategory.update({ where: { id: categoryId }, data: { threadCount: { increment: 1 }, postCount: { increment: thread.lastPostNumber } } });
  await writeAudit(tx, { actorId, action: "board.thread-moved", targetType: "BoardThread", targetId: String(thread.id), metadata: { from: thread.categoryId, to: categoryId } });
}

// In-context buttons: the same changes, with the item's history when the content is in the queue ----------

/** Hiding from the thread's page is the whole review: the item (if in the queue and not held by another moderator) resolves with action taken. */
export async function setPostHidden(actorId: string, postId: string, hidden: boolean, reason: string | null): Promise<void> {
  await db().$transaction(async (tx) => {
    await setPostHiddenIn(tx, actorId, postId, hidden, reason);
    await recordInContext(tx, { type: "BoardPost", id: postId }, hidden ? "HIDDEN" : "RESTORED", actorId, reason, hidden);
    if (hidden) await resolveInContext(tx, actorId, { type: "BoardPost", id: postId });
  });
}

async function resolveInContext(tx: Tx, actorId: string, target: { type: string; id: string }): Promise<void> {
  const item = await tx.moderationItem.findUnique({ where: { targetType_targetId: { targetType: target.type, targetId: target.id } }, select: { id: true, status: true, claimedById: true } });
  if (!item || item.status === "RESOLVED" || (item.claimedById && item.claimedById !== actorId)) return;
  await closeItem(tx, actorId, { id: item.id, targetType: target.type, targetId: target.id }, "ACTION_TAKEN", { dismiss: false, note: null });
}

export async function dismissPostFlags(actorId: string, postId: string): Promise<number> {
  return db().$transaction((tx) => dismissInContext(tx, actorId, { type: "BoardPost", id: postId }));
}

export async function setThreadFlag(actorId: string, threadId: number, flag: "locked" | "pinned", on: boolean): Promise<void> {
  await db().$transaction(async (tx) => {
    await setThreadFlagIn(tx, actorId, threadId, flag, on);
    if (flag === "locked") await recordInContext(tx, { type: "BoardThread", id: String(threadId) }, on ? "LOCKED" : "UNLOCKED", actorId, null, on);
  });
}

export async function moveThread(actorId: string, thread: { id: number; categoryId: string }, categoryId: string): Promise<void> {
  if (thread.categoryId === categoryId) return;
  await db().$transaction(async (tx) => {
    await moveThreadIn(tx, actorId, thread.id, categoryId);
    await recordInContext(tx, { type: "BoardThread", id: String(thread.id) }, "MOVED", actorId, null, true);
  });
}

/**
 * A flagged conversation message hidden (its open flags upheld) or restored, audited; participants then see a
 * placeholder. The notifications that point at it (a mention, "new message", staff's flag) go.
 */
export async function setMessageHidden(actorId: string, messageId: string, hidden: boolean, reason: string | null): Promise<void> {
  await db().$transaction(async (tx) => {
    await setMessageHiddenIn(tx, actorId, messageId, hidden, reason);
    await recordInContext(tx, { type: "ConversationMessage", id: messageId }, hidden ? "HIDDEN" : "RESTORED", actorId, reason, hidden);
    if (hidden) await resolveInContext(tx, actorId, { type: "ConversationMessage", id: messageId });
  });
}

/** Closes a message's flags (open and upheld alike), which also ends staff's access to its context. */
export async function dismissMessageFlags(actorId: string, messageId: string): Promise<number> {
  return db().$transaction((tx) => dismissInContext(tx, actorId, { type: "ConversationMessage", id: messageId }));
}

// Flags on threads, profiles and organizations ----------------------------------------------------------------

/** A member's flag, once per member and item (the trigger files it in the queue): false when they had flagged it. */
export async function insertItemFlag(flag: { targetType: "BoardThread" | "User" | "Organization"; targetId: string; reporterId: string; reason: "HARASSMENT" | "PERSONAL_INFORMATION" | "SPAM" | "OFF_TOPIC" | "OTHER"; note: string | null }): Promise<boolean> {
  return db().$transaction(async (tx) => {
    const { count } = await tx.moderationFlag.createMany({ data: [flag], skipDuplicates: true });
    if (count === 1) await notifyFlag(tx, { type: flag.targetType, id: flag.targetId }, flag.reporterId);
    return count === 1;
  });
}
