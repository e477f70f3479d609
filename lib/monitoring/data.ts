import "server-only";
// Reads of monitoring reports. What a viewer may read is decided here, in the query (readableBy): the report's
// team (author, members added, the organization's representatives) reads it in any state; others read it once
// PUBLISHED, to the network or to the organization's members. lib/monitoring/policy.ts says the same for one row.
import { db } from "@/lib/db";
import { findStoredFileMetas, type StoredFileMeta } from "@/lib/files/data";
import type { Prisma } from "@/lib/generated/prisma/client";

export type ReaderScope = { id: string; organizationIds: readonly string[]; representativeOf: readonly string[] };

/** The reports `reader` may read, as a where clause (the policy's rule, in SQL). */
export function readableBy(reader: ReaderScope): Prisma.MonitoringReportWhereInput {
  return {
    OR: [
      { authorId: reader.id },
      { team: { some: { userId: reader.id } } },
      ...(reader.representativeOf.length ? [{ organizationId: { in: [...reader.representativeOf] } }] : []),
      { status: "PUBLISHED", visibility: "NETWORK" },
      ...(reader.organizationIds.length ? [{ status: "PUBLISHED" as const, visibility: "ORGANIZATION" as const, organizationId: { in: [...reader.organizationIds] } }] : []),
    ],
  };
}

/** The reports on `reader`'s team, in any state. */
function onTeamOf(reader: ReaderScope): Prisma.MonitoringReportWhereInput {
  return {
    OR: [
      { authorId: reader.id },
      { team: { some: { userId: reader.id } } },
      ...(reader.representativeOf.length ? [{ organizationId: { in: [...reader.representativeOf] } }] : []),
    ],
  };
}

/** What the policies decide on, as the database has it now. */
export async function findReportAccess(id: string) {
  const row = await db().monitoringReport.findUnique({
    where: { id },
    select: { id: true, authorId: true, organizationId: true, visibility: true, status: true, reviewRequestedById: true, revision: true, placeId: true, countryCode: true, team: { select: { userId: true } } },
  });
  if (!row) return null;
  const { team, ...access } = row;
  return { ...access, teamIds: team.map((member) => member.userId) };
}
export type ReportAccessRow = NonNullable<Awaited<ReturnType<typeof findReportAccess>>>;

/** A finding's evidence: a resource of the library, or an uploaded file (described by lib/files, see findReportDetail). */
const EVIDENCE_SELECT = { id: true, caption: true, storedFileId: true, resource: { select: { id: true, title: true } } } satisfies Prisma.MonitoringFindingEvidenceSelect;

const PERSON = { id: true, displayName: true, status: true, profile: { select: { handle: true } } } satisfies Prisma.UserSelect;

export const REPORT_DETAIL_SELECT = {
  id: true,
  placeId: true,
  countryCode: true,
  authorId: true,
  organizationId: true,
  language: true,
  title: true,
  visitStartedOn: true,
  visitEndedOn: true,
  announcement: true,
  teamText: true,
  interviewsText: true,
  areasSeenText: true,
  summarySource: true,
  summaryCooked: true,
  status: true,
  visibility: true,
  revision: true,
  followUpOfId: true,
  reviewRequestedAt: true,
  reviewRequestedById: true,
  reviewedAt: true,
  reviewNote: true,
  publishedAt: true,
  correctedAt: true,
  createdAt: true,
  updatedAt: true,
  place: { select: { id: true, name: true, type: true, locality: true, countryCode: true, status: true } },
  organization: { select: { id: true, name: true, slug: true } },
  author: { select: PERSON },
  lastSavedBy: { select: PERSON },
  reviewedBy: { select: PERSON },
  followUpOf: { select: { id: true, title: true, visitStartedOn: true } },
  team: { select: { user: { select: PERSON } }, orderBy: { addedAt: "asc" } },
  findings: {
    select: {
      id: true,
      ruleNumber: true,
      assessment: true,
      observationsSource: true,
      observationsCooked: true,
      evidence: { select: EVIDENCE_SELECT, orderBy: [{ createdAt: "asc" }, { id: "asc" }] },
    },
    orderBy: { ruleNumber: "asc" },
  },
  recommendations: {
    select: {
      id: true,
      number: true,
      text: true,
      authority: true,
      priority: true,
      ruleNumber: true,
      carriedFromId: true,
      followUp: true,
      followUpNote: true,
      carriedFrom: { select: { id: true, number: true, text: true, reportId: true } },
    },
    orderBy: { number: "asc" },
  },
  revisions: { select: { id: true, number: true, note: true, createdAt: true, snapshot: true }, orderBy: { number: "desc" } },
} satisfies Prisma.MonitoringReportSelect;

type ReportRow = Prisma.MonitoringReportGetPayload<{ select: typeof REPORT_DETAIL_SELECT }>;
type EvidenceRow = ReportRow["findings"][number]["evidence"][number];
/** An uploaded evidence file as the report shows it: its name, type and size. */
export type EvidenceFile = Pick<StoredFileMeta, "filename" | "contentType" | "byteSize" | "width" | "height">;
export type ReportDetail = Omit<ReportRow, "findings"> & {
  findings: Array<Omit<ReportRow["findings"][number], "evidence"> & { evidence: Array<EvidenceRow & { file: EvidenceFile | null }> }>;
};

/**
 * A whole report (for its page and its form): its text, findings with evidence, recommendations, revisions. The
 * uploaded files are described by lib/files (which owns StoredFile) in a second query, whatever their number.
 */
export async function findReportDetail(id: string): Promise<ReportDetail | null> {
  const report = await db().monitoringReport.findUnique({ where: { id }, select: REPORT_DETAIL_SELECT });
  if (!report) return null;
  const fileIds = report.findings.flatMap((finding) => finding.evidence.flatMap((evidence) => (evidence.storedFileId ? [evidence.storedFileId] : [])));
  const files = new Map((await findStoredFileMetas(fileIds)).map((file) => [file.id, file]));
  const describe = (fileId: string | null): EvidenceFile | null => {
    const file = fileId ? files.get(fileId) : undefined;
    return file ? { filename: file.filename, contentType: file.contentType, byteSize: file.byteSize, width: file.width, height: file.height } : null;
  };
  return { ...report, findings: report.findings.map((finding) => ({ ...finding, evidence: finding.evidence.map((evidence) => ({ ...evidence, file: describe(evidence.storedFileId) })) })) };
}

export type ReportListRow = Prisma.MonitoringReportGetPayload<{ select: typeof LIST_SELECT }>;
const LIST_SELECT = {
  id: true,
  title: true,
  status: true,
  visibility: true,
  language: true,
  countryCode: true,
  visitStartedOn: true,
  updatedAt: true,
  publishedAt: true,
  place: { select: { id: true, name: true } },
  organization: { select: { name: true } },
} satisfies Prisma.MonitoringReportSelect;

/** The reports list: what the viewer may read (published ones and the team's drafts), newest change first, a keyset page. */
export function listReports(reader: ReaderScope, cursor: { at: Date; id: string } | null, take: number): Promise<ReportListRow[]> {
  return db().monitoringReport.findMany({
    where: { AND: [readableBy(reader), cursor ? { OR: [{ updatedAt: { lt: cursor.at } }, { updatedAt: cursor.at, id: { lt: cursor.id } }] } : {}] },
    select: LIST_SELECT,
    orderBy: [{ updatedAt: "desc" }, { id: "desc" }],
    take: take + 1,
  });
}

/** The viewer's team drafts and reports in review (the list's first section). */
export function listTeamWork(reader: ReaderScope, take: number): Promise<ReportListRow[]> {
  return db().monitoringReport.findMany({
    where: { AND: [onTeamOf(reader), { status: { in: ["DRAFT", "IN_REVIEW"] } }] },
    select: LIST_SELECT,
    orderBy: [{ updatedAt: "desc" }, { id: "desc" }],
    take,
  });
}

/** A place's visits the viewer may read, newest visit first, with each recommendation and where it came from. */
export function listPlaceVisits(placeId: string, reader: ReaderScope, take = 50) {
  return db().monitoringReport.findMany({
    where: { AND: [{ placeId }, readableBy(reader)] },
    select: {
      id: true,
      title: true,
      status: true,
      visitStartedOn: true,
      visitEndedOn: true,
      followUpOfId: true,
      recommendations: { select: { id: true, number: true, text: true, authority: true, priority: true, carriedFromId: true, followUp: true, followUpNote: true }, orderBy: { number: "asc" } },
      _count: { select: { findings: true } },
    },
    orderBy: [{ visitStartedOn: "desc" }, { id: "desc" }],
    take,
  });
}

/** Members with these handles who are active, for a report's team. */
export function findActiveMembersByHandles(handles: string[]) {
  if (handles.length === 0) return Promise.resolve([]);
  return db().advocateProfile.findMany({ where: { handle: { in: handles }, user: { status: "ACTIVE" } }, select: { userId: true, handle: true } });
}

/** The organizations (active) the member belongs to, for "write for". */
export function listMemberOrganizations(userId: string) {
  return db().organization.findMany({ where: { status: "ACTIVE", members: { some: { userId } } }, select: { id: true, name: true }, orderBy: { name: "asc" } });
}

export function findPlaceForReport(id: string) {
  return db().detentionPlace.findUnique({ where: { id }, select: { id: true, countryCode: true, type: true, status: true, name: true } });
}

/** The active representatives of an organization (they review its reports and hear of them). */
export async function findRepresentativeIds(organizationId: string): Promise<string[]> {
  const rows = await db().organizationMembership.findMany({ where: { organizationId, role: "REPRESENTATIVE", user: { status: "ACTIVE" } }, select: { userId: true } });
  return rows.map((row) => row.userId);
}

/** The library's resources these ids name, with what lib/resources/policy decides reading on (never flagged-for-staff). */
export async function findEvidenceResources(ids: string[]) {
  if (ids.length === 0) return [];
  const rows = await db().resource.findMany({ where: { id: { in: ids } }, select: { id: true, authorId: true, organizationId: true, visibility: true, status: true } });
  return rows.map((row) => ({ ...row, flagged: false }));
}

/** A saved finding of the report on this rule, with how many files it already has as evidence; null if none. */
export async function findFindingForEvidence(reportId: string, ruleNumber: number) {
  const finding = await db().monitoringFinding.findUnique({
    where: { reportId_ruleNumber: { reportId, ruleNumber } },
    select: { id: true, _count: { select: { evidence: { where: { storedFileId: { not: null } } } } } },
  });
  return finding ? { id: finding.id, files: finding._count.evidence } : null;
}

/** An uploaded evidence file of this report (never a resource's, never another report's), or null. */
export async function findEvidenceFile(reportId: string, evidenceId: string) {
  const row = await db().monitoringFindingEvidence.findFirst({
    where: { id: evidenceId, storedFileId: { not: null }, finding: { reportId } },
    select: { id: true, storedFileId: true },
  });
  return row?.storedFileId ? { id: row.id, storedFileId: row.storedFileId } : null;
}
