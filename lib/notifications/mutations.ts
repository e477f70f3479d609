import "server-only";
import { db } from "@/lib/db";
import type { NotificationDelivery, NotificationTopic, NotificationType, Prisma } from "@/lib/generated/prisma/client";
import { deliveryFor, typesOfTopic } from "./schema";

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
