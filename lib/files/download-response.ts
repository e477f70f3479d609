// The HTTP response for a stored file: pure (the bytes come from `open`), so its headers are unit-tested.
// Nothing served may run, load, be framed or be sniffed into HTML: a sandboxing Content-Security-Policy,
// nosniff, a Content-Type from the stored (detected) type only, documents always as attachments.
import type { StoredFileMeta } from "./data";
import { RESOURCE_FILE_TYPES } from "./file-limits";
import { contentDisposition, downloadFilename, resourceTypeOf } from "./filename";

export const LOCKED_DOWN = {
  "Content-Security-Policy": "sandbox; default-src 'none'; frame-ancestors 'none'",
  "X-Content-Type-Options": "nosniff",
};

/** An image's id changes whenever it is replaced, so a version may be kept for good, by the browser only. */
export const FILE_CACHE_CONTROL = "private, max-age=31536000, immutable";
/** A document is asked about each time (a 304 when unchanged), so a resource hidden meanwhile stops being served. */
export const DOCUMENT_CACHE_CONTROL = "private, no-cache";

const SAFE_TYPES = new Set<string>(Object.values(RESOURCE_FILE_TYPES));

export type ByteRange = { start: number; end: number };

export type FileResponseOptions = {
  /** The name offered to save the file as (sanitized, given the type's extension); by default the uploader's. */
  filename?: string | null;
  /** Images may be shown inline; a document is an attachment whatever is asked. */
  disposition?: "attachment" | "inline";
};

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

/**
 * One `bytes=` range of a file of `size` bytes (RFC 9110 §14): the range, "unsatisfiable", or null to
 * ignore the header and send the whole file (malformed, or several ranges, which we do not serve).
 */
export function parseRange(header: string | null, size: number): ByteRange | "unsatisfiable" | null {
  const match = header ? /^bytes=(\d*)-(\d*)$/.exec(header.trim()) : null;
  if (!match || (!match[1] && !match[2])) return null;
  if (!match[1]) {
    const suffix = Number(match[2]);
    return suffix === 0 || size === 0 ? "unsatisfiable" : { start: Math.max(0, size - suffix), end: size - 1 };
  }
  const start = Number(match[1]);
  const end = match[2] ? Number(match[2]) : Number.MAX_SAFE_INTEGER;
  if (end < start) return null;
  return start >= size ? "unsatisfiable" : { start, end: Math.min(end, size - 1) };
}

/** The response for a stored file and a request's headers; `open` streams the bytes of a range. */
export function fileResponse(file: StoredFileMeta, request: Pick<Request, "headers" | "method">, open: (range: ByteRange) => ReadableStream<Uint8Array>, options: FileResponseOptions = {}): Response {
  const isImage = file.contentType.startsWith("image/");
  const cache = { ETag: etag(file.sha256), "Cache-Control": isImage ? FILE_CACHE_CONTROL : DOCUMENT_CACHE_CONTROL, ...LOCKED_DOWN };
  const cached = cachedVersionsFrom(request.headers.get("if-none-match"));
  if (cached.includes(file.sha256) || cached.includes("*")) return new Response(null, { status: 304, headers: cache });

  const disposition = isImage ? (options.disposition ?? "inline") : "attachment";
  const name = options.filename === undefined ? file.filename : options.filename;
  const headers: Record<string, string> = {
    ...cache,
    "Content-Type": SAFE_TYPES.has(file.contentType) ? file.contentType : "application/octet-stream",
    "Content-Disposition": disposition === "inline" && !name ? "inline" : contentDisposition(disposition, downloadFilename(name, resourceTypeOf(file.contentType))),
    "Accept-Ranges": "bytes",
  };
  // If-Range: a range of the version the browser holds, otherwise (another version) the whole file.
  const ifRange = request.headers.get("if-range");
  const range = ifRange === null || ifRange === etag(file.sha256) ? parseRange(request.headers.get("range"), file.byteSize) : null;
  if (range === "unsatisfiable") {
    return new Response(null, { status: 416, headers: { ...cache, "Content-Range": `bytes */${file.byteSize}` } });
  }
  const part = range ?? { start: 0, end: file.byteSize - 1 };
  const body = request.method === "HEAD" ? null : open(part);
  headers["Content-Length"] = String(part.end - part.start + 1);
  if (range) headers["Content-Range"] = `bytes ${part.start}-${part.end}/${file.byteSize}`;
  return new Response(body, { status: range ? 206 : 200, headers });
}

/** The one answer to every refused or missing file, never cached (access may be granted later). */
export function fileNotFoundResponse(): Response {
  return new Response("Not found", { status: 404, headers: { "Content-Type": "text/plain; charset=utf-8", "Cache-Control": "no-store", ...LOCKED_DOWN } });
}
