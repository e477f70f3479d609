import "server-only";
import { signUnsubscribeToken, type UnsubscribeScope } from "@/lib/auth/unsubscribe-token";
import { db } from "@/lib/db";
import { env } from "@/lib/env";
import { nudge } from "@/lib/jobs/boss";
import { Prisma, type DigestFrequency, type MemberStatus, type NotificationDelivery, type NotificationTopic, type NotificationType } from "@/lib/generated/prisma/client";
import { platformUrl } from "@/lib/links";
import { queueEmails, type QueueEmailInput } from "@/lib/mail/mutations";
import type { TopicCount } from "@/lib/mail/templates";
import { mutedPairs } from "@/lib/safety/data";
import { MUTED_NOTIFICATION_TYPES } from "@/lib/safety/schema";
import { digestIsDue, digestPeriodKey } from "./data";
import { deliveryFor, GROUP_NUMBERS_KEPT, GROUPED_TYPES, MEMBER_TOPICS, STAFF_TOPICS, TOPIC_OF, typesOfTopic } from "./schema";

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
 * A member-to-member notification (MUTED_NOTIFICATION_TYPES) caused by someone the member muted is not written.
 */
export async function createNotifications(tx: Tx, given: NewNotification[]): Promise<number> {
  const notifications = await withoutMuted(tx, given);
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
  // Emails at once go out within seconds of the commit (the job also runs every minute).
  if (rows.some((row) => row.delivery === "IMMEDIATE")) await nudge(tx, "notification-emails");
  const absorbed = await absorbIntoGroups(tx, rows.filter((row) => GROUPED_TYPES.has(row.type)));
  const fresh = rows.filter((row) => !absorbed.has(groupKey(row)));
  return absorbed.size + (fresh.length ? (await tx.notification.createMany({ data: fresh })).count : 0);
}

/**
 * Drops the member-to-member notifications whose actor (`payload.authorId`: the writer, reactor or the one who
 * added them) the recipient muted — one query for the whole write, and none when nothing is of a muted type.
 * Staff's moderation notices are not of those types, so a mute never silences them.
 */
async function withoutMuted(tx: Tx, notifications: NewNotification[]): Promise<NewNotification[]> {
  const actorOf = (notification: NewNotification) =>
    MUTED_NOTIFICATION_TYPES.has(notification.type) && typeof notification.payload.authorId === "string" ? notification.payload.authorId : null;
  const pairs = notifications.flatMap((notification) => {
    const actorId = actorOf(notification);
    return actorId && actorId !== notification.userId ? [{ userId: notification.userId, actorId }] : [];
  });
  if (pairs.length === 0) return notifications;
  const muted = await mutedPairs(tx, pairs);
  return muted.size === 0 ? notifications : notifications.filter((notification) => !muted.has(`${notification.userId}:${actorOf(notification)}`));
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

// Reading a notification in the app settles it for email too: what the member has seen is not emailed or
// counted in a digest afterwards (its `mailedAt` is set when still empty), so every email is news.
const readNow = (at: Date) => Prisma.sql`"readAt" = ${at.toISOString()}::timestamp(3), "mailedAt" = coalesce("mailedAt", ${at.toISOString()}::timestamp(3))`;

/** Marks these notifications of the member read (only the member's own). */
export async function markNotificationsRead(userId: string, ids: string[]): Promise<void> {
  if (ids.length) await db().$executeRaw`UPDATE "Notification" SET ${readNow(new Date())} WHERE "userId" = ${userId} AND id = ANY(${ids}::text[]) AND "readAt" IS NULL`;
}

export async function markAllNotificationsRead(userId: string): Promise<number> {
  return db().$executeRaw`UPDATE "Notification" SET ${readNow(new Date())} WHERE "userId" = ${userId} AND "readAt" IS NULL`;
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
  return db().$executeRaw`UPDATE "Notification" SET ${readNow(new Date())} WHERE "userId" = ${userId} AND "readAt" IS NULL AND ${about}`;
}

/** The active staff of these roles (not `exceptId`, who caused it) hear of something for the queue they work. */
export async function notifyStaff(tx: Tx, roles: Array<"MODERATOR" | "ADMIN">, notification: Omit<NewNotification, "userId">, exceptId?: string): Promise<number> {
  const staff = await tx.user.findMany({ where: { role: { in: roles }, status: "ACTIVE", ...(exceptId ? { id: { not: exceptId } } : {}) }, select: { id: true } });
  return createNotifications(tx, staff.map(({ id }) => ({ userId: id, ...notification })));
}

/** Something was flagged: moderators and admins hear of it, grouped per flagged item; the queue shows what it is. */
export function notifyFlag(tx: Tx, target: { type: "BoardPost" | "BoardThread" | "ConversationMessage" | "CollaborationRequest" | "User" | "Organization" | "Resource"; id: string }, reporterId: string): Promise<number> {
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

// Emails and digests (issue 12) ------------------------------------------------------------------------
// Each job claims its notifications, queues the emails in the outbox and marks what it counted, in ONE
// transaction: a crash before commit leaves everything for the retry, and a commit leaves nothing to send twice.

type Recipient = { email: string; locale: string | null; mailShowsTitles: boolean };
type TopicRow = { userId: string; type: NotificationType; count: number; titles: string[] };

const utc = (date: Date) => Prisma.sql`${date.toISOString()}::timestamp(3)`;
const TOPIC_ORDER: readonly NotificationTopic[] = [...MEMBER_TOPICS, ...STAFF_TOPICS];

/** A notification's weight: 1, or the count of a row that stands for several (grouped reactions). */
const weight = Prisma.sql`coalesce((payload->>'count')::int, 1)`;

/** The member's counts by topic, in the preferences page's order; titles only for members who opted in. */
function countsByTopic(rows: TopicRow[], showTitles: boolean): TopicCount[] {
  const byTopic = new Map<NotificationTopic, TopicCount>();
  for (const row of rows) {
    const topic = TOPIC_OF[row.type];
    const entry = byTopic.get(topic) ?? { topic, count: 0, titles: [] };
    entry.count += row.count;
    if (showTitles) entry.titles.push(...row.titles);
    byTopic.set(topic, entry);
  }
  // A grouped row saying "count: 0" must not make an email that counts nothing (the template refuses one).
  return TOPIC_ORDER.flatMap((topic) => byTopic.get(topic) ?? []).filter((entry) => entry.count > 0);
}

function unsubscribeSecret(): string {
  const secret = env().AUTH_SECRET;
  if (!secret) throw new Error("AUTH_SECRET is required to sign unsubscribe links");
  return secret;
}

/** The one-click unsubscribe link (RFC 8058) as the body's link and the List-Unsubscribe headers. */
function unsubscribeLink(userId: string, scope: UnsubscribeScope, now: Date): { url: string; headers: Record<string, string> } {
  const url = platformUrl(`/unsubscribe/${signUnsubscribeToken(userId, scope, now, unsubscribeSecret())}`);
  return { url, headers: { "List-Unsubscribe": `<${url}>`, "List-Unsubscribe-Post": "List-Unsubscribe=One-Click" } };
}

function groupByMember<Row extends TopicRow>(rows: Row[]): Map<string, Row[]> {
  const byMember = new Map<string, Row[]>();
  for (const row of rows) byMember.set(row.userId, [...(byMember.get(row.userId) ?? []), row]);
  return byMember;
}

export type ImmediateEmailsResult = { members: number; notifications: number; emails: number; skipped: number };

/**
 * Emails the IMMEDIATE notifications of up to `batchSize` members: every pending one of theirs is claimed
 * (rows another worker holds are skipped), marked mailed and turned into one email per (member, topic).
 * Members no longer active (suspended, deleted) get no email: theirs are marked mailed all the same (they
 * stay in the notification centre), so they neither clog the next batches nor burst out on reinstatement.
 */
export async function sendImmediateEmails({ now, batchSize }: { now: Date; batchSize: number }): Promise<ImmediateEmailsResult> {
  return db().$transaction(async (tx) => {
    // MATERIALIZED: the locking SELECT runs once (see claimDueEmails in lib/mail/mutations.ts).
    const rows = await tx.$queryRaw<(TopicRow & Recipient & { status: MemberStatus })[]>`
      WITH members AS MATERIALIZED (
        SELECT DISTINCT "userId" FROM "Notification" WHERE delivery = 'IMMEDIATE' AND "mailedAt" IS NULL ORDER BY "userId" LIMIT ${batchSize}),
      claimed AS MATERIALIZED (
        SELECT n.id FROM "Notification" n JOIN members m ON m."userId" = n."userId"
         WHERE n.delivery = 'IMMEDIATE' AND n."mailedAt" IS NULL FOR UPDATE OF n SKIP LOCKED),
      marked AS (
        UPDATE "Notification" n SET "mailedAt" = ${utc(now)} FROM claimed c WHERE n.id = c.id RETURNING n."userId", n.type, n.payload)
      SELECT m."userId", m.type, sum(${weight})::int AS count, array_remove(array_agg(DISTINCT m.payload->>'title'), NULL) AS titles,
             u.email, u.locale, u."mailShowsTitles", u.status
        FROM marked m JOIN "User" u ON u.id = m."userId"
       GROUP BY m."userId", m.type, u.id`;
    const emails: QueueEmailInput<"notifications.immediate">[] = [];
    let skipped = 0;
    for (const [userId, memberRows] of groupByMember(rows)) {
      const recipient = memberRows[0]!;
      if (recipient.status !== "ACTIVE") {
        skipped += 1;
        continue;
      }
      for (const { topic, count, titles } of countsByTopic(memberRows, recipient.mailShowsTitles)) {
        const unsubscribe = unsubscribeLink(userId, { kind: "topic", topic }, now);
        const params = { topic, count, titles, url: platformUrl("/notifications"), unsubscribeUrl: unsubscribe.url };
        emails.push({ to: recipient.email, locale: recipient.locale, template: "notifications.immediate", params, headers: unsubscribe.headers });
      }
    }
    const queued = await queueEmails(tx, emails);
    const members = new Set(rows.map((row) => row.userId)).size;
    return { members, notifications: rows.reduce((sum, row) => sum + row.count, 0), emails: queued, skipped };
  });
}

export type DigestsResult = { digests: number; notifications: number; emails: number };

/**
 * Builds the due digests of these members in ONE transaction, set-wise: INSERT … ON CONFLICT DO NOTHING
 * RETURNING is the exactly-once gate (a second worker waits on the unique key, then gets nothing back), then
 * the pending notifications of the members it returned are marked with their digest, and what was marked
 * is what the email counts (so a notification arriving meanwhile is either counted or left for next time).
 */
export async function buildDigests({ memberIds, frequency, now }: { memberIds: string[]; frequency: DigestFrequency; now: Date }): Promise<DigestsResult> {
  if (memberIds.length === 0) return { digests: 0, notifications: 0, emails: 0 };
  return db().$transaction(async (tx) => {
    const digests = await tx.$queryRaw<({ id: string; userId: string; notificationCount: number } & Recipient)[]>`
      WITH u AS MATERIALIZED (
        SELECT u.id, u.email, u.locale, u."mailShowsTitles", ${digestPeriodKey(frequency, now)} AS "periodKey" FROM "User" u
         WHERE u.id = ANY(${memberIds}::text[]) AND u.status = 'ACTIVE' AND ${digestIsDue(frequency, now)}),
      inserted AS (
        INSERT INTO "NotificationDigest" (id, "userId", frequency, "periodKey", "notificationCount", "createdAt")
        SELECT 'dg' || replace(gen_random_uuid()::text, '-', ''), u.id, ${frequency}::"DigestFrequency", u."periodKey", p.total, ${utc(now)}
          FROM u JOIN LATERAL (SELECT sum(${weight})::int AS total FROM "Notification"
                                WHERE "userId" = u.id AND delivery = ${frequency}::"NotificationDelivery" AND "mailedAt" IS NULL) p ON p.total > 0
        ON CONFLICT ("userId", frequency, "periodKey") DO NOTHING
        RETURNING id, "userId", "notificationCount")
      SELECT i.id, i."userId", i."notificationCount", u.email, u.locale, u."mailShowsTitles" FROM inserted i JOIN u ON u.id = i."userId"`;
    if (digests.length === 0) return { digests: 0, notifications: 0, emails: 0 };
    const rows = await tx.$queryRaw<TopicRow[]>`
      WITH marked AS (
        UPDATE "Notification" n SET "mailedAt" = ${utc(now)}, "digestId" = d.id
          FROM unnest(${digests.map((digest) => digest.id)}::text[], ${digests.map((digest) => digest.userId)}::text[]) AS d(id, "userId")
         WHERE n."userId" = d."userId" AND n.delivery = ${frequency}::"NotificationDelivery" AND n."mailedAt" IS NULL
        RETURNING n."userId", n.type, n.payload)
      SELECT "userId", type, sum(${weight})::int AS count, array_remove(array_agg(DISTINCT payload->>'title'), NULL) AS titles
        FROM marked GROUP BY "userId", type`;
    const byMember = groupByMember(rows);
    const emails: QueueEmailInput<"notifications.digest">[] = [];
    const recounted: { id: string; total: number }[] = [];
    for (const digest of digests) {
      const topics = countsByTopic(byMember.get(digest.userId) ?? [], digest.mailShowsTitles);
      const total = topics.reduce((sum, topic) => sum + topic.count, 0);
      // Rows changed between the two statements (a post hidden, a preference changed): the marked ones count.
      if (total !== digest.notificationCount) recounted.push({ id: digest.id, total });
      if (total === 0) continue;
      const unsubscribe = unsubscribeLink(digest.userId, { kind: "digest", frequency }, now);
      const params = { frequency, topics, url: platformUrl("/notifications"), unsubscribeUrl: unsubscribe.url };
      emails.push({ to: digest.email, locale: digest.locale, template: "notifications.digest", params, headers: unsubscribe.headers });
    }
    if (recounted.length) {
      await tx.$executeRaw`
        UPDATE "NotificationDigest" d SET "notificationCount" = r.total
          FROM unnest(${recounted.map((row) => row.id)}::text[], ${recounted.map((row) => row.total)}::int[]) AS r(id, total) WHERE d.id = r.id`;
    }
    const queued = await queueEmails(tx, emails);
    return { digests: digests.length, notifications: rows.reduce((sum, row) => sum + row.count, 0), emails: queued };
  });
}

/** What an unsubscribe link changes (its topic, or the topics of its digest): to the notification centre only. */
export async function unsubscribeMember(userId: string, topics: readonly NotificationTopic[]): Promise<void> {
  for (const topic of topics) await setTopicDelivery(userId, topic, "IN_APP");
}
