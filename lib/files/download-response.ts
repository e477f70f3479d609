// The HTTP responses of the download route (app/files/[id]): pure, so their headers are unit-tested.
import type { FileDownload } from "./download-service";

// An image is never a document: nothing in it may run or load, frame it or be sniffed into HTML.
const LOCKED_DOWN = {
  "Content-Security-Policy": "default-src 'none'; frame-ancestors 'none'",
  "X-Content-Type-Options": "nosniff",
};

/** A file's id changes whenever its image is replaced, so a version may be kept for good, by the browser only. */
export const FILE_CACHE_CONTROL = "private, max-age=31536000, immutable";

function etag(sha256: string): string {
  return `"${sha256}"`;
}

/** The versions an If-None-Match header names (weak or strong), "*" for any. */
export function cachedVersionsFrom(ifNoneMatch: string | null): string[] {
  if (!ifNoneMatch) return [];
  return ifNoneMatch
    .split(",")
    .map((tag) => tag.trim().replace(/^W\//, "").replace(/^"(.*)"$/, "$1"))
    .filter((tag) => tag.length > 0);
}

export function fileResponse(download: FileDownload): Response {
  const cache = { ETag: etag(download.sha256), "Cache-Control": FILE_CACHE_CONTROL, ...LOCKED_DOWN };
  if (download.kind === "not-modified") return new Response(null, { status: 304, headers: cache });
  return new Response(new Uint8Array(download.bytes), {
    status: 200,
    headers: {
      ...cache,
      "Content-Type": download.contentType,
      "Content-Length": String(download.byteSize),
      "Content-Disposition": "inline",
    },
  });
}

/** The one answer to every refused or missing file, never cached (access may be granted later). */
export function fileNotFoundResponse(): Response {
  return new Response("Not found", { status: 404, headers: { "Content-Type": "text/plain; charset=utf-8", "Cache-Control": "no-store", ...LOCKED_DOWN } });
}
