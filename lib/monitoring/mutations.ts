import "server-only";
// Writes of monitoring reports, each one transaction. A save is conditional on the revision the form was loaded
// at (UPDATE … WHERE revision = n): a save based on an older revision changes nothing and is reported as a
// conflict. Every write that changes what findings copy (the place's country and type, the visit date, the
// organization, whether the report is published to the network) ends with syncFindingCopies, in the same
// transaction, so the matrix (lib/monitoring-overview) always reads findings that agree with their reports.
import { db } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import { claimStoredFile, deleteStoredFile } from "@/lib/files/mutations";
import { createNotifications } from "@/lib/notifications/mutations";
import type { FindingInput, RecommendationInput } from "./schema";

type Tx = Prisma.TransactionClient;

/** The copies findings carry, set again from their report and its place (one statement). */
export async function syncFindingCopies(tx: Tx, reportId: string): Promise<void> {
  await tx.$executeRaw`
    UPDATE "MonitoringFinding" f
       SET "countryCode" = r."countryCode",
           "placeType" = p.type,
           "visitStartedOn" = r."visitStartedOn",
           "organizationId" = r."organizationId",
           "networkVisible" = (r.status = 'PUBLISHED' AND r.visibility = 'NETWORK')
      FROM "MonitoringReport" r JOIN "DetentionPlace" p ON p.id = r."placeId"
     WHERE f."reportId" = r.id AND r.id = ${reportId}`;
}

export type NewReport = {
  placeId: string;
  countryCode: string;
  organizationId: string | null;
  language: string;
  title: string;
  visitStartedOn: Date;
  visitEndedOn: Date;
  followUpOfId?: string;
  /** Recommendations carried forward from the visit followed up. */
  carried?: Array<{ text: string; authority: string; priority: "HIGH" | "MEDIUM" | "LOW"; ruleNumber: number | null; carriedFromId: string }>;
};

export async function insertReport(authorId: string, report: NewReport): Promise<{ id: string }> {
  const { carried, ...columns } = report;
  return db().monitoringReport.create({
    data: {
      ...columns,
      authorId,
      lastSavedById: authorId,
      recommendations: carried?.length ? { createMany: { data: carried.map((recommendation, index) => ({ ...recommendation, number: index + 1 })) } } : undefined,
    },
    select: { id: true },
  });
}

export type ReportWrite = {
  placeId: string;
  countryCode: string;
  title: string;
  language: string;
  visitStartedOn: Date;
  visitEndedOn: Date;
  teamUserIds: string[];
  teamText: string;
  announcement: "ANNOUNCED" | "UNANNOUNCED" | null;
  interviewsText: string;
  areasSeenText: string;
  summarySource: string;
  summaryCooked: string;
  findings: Array<FindingInput & { observationsCooked: string }>;
  recommendations: RecommendationInput[];
};

/**
 * Saves the whole form when the report is still at `revision` and in one of `statuses`; null otherwise (someone
 * saved meanwhile, or it changed state). A correction of a published report first keeps its text as it was
 * (`snapshot`) as a MonitoringReportRevision.
 */
export async function saveReport(
  reportId: string,
  editorId: string,
  revision: number,
  statuses: Array<"DRAFT" | "PUBLISHED">,
  write: ReportWrite,
  correction?: { snapshot: Prisma.InputJsonValue; note: string },
): Promise<{ revision: number } | null> {
  return db().$transaction(async (tx) => {
    const now = new Date();
    const { count } = await tx.monitoringReport.updateMany({
      where: { id: reportId, revision, status: { in: statuses } },
      data: {
        placeId: write.placeId,
        countryCode: write.countryCode,
        title: write.title,
        language: write.language,
        visitStartedOn: write.visitStartedOn,
        visitEndedOn: write.visitEndedOn,
        teamText: write.teamText,
        announcement: write.announcement,
        interviewsText: write.interviewsText,
        areasSeenText: write.areasSeenText,
        summarySource: write.summarySource,
        summaryCooked: write.summaryCooked,
        revision: { increment: 1 },
        lastSavedById: editorId,
        ...(correction ? { correctedAt: now } : {}),
      },
    });
    if (count === 0) return null;
    if (correction) {
      const revisions = await tx.monitoringReportRevision.count({ where: { reportId } });
      await tx.monitoringReportRevision.create({ data: { reportId, number: revisions + 1, snapshot: correction.snapshot, note: correction.note, createdById: editorId } });
    }
    await replaceTeam(tx, reportId, write.teamUserIds);
    await replaceFindings(tx, reportId, write.findings, editorId);
    await replaceRecommendations(tx, reportId, write.recommendations);
    await syncFindingCopies(tx, reportId);
    return { revision: revision + 1 };
  });
}

async function replaceTeam(tx: Tx, reportId: string, userIds: string[]) {
  await tx.monitoringTeamMember.deleteMany({ where: { reportId, userId: { notIn: userIds } } });
  if (userIds.length) await tx.monitoringTeamMember.createMany({ data: userIds.map((userId) => ({ reportId, userId })), skipDuplicates: true });
}

/** Findings kept by rule (their evidence stays with them); rules no longer assessed are removed. */
async function replaceFindings(tx: Tx, reportId: string, findings: ReportWrite["findings"], editorId: string) {
  const removed = { reportId, ruleNumber: { notIn: findings.map((finding) => finding.ruleNumber) } };
  // The files uploaded into a finding go with it (nothing else points at them).
  const files = await tx.monitoringFindingEvidence.findMany({ where: { finding: removed, storedFileId: { not: null } }, select: { storedFileId: true } });
  await tx.monitoringFinding.deleteMany({ where: removed });
  for (const { storedFileId } of files) await deleteStoredFile(tx, storedFileId!);
  const existing = new Set((await tx.monitoringFinding.findMany({ where: { reportId }, select: { ruleNumber: true } })).map((row) => row.ruleNumber));
  for (const finding of findings.filter((one) => existing.has(one.ruleNumber))) {
    await tx.monitoringFinding.update({
      where: { reportId_ruleNumber: { reportId, ruleNumber: finding.ruleNumber } },
      data: { assessment: finding.assessment, observationsSource: finding.observations, observationsCooked: finding.observationsCooked },
    });
  }
  const fresh = findings.filter((one) => !existing.has(one.ruleNumber));
  if (fresh.length) await insertFindings(tx, reportId, fresh);
  await replaceEvidence(tx, reportId, findings, editorId);
}

/** Each finding's evidence from the library as the form lists it (stored files, added otherwise, stay). */
async function replaceEvidence(tx: Tx, reportId: string, findings: ReportWrite["findings"], editorId: string) {
  const rows = await tx.monitoringFinding.findMany({ where: { reportId }, select: { id: true, ruleNumber: true, evidence: { where: { resourceId: { not: null } }, select: { id: true, resourceId: true } } } });
  for (const row of rows) {
    const wanted = findings.find((finding) => finding.ruleNumber === row.ruleNumber)?.resourceIds ?? [];
    const gone = row.evidence.filter((evidence) => !wanted.includes(evidence.resourceId!)).map((evidence) => evidence.id);
    if (gone.length) await tx.monitoringFindingEvidence.deleteMany({ where: { id: { in: gone } } });
    const added = wanted.filter((id) => !row.evidence.some((evidence) => evidence.resourceId === id));
    if (added.length) await tx.monitoringFindingEvidence.createMany({ data: added.map((resourceId) => ({ findingId: row.id, resourceId, createdById: editorId })) });
  }
}

async function insertFindings(tx: Tx, reportId: string, fresh: ReportWrite["findings"]) {
  // The copies are placeholders here: syncFindingCopies sets them right in the same transaction.
  const report = await tx.monitoringReport.findUniqueOrThrow({ where: { id: reportId }, select: { countryCode: true, visitStartedOn: true, place: { select: { type: true } } } });
  await tx.monitoringFinding.createMany({
    data: fresh.map((finding) => ({
      reportId,
      ruleNumber: finding.ruleNumber,
      assessment: finding.assessment,
      observationsSource: finding.observations,
      observationsCooked: finding.observationsCooked,
      countryCode: report.countryCode,
      placeType: report.place.type,
      visitStartedOn: report.visitStartedOn,
    })),
  });
}

/** Recommendations kept by their number (so a later visit's carriedFromId still points at the same row). */
async function replaceRecommendations(tx: Tx, reportId: string, recommendations: RecommendationInput[]) {
  await tx.monitoringRecommendation.deleteMany({ where: { reportId, number: { gt: recommendations.length } } });
  const existing = new Set((await tx.monitoringRecommendation.findMany({ where: { reportId }, select: { number: true } })).map((row) => row.number));
  for (const [index, recommendation] of recommendations.entries()) {
    const number = index + 1;
    const data = { ...recommendation };
    if (existing.has(number)) await tx.monitoringRecommendation.update({ where: { reportId_number: { reportId, number } }, data });
    else await tx.monitoringRecommendation.create({ data: { ...data, reportId, number } });
  }
}

type Notice = { userIds: string[]; type: "MONITORING_REVIEW_REQUESTED" | "MONITORING_REPORT_PUBLISHED" | "MONITORING_REPORT_SENT_BACK"; reportId: string; title: string; actorId: string };

function notify(tx: Tx, notice: Notice) {
  return createNotifications(
    tx,
    notice.userIds.filter((userId) => userId !== notice.actorId).map((userId) => ({ userId, type: notice.type, subjectType: "MonitoringReport", subjectId: notice.reportId, payload: { reportId: notice.reportId, title: notice.title, authorId: notice.actorId } })),
  );
}

/** DRAFT → IN_REVIEW at `revision` (what was checked is what is reviewed); the team is told. False if it changed. */
export async function markInReview(reportId: string, actorId: string, revision: number, teamUserIds: string[], title: string): Promise<boolean> {
  return db().$transaction(async (tx) => {
    const { count } = await tx.monitoringReport.updateMany({
      where: { id: reportId, revision, status: "DRAFT" },
      data: { status: "IN_REVIEW", reviewRequestedAt: new Date(), reviewRequestedById: actorId, reviewNote: null, revision: { increment: 1 } },
    });
    if (count === 0) return false;
    await notify(tx, { userIds: teamUserIds, type: "MONITORING_REVIEW_REQUESTED", reportId, title, actorId });
    return true;
  });
}

/** The reviewer publishes (to the network or the organization) or sends it back with a note; the team is told. */
export async function decideReview(
  reportId: string,
  reviewerId: string,
  revision: number,
  decision: { publish: true; visibility: "NETWORK" | "ORGANIZATION"; note: string | null } | { publish: false; note: string },
  teamUserIds: string[],
  title: string,
): Promise<boolean> {
  return db().$transaction(async (tx) => {
    const now = new Date();
    const { count } = await tx.monitoringReport.updateMany({
      where: { id: reportId, revision, status: "IN_REVIEW" },
      data: decision.publish
        ? { status: "PUBLISHED", visibility: decision.visibility, publishedAt: now, reviewedAt: now, reviewedById: reviewerId, reviewNote: decision.note, revision: { increment: 1 } }
        : { status: "DRAFT", reviewedAt: now, reviewedById: reviewerId, reviewNote: decision.note, reviewRequestedById: null, revision: { increment: 1 } },
    });
    if (count === 0) return false;
    await syncFindingCopies(tx, reportId);
    await notify(tx, { userIds: teamUserIds, type: decision.publish ? "MONITORING_REPORT_PUBLISHED" : "MONITORING_REPORT_SENT_BACK", reportId, title, actorId: reviewerId });
    return true;
  });
}

/** PUBLISHED → WITHDRAWN: only its team reads it then, and its findings leave the network's counts. */
export async function markWithdrawn(reportId: string): Promise<boolean> {
  return db().$transaction(async (tx) => {
    const { count } = await tx.monitoringReport.updateMany({ where: { id: reportId, status: "PUBLISHED" }, data: { status: "WITHDRAWN", revision: { increment: 1 } } });
    if (count === 0) return false;
    await syncFindingCopies(tx, reportId);
    return true;
  });
}

/** Thrown inside a transaction to undo it (the claim of a file) when what it writes turned out to be gone. */
class Undo extends Error {}

/**
 * An uploaded file becomes a finding's evidence: the file is claimed (it no longer expires) and cited in one
 * transaction, while the finding still exists and its report is in one of `statuses` (the finding's row is locked,
 * so a save removing it waits). Its id; null, with nothing changed, when the file or the finding is gone or the report
 * changed state meanwhile.
 */
export async function insertEvidenceFile(
  evidence: { reportId: string; findingId: string; storedFileId: string; caption: string; createdById: string },
  statuses: ReadonlyArray<"DRAFT" | "PUBLISHED">,
): Promise<string | null> {
  const { reportId, ...row } = evidence;
  try {
    return await db().$transaction(async (tx) => {
      const locked = await tx.$queryRaw<Array<{ id: string }>>`
        SELECT f.id FROM "MonitoringFinding" f JOIN "MonitoringReport" r ON r.id = f."reportId"
         WHERE f.id = ${row.findingId} AND r.id = ${reportId} AND r.status::text = ANY(${[...statuses]})
           FOR UPDATE OF f`;
      if (locked.length === 0 || !(await claimStoredFile(tx, row.storedFileId))) throw new Undo();
      const created = await tx.monitoringFindingEvidence.create({ data: row, select: { id: true } });
      return created.id;
    });
  } catch (error) {
    if (error instanceof Undo) return null;
    throw error;
  }
}

/** Removes an uploaded evidence file of the report: the citation and the stored file, together. False if there was none. */
export async function deleteEvidenceFile(reportId: string, evidenceId: string): Promise<boolean> {
  return db().$transaction(async (tx) => {
    const evidence = await tx.monitoringFindingEvidence.findFirst({ where: { id: evidenceId, storedFileId: { not: null }, finding: { reportId } }, select: { id: true, storedFileId: true } });
    if (!evidence) return false;
    await tx.monitoringFindingEvidence.delete({ where: { id: evidence.id } });
    await deleteStoredFile(tx, evidence.storedFileId!);
    return true;
  });
}
