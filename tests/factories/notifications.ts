// Notifications waiting to be mailed, written as createNotifications leaves them (a delivery resolved, not
// yet mailed), for the email and digest jobs' tests.
import type { NotificationDelivery, NotificationType, Prisma, PrismaClient } from "@/lib/generated/prisma/client";
import { uniqueSuffix } from "./unique";

export type PendingNotification = { type?: NotificationType; delivery?: NotificationDelivery; subjectId?: string; payload?: Prisma.InputJsonObject; createdAt?: Date };

/** `count` notifications for one member (a MENTION delivered at once unless told otherwise). */
export async function createPendingNotifications(prisma: PrismaClient, userId: string, count: number, notification: PendingNotification = {}): Promise<void> {
  const { type = "MENTION", delivery = "IMMEDIATE", payload = { threadId: 1, slug: "thread", title: "A thread", number: 2 }, subjectId, createdAt } = notification;
  await prisma.notification.createMany({
    data: Array.from({ length: count }, () => ({ userId, type, delivery, subjectType: "BoardPost", subjectId: subjectId ?? `post-${uniqueSuffix()}`, payload, createdAt })),
  });
}
