import "server-only";
import { db } from "@/lib/db";
import { Prisma, type NotificationDelivery, type NotificationTopic, type NotificationType } from "@/lib/generated/prisma/client";
import { deliveryFor, GROUP_NUMBERS_KEPT, GROUPED_TYPES, typesOfTopic } from "./schema";

// Notifications are written inside the transaction of what causes them (a post, a reply): both are saved or
// neither is.

type Tx = Prisma.TransactionClient;

export type NewNotification = {
  userId: string;
  type: NotificationType;
  subjectType: string;
  subjectId: string;
  payload: Prisma.InputJsonObject;
};

/**
 * Writes each member's notification once (a member mentioned in a reply to their own post gets one, the first
 * given), with the delivery the member chose for its topic; a topic they turned off writes nothing, and gives
 * way to the next one given (replies turned off, a reply in a thread the member watches still counts as watched).
 * A grouped type (GROUPED_TYPES) is absorbed by the member's unread, not yet mailed notification of that type and subject.
 */
export async function createNotifications(tx: Tx, notifications: NewNotification[]): Promise<number> {
  const members = [...new Set(notifications.map((notification) => notification.userId))];
  if (members.length === 0) return 0;
  const choices = await tx.notificationPreference.findMany({ where: { userId: { in: members } }, select: { userId: true, topic: true, delivery: true } });
  const byMember = new Map<string, Map<NotificationTopic, NotificationDelivery>>();
  for (const choice of choices) byMember.set(choice.userId, (byMember.get(choice.userId) ?? new Map()).set(choice.topic, choice.delivery));
  const seen = new Set<string>();
  const rows = notifications
    .map((notification) => ({ ...notification, delivery: deliveryFor(notification.type, byMember.get(notification.userId)) }))
    .filter((row) => row.delivery !== "OFF" && !seen.has(row.userId) && seen.add(row.userId));
  if (rows.length === 0) return 0;
  const absorbed = await absorbIntoGroups(tx, rows.filter((row) => GROUPED_TYPES.has(row.type)));
  const fresh = rows.filter((row) => !absorbed.has(groupKey(row)));
  return absorbed.size + (fresh.length ? (await tx.notification.createMany({ data: fresh })).count : 0);
}

const groupKey = (row: Pick<NewNotification, "userId" | "type" | "subjectType" | "subjectId">) => `notification:${row.userId}:${row.type}:${row.subjectType}:${row.subjectId}`;

/**
 * Folds each grouped notification into the member's open group (unread and not mailed yet: a mailed or digested
 * one is not counted again): `payload.count` grows, the new payload (latest actor) replaces the old but keeps
 * the first post's number as the link, and a thread's group keeps the numbers it holds. A transaction-scoped
 * advisory lock per group, taken in one order, serializes two writers of one group (two reactions at once:
 * the second waits, then sees and grows the first's row), so no count is lost and no second group appears.
 * Returns the keys of the groups that absorbed one.
 */
async function absorbIntoGroups(tx: Tx, rows: Array<NewNotification & { delivery: NotificationDelivery }>): Promise<Set<string>> {
  if (rows.length === 0) return new Set();
  const keys = rows.map(groupKey).sort();
  // Volatile functions run after the sort, so the locks are taken in key order (no deadlock between writers).
  await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtextextended(k, 0)) FROM unnest(${keys}::text[]) AS k ORDER BY k`;
  const incoming = JSON.stringify(rows.map(({ userId, type, subjectType, subjectId, payload }) => ({ userId, type, subjectType, subjectId, payload })));
  const numbers = Prisma.sql`coalesce(n.payload->'numbers', jsonb_build_array(n.payload->'number'))`;
  const grown = await tx.$queryRaw<Array<{ userId: string; type: NotificationType; subjectType: string; subjectId: string }>>`
    WITH incoming AS (
      SELECT * FROM jsonb_to_recordset(${incoming}::jsonb) AS i("userId" text, type text, "subjectType" text, "subjectId" text, payload jsonb)
    ), target AS (
      SELECT DISTINCT ON (n."userId", n.type, n."subjectType", n."subjectId") n.id, i.payload
        FROM incoming i
        JOIN "Notification" n ON n."userId" = i."userId" AND n.type::text = i.type AND n."subjectType" = i."subjectType" AND n."subjectId" = i."subjectId"
       WHERE n."readAt" IS NULL AND n."mailedAt" IS NULL
       ORDER BY n."userId", n.type, n."subjectType", n."subjectId", n."createdAt" DESC
    )
    UPDATE "Notification" n
       SET "createdAt" = ${new Date()},
           payload = n.payload || (t.payload - 'number') || jsonb_build_object('count', coalesce((n.payload->>'count')::int, 1) + 1)
             || CASE WHEN t.payload ? 'number' AND n.payload ? 'number' AND NOT ${numbers} @> jsonb_build_array(t.payload->'number') AND jsonb_array_length(${numbers}) < ${GROUP_NUMBERS_KEPT}
                     THEN jsonb_build_object('numbers', ${numbers} || jsonb_build_array(t.payload->'number')) ELSE '{}'::jsonb END
      FROM target t
     WHERE n.id = t.id AND n."readAt" IS NULL AND n."mailedAt" IS NULL
 RETURNING n."userId", n.type, n."subjectType", n."subjectId"`;
  return new Set(grown.map(groupKey));
}

/** Drops the notifications about something that was deleted or hidden, so nobody is sent to what they cannot read. */
export async function removeNotificationsAbout(tx: Tx, subjectType: string, subjectIds: string[]): Promise<void> {
  if (subjectIds.length) await tx.notification.deleteMany({ where: { subjectType, subjectId: { in: subjectIds } } });
}

/** Marks these notifications of the member read (only the member's own). */
export async function markNotificationsRead(userId: string, ids: string[]): Promise<void> {
  if (ids.length) await db().notification.updateMany({ where: { userId, id: { in: ids }, readAt: null }, data: { readAt: new Date() } });
}

export async function markAllNotificationsRead(userId: string): Promise<number> {
  return (await db().notification.updateMany({ where: { userId, readAt: null }, data: { readAt: new Date() } })).count;
}

/** How one topic reaches the member (the unsubscribe page): setTopicDeliveries for that topic alone. */
export async function setTopicDelivery(userId: string, topic: NotificationTopic, delivery: NotificationDelivery): Promise<void> {
  await db().$transaction((tx) => setTopicDeliveries(tx, userId, { [topic]: delivery }));
}

/** Deliveries that mean an email is still to come: a change re-times or stops those, never the others. */
const MAILED: NotificationDelivery[] = ["IMMEDIATE", "DAILY", "WEEKLY"];

/**
 * Sets how each given topic reaches the member, and moves the topic's notifications still waiting for an email
 * or a digest to the new delivery, so none carries what the member just asked not to get. Notifications that
 * were in the app only (or off) stay so: choosing email later does not mail the member's whole history.
 */
async function setTopicDeliveries(tx: Tx, userId: string, deliveries: Partial<Record<NotificationTopic, NotificationDelivery>>): Promise<void> {
  for (const [topic, delivery] of Object.entries(deliveries) as Array<[NotificationTopic, NotificationDelivery]>) {
    await tx.notificationPreference.upsert({ where: { userId_topic: { userId, topic } }, create: { userId, topic, delivery }, update: { delivery } });
    await tx.notification.updateMany({ where: { userId, type: { in: typesOfTopic(topic) }, mailedAt: null, delivery: { in: MAILED.filter((mailed) => mailed !== delivery) } }, data: { delivery } });
  }
}

// Preferences page (/account/notifications) ------------------------------------------------------------------

export type NotificationSettings = {
  deliveries: Partial<Record<NotificationTopic, NotificationDelivery>>;
  /** The member's IANA zone, for the time of their digests; stored only because they chose it here. */
  timeZone: string;
  mailShowsTitles: boolean;
};

/** Saves the whole preferences form: every topic's delivery (with its waiting notifications), the zone, the titles opt-in. One transaction. */
export async function saveNotificationSettings(userId: string, settings: NotificationSettings): Promise<void> {
  await db().$transaction(async (tx) => {
    await setTopicDeliveries(tx, userId, settings.deliveries);
    await tx.user.update({ where: { id: userId }, data: { timeZone: settings.timeZone, mailShowsTitles: settings.mailShowsTitles } });
  });
}

// ——— Grouped notifications: removal and reading by subject (issue 12, the notification centre) ———

/**
 * A board post deleted or hidden: its own notifications (mentions, reactions, flags) are dropped, and the
 * thread's grouped ones (replies, watched posts) that hold its number lose it — the count shrinks, the link
 * moves to the next post held, and a group of that post alone goes.
 */
export async function removeNotificationsAboutPost(tx: Tx, post: { id: string; threadId: number; number: number }): Promise<void> {
  await removeNotificationsAbout(tx, "BoardPost", [post.id]);
  const subject = Prisma.sql`"subjectType" = 'BoardThread' AND "subjectId" = ${String(post.threadId)}`;
  const numbers = Prisma.sql`coalesce(payload->'numbers', jsonb_build_array(payload->'number'))`;
  const held = Prisma.sql`${numbers} @> jsonb_build_array(${post.number}::int)`;
  await tx.$executeRaw`DELETE FROM "Notification" WHERE ${subject} AND ${held} AND coalesce((payload->>'count')::int, 1) <= 1`;
  await tx.$executeRaw`
    UPDATE "Notification"
       SET payload = payload || jsonb_build_object(
             'count', coalesce((payload->>'count')::int, 1) - 1,
             'numbers', (SELECT coalesce(jsonb_agg(e ORDER BY e::int), '[]'::jsonb) FROM jsonb_array_elements(${numbers}) e WHERE e::int <> ${post.number}),
             'number', (SELECT coalesce(min(e::int), (payload->>'number')::int) FROM jsonb_array_elements(${numbers}) e WHERE e::int <> ${post.number}))
     WHERE ${subject} AND ${held}`;
}

/**
 * A thread removed: every notification about it or any of its posts goes. Moved where only staff read
 * (`membersOnly`): the notifications of members who are not staff go.
 */
export async function removeNotificationsAboutThread(tx: Tx, threadId: number, options: { membersOnly?: boolean } = {}): Promise<void> {
  await tx.$executeRaw`
    DELETE FROM "Notification"
     WHERE (("subjectType" = 'BoardThread' AND "subjectId" = ${String(threadId)})
        OR ("subjectType" = 'BoardPost' AND "subjectId" IN (SELECT id FROM "BoardPost" WHERE "threadId" = ${threadId})))
       ${options.membersOnly ? Prisma.sql`AND "userId" IN (SELECT id FROM "User" WHERE role = 'MEMBER')` : Prisma.empty}`;
}

/** What the member opened: the notifications of theirs it is about (a staff queue: all of its type). */
export type VisitedSubject = { thread: number } | { subjectType: string; subjectId: string } | { type: "NEW_FLAG" | "NEW_APPLICATION" };

/**
 * Marks the member's unread notifications about what they opened read: one UPDATE on the member's unread rows
 * (index on userId, readAt). A thread covers its own notifications and those of its posts (by the payload's
 * threadId, which every board notification carries). Callers skip it when the bell counts none unread.
 */
export async function markVisitedRead(userId: string, visited: VisitedSubject): Promise<number> {
  const about = "thread" in visited
    ? Prisma.sql`"subjectType" IN ('BoardThread', 'BoardPost') AND payload->>'threadId' = ${String(visited.thread)}`
    : "type" in visited
      ? Prisma.sql`type = ${visited.type}::"NotificationType"`
      : Prisma.sql`"subjectType" = ${visited.subjectType} AND "subjectId" = ${visited.subjectId}`;
  return db().$executeRaw`UPDATE "Notification" SET "readAt" = now() WHERE "userId" = ${userId} AND "readAt" IS NULL AND ${about}`;
}

/** The active staff of these roles (not `exceptId`, who caused it) hear of something for the queue they work. */
export async function notifyStaff(tx: Tx, roles: Array<"MODERATOR" | "ADMIN">, notification: Omit<NewNotification, "userId">, exceptId?: string): Promise<number> {
  const staff = await tx.user.findMany({ where: { role: { in: roles }, status: "ACTIVE", ...(exceptId ? { id: { not: exceptId } } : {}) }, select: { id: true } });
  return createNotifications(tx, staff.map(({ id }) => ({ userId: id, ...notification })));
}

/** Something was flagged: moderators and admins hear of it, grouped per flagged item; the queue shows what it is. */
export function notifyFlag(tx: Tx, target: { type: "BoardPost" | "ConversationMessage" | "CollaborationRequest"; id: string }, reporterId: string): Promise<number> {
  return notifyStaff(tx, ["MODERATOR", "ADMIN"], { type: "NEW_FLAG", subjectType: target.type, subjectId: target.id, payload: { targetType: target.type } }, reporterId);
}

/** An application is ready for review: every active admin hears of it, in one group ("3 applications wait"). */
export function notifyApplicationReady(tx: Tx): Promise<number> {
  return notifyStaff(tx, ["ADMIN"], { type: "NEW_APPLICATION", subjectType: "ApplicationQueue", subjectId: "review", payload: {} });
}

/**
 * A conversation message deleted or hidden: the notifications that point at it go (a mention of it, the
 * "new message" it rang, staff's flag notification). Those about the conversation as a whole stay.
 */
export async function removeNotificationsAboutMessage(tx: Tx, message: { id: string; conversationId: string; number: number }): Promise<void> {
  await removeNotificationsAbout(tx, "ConversationMessage", [message.id]);
  await tx.$executeRaw`
    DELETE FROM "Notification"
     WHERE "subjectType" = 'Conversation' AND "subjectId" = ${message.conversationId} AND type IN ('MESSAGE_MENTION', 'NEW_MESSAGE')
       AND (payload->>'number')::int = ${message.number}`;
}

/** Drops the notifications of one type about a subject that one actor caused (a response taken back). */
export async function removeNotificationsBy(tx: Tx, about: { subjectType: string; subjectId: string; type: NotificationType; actorId: string }): Promise<void> {
  await tx.notification.deleteMany({ where: { subjectType: about.subjectType, subjectId: about.subjectId, type: about.type, payload: { path: ["authorId"], equals: about.actorId } } });
}

/** A subject now shown to fewer members: the notifications about it of everyone else go (staff's flag ones stay: flagged, they may read it). */
export async function removeNotificationsAboutExcept(tx: Tx, subjectType: string, subjectId: string, keepUserIds: string[]): Promise<void> {
  await tx.notification.deleteMany({ where: { subjectType, subjectId, userId: { notIn: keepUserIds }, type: { not: "NEW_FLAG" } } });
}
