// The structure of the UN Bangkok Rules (parts, sections, sub-sections and the rules each covers), read from
// bangkok-rules.json, a copy of the annex's table of contents. Rule texts are not stored: the platform links
// to the official UN text. Pure functions, safe to unit-test and to call from seed scripts.
import { z } from "zod";
import source from "./bangkok-rules.json" with { type: "json" };

/** The official English text of the Bangkok Rules, published by UNODC. */
export const BANGKOK_RULES_OFFICIAL_TEXT_URL =
  "https://www.unodc.org/documents/justice-and-prison-reform/Bangkok_Rules_ENG_22032015.pdf";

const ruleRange = z
  .tuple([z.number().int().min(1), z.number().int().min(1)])
  .refine(([first, last]) => first <= last, "first rule after last rule");
const subsectionSchema = z.object({ key: z.string().min(1), title: z.string().min(1), rules: ruleRange });
const sectionSchema = subsectionSchema.extend({ subsections: z.array(subsectionSchema).optional() });
const sourceSchema = z.object({
  ruleCount: z.number().int().min(1),
  parts: z.array(z.object({ key: z.string().min(1), title: z.string().min(1), sections: z.array(sectionSchema).min(1) })).min(1),
});

export type BangkokRulesSource = z.infer<typeof sourceSchema>;
export type BangkokRulePartRow = { key: string; title: string; position: number };
export type BangkokRuleSectionRow = {
  key: string;
  partKey: string;
  parentKey: string | null;
  title: string;
  firstRule: number;
  lastRule: number;
  /** Reading order across the whole instrument (1, 2, ...), a section before its sub-sections. */
  position: number;
};
export type BangkokRuleRow = { number: number; sectionKey: string };

/** The validated structure; throws if the JSON is malformed. */
export function loadBangkokRulesSource(raw: unknown = source): BangkokRulesSource {
  return sourceSchema.parse(raw);
}

/** How many rules the instrument has (70). */
export const BANGKOK_RULE_COUNT = loadBangkokRulesSource().ruleCount;

export function buildPartRows(data: BangkokRulesSource = loadBangkokRulesSource()): BangkokRulePartRow[] {
  return data.parts.map((part, index) => ({ key: part.key, title: part.title, position: index + 1 }));
}

export function buildSectionRows(data: BangkokRulesSource = loadBangkokRulesSource()): BangkokRuleSectionRow[] {
  const rows: BangkokRuleSectionRow[] = [];
  for (const part of data.parts) {
    for (const section of part.sections) {
      rows.push(sectionRow(section, part.key, null, rows.length + 1));
      for (const sub of section.subsections ?? []) rows.push(sectionRow(sub, part.key, section.key, rows.length + 1));
    }
  }
  return rows;
}

function sectionRow(
  section: z.infer<typeof subsectionSchema>,
  partKey: string,
  parentKey: string | null,
  position: number,
): BangkokRuleSectionRow {
  const [firstRule, lastRule] = section.rules;
  return { key: section.key, partKey, parentKey, title: section.title, firstRule, lastRule, position };
}

/**
 * One row per rule, 1 to ruleCount, pointing at the most specific section covering it (a sub-section when
 * one covers the rule, otherwise its section). Throws if a rule is covered by no section or ambiguously.
 */
export function buildRuleRows(data: BangkokRulesSource = loadBangkokRulesSource()): BangkokRuleRow[] {
  const sections = buildSectionRows(data);
  const depth = (row: BangkokRuleSectionRow) => (row.parentKey ? 1 : 0);
  const rows: BangkokRuleRow[] = [];
  for (let number = 1; number <= data.ruleCount; number++) {
    const covering = sections.filter((row) => row.firstRule <= number && number <= row.lastRule);
    const deepest = Math.max(...covering.map(depth));
    const mostSpecific = covering.filter((row) => depth(row) === deepest);
    if (mostSpecific.length !== 1) {
      throw new Error(`Bangkok rule ${number} is covered by ${mostSpecific.length} sections at the same level`);
    }
    rows.push({ number, sectionKey: mostSpecific[0]!.key });
  }
  return rows;
}

/** For pickers: each part's sections in order (sub-sections after their section), each with the rules it directly covers. */
export type RuleGroup = { partKey: string; sections: Array<{ key: string; depth: number; rules: number[] }> };

export function buildRuleGroups(data: BangkokRulesSource = loadBangkokRulesSource()): RuleGroup[] {
  const rules = buildRuleRows(data);
  return buildPartRows(data).map((part) => ({
    partKey: part.key,
    sections: buildSectionRows(data)
      .filter((section) => section.partKey === part.key)
      .map((section) => ({
        key: section.key,
        depth: section.parentKey ? 1 : 0,
        rules: rules.filter((rule) => rule.sectionKey === section.key).map((rule) => rule.number),
      })),
  }));
}

/** A section key as a catalogue key: "I.6.a" → "I_6_a" (next-intl reads dots as nesting). */
export function sectionMessageKey(sectionKey: string): string {
  return sectionKey.replaceAll(".", "_");
}

/**
 * The official text to link for a UI language. English: UNODC's publication of the Rules. Spanish and French:
 * the resolution with the Rules as its annex in the UN's Official Document System (undocs.org, stable links in
 * every UN language). Portuguese is not a UN language: the English publication, said to be in English.
 */
export function officialTextFor(locale: string): { url: string; inEnglish: boolean } {
  if (locale === "es" || locale === "fr") return { url: `https://undocs.org/${locale}/A/RES/65/229`, inEnglish: false };
  return { url: BANGKOK_RULES_OFFICIAL_TEXT_URL, inEnglish: locale !== "en" };
}

/** Whether a value is the number of a rule (1 to 70). */
export function isRuleNumber(value: number): boolean {
  return Number.isInteger(value) && value >= 1 && value <= BANGKOK_RULE_COUNT;
}

/** A rule's page: every rule tag links here. */
export function rulePath(number: number): string {
  return `/rules/${number}`;
}
