// Places of detention and monitoring reports written straight to the database, for tests and benchmarks that
// need them in a given state (a published report with findings, a follow-up) without going through the forms.
// The finding rows carry the copies the matrix reads (country, place type, visit date, networkVisible).
import type { FindingAssessment, DetentionPlaceType, MonitoringReportStatus, MonitoringReportVisibility, PrismaClient } from "@/lib/generated/prisma/client";
import { ensureBangkokRules, ensureCountry } from "./reference";
import { uniqueSuffix } from "./unique";

export async function createPlaceRow(
  prisma: PrismaClient,
  options: { createdById: string; countryCode?: string; name?: string; type?: DetentionPlaceType; locality?: string },
) {
  const countryCode = options.countryCode ?? "KE";
  await ensureCountry(prisma, countryCode);
  const name = options.name ?? `Women's prison ${uniqueSuffix()}`;
  return prisma.detentionPlace.create({
    data: { countryCode, name, type: options.type ?? "PRISON", locality: options.locality ?? null, searchText: name.toLowerCase(), createdById: options.createdById },
  });
}

export type FindingRow = { ruleNumber: number; assessment: FindingAssessment; observations?: string };
export type RecommendationRow = { text: string; authority: string; priority?: "HIGH" | "MEDIUM" | "LOW"; ruleNumber?: number; carriedFromId?: string };

export async function createReportRow(
  prisma: PrismaClient,
  options: {
    authorId: string;
    placeId: string;
    organizationId?: string | null;
    status?: MonitoringReportStatus;
    visibility?: MonitoringReportVisibility;
    language?: string;
    title?: string;
    visitStartedOn?: Date;
    visitEndedOn?: Date;
    teamIds?: string[];
    followUpOfId?: string;
    findings?: FindingRow[];
    recommendations?: RecommendationRow[];
  },
) {
  await ensureBangkokRules(prisma);
  const place = await prisma.detentionPlace.findUniqueOrThrow({ where: { id: options.placeId } });
  const status = options.status ?? "PUBLISHED";
  const visibility = options.visibility ?? "NETWORK";
  const visitStartedOn = options.visitStartedOn ?? new Date(Date.UTC(2026, 5, 10));
  const visitEndedOn = options.visitEndedOn ?? visitStartedOn;
  const networkVisible = status === "PUBLISHED" && visibility === "NETWORK";
  return prisma.monitoringReport.create({
    data: {
      placeId: place.id,
      countryCode: place.countryCode,
      authorId: options.authorId,
      organizationId: options.organizationId ?? null,
      language: options.language ?? "en",
      title: options.title ?? `Visit to ${place.name}`,
      visitStartedOn,
      visitEndedOn,
      status,
      visibility,
      followUpOfId: options.followUpOfId ?? null,
      publishedAt: status === "PUBLISHED" ? new Date() : null,
      team: options.teamIds?.length ? { createMany: { data: options.teamIds.map((userId) => ({ userId })) } } : undefined,
      findings: options.findings?.length
        ? {
            createMany: {
              data: options.findings.map((finding) => ({
                ruleNumber: finding.ruleNumber,
                assessment: finding.assessment,
                observationsSource: finding.observations ?? "",
                observationsCooked: finding.observations ? `<p>${finding.observations}</p>` : "",
                countryCode: place.countryCode,
                placeType: place.type,
                visitStartedOn,
                networkVisible,
                organizationId: options.organizationId ?? null,
              })),
            },
          }
        : undefined,
      recommendations: options.recommendations?.length
        ? {
            createMany: {
              data: options.recommendations.map((recommendation, index) => ({
                number: index + 1,
                text: recommendation.text,
                authority: recommendation.authority,
                priority: recommendation.priority ?? "MEDIUM",
                ruleNumber: recommendation.ruleNumber ?? null,
                carriedFromId: recommendation.carriedFromId ?? null,
              })),
            },
          }
        : undefined,
    },
    include: { findings: true, recommendations: true },
  });
}
