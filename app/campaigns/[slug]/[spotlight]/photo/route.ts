import { loadPublicSpotlightPhoto } from "@/lib/campaigns/loaders";
import { fileDownloadResponse } from "@/lib/files/download";
import { fileNotFoundResponse } from "@/lib/files/download-response";

// A live spotlight's approved photo, streamed from storage only while public-service still gives it: after a
// withdrawal it is the same 404 as any missing file. Kept by browsers and shared caches only to ask again each
// time (ETag → 304), as the public pages are (lib/http/public-cache.ts), so a withdrawal reaches them at once.
// Served without the uploader's file name.
export const dynamic = "force-dynamic";

const PUBLIC_PHOTO_CACHE_CONTROL = "no-cache";

export async function GET(request: Request, { params }: RouteContext<"/campaigns/[slug]/[spotlight]/photo">): Promise<Response> {
  const { slug, spotlight } = await params;
  const fileId = await loadPublicSpotlightPhoto(slug, spotlight);
  if (!fileId) return fileNotFoundResponse();
  const response = await fileDownloadResponse(fileId, request, { filename: null, disposition: "inline" });
  if (response.status < 400) response.headers.set("Cache-Control", PUBLIC_PHOTO_CACHE_CONTROL);
  return response;
}
