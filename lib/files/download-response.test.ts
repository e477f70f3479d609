import { describe, expect, it } from "vitest";
import { cachedVersionsFrom, FILE_CACHE_CONTROL, fileNotFoundResponse, fileResponse } from "./download-response";

const SHA = "a".repeat(64);

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

describe("download responses", () => {
  it("a file: its type, length and version, cached by the browser only, never run or framed", async () => {
    const response = fileResponse({ kind: "file", sha256: SHA, contentType: "image/webp", byteSize: 3, bytes: new Uint8Array([1, 2, 3]) });
    expect(response.status).toBe(200);
    expect(Object.fromEntries(response.headers)).toEqual({
      "content-type": "image/webp",
      "content-length": "3",
      etag: `"${SHA}"`,
      "cache-control": FILE_CACHE_CONTROL,
      "content-disposition": "inline",
      "content-security-policy": "default-src 'none'; frame-ancestors 'none'",
      "x-content-type-options": "nosniff",
    });
    expect([...new Uint8Array(await response.arrayBuffer())]).toEqual([1, 2, 3]);
  });

  it("not modified: no body, the same version and caching", async () => {
    const response = fileResponse({ kind: "not-modified", sha256: SHA });
    expect([response.status, response.headers.get("etag"), response.headers.get("cache-control"), await response.text()]).toEqual([304, `"${SHA}"`, FILE_CACHE_CONTROL, ""]);
  });

  it("not found: never cached", () => {
    const response = fileNotFoundResponse();
    expect([response.status, response.headers.get("cache-control"), response.headers.get("x-content-type-options")]).toEqual([404, "no-store", "nosniff"]);
  });
});
