import "server-only";
import { db } from "@/lib/db";
import type { NotificationType, Prisma } from "@/lib/generated/prisma/client";

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

/** Writes each member's notification once (a member mentioned in a reply to their own post gets one, the first given). */
export async function createNotifications(tx: Tx, notifications: NewNotification[]): Promise<number> {
  const seen = new Set<string>();
  const rows = notifications.filter((notification) => !seen.has(notification.userId) && seen.add(notification.userId));
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
