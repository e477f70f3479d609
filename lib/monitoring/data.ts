import "server-only";
// Reads of monitoring reports. What a viewer may read is decided here, in the query (readableBy): the report's
// team (author, members added, the organization's representatives) reads it in any state; others read it once
// PUBLISHED, to the network or to the organization's members. lib/monitoring/policy.ts says the same for one row.
import { db } from "@/lib/db";
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
      evidence: { select: { id: true, caption: true, storedFileId: true, resource: { select: { id: true, title: true } } }, orderBy: { createdAt: "asc" } },
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

export type ReportDetail = Prisma.MonitoringReportGetPayload<{ select: typeof REPORT_DETAIL_SELECT }>;

/** A whole report (for its page and its form): its text, findings with evidence, recommendations, revisions. */
export function findReportDetail(id: string): Promise<ReportDetail | null> {
  return db().monitoringReport.findUnique({ where: { id }, select: REPORT_DETAIL_SELECT });
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
