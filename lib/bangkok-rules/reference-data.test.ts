import { describe, expect, it } from "vitest";
import source from "./bangkok-rules.json" with { type: "json" };
import {
  BANGKOK_RULES_OFFICIAL_TEXT_URL,
  BANGKOK_RULE_COUNT,
  buildPartRows,
  buildRuleGroups,
  buildRuleRows,
  buildSectionRows,
  loadBangkokRulesSource,
  sectionMessageKey,
} from "./reference-data";

const parts = buildPartRows();
const sections = buildSectionRows();
const rules = buildRuleRows();
const sectionByKey = new Map(sections.map((row) => [row.key, row]));

describe("Bangkok Rules reference data", () => {
  it("has exactly 70 rules, numbered 1 to 70", () => {
    expect(BANGKOK_RULE_COUNT).toBe(70);
    expect(rules.map((row) => row.number)).toEqual(Array.from({ length: 70 }, (_, i) => i + 1));
  });

  it("has the four parts in order", () => {
    expect(parts.map((row) => [row.key, row.position])).toEqual([["I", 1], ["II", 2], ["III", 3], ["IV", 4]]);
  });

  it("keeps every section and sub-section of the JSON, with its range", () => {
    const expected = source.parts.flatMap((part) =>
      part.sections.flatMap((section) => [
        { key: section.key, partKey: part.key, parentKey: null, firstRule: section.rules[0], lastRule: section.rules[1] },
        ...("subsections" in section && section.subsections
          ? section.subsections.map((sub) => ({
              key: sub.key,
              partKey: part.key,
              parentKey: section.key,
              firstRule: sub.rules[0],
              lastRule: sub.rules[1],
            }))
          : []),
      ]),
    );
    expect(sections.map(({ key, partKey, parentKey, firstRule, lastRule }) => ({ key, partKey, parentKey, firstRule, lastRule }))).toEqual(expected);
    expect(new Set(sections.map((row) => row.key)).size).toBe(sections.length);
    expect(sections.map((row) => row.position)).toEqual(sections.map((_, i) => i + 1));
  });

  it("has top-level sections that tile 1 to 70 without gaps or overlaps", () => {
    const top = sections.filter((row) => !row.parentKey);
    let next = 1;
    for (const row of top) {
      expect(row.firstRule, row.key).toBe(next);
      next = row.lastRule + 1;
    }
    expect(next).toBe(71);
  });

  it("has sub-sections inside their parent's range, not overlapping each other", () => {
    for (const row of sections.filter((r) => r.parentKey)) {
      const parent = sectionByKey.get(row.parentKey!)!;
      expect(parent.parentKey).toBeNull();
      expect(row.partKey).toBe(parent.partKey);
      expect(row.firstRule).toBeGreaterThanOrEqual(parent.firstRule);
      expect(row.lastRule).toBeLessThanOrEqual(parent.lastRule);
    }
    const covered = new Map<number, string>();
    for (const row of sections.filter((r) => r.parentKey)) {
      for (let n = row.firstRule; n <= row.lastRule; n++) {
        expect(covered.get(n), `rule ${n}`).toBeUndefined();
        covered.set(n, row.key);
      }
    }
  });

  it("assigns each rule to the most specific section covering it", () => {
    for (const rule of rules) {
      const section = sectionByKey.get(rule.sectionKey)!;
      expect(rule.number).toBeGreaterThanOrEqual(section.firstRule);
      expect(rule.number).toBeLessThanOrEqual(section.lastRule);
      const deeper = sections.filter((row) => row.parentKey === section.key && row.firstRule <= rule.number && rule.number <= row.lastRule);
      expect(deeper, `rule ${rule.number}`).toEqual([]);
    }
    const sectionOf = (n: number) => rules.find((row) => row.number === n)?.sectionKey;
    expect(sectionOf(1)).toBe("I.1");
    expect(sectionOf(6)).toBe("I.6.a");
    expect(sectionOf(18)).toBe("I.6.g");
    expect(sectionOf(42)).toBe("II.A.2");
    expect(sectionOf(43)).toBe("II.A.2.a");
    expect(sectionOf(70)).toBe("IV.2");
  });

  it("rejects a structure that leaves a rule uncovered", () => {
    const broken = loadBangkokRulesSource({ ruleCount: 3, parts: [{ key: "I", title: "T", sections: [{ key: "I.1", title: "S", rules: [1, 2] }] }] });
    expect(() => buildRuleRows(broken)).toThrow(/rule 3/);
    expect(() => loadBangkokRulesSource({ ruleCount: 1, parts: [] })).toThrow();
  });

  it("links to the official UN text", () => {
    expect(BANGKOK_RULES_OFFICIAL_TEXT_URL).toMatch(/^https:\/\/www\.unodc\.org\/.+\.pdf$/);
  });
});

describe("rule groups for pickers", () => {
  it("offers every rule exactly once, under a section whose title every catalogue has", async () => {
    const groups = buildRuleGroups();
    expect(groups.map((group) => group.partKey)).toEqual(["I", "II", "III", "IV"]);
    const offered = groups.flatMap((group) => group.sections.flatMap((section) => section.rules));
    expect(offered.sort((a, b) => a - b)).toEqual(Array.from({ length: 70 }, (_, i) => i + 1));
    const { catalogs } = await import("@/lib/i18n/catalogs");
    for (const catalog of Object.values(catalogs)) {
      for (const section of groups.flatMap((group) => group.sections)) {
        expect(catalog.BangkokRules.sections, section.key).toHaveProperty(sectionMessageKey(section.key));
      }
    }
  });

  it("puts a rule a sub-section covers under that sub-section, and the rest under the section", () => {
    const sectionsByKey = new Map(buildRuleGroups().flatMap((group) => group.sections).map((section) => [section.key, section]));
    expect(sectionsByKey.get("I.6")?.rules).toEqual([]);
    expect(sectionsByKey.get("I.6.a")).toMatchObject({ depth: 1, rules: [6, 7, 8, 9] });
    expect(sectionsByKey.get("II.A.2")?.rules).toEqual([42]);
  });
});
