import { fileDownloadResponse } from "@/lib/files/download";
import { fileNotFoundResponse } from "@/lib/files/download-response";
import { loadResourceDownload } from "@/lib/resources/loaders";

// A resource's file (the current version, or `?version=N`), for whoever may read the resource: the resources
// service decides, lib/files answers (an attachment with nosniff, a safe type and name, ranges, ETag). A link
// version answers 303 to the link. Anyone else gets the same 404 as a resource that does not exist.
export const dynamic = "force-dynamic";

export async function GET(request: Request, { params }: RouteContext<"/resources/[id]/download">): Promise<Response> {
  const { id } = await params;
  const number = new URL(request.url).searchParams.get("version");
  const download = await loadResourceDownload(id, number && /^\d{1,6}$/.test(number) ? Number(number) : undefined);
  if (!download.ok) {
    if (download.code === "UNAUTHENTICATED") return new Response(null, { status: 303, headers: { location: `/sign-in?next=${encodeURIComponent(`/resources/${id}`)}` } });
    return fileNotFoundResponse();
  }
  const { version } = download.value;
  if (version.linkUrl) return new Response(null, { status: 303, headers: { location: version.linkUrl, "cache-control": "no-store" } });
  return fileDownloadResponse(version.storedFileId!, request, { filename: version.fileName });
}
