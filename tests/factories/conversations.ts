// Conversations written straight to the database, for tests and benchmarks that need many messages (the
// services' limits would refuse them): participants, then `messages` numbered messages among them.
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { directKeyOf } from "@/lib/conversations/schema";

export async function createConversationRows(
  prisma: PrismaClient,
  options: { kind?: "DIRECT" | "GROUP" | "WORKSPACE"; creatorId: string; participantIds: string[]; messages?: number; title?: string },
) {
  const kind = options.kind ?? (options.participantIds.length === 1 ? "DIRECT" : "GROUP");
  const everyone = [options.creatorId, ...options.participantIds];
  const count = options.messages ?? 0;
  const start = Date.now() - count * 60_000;
  const conversation = await prisma.conversation.create({
    data: {
      kind,
      title: kind === "DIRECT" ? null : (options.title ?? null),
      directKey: kind === "DIRECT" ? directKeyOf(options.creatorId, options.participantIds[0]!) : null,
      creatorId: options.creatorId,
      lastMessageNumber: count,
      lastMessageAt: new Date(start + count * 60_000),
      participants: { createMany: { data: everyone.map((userId) => ({ userId, lastReadNumber: userId === options.creatorId ? count : 0 })) } },
    },
  });
  for (let first = 1; first <= count; first += 1000) {
    const numbers = Array.from({ length: Math.min(1000, count - first + 1) }, (_, index) => first + index);
    await prisma.conversationMessage.createMany({
      data: numbers.map((number) => ({
        conversationId: conversation.id,
        number,
        authorId: everyone[number % everyone.length]!,
        source: `Message ${number}`,
        cooked: `<p>Message ${number}</p>`,
        createdAt: new Date(start + number * 60_000),
      })),
    });
  }
  return conversation;
}
