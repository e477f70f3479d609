import "server-only";
// Conversations' reads, for explicit ids. Every read of messages is for a participant (or for staff, of the
// flagged part only): the services decide which, these queries only select.
import { db } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";
import type { ConversationKind, RecipientFacts } from "./policy";

export type RecipientRow = RecipientFacts & { handle: string; displayName: string | null };

/**
 * What deciding "may `viewerId` write to them" needs, for members named by handle or id, in one query: their
 * status and setting, blocks either way, and whether they share an active organization.
 */
export function findRecipients(viewerId: string, by: { handles: string[] } | { userIds: string[] }): Promise<RecipientRow[]> {
  const match = "handles" in by ? Prisma.sql`ap.handle = ANY(${by.handles})` : Prisma.sql`u.id = ANY(${by.userIds})`;
  if (("handles" in by ? by.handles : by.userIds).length === 0) return Promise.resolve([]);
  return db().$queryRaw<RecipientRow[]>`
    SELECT u.id AS "userId", ap.handle, u."displayName", u.status::text AS status, ap."messagePolicy"::text AS "messagePolicy",
           EXISTS (SELECT 1 FROM "MemberBlock" b WHERE b."blockerId" = u.id AND b."blockedId" = ${viewerId}) AS "blocksViewer",
           EXISTS (SELECT 1 FROM "MemberBlock" b WHERE b."blockerId" = ${viewerId} AND b."blockedId" = u.id) AS "blockedByViewer",
           EXISTS (SELECT 1 FROM "OrganizationMembership" mine
                     JOIN "OrganizationMembership" theirs ON theirs."organizationId" = mine."organizationId" AND theirs."userId" = u.id
                     JOIN "Organization" o ON o.id = mine."organizationId" AND o.status = 'ACTIVE'
                    WHERE mine."userId" = ${viewerId}) AS "sharesOrganization"
      FROM "User" u JOIN "AdvocateProfile" ap ON ap."userId" = u.id
     WHERE ${match}`;
}

/** Of these members, those who already share a conversation with `userId` (so are no strangers to them). */
export async function findAcquainted(userId: string, otherIds: string[]): Promise<Set<string>> {
  if (otherIds.length === 0) return new Set();
  const rows = await db().$queryRaw<Array<{ userId: string }>>`
    SELECT DISTINCT theirs."userId" FROM "ConversationParticipant" mine
      JOIN "ConversationParticipant" theirs ON theirs."conversationId" = mine."conversationId"
     WHERE mine."userId" = ${userId} AND theirs."userId" = ANY(${otherIds})`;
  return new Set(rows.map((row) => row.userId));
}

/** A pair's direct conversation, if they have one. */
export function findDirectConversation(directKey: string) {
  return db().conversation.findUnique({ where: { directKey }, select: { id: true } });
}

export type ConversationAccessRow = {
  id: string;
  kind: ConversationKind;
  lastMessageNumber: number;
  /** The viewer's row: null when they never took part; leftAt set when they left. */
  joinedAt: Date | null;
  leftAt: Date | null;
  lastReadNumber: number | null;
  /** For DIRECT: the other member and whether they left. */
  otherUserId: string | null;
  otherLeftAt: Date | null;
  /** Whether one of its messages carries a standing flag (open, or upheld: hidden and restorable). */
  flagged: boolean;
};

/** What deciding on a conversation needs, for one viewer, as it is now: one query. */
export async function findConversationAccess(conversationId: string, viewerId: string): Promise<ConversationAccessRow | null> {
  const [row] = await db().$queryRaw<ConversationAccessRow[]>`
    SELECT c.id, c.kind::text AS kind, c."lastMessageNumber", me."joinedAt", me."leftAt", me."lastReadNumber",
           other."userId" AS "otherUserId", other."leftAt" AS "otherLeftAt",
           EXISTS (SELECT 1 FROM "ConversationMessage" m JOIN "ModerationFlag" f ON f."targetType" = 'ConversationMessage' AND f."targetId" = m.id AND f.status IN ('OPEN', 'UPHELD')
                    WHERE m."conversationId" = c.id) AS flagged
      FROM "Conversation" c
      LEFT JOIN "ConversationParticipant" me ON me."conversationId" = c.id AND me."userId" = ${viewerId}
      LEFT JOIN LATERAL (SELECT p."userId", p."leftAt" FROM "ConversationParticipant" p
                          WHERE c.kind = 'DIRECT' AND p."conversationId" = c.id AND p."userId" <> ${viewerId} LIMIT 1) other ON true
     WHERE c.id = ${conversationId}`;
  return row ?? null;
}

export type ParticipantRow = {
  userId: string;
  displayName: string | null;
  /** Only for a listed, active member: the profile link. */
  handle: string | null;
  joinedAt: string;
  leftAt: string | null;
};

export type StaffRead = { at: string; role: string | null; actorName: string | null };

export type ConversationHead = {
  id: string;
  kind: ConversationKind;
  title: string | null;
  subjectType: string | null;
  subjectId: string | null;
  lastMessageNumber: number;
  lastMessageAt: Date;
  lastReadNumber: number | null;
  participants: ParticipantRow[];
  /** Staff reads of its flagged part (from the audit log), newest first, for the participants to see. */
  staffReads: StaffRead[];
};

/**
 * A conversation with everyone who ever took part (names as they show them), the viewer's read state, and the
 * staff reads of it: one query whatever its size.
 */
export async function findConversationHead(conversationId: string, viewerId: string): Promise<ConversationHead | null> {
  const [row] = await db().$queryRaw<ConversationHead[]>`
    SELECT c.id, c.kind::text AS kind, c.title, c."subjectType", c."subjectId", c."lastMessageNumber", c."lastMessageAt", me."lastReadNumber",
           coalesce((SELECT json_agg(json_build_object(
                        'userId', p."userId", 'displayName', u."displayName",
                        'handle', CASE WHEN u.status = 'ACTIVE' AND NOT coalesce(ap."hiddenFromDirectory", true) THEN ap.handle END,
                        'joinedAt', p."joinedAt", 'leftAt', p."leftAt") ORDER BY p."joinedAt", p."userId")
                       FROM "ConversationParticipant" p JOIN "User" u ON u.id = p."userId" LEFT JOIN "AdvocateProfile" ap ON ap."userId" = u.id
                      WHERE p."conversationId" = c.id), '[]'::json) AS participants,
           coalesce((SELECT json_agg(json_build_object('at', a."createdAt", 'role', a.metadata->>'role', 'actorName', su."displayName") ORDER BY a."createdAt" DESC)
                       FROM (SELECT * FROM "AuditLog" WHERE "targetType" = 'Conversation' AND "targetId" = c.id AND action = 'conversation.flagged-context-read'
                              ORDER BY "createdAt" DESC LIMIT 20) a LEFT JOIN "User" su ON su.id = a."actorId"), '[]'::json) AS "staffReads"
      FROM "Conversation" c
      LEFT JOIN "ConversationParticipant" me ON me."conversationId" = c.id AND me."userId" = ${viewerId}
     WHERE c.id = ${conversationId}`;
  return row ?? null;
}

export type MessageRow = {
  id: string;
  number: number;
  kind: "TEXT" | "SYSTEM";
  authorId: string | null;
  authorName: string | null;
  authorHandle: string | null;
  cooked: string;
  payload: Record<string, unknown> | null;
  editedAt: Date | null;
  deletedAt: Date | null;
  hiddenAt: Date | null;
  createdAt: Date;
};

const MESSAGE_COLUMNS = (withHidden: boolean) => Prisma.sql`
  m.id, m.number, m.kind::text AS kind, m."authorId", m.payload, m."editedAt", m."deletedAt", m."hiddenAt", m."createdAt",
  CASE WHEN m."deletedAt" IS NOT NULL THEN '' WHEN m."hiddenAt" IS NOT NULL AND NOT ${withHidden} THEN '' ELSE m.cooked END AS cooked,
  u."displayName" AS "authorName",
  CASE WHEN u.status = 'ACTIVE' AND NOT coalesce(ap."hiddenFromDirectory", true) THEN ap.handle END AS "authorHandle"`;

/** Messages `first` to `last` by number, with their authors' shown names: one query. Hidden text only `withHidden`. */
export function listMessages(conversationId: string, first: number, last: number, withHidden = false): Promise<MessageRow[]> {
  return db().$queryRaw<MessageRow[]>`
    SELECT ${MESSAGE_COLUMNS(withHidden)}
      FROM "ConversationMessage" m
      LEFT JOIN "User" u ON u.id = m."authorId"
      LEFT JOIN "AdvocateProfile" ap ON ap."userId" = u.id
     WHERE m."conversationId" = ${conversationId} AND m.number BETWEEN ${first} AND ${last}
     ORDER BY m.number`;
}

/** How many messages either side of a flagged one staff see: enough to judge it, not the history. */
export const FLAG_CONTEXT = 3;

export type FlaggedMessageRow = MessageRow & { flagged: boolean };

/**
 * For staff: only the messages near one with a standing flag (FLAG_CONTEXT either side), hidden text included,
 * each saying whether it is itself flagged. One query.
 */
export function listFlaggedContext(conversationId: string): Promise<FlaggedMessageRow[]> {
  return db().$queryRaw<FlaggedMessageRow[]>`
    WITH flagged AS (
      SELECT DISTINCT m.number FROM "ConversationMessage" m
        JOIN "ModerationFlag" f ON f."targetType" = 'ConversationMessage' AND f."targetId" = m.id AND f.status IN ('OPEN', 'UPHELD')
       WHERE m."conversationId" = ${conversationId})
    SELECT ${MESSAGE_COLUMNS(true)}, m.number IN (SELECT number FROM flagged) AS flagged
      FROM "ConversationMessage" m
      LEFT JOIN "User" u ON u.id = m."authorId"
      LEFT JOIN "AdvocateProfile" ap ON ap."userId" = u.id
     WHERE m."conversationId" = ${conversationId}
       AND EXISTS (SELECT 1 FROM flagged WHERE m.number BETWEEN flagged.number - ${FLAG_CONTEXT} AND flagged.number + ${FLAG_CONTEXT})
     ORDER BY m.number`;
}

export type InboxRow = {
  id: string;
  kind: ConversationKind;
  title: string | null;
  lastMessageAt: Date;
  unread: number;
  /** The other current participants' shown names (a few; a direct conversation's other side even if they left), and how many there are in all. */
  others: string[];
  otherCount: number;
};

/**
 * A page of the member's current conversations, latest activity first, by a (last activity, id) cursor; one more
 * than `take`. Each conversation is looked up by its key from the member's own rows (a LATERAL with LIMIT, so the
 * planner never scans every conversation to join a member's few).
 */
export function listInbox(userId: string, cursor: { at: Date; id: string } | null, take: number): Promise<InboxRow[]> {
  return db().$queryRaw<InboxRow[]>`
    SELECT c.id, c.kind AS kind, c.title, c."lastMessageAt", GREATEST(c."lastMessageNumber" - me."lastReadNumber", 0) AS unread,
           ARRAY(SELECT coalesce(u."displayName", '') FROM "ConversationParticipant" p JOIN "User" u ON u.id = p."userId"
                  WHERE p."conversationId" = c.id AND p."userId" <> ${userId} AND (p."leftAt" IS NULL OR c.kind = 'DIRECT') ORDER BY p."joinedAt", p."userId" LIMIT 4) AS others,
           (SELECT count(*)::int FROM "ConversationParticipant" p WHERE p."conversationId" = c.id AND p."userId" <> ${userId} AND (p."leftAt" IS NULL OR c.kind = 'DIRECT')) AS "otherCount"
      FROM "ConversationParticipant" me
     CROSS JOIN LATERAL (SELECT id, kind::text AS kind, title, "lastMessageAt", "lastMessageNumber" FROM "Conversation" WHERE id = me."conversationId" LIMIT 1) c
     WHERE me."userId" = ${userId} AND me."leftAt" IS NULL
       ${cursor ? Prisma.sql`AND (c."lastMessageAt", c.id) < (${cursor.at}, ${cursor.id})` : Prisma.empty}
     ORDER BY c."lastMessageAt" DESC, c.id DESC
     LIMIT ${take + 1}`;
}

/** The header's count: the member's conversations with messages they have not read (one indexed query). */
export async function countUnreadConversations(userId: string): Promise<number> {
  const [row] = await db().$queryRaw<Array<{ count: number }>>`
    SELECT count(*)::int AS count FROM "ConversationParticipant" me
     CROSS JOIN LATERAL (SELECT "lastMessageNumber" FROM "Conversation" WHERE id = me."conversationId" LIMIT 1) c
     WHERE me."userId" = ${userId} AND me."leftAt" IS NULL AND c."lastMessageNumber" > me."lastReadNumber"`;
  return row?.count ?? 0;
}

/** Handles among these that belong to current participants (the only mentions that link and notify). */
export function findParticipantHandles(conversationId: string, handles: string[]) {
  if (handles.length === 0) return Promise.resolve([]);
  return db().advocateProfile.findMany({
    where: { handle: { in: handles }, user: { status: "ACTIVE", conversationsJoined: { some: { conversationId, leftAt: null } } } },
    select: { userId: true, handle: true },
  });
}

/** How many take part in a conversation now. */
export function countCurrentParticipants(conversationId: string): Promise<number> {
  return db().conversationParticipant.count({ where: { conversationId, leftAt: null } });
}

/** Whether the member sent exactly this text since `since` (a repeat, by mistake or as spam). */
export async function sentSameTextSince(authorId: string, source: string, since: Date): Promise<boolean> {
  return (await db().conversationMessage.count({ where: { authorId, createdAt: { gte: since }, source, deletedAt: null } })) > 0;
}

/** What deciding on an action on one message needs, for one viewer, as it is now. */
export async function findMessageAccess(messageId: string, viewerId: string) {
  const message = await db().conversationMessage.findUnique({
    where: { id: messageId },
    select: {
      id: true,
      number: true,
      kind: true,
      authorId: true,
      deletedAt: true,
      hiddenAt: true,
      conversationId: true,
      conversation: { select: { kind: true, participants: { where: { userId: viewerId }, select: { leftAt: true } } } },
    },
  });
  if (!message) return null;
  const { conversation, ...rest } = message;
  const participant = conversation.participants.some((row) => row.leftAt === null);
  return { ...rest, conversation: { kind: conversation.kind, participant } };
}

/** The member someone is looking at, by handle, as a recipient (for the profile's "Send a message"). */
export async function findMemberByHandle(handle: string) {
  return db().advocateProfile.findUnique({ where: { handle }, select: { userId: true, handle: true, user: { select: { displayName: true } } } });
}

/** The members the member blocked, newest first, with the names they show. */
export function listBlocks(userId: string) {
  return db().memberBlock.findMany({
    where: { blockerId: userId },
    orderBy: { createdAt: "desc" },
    select: { createdAt: true, blocked: { select: { id: true, displayName: true, profile: { select: { handle: true } } } } },
  });
}

/** When the member was approved, for the tighter limits of the first week. */
export async function findApprovedAt(userId: string): Promise<Date | null> {
  return (await db().user.findUnique({ where: { id: userId }, select: { approvedAt: true } }))?.approvedAt ?? null;
}

/** Staff reads of flagged parts of the member's conversations, newest first (for /account/privacy). */
export function listStaffReadsOfMyConversations(userId: string, take: number) {
  return db().$queryRaw<Array<{ id: string; at: Date; conversationId: string; title: string | null; kind: ConversationKind; role: string | null; actorName: string | null }>>`
    SELECT a.id, a."createdAt" AS at, c.id AS "conversationId", c.title, c.kind::text AS kind, a.metadata->>'role' AS role, su."displayName" AS "actorName"
      FROM "ConversationParticipant" me
      JOIN "Conversation" c ON c.id = me."conversationId"
      JOIN "AuditLog" a ON a."targetType" = 'Conversation' AND a."targetId" = c.id AND a.action = 'conversation.flagged-context-read'
      LEFT JOIN "User" su ON su.id = a."actorId"
     WHERE me."userId" = ${userId}
     ORDER BY a."createdAt" DESC, a.id DESC
     LIMIT ${take}`;
}
