import { loadPublicSpotlightPhoto } from "@/lib/campaigns/loaders";
import { fileDownloadResponse } from "@/lib/files/download";
import { fileNotFoundResponse } from "@/lib/files/download-response";

// A live spotlight's approved photo, streamed from storage only while public-service still gives it: after a
// withdrawal it is the same 404 as any missing file. Cached briefly by anyone (it is public), then asked about
// again (ETag → 304), so a withdrawal reaches browsers and shared caches within a minute. Served without the
// uploader's file name.
export const dynamic = "force-dynamic";

const PUBLIC_PHOTO_CACHE_CONTROL = "public, max-age=60, must-revalidate";

export async function GET(request: Request, { params }: RouteContext<"/campaigns/[slug]/[spotlight]/photo">): Promise<Response> {
  const { slug, spotlight } = await params;
  const fileId = await loadPublicSpotlightPhoto(slug, spotlight);
  if (!fileId) return fileNotFoundResponse();
  const response = await fileDownloadResponse(fileId, request, { filename: null, disposition: "inline" });
  if (response.status < 400) response.headers.set("Cache-Control", PUBLIC_PHOTO_CACHE_CONTROL);
  return response;
}
