import { describe, expect, it } from "vitest";
import { isSameOriginPost } from "./same-origin";

const platform = "https://network.example.org";
const post = (headers: Record<string, string>) => isSameOriginPost(new Headers(headers), platform);

describe("isSameOriginPost", () => {
  it("follows Sec-Fetch-Site when the browser sends it", () => {
    expect(post({ "sec-fetch-site": "same-origin" })).toBe(true);
    expect(post({ "sec-fetch-site": "cross-site", origin: platform })).toBe(false);
    expect(post({ "sec-fetch-site": "same-site" })).toBe(false);
    expect(post({ "sec-fetch-site": "none" })).toBe(false);
  });

  it("otherwise wants the platform's own Origin, whatever the Host header says", () => {
    expect(post({ origin: platform })).toBe(true);
    expect(post({ origin: "https://evil.example", host: "evil.example" })).toBe(false);
    expect(post({ origin: "http://network.example.org" })).toBe(false);
  });

  it("refuses a post without a usable Origin", () => {
    expect(post({})).toBe(false);
    expect(post({ origin: "null" })).toBe(false);
    expect(post({ origin: "not a url" })).toBe(false);
  });
});
