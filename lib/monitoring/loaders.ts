import "server-only";
import { forPage } from "@/lib/auth/viewer";
import { firstValues, type SearchParams } from "@/lib/search-params";
import { newReportForm, placeHistory, reportForEdit, reportList, reportPage } from "./service";
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
