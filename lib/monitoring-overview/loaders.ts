import "server-only";
import { forPage } from "@/lib/auth/viewer";
import { firstValues, type SearchParams } from "@/lib/search-params";
import { findingsFilterSchema, matrixFilterSchema } from "./schema";
import { findingsOnRule, monitoringFindings, monitoringMatrix } from "./service";

export type { MonitoringMatrix } from "./service";
export type { FindingRow } from "./data";

export function loadMonitoringMatrix(searchParams: SearchParams) {
  const filter = matrixFilterSchema.parse(firstValues(searchParams));
  return forPage("/monitoring", (viewer) => monitoringMatrix(viewer, filter));
}

export function loadMonitoringFindings(searchParams: SearchParams) {
  const filter = findingsFilterSchema.parse(firstValues(searchParams));
  return forPage("/monitoring/findings", (viewer) => monitoringFindings(viewer, filter));
}

/** A rule's page: the network's findings on it (`loadFindingsOnRule("/rules/25", 25)`). */
export function loadFindingsOnRule(path: string, ruleNumber: number) {
  return forPage(path, (viewer) => findingsOnRule(viewer, ruleNumber));
}
