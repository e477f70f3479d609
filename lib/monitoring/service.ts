import "server-only";
// Reading monitoring reports, for an explicit viewer: the list (what they may read, their team's work first), a
// report's page and its form, the start form, a place's visits and recommendation history. Who reads what is
// lib/monitoring/policy.ts for one report and data.ts's readableBy for lists: the same rule.
import { authorize } from "@/lib/auth/authorize";
import type { SignedInViewer, Viewer } from "@/lib/auth/viewer-types";
import { decodeTimeCursor, encodeTimeCursor } from "@/lib/cursor";
import { AppError } from "@/lib/errors";
import { listCountryPlaces } from "@/lib/places/data";
import { findReportAccess, findReportDetail, listMemberOrganizations, listPlaceVisits, listReports, listTeamWork, type ReportAccessRow } from "./data";
import { findPersonalData, formDigest, recommendationHistory, reportFormValues } from "./format";
import { canCorrectReport, canEditDraft, canExportReport, canFollowUpReport, canReadReport, canRequestReview, canReviewReport, canUseMonitoring, canWithdrawReport } from "./policy";

export const REPORTS_PER_PAGE = 25;

const wellFormed = (id: string) => /^[a-z0-9]{1,40}$/.test(id);

/** The report if the viewer may read it; NOT_FOUND otherwise (a report one may not read does not exist). */
export async function readableReport(viewer: SignedInViewer, id: string): Promise<ReportAccessRow> {
  const access = wellFormed(id) ? await findReportAccess(id) : null;
  if (!access || !canReadReport(viewer, access)) throw new AppError("NOT_FOUND");
  return access;
}

export async function reportList(requester: Viewer, after: string | undefined) {
  const viewer = authorize(requester, canUseMonitoring);
  const cursor = decodeTimeCursor(after, "string");
  const [rows, teamWork] = await Promise.all([listReports(viewer, cursor, REPORTS_PER_PAGE), cursor ? Promise.resolve([]) : listTeamWork(viewer, 20)]);
  const reports = rows.slice(0, REPORTS_PER_PAGE);
  const last = reports.at(-1);
  return { reports, teamWork, next: rows.length > REPORTS_PER_PAGE && last ? encodeTimeCursor(last.updatedAt, last.id) : null };
}

/** The texts the personal-data check reads, each labelled by where it is (a field name the form knows). */
export function reportTexts(values: Record<string, string>): Array<{ where: string; text: string }> {
  return Object.entries(values)
    .filter(([field]) => /^(title|teamText|interviewsText|areasSeenText|summary|finding-\d+-observations|rec-\d+-(text|followUpNote))$/.test(field))
    .map(([where, text]) => ({ where, text }));
}

/** A report's page: the report, what the viewer may do with it, and for its team the personal-data warnings. */
export async function reportPage(requester: Viewer, id: string) {
  const viewer = authorize(requester, canUseMonitoring);
  const access = await readableReport(viewer, id);
  const report = await findReportDetail(access.id);
  if (!report) throw new AppError("NOT_FOUND");
  const can = {
    edit: canEditDraft(viewer, access),
    requestReview: canRequestReview(viewer, access),
    review: canReviewReport(viewer, access),
    correct: canCorrectReport(viewer, access),
    withdraw: canWithdrawReport(viewer, access),
    followUp: canFollowUpReport(viewer, access),
    export: canExportReport(viewer, access),
  };
  const values = reportFormValues({ ...report, teamHandles: [], findings: report.findings, recommendations: report.recommendations });
  const warnings = can.requestReview || can.review ? findPersonalData(reportTexts(values)) : [];
  return { report, can, warnings, isAuthor: report.authorId === viewer.id };
}

/** The draft's form (or a published report's correction): the fields as stored, their digest, the country's places. */
export async function reportForEdit(requester: Viewer, id: string) {
  const viewer = authorize(requester, canUseMonitoring);
  const access = await readableReport(viewer, id);
  if (!canEditDraft(viewer, access) && !canCorrectReport(viewer, access)) throw new AppError("FORBIDDEN");
  const report = await findReportDetail(access.id);
  if (!report) throw new AppError("NOT_FOUND");
  const handles = report.team.flatMap((member) => (member.user.profile?.handle ? [member.user.profile.handle] : []));
  const values = reportFormValues({ ...report, teamHandles: handles });
  const places = await listCountryPlaces(report.countryCode);
  return { report, values, digest: formDigest(values), places, correcting: access.status === "PUBLISHED" };
}

/** The start form: the organizations the viewer may write for, and the places of the chosen country. */
export async function newReportForm(requester: Viewer, countryCode: string | undefined) {
  const viewer = authorize(requester, canUseMonitoring);
  const [organizations, places] = await Promise.all([listMemberOrganizations(viewer.id), countryCode ? listCountryPlaces(countryCode) : Promise.resolve([])]);
  return { organizations, places };
}

/** A place's visits the viewer may read (newest first) and each recommendation's history across them. */
export async function placeHistory(requester: Viewer, placeId: string) {
  const viewer = authorize(requester, canUseMonitoring);
  if (!wellFormed(placeId)) return { visits: [], histories: [] };
  const visits = await listPlaceVisits(placeId, viewer);
  return { visits, histories: recommendationHistory(visits) };
}
