import "server-only";
import { forPage, loadViewer } from "@/lib/auth/viewer";
import { AppError } from "@/lib/errors";
import { firstValues, type SearchParams } from "@/lib/search-params";
import { newReportForm, placeHistory, reportForEdit, reportList, reportPage } from "./service";
import { attachEvidenceFile, evidenceDownload, prepareEvidenceUpload } from "./evidence-service";
import { reportListSchema } from "./schema";

export type { ReportDetail, ReportListRow } from "./data";
export type { PersonalDataHit, RecommendationHistory } from "./format";

export function loadReportList(searchParams: SearchParams) {
  const { after } = reportListSchema.parse(firstValues(searchParams));
  return forPage("/monitoring/reports", async (viewer) => ({ after, ...(await reportList(viewer, after)) }));
}

export function loadReportPage(id: string) {
  return forPage(`/monitoring/reports/${encodeURIComponent(id)}`, (viewer) => reportPage(viewer, id));
}

export function loadReportForEdit(id: string) {
  return forPage(`/monitoring/reports/${encodeURIComponent(id)}/edit`, (viewer) => reportForEdit(viewer, id));
}

export function loadNewReportForm(countryCode: string | undefined) {
  return forPage("/monitoring/new", (viewer) => newReportForm(viewer, countryCode));
}

export function loadPlaceHistory(placeId: string) {
  return forPage(`/monitoring/places/${encodeURIComponent(placeId)}`, (viewer) => placeHistory(viewer, placeId));
}

type RouteOutcome<T> = { ok: true; value: T } | { ok: false; code: string; error: AppError };

/** For the route handlers: the service's answer for the request's viewer, or its refusal (never thrown). */
async function forRoute<T>(read: (viewer: Awaited<ReturnType<typeof loadViewer>>) => Promise<T>): Promise<RouteOutcome<T>> {
  try {
    return { ok: true, value: await read(await loadViewer()) };
  } catch (error) {
    if (error instanceof AppError) return { ok: false, code: error.code, error };
    throw error;
  }
}

/** The evidence upload route, before it reads the body: may the viewer add evidence to this report now? */
export function loadEvidenceUploadPermission(reportId: string) {
  return forRoute((viewer) => prepareEvidenceUpload(viewer, reportId));
}

/** The evidence upload route, once the file is stored: it becomes the finding's evidence, or is deleted. */
export function loadEvidenceAttachment(fields: Record<string, unknown>, storedFileId: string) {
  return forRoute((viewer) => attachEvidenceFile(viewer, fields, storedFileId));
}

/** The evidence download route: the stored file to serve, for whoever may read the report. */
export function loadEvidenceDownload(reportId: string, evidenceId: string) {
  return forRoute((viewer) => evidenceDownload(viewer, reportId, evidenceId));
}
