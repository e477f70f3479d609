import "server-only";
// The export routes (app/monitoring/reports/[id]/export/{pdf,json,csv}): the request's viewer in, the HTTP
// answer out. A download nobody may take is the app's one 404 for files (lib/files), the same for a report
// that does not exist; a visitor who is not signed in is sent to sign in and back to the report's page.
import { loadViewer } from "@/lib/auth/viewer";
import { AppError } from "@/lib/errors";
import { fileNotFoundResponse, LOCKED_DOWN } from "@/lib/files/download-response";
import { contentDisposition } from "@/lib/files/filename";
import { exportReportCsv, exportReportJson, exportReportPdf, type CsvTable, type ExportFile } from "./service";

export type ExportRequest = { kind: "pdf" } | { kind: "json" } | { kind: "csv"; table: CsvTable };

export async function loadReportExport(id: string, request: ExportRequest): Promise<Response> {
  let file: ExportFile;
  try {
    const viewer = await loadViewer();
    file = await (request.kind === "pdf" ? exportReportPdf(viewer, id) : request.kind === "json" ? exportReportJson(viewer, id) : exportReportCsv(viewer, id, request.table));
  } catch (error) {
    if (!(error instanceof AppError)) throw error;
    if (error.code === "UNAUTHENTICATED") {
      return new Response(null, { status: 303, headers: { location: `/sign-in?next=${encodeURIComponent(`/monitoring/reports/${encodeURIComponent(id)}`)}`, "cache-control": "no-store" } });
    }
    return fileNotFoundResponse();
  }
  return new Response(file.body, {
    headers: {
      ...LOCKED_DOWN,
      "Content-Type": file.contentType,
      "Content-Disposition": contentDisposition("attachment", file.filename),
      "Cache-Control": "private, no-store",
    },
  });
}
