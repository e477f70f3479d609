import { fileDownloadResponse } from "@/lib/files/download";
import { cachedVersionsFrom, fileNotFoundResponse } from "@/lib/files/download-response";
import { loadFileDownload } from "@/lib/files/loaders";

// A stored image (profile photo, organization logo), for signed-in members allowed to see it; everyone
// else gets the same 404 as for a file that does not exist (lib/files/download-service.ts decides).
export const dynamic = "force-dynamic";

export async function GET(request: Request, { params }: RouteContext<"/files/[id]">): Promise<Response> {
  const { id } = await params;
  const download = await loadFileDownload(id, cachedVersionsFrom(request.headers.get("if-none-match")));
  return download ? fileDownloadResponse(download.file, request) : fileNotFoundResponse();
}
