// Demo notifications, so the notification centre, the bell and the mailbox show what members live with: for the
// demo member, grouped replies and reactions on her own posts, a mention already read, a request that fits her,
// a private message; for the staff, the application and the flag waiting for them. Her choices are set too
// (Nairobi time, the threads she follows in a daily digest). Payloads are what the app itself writes.
import type { NotificationDelivery, NotificationType, Prisma } from "@/lib/generated/prisma/client";

type Tx = Prisma.TransactionClient;

const HOUR = 3_600_000;

export async function seedDemoNotifications(tx: Tx, userId: (email: string) => string): Promise<number> {
  const member = userId("demo-member@example.org");
  const now = Date.now();
  const rows: Prisma.NotificationCreateManyInput[] = [];
  const add = (user: string, type: NotificationType, subject: [string, string], payload: Prisma.InputJsonObject, hoursAgo: number, delivery: NotificationDelivery, state: { read?: boolean; mailed?: boolean } = {}) =>
    rows.push({ userId: user, type, subjectType: subject[0], subjectId: subject[1], payload, delivery, createdAt: new Date(now - hoursAgo * HOUR), readAt: state.read ? new Date(now - (hoursAgo - 1) * HOUR) : null, mailedAt: state.mailed ? new Date(now - hoursAgo * HOUR + 60_000) : null });

  // A thread she wrote in, with posts by others after hers: a group of replies, and reactions to her post.
  const threads = await tx.boardThread.findMany({ where: { posts: { some: { authorId: member } } }, select: { id: true, slug: true, title: true, posts: { orderBy: { number: "asc" }, select: { id: true, number: true, authorId: true } } } });
  for (const thread of threads) {
    const hers = thread.posts.find((post) => post.authorId === member);
    const replies = thread.posts.filter((post) => hers && post.number > hers.number && post.authorId !== member);
    if (!hers || replies.length === 0) continue;
    const numbers = replies.map((post) => post.number);
    add(member, "REPLY", ["BoardThread", String(thread.id)], { threadId: thread.id, slug: thread.slug, title: thread.title, number: numbers[0]!, numbers, count: numbers.length, authorId: replies.at(-1)!.authorId }, 3, "IMMEDIATE", { mailed: true });
    add(member, "REACTION", ["BoardPost", hers.id], { threadId: thread.id, slug: thread.slug, title: thread.title, number: hers.number, count: 4, authorId: replies[0]!.authorId }, 20, "WEEKLY");
    break;
  }
  // A mention she has read already.
  const elsewhere = await tx.boardThread.findFirst({ where: { authorId: { not: member } }, orderBy: { lastPostedAt: "desc" }, select: { id: true, slug: true, title: true, authorId: true, posts: { where: { number: 1 }, select: { id: true } } } });
  if (elsewhere?.posts[0]) add(member, "MENTION", ["BoardPost", elsewhere.posts[0].id], { threadId: elsewhere.id, slug: elsewhere.slug, title: elsewhere.title, number: 1, authorId: elsewhere.authorId }, 50, "IMMEDIATE", { read: true, mailed: true });
  // An open request that fits her profile, waiting for her weekly digest.
  const request = await tx.collaborationRequest.findFirst({ where: { status: "OPEN", visibility: "NETWORK", authorId: { not: member } }, orderBy: { createdAt: "desc" }, select: { id: true, title: true, authorId: true } });
  if (request) add(member, "COLLABORATION_MATCH", ["CollaborationRequest", request.id], { requestId: request.id, title: request.title, authorId: request.authorId }, 30, "WEEKLY");
  // A private message from someone she writes with.
  const conversation = await tx.conversation.findFirst({ where: { kind: "DIRECT", participants: { some: { userId: member } } }, orderBy: { lastMessageAt: "desc" }, select: { id: true, participants: { where: { userId: { not: member } }, select: { userId: true } } } });
  const writer = conversation?.participants[0]?.userId;
  if (conversation && writer) add(member, "NEW_MESSAGE", ["Conversation", conversation.id], { conversationId: conversation.id, authorId: writer }, 1, "IMMEDIATE", { mailed: true });

  // Staff: the application waiting for review, and the flag waiting for the moderators.
  const pending = await tx.membershipApplication.count({ where: { status: "PENDING" } });
  if (pending) add(userId("demo-admin@example.org"), "NEW_APPLICATION", ["ApplicationQueue", "review"], { count: pending }, 5, "IMMEDIATE", { mailed: true });
  const flag = await tx.moderationFlag.findFirst({ where: { status: "OPEN" }, select: { targetType: true, targetId: true } });
  if (flag) for (const staff of ["demo-moderator@example.org", "demo-admin@example.org"]) add(userId(staff), "NEW_FLAG", [flag.targetType, flag.targetId], { targetType: flag.targetType }, 6, "IMMEDIATE", { mailed: true });

  await tx.notification.createMany({ data: rows });
  await tx.user.update({ where: { id: member }, data: { timeZone: "Africa/Nairobi" } });
  await tx.notificationPreference.create({ data: { userId: member, topic: "WATCHING", delivery: "DAILY" } });
  return rows.length;
}
