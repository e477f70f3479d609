import "server-only";
import { db } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";
import type { DigestFrequency, MemberRole, MemberStatus, NotificationDelivery, NotificationTopic, NotificationType } from "@/lib/generated/prisma/enums";
import type { NotificationPayload } from "./format";

/** The member's unread notifications, for the bell (one indexed count). */
export function countUnread(userId: string): Promise<number> {
  return db().notification.count({ where: { userId, readAt: null } });
}

export type NotificationRow = {
  id: string;
  type: NotificationType;
  /** A board post's (thread, slug, number) a collaboration request's id or a conversation's, with its title, who caused it and how many it gathers. */
  payload: NotificationPayload;
  readAt: Date | null;
  createdAt: Date;
  /** Who caused it, by the name they show (null once erased). */
  actorName: string | null;
};

/** A page of the member's notifications, newest first, by a (created, id) cursor; one more than `take`. */
export function listNotifications(userId: string, cursor: { at: Date; id: string } | null, take: number): Promise<NotificationRow[]> {
  return db().$queryRaw<NotificationRow[]>`
    SELECT n.id, n.type, n.payload, n."readAt", n."createdAt", u."displayName" AS "actorName"
      FROM "Notification" n
      LEFT JOIN "User" u ON u.id = n.payload->>'authorId' AND u.status = 'ACTIVE'
     WHERE n."userId" = ${userId} ${cursor ? Prisma.sql`AND (n."createdAt", n.id) < (${cursor.at}, ${cursor.id})` : Prisma.empty}
     ORDER BY n."createdAt" DESC, n.id DESC
     LIMIT ${take + 1}`;
}

// ——— The notification centre (issue 12) ———

/** One of the member's notifications (only their own: another member's id finds nothing). */
export async function findOwnNotification(userId: string, id: string): Promise<{ id: string; type: NotificationType; payload: NotificationPayload; readAt: Date | null } | null> {
  const row = await db().notification.findFirst({ where: { id, userId }, select: { id: true, type: true, payload: true, readAt: true } });
  return row && { ...row, payload: row.payload as NotificationPayload };
}

// Preferences page (/account/notifications) ------------------------------------------------------------------

/** What the preferences page needs of the member: their current role (which staff topics they get), zone, opt-in and choices. */
export function findNotificationSettings(userId: string) {
  return db().user.findUniqueOrThrow({
    where: { id: userId },
    select: { role: true, timeZone: true, mailShowsTitles: true, notificationPreferences: { select: { topic: true, delivery: true } } },
  });
}

// Emails and digests (issue 12) ------------------------------------------------------------------------
// Timestamps go to PostgreSQL as UTC text cast to `timestamp` (the columns hold UTC), and a member's local
// time is computed in SQL from User.timeZone (null: UTC), so one query serves every zone.

/** `now` on the member's clock (`u` is the "User" row). */
export const memberLocalNow = (now: Date) => Prisma.sql`((${now.toISOString()}::timestamp(3) AT TIME ZONE 'UTC') AT TIME ZONE coalesce(u."timeZone", 'UTC'))`;

/** The period a digest covers, from the member's local date: "2026-12-03", or the ISO week "2026-W49". */
export const digestPeriodKey = (frequency: DigestFrequency, now: Date) =>
  frequency === "DAILY" ? Prisma.sql`to_char(${memberLocalNow(now)}, 'YYYY-MM-DD')` : Prisma.sql`to_char(${memberLocalNow(now)}, 'IYYY-"W"IW')`;

/** Past 08:00 on the member's clock, and for a weekly digest on their Monday. */
export const digestIsDue = (frequency: DigestFrequency, now: Date) =>
  Prisma.sql`${memberLocalNow(now)}::time >= '08:00' ${frequency === "WEEKLY" ? Prisma.sql`AND extract(isodow FROM ${memberLocalNow(now)}) = 1` : Prisma.empty}`;

/**
 * A keyset batch (by id, after `after`) of active members whose digest of this frequency is due: their local
 * morning has come, this period has no digest yet, and something waits for it.
 */
export async function dueDigestMembers(batch: DueDigestBatch): Promise<string[]> {
  return (await db().$queryRaw<{ id: string }[]>(dueDigestMembersQuery(batch))).map((row) => row.id);
}

export type DueDigestBatch = { now: Date; frequency: DigestFrequency; after: string | null; limit: number };

/** The query of dueDigestMembers (the benchmark checks its plan). */
export function dueDigestMembersQuery({ now, frequency, after, limit }: DueDigestBatch): Prisma.Sql {
  return Prisma.sql`
    SELECT u.id FROM "User" u
     WHERE u.status = 'ACTIVE' ${after ? Prisma.sql`AND u.id > ${after}` : Prisma.empty}
       AND ${digestIsDue(frequency, now)}
       AND EXISTS (SELECT 1 FROM "Notification" n WHERE n.delivery = ${frequency}::"NotificationDelivery" AND n."mailedAt" IS NULL AND n."userId" = u.id)
       AND NOT EXISTS (SELECT 1 FROM "NotificationDigest" d WHERE d."userId" = u.id AND d.frequency = ${frequency}::"DigestFrequency" AND d."periodKey" = ${digestPeriodKey(frequency, now)})
     ORDER BY u.id
     LIMIT ${limit}`;
}

/** What an unsubscribe link needs of its member: whether they still exist, and their choices. */
export async function findUnsubscribingMember(userId: string): Promise<{ status: MemberStatus; role: MemberRole; choices: Map<NotificationTopic, NotificationDelivery> } | null> {
  const member = await db().user.findUnique({ where: { id: userId }, select: { status: true, role: true, notificationPreferences: { select: { topic: true, delivery: true } } } });
  return member && { status: member.status, role: member.role, choices: new Map(member.notificationPreferences.map((choice) => [choice.topic, choice.delivery])) };
}
