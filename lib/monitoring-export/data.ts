import "server-only";
// Reads for the exports of a monitoring report (PDF, JSON, CSV): first who may read it (the access data the
// policy judges), then, for a viewer the service let through, the whole report in one read (Prisma runs a
// fixed number of queries: the report, its place, country, organization, team, findings, recommendations).
// Nothing here decides who sees what: lib/monitoring-export/service.ts does, with lib/monitoring/policy.
import { db } from "@/lib/db";
import type { ReportAccess } from "@/lib/monitoring/policy";

/** What canExportReport judges, or null when there is no such report. */
export async function findReportAccess(id: string): Promise<ReportAccess | null> {
  const row = await db().monitoringReport.findUnique({
    where: { id },
    select: { authorId: true, organizationId: true, visibility: true, status: true, reviewRequestedById: true, team: { select: { userId: true } } },
  });
  if (!row) return null;
  const { team, ...access } = row;
  return { ...access, teamIds: team.map((member) => member.userId) };
}

const person = { select: { displayName: true, status: true } } as const;

/** The report as it is exported: its text, place, team as the report shows it, findings and recommendations. */
export function findReportForExport(id: string) {
  return db().monitoringReport.findUnique({
    where: { id },
    select: {
      id: true,
      language: true,
      title: true,
      status: true,
      visibility: true,
      visitStartedOn: true,
      visitEndedOn: true,
      announcement: true,
      teamText: true,
      interviewsText: true,
      areasSeenText: true,
      summaryCooked: true,
      publishedAt: true,
      correctedAt: true,
      updatedAt: true,
      followUpOfId: true,
      place: { select: { name: true, type: true, locality: true, authority: true } },
      country: { select: { code: true, name: true, names: true } },
      organization: { select: { name: true } },
      author: person,
      team: { select: { user: person }, orderBy: [{ addedAt: "asc" }, { userId: "asc" }] },
      findings: { select: { ruleNumber: true, assessment: true, observationsSource: true, observationsCooked: true }, orderBy: { ruleNumber: "asc" } },
      recommendations: {
        select: { number: true, text: true, authority: true, priority: true, ruleNumber: true, carriedFromId: true, followUp: true, followUpNote: true },
        orderBy: { number: "asc" },
      },
    },
  });
}

export type ReportForExport = NonNullable<Awaited<ReturnType<typeof findReportForExport>>>;
