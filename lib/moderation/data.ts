import "server-only";
// The moderators' queue: board posts with open flags, one row per post, oldest flag first, with the post in
// its context (even when hidden: moderators read hidden content) and the reasons and notes given.
import { db } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";

type FlagTarget = "BoardPost" | "ConversationMessage" | "CollaborationRequest";

/** The open flags on one kind of target, one row per flagged item: when first flagged, and the reasons and notes. */
function openFlags(targetType: FlagTarget) {
  return Prisma.sql`(SELECT "targetId", min("createdAt") AS "firstFlaggedAt",
                   json_agg(json_build_object('reason', reason, 'note', note) ORDER BY "createdAt") AS flags
              FROM "ModerationFlag" WHERE "targetType" = ${targetType} AND status = 'OPEN' GROUP BY "targetId")`;
}

/** How many items of one kind wait in the queue. */
async function countOpenFlagged(targetType: FlagTarget): Promise<number> {
  const [row] = await db().$queryRaw<Array<{ count: number }>>`
    SELECT count(DISTINCT "targetId")::int AS count FROM "ModerationFlag" WHERE "targetType" = ${targetType} AND status = 'OPEN'`;
  return row?.count ?? 0;
}

export type FlaggedPostRow = {
  postId: string;
  number: number;
  cooked: string;
  hiddenAt: Date | null;
  deletedAt: Date | null;
  authorName: string | null;
  threadId: number;
  threadSlug: string;
  threadTitle: string;
  firstFlaggedAt: Date;
  flags: Array<{ reason: string; note: string | null }>;
};

export function listFlaggedPosts(cursor: { at: Date; id: string } | null, take: number): Promise<FlaggedPostRow[]> {
  return db().$queryRaw<FlaggedPostRow[]>`
    SELECT p.id AS "postId", p.number, p.cooked, p."hiddenAt", p."deletedAt", u."displayName" AS "authorName",
           t.id AS "threadId", t.slug AS "threadSlug", t.title AS "threadTitle", f."firstFlaggedAt", f.flags
      FROM ${openFlags("BoardPost")} f
      JOIN "BoardPost" p ON p.id = f."targetId"
      JOIN "BoardThread" t ON t.id = p."threadId"
      JOIN "User" u ON u.id = p."authorId"
     ${cursor ? Prisma.sql`WHERE (f."firstFlaggedAt", p.id) > (${cursor.at}, ${cursor.id})` : Prisma.empty}
     ORDER BY f."firstFlaggedAt", p.id
     LIMIT ${take + 1}`;
}

/** How many posts wait in the queue, for the admin navigation. */
export function countFlaggedPosts(): Promise<number> {
  return countOpenFlagged("BoardPost");
}

export function findPostForModeration(postId: string) {
  return db().boardPost.findUnique({ where: { id: postId }, select: { id: true, number: true, hiddenAt: true, threadId: true, thread: { select: { slug: true } } } });
}

export function findThreadForModeration(threadId: number) {
  return db().boardThread.findUnique({ where: { id: threadId }, select: { id: true, slug: true, lockedAt: true, pinnedAt: true, categoryId: true, lastPostNumber: true } });
}

export type FlaggedMessageRow = {
  messageId: string;
  conversationId: string;
  number: number;
  hiddenAt: Date | null;
  deletedAt: Date | null;
  firstFlaggedAt: Date;
  flags: Array<{ reason: string; note: string | null }>;
};

/**
 * Flagged conversation messages, oldest flag first: which message, and the reasons and notes given — never its
 * text. Staff read the text, with the messages around it, only on the conversation's page, where every read
 * is audited and shown to the participants.
 */
export function listFlaggedMessages(cursor: { at: Date; id: string } | null, take: number): Promise<FlaggedMessageRow[]> {
  return db().$queryRaw<FlaggedMessageRow[]>`
    SELECT m.id AS "messageId", m."conversationId", m.number, m."hiddenAt", m."deletedAt", f."firstFlaggedAt", f.flags
      FROM ${openFlags("ConversationMessage")} f
      JOIN "ConversationMessage" m ON m.id = f."targetId"
     ${cursor ? Prisma.sql`WHERE (f."firstFlaggedAt", m.id) > (${cursor.at}, ${cursor.id})` : Prisma.empty}
     ORDER BY f."firstFlaggedAt", m.id
     LIMIT ${take + 1}`;
}

export function countFlaggedMessages(): Promise<number> {
  return countOpenFlagged("ConversationMessage");
}

/** A message staff act on, with whether it carries a standing flag (they may act on nothing else). */
export async function findMessageForModeration(messageId: string) {
  const message = await db().conversationMessage.findUnique({ where: { id: messageId }, select: { id: true, number: true, conversationId: true, hiddenAt: true } });
  if (!message) return null;
  const flags = await db().moderationFlag.count({ where: { targetType: "ConversationMessage", targetId: messageId, status: { in: ["OPEN", "UPHELD"] } } });
  return { ...message, flagged: flags > 0 };
}

export type FlaggedRequestRow = { requestId: string; title: string; visibility: string; firstFlaggedAt: Date; flags: Array<{ reason: string; note: string | null }> };

/** Collaboration requests with open flags, oldest flag first (the first page: they are few). */
export function listFlaggedRequests(take: number): Promise<FlaggedRequestRow[]> {
  return db().$queryRaw<FlaggedRequestRow[]>`
    SELECT r.id AS "requestId", r.title, r.visibility::text AS visibility, f."firstFlaggedAt", f.flags
      FROM ${openFlags("CollaborationRequest")} f
      JOIN "CollaborationRequest" r ON r.id = f."targetId"
     ORDER BY f."firstFlaggedAt", r.id
     LIMIT ${take}`;
}
