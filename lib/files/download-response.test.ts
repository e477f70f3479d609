import { describe, expect, it } from "vitest";
import type { StoredFileMeta } from "./data";
import { cachedVersionsFrom, DOCUMENT_CACHE_CONTROL, FILE_CACHE_CONTROL, fileNotFoundResponse, fileResponse, parseRange, type ByteRange } from "./download-response";

const SHA = "a".repeat(64);
const CSP = "sandbox; default-src 'none'; frame-ancestors 'none'";

function meta(overrides: Partial<StoredFileMeta> = {}): StoredFileMeta {
  return { id: "f1", kind: "RESOURCE", contentType: "application/pdf", byteSize: 10, width: null, height: null, sha256: SHA, filename: "Informe cárcel.pdf", ...overrides };
}

const BYTES = new Uint8Array([0, 1, 2, 3, 4, 5, 6, 7, 8, 9]);
function open(range: ByteRange): ReadableStream<Uint8Array> {
  return new Blob([BYTES.subarray(range.start, range.end + 1)]).stream();
}

function respond(file: StoredFileMeta, headers: Record<string, string> = {}, method = "GET", options = {}) {
  return fileResponse(file, new Request("https://network.example.org/x", { headers, method }), open, options);
}

describe("cachedVersionsFrom (If-None-Match)", () => {
  it.each([
    [null, []],
    ["", []],
    [`"${SHA}"`, [SHA]],
    [`W/"${SHA}"`, [SHA]],
    [` "one", W/"two" ,"three"`, ["one", "two", "three"]],
    ["*", ["*"]],
  ])("%s → %j", (header, versions) => {
    expect(cachedVersionsFrom(header)).toEqual(versions);
  });
});

describe("parseRange", () => {
  it.each([
    ["bytes=0-3", { start: 0, end: 3 }],
    ["bytes=4-", { start: 4, end: 9 }],
    ["bytes=-3", { start: 7, end: 9 }],
    ["bytes=-30", { start: 0, end: 9 }],
    ["bytes=5-500", { start: 5, end: 9 }],
    ["bytes=10-", "unsatisfiable"],
    ["bytes=-0", "unsatisfiable"],
    ["bytes=5-2", null],
    ["bytes=0-1,4-5", null],
    ["items=0-1", null],
    ["bytes=-", null],
    [null, null],
  ])("%s of 10 bytes → %j", (header, expected) => {
    expect(parseRange(header, 10)).toEqual(expected);
  });
});

describe("download responses", () => {
  it("a document: an attachment with its sanitized name, its detected type, asked about each time, never run", async () => {
    const response = respond(meta());
    expect(response.status).toBe(200);
    expect(Object.fromEntries(response.headers)).toEqual({
      "content-type": "application/pdf",
      "content-length": "10",
      "content-disposition": `attachment; filename="Informe carcel.pdf"; filename*=UTF-8''Informe%20c%C3%A1rcel.pdf`,
      "accept-ranges": "bytes",
      etag: `"${SHA}"`,
      "cache-control": DOCUMENT_CACHE_CONTROL,
      "content-security-policy": CSP,
      "x-content-type-options": "nosniff",
    });
    expect([...new Uint8Array(await response.arrayBuffer())]).toEqual([...BYTES]);
  });

  it("a document is never inline, and its offered name keeps the type's extension", () => {
    const response = respond(meta(), {}, "GET", { disposition: "inline", filename: 'a/b\\"evil".exe' });
    expect(response.headers.get("content-disposition")).toBe(`attachment; filename="_evil_.pdf"; filename*=UTF-8''_evil_.pdf`);
  });

  it("an image of a profile: inline, kept by the browser", () => {
    const response = respond(meta({ contentType: "image/webp", filename: null, kind: "PROFILE_PHOTO" }));
    expect([response.headers.get("content-disposition"), response.headers.get("cache-control")]).toEqual(["inline", FILE_CACHE_CONTROL]);
  });

  it("a stored type outside the allowed ones is served as bytes, never as HTML or SVG", () => {
    for (const contentType of ["text/html", "image/svg+xml"]) expect(respond(meta({ contentType })).headers.get("content-type")).toBe("application/octet-stream");
  });

  it("a single range: 206 with its Content-Range and only those bytes", async () => {
    const response = respond(meta(), { range: "bytes=2-4" });
    expect([response.status, response.headers.get("content-range"), response.headers.get("content-length")]).toEqual([206, "bytes 2-4/10", "3"]);
    expect([...new Uint8Array(await response.arrayBuffer())]).toEqual([2, 3, 4]);
  });

  it("an unsatisfiable range: 416 naming the size; a range for another version (If-Range): the whole file", async () => {
    const refused = respond(meta(), { range: "bytes=20-" });
    expect([refused.status, refused.headers.get("content-range")]).toEqual([416, "bytes */10"]);
    expect(respond(meta(), { range: "bytes=2-4", "if-range": '"other"' }).status).toBe(200);
    expect(respond(meta(), { range: "bytes=2-4", "if-range": `"${SHA}"` }).status).toBe(206);
  });

  it("not modified: no body, the same version and caching; HEAD: headers only", async () => {
    const response = respond(meta(), { "if-none-match": `W/"${SHA}"`, range: "bytes=0-1" });
    expect([response.status, response.headers.get("etag"), response.headers.get("cache-control"), await response.text()]).toEqual([304, `"${SHA}"`, DOCUMENT_CACHE_CONTROL, ""]);
    const head = respond(meta(), {}, "HEAD");
    expect([head.status, head.headers.get("content-length"), head.body]).toEqual([200, "10", null]);
  });

  it("not found: never cached", () => {
    const response = fileNotFoundResponse();
    expect([response.status, response.headers.get("cache-control"), response.headers.get("x-content-type-options")]).toEqual([404, "no-store", "nosniff"]);
  });
});
