import "server-only";
import { writeAudit } from "@/lib/audit/mutations";
import { db } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import { createNotifications, notifyFlag, removeNotificationsAboutMessage, type NewNotification } from "@/lib/notifications/mutations";
import { directKeyOf, type SystemPayload } from "./schema";
import { replaceAttachmentsIn } from "@/lib/resources/mutations";

// Writes to conversations. The first three take the caller's transaction client, so a collaboration's accept
// can open its workspace, add people and say so in the timeline inside its own transaction (README,
// "Conversations"). Message numbers come from one conditional UPDATE of the conversation, which also checks
// that the writer still takes part, so two messages never share a number and a member who just left cannot
// slip one in. Notifications are written in the same transaction as the message.

type Tx = Prisma.TransactionClient;

export type NewConversation = {
  kind: "DIRECT" | "GROUP" | "WORKSPACE";
  /** For groups and workspaces; direct conversations are named by the other participant. */
  title?: string | null;
  /** What a workspace belongs to, e.g. { type: "CollaborationRequest", id }. */
  subject?: { type: string; id: string } | null;
  creatorId: string;
  /** The other participants (the creator is added anyway); exactly one for DIRECT. */
  participantIds: string[];
};

/**
 * Creates a conversation with its participants (the creator among them). A DIRECT one is unique per pair: the
 * pair's existing conversation is returned instead (with both back in it if one had left).
 */
export async function createConversation(tx: Tx, input: NewConversation): Promise<{ id: string; created: boolean }> {
  const others = [...new Set(input.participantIds)].filter((id) => id !== input.creatorId);
  if (input.kind === "DIRECT" && others.length !== 1) throw new Error("A direct conversation has exactly two participants");
  const now = new Date();
  if (input.kind === "DIRECT") {
    const directKey = directKeyOf(input.creatorId, others[0]!);
    const existing = await tx.conversation.findUnique({ where: { directKey }, select: { id: true } });
    if (existing) {
      await tx.conversationParticipant.updateMany({ where: { conversationId: existing.id, userId: { in: [input.creatorId, ...others] }, leftAt: { not: null } }, data: { leftAt: null } });
      return { id: existing.id, created: false };
    }
  }
  const conversation = await tx.conversation.create({
    data: {
      kind: input.kind,
      title: input.kind === "DIRECT" ? null : (input.title ?? null),
      subjectType: input.subject?.type ?? null,
      subjectId: input.subject?.id ?? null,
      directKey: input.kind === "DIRECT" ? directKeyOf(input.creatorId, others[0]!) : null,
      creatorId: input.creatorId,
      lastMessageAt: now,
      createdAt: now,
      participants: {
        createMany: { data: [{ userId: input.creatorId, joinedAt: now }, ...others.map((userId) => ({ userId, joinedAt: now, addedById: input.creatorId }))] },
      },
    },
    select: { id: true },
  });
  return { id: conversation.id, created: true };
}

/**
 * Adds members to a conversation (those who had left come back; those already in are skipped) and tells each
 * one; returns the ids actually added. The caller says so in the timeline (postSystemMessage "added").
 */
export async function addParticipants(tx: Tx, input: { conversationId: string; userIds: string[]; addedById: string | null }): Promise<string[]> {
  const wanted = [...new Set(input.userIds)];
  if (wanted.length === 0) return [];
  const now = new Date();
  const rows = await tx.conversationParticipant.findMany({ where: { conversationId: input.conversationId, userId: { in: wanted } }, select: { userId: true, leftAt: true } });
  const current = new Set(rows.filter((row) => row.leftAt === null).map((row) => row.userId));
  const returning = rows.filter((row) => row.leftAt !== null).map((row) => row.userId);
  const fresh = wanted.filter((id) => !rows.some((row) => row.userId === id));
  if (returning.length) await tx.conversationParticipant.updateMany({ where: { conversationId: input.conversationId, userId: { in: returning } }, data: { leftAt: null, joinedAt: now, addedById: input.addedById } });
  if (fresh.length) await tx.conversationParticipant.createMany({ data: fresh.map((userId) => ({ conversationId: input.conversationId, userId, joinedAt: now, addedById: input.addedById })) });
  const added = wanted.filter((id) => !current.has(id));
  await createNotifications(
    tx,
    added.filter((userId) => userId !== input.addedById).map((userId) => conversationNotification(userId, "ADDED_TO_CONVERSATION", input.conversationId, { authorId: input.addedById })),
  );
  return added;
}

/**
 * An event in the timeline ("X joined", "status changed to in progress"), rendered in each reader's language
 * from its payload. Its actor, if they had read everything before it, has read it too. Notifies nobody.
 */
export async function postSystemMessage(tx: Tx, conversationId: string, payload: SystemPayload): Promise<number> {
  const now = new Date();
  const [row] = await tx.$queryRaw<Array<{ number: number }>>`
    UPDATE "Conversation" SET "lastMessageNumber" = "lastMessageNumber" + 1, "lastMessageAt" = ${now}
     WHERE id = ${conversationId} RETURNING "lastMessageNumber" AS number`;
  if (!row) throw new Error(`No conversation ${conversationId}`);
  await tx.conversationMessage.create({ data: { conversationId, number: row.number, kind: "SYSTEM", payload: payload as Prisma.InputJsonObject, createdAt: now } });
  if (payload.actorId) {
    await tx.conversationParticipant.updateMany({ where: { conversationId, userId: payload.actorId, lastReadNumber: row.number - 1 }, data: { lastReadNumber: row.number } });
  }
  return row.number;
}

export type NewMessage = {
  conversationId: string;
  authorId: string;
  source: string;
  cooked: string;
  /** Current participants mentioned (resolved by the service): they hear of it as a mention. */
  mentionedIds: string[];
  /** Resources attached, in order (checked by the service). */
  attachmentIds?: string[];
};

/** Writes a message inside `tx`: null when the author no longer takes part (left meanwhile). */
async function writeMessage(tx: Tx, message: NewMessage): Promise<number | null> {
  const now = new Date();
  const [row] = await tx.$queryRaw<Array<{ number: number }>>`
    UPDATE "Conversation" c SET "lastMessageNumber" = c."lastMessageNumber" + 1, "lastMessageAt" = ${now}
     WHERE c.id = ${message.conversationId}
       AND EXISTS (SELECT 1 FROM "ConversationParticipant" p WHERE p."conversationId" = c.id AND p."userId" = ${message.authorId} AND p."leftAt" IS NULL)
 RETURNING c."lastMessageNumber" AS number`;
  if (!row) return null;
  const created = await tx.conversationMessage.create({ data: { conversationId: message.conversationId, number: row.number, authorId: message.authorId, kind: "TEXT", source: message.source, cooked: message.cooked, createdAt: now }, select: { id: true } });
  if (message.attachmentIds?.length) await replaceAttachmentsIn(tx, { messageId: created.id }, message.attachmentIds);
  await tx.conversationParticipant.update({ where: { conversationId_userId: { conversationId: message.conversationId, userId: message.authorId } }, data: { lastReadNumber: row.number } });
  await notifyParticipants(tx, message, row.number);
  // A muted author's message is delivered silently: for a participant who muted them and had read everything,
  // it is read already, so it neither rings nor counts as unread (lib/safety; a block stops messages instead).
  await tx.$executeRaw`
    UPDATE "ConversationParticipant" p SET "lastReadNumber" = ${row.number}
     WHERE p."conversationId" = ${message.conversationId} AND p."leftAt" IS NULL AND p."lastReadNumber" = ${row.number - 1}
       AND EXISTS (SELECT 1 FROM "MemberMute" m WHERE m."muterId" = p."userId" AND m."mutedId" = ${message.authorId})`;
  return row.number;
}

/**
 * Tells the other current participants (active, not blocking the author): a mention as a mention, otherwise
 * "new message" — but only when they have no unread one about this conversation yet, so a lively
 * conversation rings the bell once until it is read.
 */
async function notifyParticipants(tx: Tx, message: NewMessage, number: number): Promise<void> {
  const rows = await tx.$queryRaw<Array<{ userId: string; hasUnreadMessage: boolean; hasUnreadMention: boolean }>>`
    SELECT p."userId",
           EXISTS (SELECT 1 FROM "Notification" n WHERE n."userId" = p."userId" AND n."subjectType" = 'Conversation' AND n."subjectId" = p."conversationId" AND n."readAt" IS NULL AND n.type = 'NEW_MESSAGE') AS "hasUnreadMessage",
           EXISTS (SELECT 1 FROM "Notification" n WHERE n."userId" = p."userId" AND n."subjectType" = 'Conversation' AND n."subjectId" = p."conversationId" AND n."readAt" IS NULL AND n.type = 'MESSAGE_MENTION') AS "hasUnreadMention"
      FROM "ConversationParticipant" p JOIN "User" u ON u.id = p."userId" AND u.status = 'ACTIVE'
     WHERE p."conversationId" = ${message.conversationId} AND p."leftAt" IS NULL AND p."userId" <> ${message.authorId}
       AND NOT EXISTS (SELECT 1 FROM "MemberBlock" b WHERE b."blockerId" = p."userId" AND b."blockedId" = ${message.authorId})`;
  const mentioned = new Set(message.mentionedIds);
  const payload = { authorId: message.authorId, number };
  await createNotifications(
    tx,
    rows.flatMap((row) => {
      if (mentioned.has(row.userId)) return row.hasUnreadMention ? [] : [conversationNotification(row.userId, "MESSAGE_MENTION", message.conversationId, payload)];
      return row.hasUnreadMessage || row.hasUnreadMention ? [] : [conversationNotification(row.userId, "NEW_MESSAGE", message.conversationId, payload)];
    }),
  );
}

function conversationNotification(userId: string, type: NewNotification["type"], conversationId: string, payload: { authorId: string | null; number?: number }): NewNotification {
  return { userId, type, subjectType: "Conversation", subjectId: conversationId, payload: { conversationId, ...payload } };
}

/**
 * A message in an existing conversation, in one transaction; `rejoinIds` come back first (the other side of a
 * direct conversation who had left). Null when the author left meanwhile.
 */
export async function insertMessage(message: NewMessage & { rejoinIds?: string[] }): Promise<number | null> {
  return db().$transaction(async (tx) => {
    if (message.rejoinIds?.length) {
      await tx.conversationParticipant.updateMany({ where: { conversationId: message.conversationId, userId: { in: message.rejoinIds }, leftAt: { not: null } }, data: { leftAt: null } });
    }
    return writeMessage(tx, message);
  });
}

/** A new conversation (or a pair's existing direct one) and its first message, in one transaction. */
export async function startConversationWithMessage(input: NewConversation & Omit<NewMessage, "conversationId" | "authorId">): Promise<{ id: string; number: number }> {
  return db().$transaction(async (tx) => {
    const { id } = await createConversation(tx, input);
    const number = await writeMessage(tx, { conversationId: id, authorId: input.creatorId, source: input.source, cooked: input.cooked, mentionedIds: input.mentionedIds, attachmentIds: input.attachmentIds });
    if (number === null) throw new Error("The creator of a conversation takes part in it");
    return { id, number };
  });
}

/** Adds people to a group and says so in its timeline, in one transaction; returns who was added. */
export async function addToGroup(conversationId: string, userIds: string[], addedById: string): Promise<string[]> {
  return db().$transaction(async (tx) => {
    const added = await addParticipants(tx, { conversationId, userIds, addedById });
    if (added.length) await postSystemMessage(tx, conversationId, { type: "added", actorId: addedById, userIds: added });
    return added;
  });
}

/**
 * Records that the member read up to message `number` (never backwards). Only their own row is written, and
 * only when it moves, so opening a conversation again writes nothing.
 */
export async function markConversationRead(userId: string, conversationId: string, number: number): Promise<void> {
  await db().conversationParticipant.updateMany({ where: { conversationId, userId, lastReadNumber: { lt: number } }, data: { lastReadNumber: number } });
}

/**
 * The member leaves: they no longer read it, it leaves their inbox, and their notifications about it go. A
 * group or workspace says so in its timeline.
 */
export async function leaveConversation(userId: string, conversationId: string, announce: boolean): Promise<boolean> {
  return db().$transaction(async (tx) => {
    const { count } = await tx.conversationParticipant.updateMany({ where: { conversationId, userId, leftAt: null }, data: { leftAt: new Date() } });
    if (count === 0) return false;
    await tx.notification.deleteMany({ where: { userId, subjectType: "Conversation", subjectId: conversationId } });
    if (announce) await postSystemMessage(tx, conversationId, { type: "left", actorId: userId });
    return true;
  });
}

/** The author deletes a message: a placeholder keeps its number, and the notifications pointing at it and its attachments go. */
export async function deleteMessage(messageId: string): Promise<void> {
  await db().$transaction(async (tx) => {
    const { count } = await tx.conversationMessage.updateMany({ where: { id: messageId, deletedAt: null }, data: { deletedAt: new Date() } });
    const message = count ? await tx.conversationMessage.findUniqueOrThrow({ where: { id: messageId }, select: { id: true, conversationId: true, number: true } }) : null;
    if (message) await removeNotificationsAboutMessage(tx, message);
    if (message) await replaceAttachmentsIn(tx, { messageId }, []);
  });
}

/** Blocks (or unblocks) a member; blocking twice changes nothing. */
export async function setBlock(blockerId: string, blockedId: string, blocked: boolean): Promise<void> {
  if (blocked) await db().memberBlock.createMany({ data: [{ blockerId, blockedId }], skipDuplicates: true });
  else await db().memberBlock.deleteMany({ where: { blockerId, blockedId } });
}

/** A participant's flag on a message, once per member and message: false when they had flagged it already. */
export async function flagMessage(flag: { targetId: string; reporterId: string; reason: "HARASSMENT" | "PERSONAL_INFORMATION" | "SPAM" | "OFF_TOPIC" | "OTHER"; note: string | null }): Promise<boolean> {
  return db().$transaction(async (tx) => {
    const { count } = await tx.moderationFlag.createMany({ data: [{ targetType: "ConversationMessage", ...flag }], skipDuplicates: true });
    if (count > 0) await notifyFlag(tx, { type: "ConversationMessage", id: flag.targetId }, flag.reporterId);
    return count > 0;
  });
}

/**
 * A staff read of a conversation's flagged part: audited (who, which messages, as what), and shown to its
 * participants on the conversation and on /account/privacy.
 */
export function recordFlaggedContextRead(actorId: string, conversationId: string, role: string, messageNumbers: number[]): Promise<void> {
  return writeAudit(db(), { actorId, action: "conversation.flagged-context-read", targetType: "Conversation", targetId: conversationId, metadata: { role, messages: messageNumbers } });
}
