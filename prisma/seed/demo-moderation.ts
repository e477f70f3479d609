// Demo moderation: flags from several members on a post, a thread, a profile, an organization, a request and
// a private message, so the queue at /admin/moderation has open items of every kind (the trigger of migration
// moderation_items groups them), and one resolved item with its history, for an author's history.
import type { FlagReason, Prisma } from "@/lib/generated/prisma/client";

type Tx = Prisma.TransactionClient;
const ADMIN = "demo-admin@example.org";
const MEMBER = "demo-member@example.org";
const FLAGGERS = ["wanjiru.example@example.org", "malee.example@example.org", "lucia.ejemplo@example.org", MEMBER];

type Flag = { targetType: string; targetId: string; by: string; reason: FlagReason; note?: string; hoursAgo: number };

export async function seedDemoModeration(tx: Tx, userId: (email: string) => string): Promise<number> {
  const member = userId(MEMBER);
  const flags: Flag[] = [];
  const flaggers = FLAGGERS.filter((email) => email !== MEMBER);
  // A reply by someone else, flagged by three members: the queue's oldest open item.
  // (by someone who wrote more than one post: one of the others carries an earlier, resolved item)
  const reply = await tx.boardPost.findFirst({
    where: { number: { gt: 1 }, authorId: { notIn: [member, ...flaggers.map(userId), userId(ADMIN)] }, author: { boardPosts: { some: { number: 1 } } } },
    orderBy: [{ threadId: "desc" }, { number: "asc" }],
    select: { id: true, authorId: true, threadId: true },
  });
  if (reply) {
    flags.push(
      { targetType: "BoardPost", targetId: reply.id, by: flaggers[0]!, reason: "PERSONAL_INFORMATION", note: "This seems to name the prison where a woman is held.", hoursAgo: 50 },
      { targetType: "BoardPost", targetId: reply.id, by: flaggers[1]!, reason: "PERSONAL_INFORMATION", hoursAgo: 30 },
      { targetType: "BoardPost", targetId: reply.id, by: MEMBER, reason: "HARASSMENT", note: "The tone towards the first poster is hostile.", hoursAgo: 26 },
    );
  }
  // A thread that belongs elsewhere.
  const thread = await tx.boardThread.findFirst({ where: { authorId: { notIn: [member, userId(ADMIN)] }, category: { staffOnly: false } }, orderBy: { id: "desc" }, skip: 1, select: { id: true } });
  if (thread) {
    flags.push(
      { targetType: "BoardThread", targetId: String(thread.id), by: flaggers[2]!, reason: "OFF_TOPIC", note: "Better in the campaigns category.", hoursAgo: 20 },
      { targetType: "BoardThread", targetId: String(thread.id), by: MEMBER, reason: "OFF_TOPIC", hoursAgo: 8 },
    );
  }
  // A profile, an organization, a request.
  const profile = await tx.advocateProfile.findFirst({ where: { userId: { notIn: [member, ...flaggers.map(userId)] }, user: { role: "MEMBER", status: "ACTIVE" } }, orderBy: { userId: "desc" }, select: { userId: true } });
  if (profile) flags.push({ targetType: "User", targetId: profile.userId, by: flaggers[0]!, reason: "SPAM", note: "The bio advertises paid legal services.", hoursAgo: 12 });
  const organization = await tx.organization.findFirst({ where: { status: "ACTIVE", members: { none: { userId: { in: [MEMBER, flaggers[1]!].map(userId) } } } }, orderBy: { slug: "desc" }, select: { id: true } });
  if (organization) {
    flags.push(
      { targetType: "Organization", targetId: organization.id, by: flaggers[1]!, reason: "OTHER", note: "Is this organization real? The website does not work.", hoursAgo: 10 },
      { targetType: "Organization", targetId: organization.id, by: MEMBER, reason: "OTHER", hoursAgo: 4 },
    );
  }
  const request = await tx.collaborationRequest.findFirst({ where: { visibility: "NETWORK", authorId: { notIn: [MEMBER, flaggers[2]!].map(userId) } }, orderBy: { createdAt: "asc" }, select: { id: true } });
  if (request) flags.push({ targetType: "CollaborationRequest", targetId: request.id, by: flaggers[2]!, reason: "SPAM", hoursAgo: 6 });
  // A message in one of the demo member's conversations, written by someone else.
  const message = await tx.conversationMessage.findFirst({ where: { authorId: { not: null, notIn: [member] }, conversation: { participants: { some: { userId: member } } } }, orderBy: { createdAt: "asc" }, select: { id: true } });
  if (message) flags.push({ targetType: "ConversationMessage", targetId: message.id, by: MEMBER, reason: "HARASSMENT", note: "I asked them to stop writing to me.", hoursAgo: 2 });

  const now = Date.now();
  await tx.moderationFlag.createMany({
    data: flags.map((flag) => ({ targetType: flag.targetType, targetId: flag.targetId, reporterId: userId(flag.by), reason: flag.reason, note: flag.note ?? null, createdAt: new Date(now - flag.hoursAgo * 3_600_000) })),
  });

  // An earlier item by the reply's author, resolved with action taken: the author's history is not empty.
  if (reply) {
    const earlier = await tx.boardPost.findFirst({ where: { authorId: reply.authorId, id: { not: reply.id } }, select: { id: true } });
    if (earlier) {
      const at = new Date(now - 20 * 86_400_000);
      await tx.moderationFlag.create({ data: { targetType: "BoardPost", targetId: earlier.id, reporterId: userId(flaggers[2]!), reason: "HARASSMENT", createdAt: at } });
      const item = await tx.moderationItem.findUniqueOrThrow({ where: { targetType_targetId: { targetType: "BoardPost", targetId: earlier.id } }, select: { id: true } });
      const admin = userId(ADMIN);
      await tx.moderationItemEvent.createMany({
        data: [
          { itemId: item.id, kind: "CLAIMED", actorId: admin, createdAt: new Date(at.getTime() + 3_600_000) },
          { itemId: item.id, kind: "WARNED", actorId: admin, createdAt: new Date(at.getTime() + 3_700_000) },
          { itemId: item.id, kind: "RESOLVED", actorId: admin, createdAt: new Date(at.getTime() + 3_800_000) },
        ],
      });
      await tx.moderationFlag.updateMany({ where: { targetType: "BoardPost", targetId: earlier.id }, data: { status: "UPHELD", resolvedAt: new Date(at.getTime() + 3_800_000), resolvedById: admin } });
      await tx.moderationItem.update({ where: { id: item.id }, data: { status: "RESOLVED", outcome: "ACTION_TAKEN", actionTaken: true, claimedById: admin, claimedAt: new Date(at.getTime() + 3_600_000), resolvedAt: new Date(at.getTime() + 3_800_000), resolvedById: admin, openFlagCount: 0 } });
    }
  }
  return flags.length;
}
