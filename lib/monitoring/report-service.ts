import "server-only";
// Writing monitoring reports, for an explicit viewer: starting one (as oneself or for one's organization),
// saving the draft (or correcting a published report), sending it for review, the reviewer's decision,
// withdrawing, a follow-up visit. What zod cannot check is checked here against the database — the place and
// its country, the team's handles, the revision the form was loaded at — each refusal named on its field.
import { authorize } from "@/lib/auth/authorize";
import type { SignedInViewer, Viewer } from "@/lib/auth/viewer-types";
import { AppError } from "@/lib/errors";
import { cookMarkdown } from "@/lib/markdown/cook";
import { findActiveMembersByHandles, findEvidenceResources, findPlaceForReport, findRepresentativeIds, findReportDetail, type ReportAccessRow } from "./data";
import { changedSince, findPersonalData, formDigest, ReportConflictError, reportFormValues, type PersonalDataHit } from "./format";
import { decideReview, insertReport, markInReview, markWithdrawn, saveReport, type ReportWrite } from "./mutations";
import { canReadResource } from "@/lib/resources/policy";
import { canCorrectReport, canEditDraft, canFollowUpReport, canRequestReview, canReviewReport, canUseMonitoring, canWithdrawReport, canWriteReportFor } from "./policy";
import type { RequestReviewInput, ReviewDecisionInput, SaveReportInput, StartReportInput } from "./schema";
import { readableReport, reportTexts } from "./service";

/** The place, if it is in the registry, active, and in the report's country; refused on the place field otherwise. */
async function checkedPlace(placeId: string, countryCode: string) {
  const place = await findPlaceForReport(placeId);
  if (!place || place.status !== "ACTIVE") throw new AppError("VALIDATION", { field: "placeId", messageKey: "MonitoringErrors.unknownPlace" });
  if (place.countryCode !== countryCode) throw new AppError("VALIDATION", { field: "placeId", messageKey: "MonitoringErrors.placeInOtherCountry" });
  return place;
}

export async function startReport(requester: Viewer, input: StartReportInput): Promise<{ id: string }> {
  const viewer = authorize(requester, canUseMonitoring);
  if (!canWriteReportFor(viewer, { organizationId: input.organizationId })) throw new AppError("FORBIDDEN", { field: "organizationId", messageKey: "MonitoringErrors.notMember" });
  const place = await checkedPlace(input.placeId, input.countryCode);
  return insertReport(viewer.id, { ...input, placeId: place.id, countryCode: place.countryCode });
}

const personName = (person: { displayName: string | null; status: string } | null) => (person && person.status !== "DELETED" ? person.displayName : null);

/** The form's values of a stored report (as its edit page fills them). */
function currentValues(report: NonNullable<Awaited<ReturnType<typeof findReportDetail>>>): Record<string, string> {
  const handles = report.team.flatMap((member) => (member.user.profile?.handle ? [member.user.profile.handle] : []));
  return reportFormValues({ ...report, teamHandles: handles });
}

/** Why a save was refused as a conflict: the report as it is now, and the fields changed since the form's base. */
async function conflictOf(reportId: string, baseDigest: string): Promise<ReportConflictError> {
  const report = await findReportDetail(reportId);
  if (!report) return new ReportConflictError({ revision: 0, digest: "", savedBy: null, savedAt: new Date(), changed: [] });
  const current = currentValues(report);
  const changed = changedSince(baseDigest, current).map((field) => ({ field, value: current[field] ?? "" }));
  return new ReportConflictError({ revision: report.revision, digest: formDigest(current), savedBy: personName(report.lastSavedBy), savedAt: report.updatedAt, changed });
}

async function writeFrom(viewer: SignedInViewer, access: ReportAccessRow, input: SaveReportInput): Promise<ReportWrite> {
  const [place, members] = await Promise.all([checkedPlace(input.placeId, input.countryCode), findActiveMembersByHandles(input.teamHandles)]);
  const unknown = input.teamHandles.filter((handle) => !members.some((member) => member.handle === handle));
  if (unknown.length) throw new AppError("VALIDATION", { field: "teamHandles", messageKey: "MonitoringErrors.unknownHandles", values: { handles: unknown.join(", ") } });
  // Evidence from the library: only resources the member may read herself.
  const wanted = [...new Set(input.findings.flatMap((finding) => finding.resourceIds))];
  const readable = new Set((await findEvidenceResources(wanted)).filter((resource) => canReadResource(viewer, resource)).map((resource) => resource.id));
  const refused = input.findings.filter((finding) => finding.resourceIds.some((id) => !readable.has(id)));
  const [first, ...others] = refused.map((finding) => ({ field: `finding-${finding.ruleNumber}-resources`, messageKey: "MonitoringErrors.unknownResource" }));
  if (first) throw new AppError("VALIDATION", { ...first, otherFields: others });
  return {
    placeId: place.id,
    countryCode: place.countryCode,
    title: input.title,
    language: input.language,
    visitStartedOn: input.visitStartedOn,
    visitEndedOn: input.visitEndedOn,
    // The author is on the team by being its author.
    teamUserIds: members.map((member) => member.userId).filter((id) => id !== access.authorId),
    teamText: input.teamText,
    announcement: input.announcement,
    interviewsText: input.interviewsText,
    areasSeenText: input.areasSeenText,
    summarySource: input.summary,
    summaryCooked: cookMarkdown(input.summary).html,
    findings: input.findings.map((finding) => ({ ...finding, observationsCooked: finding.observations ? cookMarkdown(finding.observations).html : "" })),
    recommendations: input.recommendations,
  };
}

/**
 * Saves the whole form of a draft (its team) or corrects a published report (the earlier text kept as a
 * revision). A save based on an older revision is refused with what changed since (ReportConflictError).
 */
export async function saveReportDraft(requester: Viewer, input: SaveReportInput): Promise<{ id: string; revision: number }> {
  const viewer = authorize(requester, canUseMonitoring);
  const access = await readableReport(viewer, input.reportId);
  const correcting = canCorrectReport(viewer, access);
  if (!canEditDraft(viewer, access) && !correcting) throw new AppError("FORBIDDEN", { messageKey: "MonitoringErrors.notEditable" });
  if (input.revision !== access.revision) throw await conflictOf(access.id, input.baseDigest);
  const write = await writeFrom(viewer, access, input);
  let correction;
  if (correcting) {
    const before = await findReportDetail(access.id);
    const { revisions: _revisions, ...snapshot } = before!;
    correction = { snapshot: JSON.parse(JSON.stringify(snapshot)), note: input.correctionNote };
  }
  const saved = await saveReport(access.id, viewer.id, input.revision, correcting ? ["PUBLISHED"] : ["DRAFT"], write, correction);
  if (!saved) throw await conflictOf(access.id, input.baseDigest);
  return { id: access.id, revision: saved.revision };
}

/**
 * A draft saved as the member types (the form's script, a few seconds after the last change): the same checks and
 * revision test as an explicit save, drafts only (a correction is saved knowingly, with its note), and the new
 * revision with its digest, so the form's next save builds on it.
 */
export async function autosaveReportDraft(requester: Viewer, input: SaveReportInput): Promise<{ revision: number; digest: string; savedAt: Date }> {
  const viewer = authorize(requester, canUseMonitoring);
  const access = await readableReport(viewer, input.reportId);
  if (!canEditDraft(viewer, access)) throw new AppError("FORBIDDEN", { messageKey: "MonitoringErrors.notEditable" });
  const { revision } = await saveReportDraft(viewer, input);
  const report = (await findReportDetail(access.id))!;
  return { revision, digest: formDigest(currentValues(report)), savedAt: report.updatedAt };
}

/** Likely personal data in the report as saved (for the warning before review and publication). */
async function personalDataIn(reportId: string): Promise<{ hits: PersonalDataHit[]; title: string; teamUserIds: string[] }> {
  const report = (await findReportDetail(reportId))!;
  const values = reportFormValues({ ...report, teamHandles: [] });
  const representatives = report.organizationId ? await findRepresentativeIds(report.organizationId) : [];
  const teamUserIds = [...new Set([report.authorId, ...report.team.map((member) => member.user.id), ...representatives])];
  return { hits: findPersonalData(reportTexts(values)), title: report.title, teamUserIds };
}

export type ReviewStep = { done: true } | { done: false; hits: PersonalDataHit[] };

/** A team member sends the draft for review; with likely personal data in it, only once they confirmed. */
export async function requestReview(requester: Viewer, input: RequestReviewInput): Promise<ReviewStep> {
  const viewer = authorize(requester, canUseMonitoring);
  const access = await readableReport(viewer, input.reportId);
  if (!canRequestReview(viewer, access)) throw new AppError("FORBIDDEN", { messageKey: "MonitoringErrors.notEditable" });
  if (input.revision !== access.revision) throw new AppError("CONFLICT", { messageKey: "MonitoringErrors.changedMeanwhile" });
  const { hits, title, teamUserIds } = await personalDataIn(access.id);
  if (hits.length && input.confirmed !== "yes") return { done: false, hits };
  if (!(await markInReview(access.id, viewer.id, access.revision, teamUserIds, title))) throw new AppError("CONFLICT", { messageKey: "MonitoringErrors.changedMeanwhile" });
  return { done: true };
}

/** The reviewer publishes (to the network or the organization) or sends the report back with a note. */
export async function reviewReport(requester: Viewer, input: ReviewDecisionInput): Promise<ReviewStep> {
  const viewer = authorize(requester, canUseMonitoring);
  const access = await readableReport(viewer, input.reportId);
  if (!canReviewReport(viewer, access)) throw new AppError("FORBIDDEN", { messageKey: "MonitoringErrors.notReviewer" });
  if (input.revision !== access.revision) throw new AppError("CONFLICT", { messageKey: "MonitoringErrors.changedMeanwhile" });
  if (input.decision === "PUBLISH" && input.visibility === "ORGANIZATION" && !access.organizationId) {
    throw new AppError("VALIDATION", { field: "visibility", messageKey: "MonitoringErrors.organizationOnlyNeedsOrganization" });
  }
  const { hits, title, teamUserIds } = await personalDataIn(access.id);
  if (input.decision === "PUBLISH" && hits.length && input.confirmed !== "yes") return { done: false, hits };
  const decision = input.decision === "PUBLISH" ? { publish: true as const, visibility: input.visibility!, note: input.note } : { publish: false as const, note: input.note! };
  if (!(await decideReview(access.id, viewer.id, access.revision, decision, teamUserIds, title))) throw new AppError("CONFLICT", { messageKey: "MonitoringErrors.changedMeanwhile" });
  return { done: true };
}

export async function withdrawReport(requester: Viewer, reportId: string): Promise<{ id: string }> {
  const viewer = authorize(requester, canUseMonitoring);
  const access = await readableReport(viewer, reportId);
  if (!canWithdrawReport(viewer, access)) throw new AppError("FORBIDDEN");
  if (!(await markWithdrawn(access.id))) throw new AppError("CONFLICT", { messageKey: "MonitoringErrors.changedMeanwhile" });
  return { id: access.id };
}

/**
 * A follow-up visit to the place of a published report: a new draft by the viewer (for the same organization when
 * they belong to it), dated today, with the earlier recommendations carried forward to be given a status.
 */
export async function startFollowUp(requester: Viewer, reportId: string): Promise<{ id: string }> {
  const viewer = authorize(requester, canUseMonitoring);
  const access = await readableReport(viewer, reportId);
  if (!canFollowUpReport(viewer, access)) throw new AppError("FORBIDDEN");
  const earlier = (await findReportDetail(access.id))!;
  if (earlier.place.status !== "ACTIVE") throw new AppError("CONFLICT", { messageKey: "MonitoringErrors.unknownPlace" });
  const today = new Date(`${new Date().toISOString().slice(0, 10)}T00:00:00Z`);
  const organizationId = earlier.organizationId && viewer.organizationIds.includes(earlier.organizationId) ? earlier.organizationId : null;
  return insertReport(viewer.id, {
    placeId: earlier.placeId,
    countryCode: earlier.countryCode,
    organizationId,
    language: earlier.language,
    title: earlier.title,
    visitStartedOn: today,
    visitEndedOn: today,
    followUpOfId: earlier.id,
    carried: earlier.recommendations.map((recommendation) => ({
      text: recommendation.text,
      authority: recommendation.authority,
      priority: recommendation.priority,
      ruleNumber: recommendation.ruleNumber,
      carriedFromId: recommendation.id,
    })),
  });
}
