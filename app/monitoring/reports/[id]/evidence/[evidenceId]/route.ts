import { fileDownloadResponse } from "@/lib/files/download";
import { fileNotFoundResponse } from "@/lib/files/download-response";
import { loadEvidenceDownload } from "@/lib/monitoring/loaders";

// A file uploaded as a finding's evidence, for whoever may read the report: the monitoring service decides,
// lib/files answers (nosniff, the type detected on upload, documents as attachments, ranges, ETag) — the same
// path as the library's files. Anyone else gets the same 404 as for a file that does not exist.
export const dynamic = "force-dynamic";

export async function GET(request: Request, { params }: RouteContext<"/monitoring/reports/[id]/evidence/[evidenceId]">): Promise<Response> {
  const { id, evidenceId } = await params;
  const download = await loadEvidenceDownload(id, evidenceId);
  if (!download.ok) {
    if (download.code === "UNAUTHENTICATED") return new Response(null, { status: 303, headers: { location: `/sign-in?next=${encodeURIComponent(`/monitoring/reports/${id}`)}`, "cache-control": "no-store" } });
    return fileNotFoundResponse();
  }
  return fileDownloadResponse(download.value.storedFileId, request);
}
