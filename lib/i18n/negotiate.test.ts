import { describe, expect, it } from "vitest";
import { matchLocale, negotiateLocale, resolveLocale } from "./negotiate";

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

  // The header is parsed by negotiator; these pin what the hand-written parser it replaced did.
  it("orders ranges by quality, keeping the browser's order for ties", () => {
    expect(negotiateLocale("fr-CH, fr;q=0.9, en;q=0.8, de;q=0.7, *;q=0.5")).toBe("fr");
    expect(negotiateLocale("en;q=0.5, pt-BR")).toBe("pt");
    expect(negotiateLocale("en;q=0.5, pt-BR;q=0.6")).toBe("pt");
    expect(negotiateLocale("pt-BR;q=0.5, en;q=0.6")).toBe("en");
    // navigator.languages joined (app/global-error.tsx): no qualities, so the browser's order decides,
    // even where a later range matches exactly and an earlier one only by its primary language.
    expect(negotiateLocale("pt-BR,en-US,en")).toBe("pt");
    expect(negotiateLocale("es-419, en")).toBe("es");
    expect(negotiateLocale("en, pt-BR")).toBe("en");
  });

  it("drops q=0, malformed tags and malformed qualities", () => {
    expect(negotiateLocale("es;q=0, fr;q=abc, <script>, en")).toBe("en");
    expect(negotiateLocale("es;Q=0, fr;q=-1, en;q=0.1")).toBe("en");
    expect(negotiateLocale("<script>, es")).toBe("es");
  });

  it("reads a quality above 1 as given (negotiator's reading; the old parser dropped the range)", () => {
    expect(negotiateLocale("pt;q=1.5, en")).toBe("pt");
  });

  it("handles empty and missing headers", () => {
    expect(negotiateLocale(undefined)).toBeUndefined();
    expect(negotiateLocale(null)).toBeUndefined();
    expect(negotiateLocale("")).toBeUndefined();
    expect(negotiateLocale(" , ;q=1")).toBeUndefined();
    expect(negotiateLocale(",,, fr")).toBe("fr");
  });

  it("never lets a wildcard pick a language the header refuses", () => {
    expect(negotiateLocale("*")).toBe("en");
    expect(negotiateLocale("en;q=0, *")).toBe("es");
    expect(negotiateLocale("en;q=0, es;q=0, *;q=0.5")).toBe("fr");
    expect(negotiateLocale("en;q=0, es;q=0, fr;q=0, pt;q=0, *")).toBeUndefined();
  });

  it("caps the work done on a huge header", () => {
    const ranges = (count: number) => Array.from({ length: count }, () => "xx");
    expect(negotiateLocale([...ranges(31), "fr"].join(","))).toBe("fr");
    expect(negotiateLocale([...ranges(32), "fr"].join(","))).toBeUndefined();
    expect(negotiateLocale(`${"x".repeat(4094)},fr`)).toBeUndefined();
    expect(negotiateLocale(Array.from({ length: 10_000 }, () => "xx").join(","))).toBeUndefined();
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
