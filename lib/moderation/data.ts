import "server-only";
// The moderation queue's reads: one row per flagged item (kept by a trigger on write), its flags, the item in
// its context, its history and its author's earlier items.
import { db } from "@/lib/db";
import type { ItemContext } from "./schema";
import { Prisma, type FlagReason, type MemberRole, type ModerationEventKind, type ModerationItemStatus, type ModerationOutcome } from "@/lib/generated/prisma/client";

export type QueueQuery = {
  type?: string;
  reason?: FlagReason;
  statuses: ModerationItemStatus[];
  claimedById?: string;
  cursor: { at: Date; id: string } | null;
  take: number;
};

export type QueueRow = {
  id: string;
  targetType: string;
  targetId: string;
  authorId: string | null;
  authorName: string | null;
  status: ModerationItemStatus;
  reasons: FlagReason[];
  openFlagCount: number;
  flagCount: number;
  openedAt: Date;
  lastFlaggedAt: Date;
  claimedById: string | null;
  claimedByName: string | null;
  outcome: ModerationOutcome | null;
};

/**
 * A page of the queue, oldest first (by when the current round opened), each filter on an index: status
 * (status, openedAt, id), type (targetType, status, openedAt, id), claimed by (claimedById, status, openedAt, id),
 * reason (GIN on reasons). One row more than asked, for the next cursor.
 */
export function listQueue(query: QueueQuery): Promise<QueueRow[]> {
  return db().$queryRaw<QueueRow[]>(queueQuery(query));
}

/** The queue's SQL (also what the benchmark explains). */
export function queueQuery(query: QueueQuery): Prisma.Sql {
  const where = [
    // One status as an equality, so the planner walks (status, openedAt, id) in order and stops at the page's end.
    query.statuses.length === 1 ? Prisma.sql`i.status = ${query.statuses[0]}::"ModerationItemStatus"` : Prisma.sql`i.status = ANY (${query.statuses}::"ModerationItemStatus"[])`,
    query.type ? Prisma.sql`i."targetType" = ${query.type}` : null,
    query.reason ? Prisma.sql`i.reasons @> ARRAY[${query.reason}]::"FlagReason"[]` : null,
    query.claimedById ? Prisma.sql`i."claimedById" = ${query.claimedById}` : null,
    query.cursor ? Prisma.sql`(i."openedAt", i.id) > (${query.cursor.at}, ${query.cursor.id})` : null,
  ].filter((clause): clause is Prisma.Sql => clause !== null);
  return Prisma.sql`
    SELECT i.id, i."targetType", i."targetId", i."authorId", a."displayName" AS "authorName", i.status, i.reasons::text[] AS reasons,
           i."openFlagCount", i."flagCount", i."openedAt", i."lastFlaggedAt", i."claimedById", c."displayName" AS "claimedByName", i.outcome
      FROM "ModerationItem" i
      LEFT JOIN "User" a ON a.id = i."authorId"
      LEFT JOIN "User" c ON c.id = i."claimedById"
     WHERE ${Prisma.join(where, " AND ")}
     ORDER BY i."openedAt", i.id
     LIMIT ${query.take + 1}`;
}

/** How many items wait (open or claimed), for the admin navigation. */
export async function countWaitingItems(): Promise<number> {
  return db().moderationItem.count({ where: { status: { in: ["OPEN", "CLAIMED"] } } });
}

export type FlagRow = { itemId: string; reason: FlagReason; note: string | null; createdAt: Date; status: string; reporterId: string; reporterName: string | null };

/** The flags of these items (the current round's first, then earlier ones), at most `perItem` each. */
export function listFlagsOf(items: ReadonlyArray<{ id: string; targetType: string; targetId: string }>, perItem: number): Promise<FlagRow[]> {
  if (items.length === 0) return Promise.resolve([]);
  const keys = JSON.stringify(items.map(({ id, targetType, targetId }) => ({ id, targetType, targetId })));
  return db().$queryRaw<FlagRow[]>`
    SELECT k.id AS "itemId", f.reason, f.note, f."createdAt", f.status::text AS status, f."reporterId", u."displayName" AS "reporterName"
      FROM jsonb_to_recordset(${keys}::jsonb) AS k(id text, "targetType" text, "targetId" text)
      CROSS JOIN LATERAL (
        SELECT * FROM "ModerationFlag" f WHERE f."targetType" = k."targetType" AND f."targetId" = k."targetId"
         ORDER BY (f.status = 'OPEN') DESC, f."createdAt" LIMIT ${perItem}
      ) f
      JOIN "User" u ON u.id = f."reporterId"
     ORDER BY k.id, (f.status = 'OPEN') DESC, f."createdAt"`;
}

export type ItemRow = QueueRow & { authorRole: MemberRole | null; authorStatus: string | null; claimedAt: Date | null; firstFlaggedAt: Date; actionTaken: boolean; resolvedAt: Date | null; reporterIds: string[] };

export async function findItem(itemId: string): Promise<ItemRow | null> {
  const [row] = await db().$queryRaw<ItemRow[]>`
    SELECT i.id, i."targetType", i."targetId", i."authorId", a."displayName" AS "authorName", a.role AS "authorRole", a.status::text AS "authorStatus",
           i.status, i.reasons::text[] AS reasons, i."openFlagCount", i."flagCount", i."openedAt", i."firstFlaggedAt", i."lastFlaggedAt", i."claimedById", i."claimedAt",
           c."displayName" AS "claimedByName", i.outcome, i."actionTaken", i."resolvedAt",
           ARRAY(SELECT f."reporterId" FROM "ModerationFlag" f WHERE f."targetType" = i."targetType" AND f."targetId" = i."targetId") AS "reporterIds"
      FROM "ModerationItem" i
      LEFT JOIN "User" a ON a.id = i."authorId"
      LEFT JOIN "User" c ON c.id = i."claimedById"
     WHERE i.id = ${itemId}`;
  return row ?? null;
}

export type EventRow = { kind: ModerationEventKind; note: string | null; createdAt: Date; actorName: string | null };

export function listEvents(itemId: string): Promise<EventRow[]> {
  return db().$queryRaw<EventRow[]>`
    SELECT e.kind, e.note, e."createdAt", u."displayName" AS "actorName"
      FROM "ModerationItemEvent" e LEFT JOIN "User" u ON u.id = e."actorId"
     WHERE e."itemId" = ${itemId}
     ORDER BY e."createdAt", e.id`;
}

export type AuthorHistory = {
  items: number;
  actionTaken: number;
  warnings: number;
  suspensions: number;
  recent: Array<{ id: string; targetType: string; status: ModerationItemStatus; outcome: ModerationOutcome | null; lastFlaggedAt: Date }>;
};

/** The author's other flagged items: counts, and the last few (index authorId, lastFlaggedAt). */
export async function findAuthorHistory(authorId: string, exceptItemId: string, recent: number): Promise<AuthorHistory> {
  const [[counts], rows] = await Promise.all([
    db().$queryRaw<Array<Omit<AuthorHistory, "recent">>>`
      SELECT count(*)::int AS items, count(*) FILTER (WHERE i.outcome = 'ACTION_TAKEN')::int AS "actionTaken",
             coalesce(sum((SELECT count(*) FROM "ModerationItemEvent" e WHERE e."itemId" = i.id AND e.kind = 'WARNED')), 0)::int AS warnings,
             coalesce(sum((SELECT count(*) FROM "ModerationItemEvent" e WHERE e."itemId" = i.id AND e.kind = 'SUSPENDED')), 0)::int AS suspensions
        FROM "ModerationItem" i WHERE i."authorId" = ${authorId} AND i.id <> ${exceptItemId}`,
    db().moderationItem.findMany({
      where: { authorId, id: { not: exceptItemId } },
      orderBy: { lastFlaggedAt: "desc" },
      take: recent,
      select: { id: true, targetType: true, status: true, outcome: true, lastFlaggedAt: true },
    }),
  ]);
  return { ...(counts ?? { items: 0, actionTaken: 0, warnings: 0, suspensions: 0 }), recent: rows };
}

// The items in context ------------------------------------------------------------------------------------

/**
 * What each item is, for a page of the queue or one item: one query per kind of item on the page (never one per
 * item). A message's text is not read here: staff read it, with the messages around it, on the conversation's
 * page, where the read is audited and shown to its participants.
 */
export async function findContexts(items: ReadonlyArray<{ targetType: string; targetId: string }>): Promise<Map<string, ItemContext>> {
  const ids = (type: string) => items.filter((item) => item.targetType === type).map((item) => item.targetId);
  const [posts, threads, messages, requests, users, organizations, resources] = await Promise.all([
    ids("BoardPost").length
      ? db().boardPost.findMany({ where: { id: { in: ids("BoardPost") } }, select: { id: true, number: true, cooked: true, source: true, hiddenAt: true, deletedAt: true, thread: { select: { id: true, slug: true, title: true } }, _count: { select: { revisions: true } } } })
      : [],
    ids("BoardThread").length
      ? db().boardThread.findMany({
          where: { id: { in: ids("BoardThread").map(Number).filter(Number.isInteger) } },
          select: { id: true, slug: true, title: true, lockedAt: true, deletedAt: true, categoryId: true, category: { select: { names: true } }, posts: { where: { number: 1 }, select: { cooked: true } } },
        })
      : [],
    ids("ConversationMessage").length ? db().conversationMessage.findMany({ where: { id: { in: ids("ConversationMessage") } }, select: { id: true, conversationId: true, number: true, hiddenAt: true, deletedAt: true } }) : [],
    ids("CollaborationRequest").length ? db().collaborationRequest.findMany({ where: { id: { in: ids("CollaborationRequest") } }, select: { id: true, title: true, visibility: true } }) : [],
    ids("User").length ? db().user.findMany({ where: { id: { in: ids("User") } }, select: { id: true, displayName: true, profile: { select: { handle: true, hiddenFromDirectory: true } } } }) : [],
    ids("Organization").length ? db().organization.findMany({ where: { id: { in: ids("Organization") } }, select: { id: true, slug: true, name: true, description: true } }) : [],
    ids("Resource").length ? db().resource.findMany({ where: { id: { in: ids("Resource") } }, select: { id: true, title: true, status: true } }) : [],
  ]);
  const contexts = new Map<string, ItemContext>();
  for (const post of posts)
    contexts.set(`BoardPost:${post.id}`, { kind: "BoardPost", postId: post.id, number: post.number, cooked: post.cooked, source: post.source, hiddenAt: post.hiddenAt, deletedAt: post.deletedAt, threadId: post.thread.id, threadSlug: post.thread.slug, threadTitle: post.thread.title, revisions: post._count.revisions });
  for (const thread of threads)
    contexts.set(`BoardThread:${thread.id}`, { kind: "BoardThread", threadId: thread.id, slug: thread.slug, title: thread.title, lockedAt: thread.lockedAt, deletedAt: thread.deletedAt, categoryId: thread.categoryId, categoryNames: thread.category.names, cooked: thread.posts[0]?.cooked ?? null });
  for (const message of messages) contexts.set(`ConversationMessage:${message.id}`, { kind: "ConversationMessage", messageId: message.id, conversationId: message.conversationId, number: message.number, hiddenAt: message.hiddenAt, deletedAt: message.deletedAt });
  for (const request of requests) contexts.set(`CollaborationRequest:${request.id}`, { kind: "CollaborationRequest", requestId: request.id, title: request.title, visibility: request.visibility });
  for (const user of users) contexts.set(`User:${user.id}`, { kind: "User", userId: user.id, displayName: user.displayName, handle: user.profile?.handle ?? null, hidden: user.profile?.hiddenFromDirectory ?? true });
  for (const organization of organizations) contexts.set(`Organization:${organization.id}`, { kind: "Organization", organizationId: organization.id, slug: organization.slug, name: organization.name, description: organization.description });
  for (const resource of resources) contexts.set(`Resource:${resource.id}`, { kind: "Resource", resourceId: resource.id, title: resource.title, status: resource.status });
  return contexts;
}

// What in-context buttons and flag forms look up -------------------------------------------------------------

export function findPostForModeration(postId: string) {
  return db().boardPost.findUnique({ where: { id: postId }, select: { id: true, number: true, hiddenAt: true, threadId: true, thread: { select: { slug: true } } } });
}

export function findThreadForModeration(threadId: number) {
  return db().boardThread.findUnique({ where: { id: threadId }, select: { id: true, slug: true, lockedAt: true, pinnedAt: true, categoryId: true, lastPostNumber: true } });
}

/** A message staff act on, with whether it carries a standing flag (they may act on nothing else). */
export async function findMessageForModeration(messageId: string) {
  const message = await db().conversationMessage.findUnique({ where: { id: messageId }, select: { id: true, number: true, conversationId: true, hiddenAt: true } });
  if (!message) return null;
  const flags = await db().moderationFlag.count({ where: { targetType: "ConversationMessage", targetId: messageId, status: { in: ["OPEN", "UPHELD"] } } });
  return { ...message, flagged: flags > 0 };
}

/**
 * What a member wants to flag, from its address (a thread's number, a profile's handle, an organization's slug):
 * the id the flag names, who owns it (nobody flags their own) and its page; null when it is not there to flag.
 */
export async function findFlagTarget(targetType: "BoardThread" | "User" | "Organization", key: string): Promise<{ targetId: string; ownerIds: string[]; path: string } | null> {
  if (targetType === "BoardThread") {
    const id = Number(key);
    if (!Number.isInteger(id) || id < 1 || id > 2147483647) return null;
    const thread = await db().boardThread.findFirst({ where: { id, deletedAt: null, category: { staffOnly: false } }, select: { authorId: true, slug: true } });
    return thread && { targetId: String(id), ownerIds: [thread.authorId], path: `/board/t/${id}/${thread.slug}` };
  }
  if (targetType === "User") {
    const profile = await db().advocateProfile.findFirst({ where: { handle: key, user: { status: "ACTIVE" } }, select: { userId: true } });
    return profile && { targetId: profile.userId, ownerIds: [profile.userId], path: `/members/${key}` };
  }
  const organization = await db().organization.findFirst({ where: { slug: key, archivedAt: null }, select: { id: true, members: { where: { role: "REPRESENTATIVE" }, select: { userId: true } } } });
  return organization && { targetId: organization.id, ownerIds: organization.members.map((representative) => representative.userId), path: `/organizations/${key}` };
}

/** The categories a thread may be moved to (all of them: staff read every category). */
export function listMoveCategories() {
  return db().boardCategory.findMany({ orderBy: { position: "asc" }, select: { id: true, slug: true, names: true } });
}
