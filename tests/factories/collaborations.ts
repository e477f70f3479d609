// Collaboration requests written straight to the database as the app writes them (tags, match tokens, folded
// text), for tests that need many or need states the forms reach only step by step.
import type { CollaborationStatus, CollaborationVisibility, PrismaClient } from "@/lib/generated/prisma/client";

export async function createRequestRow(
  prisma: PrismaClient,
  options: {
    authorId: string;
    title: string;
    organizationId?: string;
    ruleNumbers?: number[];
    countryCodes?: string[];
    visibility?: CollaborationVisibility;
    status?: CollaborationStatus;
    namedUserIds?: string[];
    createdAt?: Date;
  },
) {
  const rules = options.ruleNumbers ?? [];
  const countries = options.countryCodes ?? [];
  return prisma.collaborationRequest.create({
    data: {
      authorId: options.authorId,
      organizationId: options.organizationId,
      kind: "TRAINING",
      title: options.title,
      source: options.title,
      cooked: `<p>${options.title}</p>`,
      needs: "Trainers.",
      languages: ["en"],
      visibility: options.visibility ?? "NETWORK",
      status: options.status ?? "OPEN",
      closedAt: options.status === "COMPLETED" || options.status === "CANCELLED" ? new Date() : null,
      createdAt: options.createdAt,
      searchText: options.title.toLowerCase(),
      matchTokens: ["kind:TRAINING", "area:TRAINING", "language:en", ...rules.map((rule) => `rule:${rule}`), ...countries.map((code) => `country:${code}`), ...(options.organizationId ? [`organization:${options.organizationId}`] : [])],
      rules: rules.length ? { createMany: { data: rules.map((ruleNumber) => ({ ruleNumber })) } } : undefined,
      countries: countries.length ? { createMany: { data: countries.map((countryCode) => ({ countryCode })) } } : undefined,
      members: options.namedUserIds?.length ? { createMany: { data: options.namedUserIds.map((userId) => ({ userId })) } } : undefined,
    },
  });
}
