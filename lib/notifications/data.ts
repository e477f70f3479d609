import "server-only";
import { db } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";
import type { NotificationType } from "@/lib/generated/prisma/enums";
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
