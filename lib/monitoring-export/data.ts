import "server-only";
// Reads for the exports of a monitoring report (PDF, JSON, CSV): first who may read it (the access data the
// policy judges), then, for a viewer the service let through, the whole report in one read (Prisma runs a
// fixed number of queries: the report, its place, country, organization, team, findings with their evidence,
// recommendations; then the evidence files' descriptions).
// Nothing here decides who sees what: lib/monitoring-export/service.ts does, with lib/monitoring/policy.
import { db } from "@/lib/db";
import { findStoredFileMetas } from "@/lib/files/data";
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

function findReportRow(id: string) {
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
      findings: {
        select: {
          ruleNumber: true,
          assessment: true,
          observationsSource: true,
          observationsCooked: true,
          evidence: { select: { id: true, caption: true, storedFileId: true, resource: { select: { id: true, title: true } } }, orderBy: [{ createdAt: "asc" }, { id: "asc" }] },
        },
        orderBy: { ruleNumber: "asc" },
      },
      recommendations: {
        select: { number: true, text: true, authority: true, priority: true, ruleNumber: true, carriedFromId: true, followUp: true, followUpNote: true },
        orderBy: { number: "asc" },
      },
    },
  });
}

type ReportRow = NonNullable<Awaited<ReturnType<typeof findReportRow>>>;
type FindingRow = ReportRow["findings"][number];

/** A finding's evidence as exported: a resource of the library, or an uploaded file (described by lib/files). */
export type ExportEvidence = { id: string; caption: string; resource: { id: string; title: string } | null; file: { filename: string | null; contentType: string; byteSize: number } | null };
export type ReportForExport = Omit<ReportRow, "findings"> & { findings: Array<Omit<FindingRow, "evidence"> & { evidence: ExportEvidence[] }> };

/**
 * The report as it is exported: its text, place, team as the report shows it, findings with their evidence, and
 * recommendations; the uploaded files' names and sizes in one more query (lib/files owns StoredFile).
 */
export async function findReportForExport(id: string): Promise<ReportForExport | null> {
  const report = await findReportRow(id);
  if (!report) return null;
  const files = new Map((await findStoredFileMetas(report.findings.flatMap((finding) => finding.evidence.flatMap((evidence) => (evidence.storedFileId ? [evidence.storedFileId] : []))))).map((file) => [file.id, file]));
  return {
    ...report,
    findings: report.findings.map(({ evidence, ...finding }) => ({
      ...finding,
      evidence: evidence.map(({ storedFileId, ...rest }) => {
        const file = storedFileId ? files.get(storedFileId) : undefined;
        return { ...rest, file: file ? { filename: file.filename, contentType: file.contentType, byteSize: file.byteSize } : null };
      }),
    })),
  };
}
