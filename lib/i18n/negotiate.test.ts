import { describe, expect, it } from "vitest";
import { matchLocale, negotiateLocale, parseAcceptLanguage, resolveLocale } from "./negotiate";

describe("parseAcceptLanguage", () => {
  it("orders ranges by quality, keeping the browser's order for ties", () => {
    expect(parseAcceptLanguage("fr-CH, fr;q=0.9, en;q=0.8, de;q=0.7, *;q=0.5")).toEqual([
      { tag: "fr-ch", quality: 1 },
      { tag: "fr", quality: 0.9 },
      { tag: "en", quality: 0.8 },
      { tag: "de", quality: 0.7 },
      { tag: "*", quality: 0.5 },
    ]);
    expect(parseAcceptLanguage("en;q=0.5, pt-BR").map((r) => r.tag)).toEqual(["pt-br", "en"]);
  });

  it("drops q=0, malformed tags and malformed qualities", () => {
    expect(parseAcceptLanguage("es;q=0, fr;q=abc, <script>, pt;q=1.5, en")).toEqual([{ tag: "en", quality: 1 }]);
  });

  it("handles empty and missing headers", () => {
    expect(parseAcceptLanguage(undefined)).toEqual([]);
    expect(parseAcceptLanguage(null)).toEqual([]);
    expect(parseAcceptLanguage("")).toEqual([]);
    expect(parseAcceptLanguage(" , ;q=1")).toEqual([]);
  });

  it("caps the work done on a huge header", () => {
    const huge = Array.from({ length: 10_000 }, () => "xx").join(",");
    expect(parseAcceptLanguage(huge).length).toBeLessThanOrEqual(32);
  });
});

describe("matchLocale", () => {
  it.each([
    ["en", "en"],
    ["pt-BR", "pt"],
    ["pt_PT", "pt"],
    ["es-419", "es"],
    ["fr-CA", "fr"],
    ["ES", "es"],
  ])("matches %s to %s", (tag, expected) => {
    expect(matchLocale(tag)).toBe(expected);
  });

  it.each(["de", "", "english", "*", undefined, null])("does not match %s", (tag) => {
    expect(matchLocale(tag)).toBeUndefined();
  });
});

describe("negotiateLocale", () => {
  it("picks the best supported language", () => {
    expect(negotiateLocale("pt-BR,pt;q=0.9,en-US;q=0.8,en;q=0.7")).toBe("pt");
    expect(negotiateLocale("es-419,es;q=0.9")).toBe("es");
    expect(negotiateLocale("de-DE, de;q=0.9, fr;q=0.5, en;q=0.4")).toBe("fr");
    expect(negotiateLocale("en;q=0.4, es;q=0.6")).toBe("es");
  });

  it("treats a wildcard as the default and gives up when nothing is acceptable", () => {
    expect(negotiateLocale("de, *;q=0.1")).toBe("en");
    expect(negotiateLocale("de, ja")).toBeUndefined();
    expect(negotiateLocale("es;q=0")).toBeUndefined();
  });
});

describe("resolveLocale", () => {
  it("prefers the member's saved preference, then the cookie, then the browser", () => {
    expect(resolveLocale({ preferred: "fr", cookie: "es", acceptLanguage: "pt" })).toBe("fr");
    expect(resolveLocale({ preferred: null, cookie: "es", acceptLanguage: "pt" })).toBe("es");
    expect(resolveLocale({ cookie: undefined, acceptLanguage: "pt-BR" })).toBe("pt");
    expect(resolveLocale({ cookie: undefined, content: "fr", acceptLanguage: "pt-BR" })).toBe("fr");
    expect(resolveLocale({ cookie: "es", content: "fr", acceptLanguage: "pt-BR" })).toBe("es");
    expect(resolveLocale({ content: "xx", acceptLanguage: "pt-BR" })).toBe("pt");
  });

  it("ignores invalid values at each step and defaults to English", () => {
    expect(resolveLocale({ preferred: "xx", cookie: "../../etc", acceptLanguage: "es-419" })).toBe("es");
    expect(resolveLocale({ preferred: "de", cookie: "de", acceptLanguage: "de" })).toBe("en");
    expect(resolveLocale({})).toBe("en");
  });
});
