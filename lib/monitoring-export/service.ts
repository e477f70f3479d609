import "server-only";
// The exports of a monitoring report — PDF, JSON, CSV of its findings or recommendations — for whoever may read
// it (lib/monitoring/policy's canExportReport, judged on the report as the database has it now). Anyone else,
// including for a report that does not exist, is told NOT_FOUND: an export never confirms that a draft exists.
import { authorize } from "@/lib/auth/authorize";
import type { Viewer } from "@/lib/auth/viewer-types";
import { AppError } from "@/lib/errors";
import { canExportReport, canUseMonitoring } from "@/lib/monitoring/policy";
import { renderPdf } from "@/lib/pdf/render";
import { findReportAccess, findReportForExport, type ReportForExport } from "./data";
import { exportFilename, findingsCsv, recommendationsCsv, reportJson, reportPdfSpec } from "./format";

export type ExportFile = { filename: string; contentType: string; body: ReadableStream<Uint8Array> | string };
export type CsvTable = "findings" | "recommendations";

async function exportableReport(requester: Viewer, id: string): Promise<ReportForExport> {
  const viewer = authorize(requester, canUseMonitoring);
  const access = await findReportAccess(id);
  if (!access || !canExportReport(viewer, access)) throw new AppError("NOT_FOUND");
  const report = await findReportForExport(id);
  if (!report) throw new AppError("NOT_FOUND");
  return report;
}

/** The report as a PDF in its language, streamed as it is laid out; drafts carry a watermark. */
export async function exportReportPdf(requester: Viewer, id: string): Promise<ExportFile> {
  const report = await exportableReport(requester, id);
  return { filename: exportFilename(report, "pdf"), contentType: "application/pdf", body: renderPdf(reportPdfSpec(report)) };
}

/** The report, its findings and recommendations as one JSON document. */
export async function exportReportJson(requester: Viewer, id: string): Promise<ExportFile> {
  const report = await exportableReport(requester, id);
  return { filename: exportFilename(report, "json"), contentType: "application/json; charset=utf-8", body: `${JSON.stringify(reportJson(report, new Date()), null, 2)}\n` };
}

/** The findings (or the recommendations) as CSV for spreadsheets. */
export async function exportReportCsv(requester: Viewer, id: string, table: CsvTable = "findings"): Promise<ExportFile> {
  const report = await exportableReport(requester, id);
  const body = table === "recommendations" ? recommendationsCsv(report) : findingsCsv(report);
  const filename = exportFilename({ ...report, title: `${report.title} ${table === "recommendations" ? "recommendations" : "findings"}` }, "csv");
  return { filename, contentType: "text/csv; charset=utf-8", body };
}
