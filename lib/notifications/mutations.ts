import "server-only";
import { signUnsubscribeToken, type UnsubscribeScope } from "@/lib/auth/unsubscribe-token";
import { db } from "@/lib/db";
import { env } from "@/lib/env";
import { Prisma, type DigestFrequency, type MemberStatus, type NotificationDelivery, type NotificationTopic, type NotificationType } from "@/lib/generated/prisma/client";
import { platformUrl } from "@/lib/links";
import { queueEmails, type QueueEmailInput } from "@/lib/mail/mutations";
import type { TopicCount } from "@/lib/mail/templates";
import { digestIsDue, digestPeriodKey } from "./data";
import { deliveryFor, MEMBER_TOPICS, STAFF_TOPICS, TOPIC_OF, typesOfTopic } from "./schema";

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
 * given), with the delivery the member chose for its topic; a topic they turned off writes nothing.
 */
export async function createNotifications(tx: Tx, notifications: NewNotification[]): Promise<number> {
  const seen = new Set<string>();
  const unique = notifications.filter((notification) => !seen.has(notification.userId) && seen.add(notification.userId));
  if (unique.length === 0) return 0;
  const choices = await tx.notificationPreference.findMany({ where: { userId: { in: [...seen] } }, select: { userId: true, topic: true, delivery: true } });
  const byMember = new Map<string, Map<NotificationTopic, NotificationDelivery>>();
  for (const choice of choices) byMember.set(choice.userId, (byMember.get(choice.userId) ?? new Map()).set(choice.topic, choice.delivery));
  const rows = unique.map((notification) => ({ ...notification, delivery: deliveryFor(notification.type, byMember.get(notification.userId)) })).filter((row) => row.delivery !== "OFF");
  if (rows.length === 0) return 0;
  return (await tx.notification.createMany({ data: rows })).count;
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

/**
 * Sets how one topic reaches the member, and moves the topic's notifications not yet mailed to the new delivery
 * (so a digest or an email never carries what the member just asked not to get). One transaction.
 */
export async function setTopicDelivery(userId: string, topic: NotificationTopic, delivery: NotificationDelivery): Promise<void> {
  await db().$transaction([
    db().notificationPreference.upsert({ where: { userId_topic: { userId, topic } }, create: { userId, topic, delivery }, update: { delivery } }),
    db().notification.updateMany({ where: { userId, type: { in: typesOfTopic(topic) }, mailedAt: null }, data: { delivery } }),
  ]);
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
