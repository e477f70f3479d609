// Board threads written straight to the database, for tests that need many (the services' posting limits
// would refuse them): a thread with its first post, in a seeded category, optionally tagged.
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { threadSlug } from "@/lib/board/schema";

export async function createThreadRow(
  prisma: PrismaClient,
  options: { authorId: string; title: string; category?: string; lastPostedAt?: Date; ruleNumbers?: number[]; countryCodes?: string[] },
) {
  const category = await prisma.boardCategory.findUniqueOrThrow({ where: { slug: options.category ?? "health" } });
  const at = options.lastPostedAt ?? new Date();
  return prisma.boardThread.create({
    data: {
      categoryId: category.id,
      authorId: options.authorId,
      title: options.title,
      slug: threadSlug(options.title),
      language: "en",
      lastPostedAt: at,
      createdAt: at,
      posts: { create: { number: 1, authorId: options.authorId, source: options.title, cooked: `<p>${options.title}</p>`, language: "en", createdAt: at } },
      rules: options.ruleNumbers?.length ? { createMany: { data: options.ruleNumbers.map((ruleNumber) => ({ ruleNumber })) } } : undefined,
      countries: options.countryCodes?.length ? { createMany: { data: options.countryCodes.map((countryCode) => ({ countryCode })) } } : undefined,
    },
  });
}
