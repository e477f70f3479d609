import { describe, expect, it } from "vitest";
import { parseUserAgent } from "./user-agent";

// User agents as the browsers send them.
const REAL: [string, string, { browser?: string; system?: string }][] = [
  [
    "Chrome on Android",
    "Mozilla/5.0 (Linux; Android 10; K) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Mobile Safari/537.36",
    { browser: "Chrome", system: "Android" },
  ],
  [
    "Chrome on Android (Pixel)",
    "Mozilla/5.0 (Linux; Android 14; Pixel 8) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/126.0 Mobile Safari/537.36",
    { browser: "Chrome", system: "Android" },
  ],
  [
    "Safari on iPhone",
    "Mozilla/5.0 (iPhone; CPU iPhone OS 17_5 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.5 Mobile/15E148 Safari/604.1",
    { browser: "Safari", system: "iOS" },
  ],
  [
    "Safari on iPad",
    "Mozilla/5.0 (iPad; CPU OS 16_6 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/16.6 Mobile/15E148 Safari/604.1",
    { browser: "Safari", system: "iOS" },
  ],
  [
    "Chrome on iPhone",
    "Mozilla/5.0 (iPhone; CPU iPhone OS 17_5 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) CriOS/126.0.6478.54 Mobile/15E148 Safari/604.1",
    { browser: "Chrome", system: "iOS" },
  ],
  ["Firefox on Linux", "Mozilla/5.0 (X11; Linux x86_64; rv:128.0) Gecko/20100101 Firefox/128.0", { browser: "Firefox", system: "Linux" }],
  ["Firefox on Windows", "Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:128.0) Gecko/20100101 Firefox/128.0", { browser: "Firefox", system: "Windows" }],
  ["Firefox on Android", "Mozilla/5.0 (Android 14; Mobile; rv:128.0) Gecko/128.0 Firefox/128.0", { browser: "Firefox", system: "Android" }],
  [
    "Edge on Windows",
    "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/126.0.0.0 Safari/537.36 Edg/126.0.2592.68",
    { browser: "Microsoft Edge", system: "Windows" },
  ],
  [
    "Edge on Android",
    "Mozilla/5.0 (Linux; Android 10; K) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/126.0.0.0 Mobile Safari/537.36 EdgA/126.0.2592.80",
    { browser: "Microsoft Edge", system: "Android" },
  ],
  [
    "Safari on a Mac",
    "Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.5 Safari/605.1.15",
    { browser: "Safari", system: "macOS" },
  ],
  [
    "Samsung Internet",
    "Mozilla/5.0 (Linux; Android 14; SAMSUNG SM-S918B) AppleWebKit/537.36 (KHTML, like Gecko) SamsungBrowser/25.0 Chrome/121.0.0.0 Mobile Safari/537.36",
    { browser: "Samsung Internet", system: "Android" },
  ],
  [
    "Opera on Windows",
    "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/126.0.0.0 Safari/537.36 OPR/111.0.0.0",
    { browser: "Opera", system: "Windows" },
  ],
];

describe("parseUserAgent", () => {
  it.each(REAL)("names %s", (_label, userAgent, parts) => {
    expect(parseUserAgent(userAgent)).toEqual(parts);
  });

  it.each([undefined, null, "", "   ", "<script>alert(1)</script>", "curl/8.5.0", "Mozilla/5.0 (compatible)"])("knows nothing about %j", (userAgent) => {
    expect(parseUserAgent(userAgent)).toEqual({});
  });

  it("keeps what it can tell from a partial user agent", () => {
    expect(parseUserAgent("Mozilla/5.0 (X11; Linux x86_64)")).toEqual({ system: "Linux" });
  });

  it("reads only the start of a huge user agent", () => {
    const padding = "x".repeat(1100);
    expect(parseUserAgent(`Mozilla/5.0 (Windows NT 10.0; Win64; x64) Firefox/128.0 ${padding}`)).toEqual({ browser: "Firefox", system: "Windows" });
    expect(parseUserAgent(`Mozilla/5.0 ${padding} (Windows NT 10.0; Win64; x64) Firefox/128.0`)).toEqual({});
  });
});
