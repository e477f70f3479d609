// The hub's short titles and texts: every rule has one in every language, and nothing else hides in the namespace.
import { describe, expect, it } from "vitest";
import { catalogs } from "@/lib/i18n/catalogs";
import { BANGKOK_RULE_COUNT, buildRuleRows, isRuleNumber, officialTextFor, rulePath } from "./reference-data";
import { parseRuleNumber } from "./schema";

const numbers = Array.from({ length: BANGKOK_RULE_COUNT }, (_, index) => String(index + 1));

describe("short titles of the rules", () => {
  it.each(Object.entries(catalogs))("has a short title for each of the 70 rules in %s, and only those", (_locale, catalog) => {
    const titles = catalog.RuleTitles as Record<string, string>;
    expect(Object.keys(titles).sort((a, b) => Number(a) - Number(b))).toEqual(numbers);
    for (const number of numbers) {
      expect(titles[number]!.trim().length, `rule ${number}`).toBeGreaterThan(5);
      expect(titles[number]!.length, `rule ${number} is a short title`).toBeLessThanOrEqual(90);
    }
  });

  it("gives each rule its own title in each language", () => {
    for (const catalog of Object.values(catalogs)) {
      const titles = Object.values(catalog.RuleTitles as Record<string, string>);
      expect(new Set(titles).size).toBe(titles.length);
    }
  });

  it("covers the rules the structure has", () => {
    expect(buildRuleRows().map((row) => String(row.number))).toEqual(numbers);
  });
});

describe("rule addresses", () => {
  it("accepts 1 to 70 written plainly, and nothing else", () => {
    expect(parseRuleNumber("1")).toBe(1);
    expect(parseRuleNumber("70")).toBe(70);
    for (const value of ["0", "71", "07", "7.0", "+7", "-1", "1e1", "", "abc", "99"]) expect(parseRuleNumber(value), value).toBeNull();
    expect(isRuleNumber(70)).toBe(true);
    expect(isRuleNumber(71)).toBe(false);
    expect(rulePath(23)).toBe("/rules/23");
  });
});

describe("the official text", () => {
  it("links an official UN source in each language, and says when it is in English", () => {
    expect(officialTextFor("en")).toEqual({ url: expect.stringMatching(/^https:\/\/www\.unodc\.org\//), inEnglish: false });
    expect(officialTextFor("es")).toEqual({ url: "https://undocs.org/es/A/RES/65/229", inEnglish: false });
    expect(officialTextFor("fr")).toEqual({ url: "https://undocs.org/fr/A/RES/65/229", inEnglish: false });
    expect(officialTextFor("pt")).toEqual({ url: officialTextFor("en").url, inEnglish: true });
  });
});
