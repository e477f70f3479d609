// How the demo people's free-text focus areas become profile fields: each maps to curated areas of work
// (the AreaOfWork enum) and, where the curated list is broader than the words, keeps those words as a
// keyword. Bangkok Rule interests follow from both, so a profile's rules always match its areas.
import type { AreaOfWork } from "@/lib/generated/prisma/enums";

export type FocusArea = { areas: readonly AreaOfWork[]; keyword?: string };

/** Every free-text focus area the demo people use. */
export const FOCUS_AREAS: Readonly<Record<string, FocusArea>> = {
  "legal aid": { areas: ["LEGAL_AID"] },
  "pre-trial detention": { areas: ["LEGAL_AID"], keyword: "pre-trial detention" },
  reentry: { areas: ["REENTRY"] },
  "education and work": { areas: ["REENTRY"], keyword: "education and work" },
  health: { areas: ["HEALTH"] },
  "mental health": { areas: ["HEALTH"], keyword: "mental health" },
  HIV: { areas: ["HEALTH"], keyword: "HIV" },
  "drug policy": { areas: ["DRUG_POLICY"] },
  "mothers and children": { areas: ["CHILDREN_OF_IMPRISONED_MOTHERS"] },
  "family contact": { areas: ["CHILDREN_OF_IMPRISONED_MOTHERS"], keyword: "family contact" },
  "pregnancy and birth": { areas: ["PREGNANCY_MATERNITY"] },
  // No curated area is as narrow as these groups of women: keywords only.
  "foreign nationals": { areas: [], keyword: "foreign nationals" },
  "indigenous women": { areas: [], keyword: "indigenous women" },
  "girls in detention": { areas: [], keyword: "girls in detention" },
  "non-custodial measures": { areas: ["NON_CUSTODIAL_MEASURES"] },
  "gender-based violence": { areas: ["GENDER_BASED_VIOLENCE"] },
  "searches and restraint": { areas: ["MONITORING"], keyword: "searches and restraint" },
  "prison monitoring": { areas: ["MONITORING"] },
  "staff training": { areas: ["TRAINING"] },
  research: { areas: ["RESEARCH"] },
  advocacy: { areas: ["ADVOCACY"] },
};

/** Bangkok Rules each curated area relates to. */
export const AREA_RULES: Readonly<Record<AreaOfWork, readonly number[]>> = {
  MONITORING: [25],
  LEGAL_AID: [2, 56],
  HEALTH: [6, 7, 8, 9, 10, 11, 17, 18],
  CHILDREN_OF_IMPRISONED_MOTHERS: [2, 3, 49, 50, 51, 52, 64],
  PREGNANCY_MATERNITY: [22, 24, 42, 48],
  GENDER_BASED_VIOLENCE: [7, 44],
  DRUG_POLICY: [15, 62],
  NON_CUSTODIAL_MEASURES: [57, 58, 59, 60, 61, 62, 63, 64],
  REENTRY: [43, 44, 45, 46, 47],
  RESEARCH: [67, 68, 69],
  ADVOCACY: [70],
  TRAINING: [29, 30, 31, 32, 33, 34, 35],
};

/** Bangkok Rules a keyword relates to beyond its areas' rules. */
export const KEYWORD_RULES: Readonly<Record<string, readonly number[]>> = {
  "pre-trial detention": [56, 57, 58],
  "education and work": [42],
  "mental health": [12, 13, 16],
  HIV: [14],
  "family contact": [23, 26, 27, 28],
  "foreign nationals": [53, 66],
  "indigenous women": [54, 55],
  "girls in detention": [36, 37, 38, 39, 65],
  "searches and restraint": [19, 20, 21, 24],
};

const MAX_AREAS = 4;
const MAX_KEYWORDS = 3;

/** A person's curated areas and keywords (the focus areas' own keywords, then the person's extra ones). */
export function areasOf(who: string, focusAreas: readonly string[], extraKeywords: readonly string[] = []): { areasOfWork: AreaOfWork[]; keywords: string[] } {
  const areas = new Set<AreaOfWork>();
  const keywords = new Set<string>();
  for (const focus of focusAreas) {
    const mapped = FOCUS_AREAS[focus];
    if (!mapped) throw new Error(`Demo focus area "${focus}" of ${who} has no mapping to areas of work`);
    for (const area of mapped.areas) areas.add(area);
    if (mapped.keyword) keywords.add(mapped.keyword);
  }
  for (const keyword of extraKeywords) keywords.add(keyword);
  if (areas.size === 0 || areas.size > MAX_AREAS || keywords.size > MAX_KEYWORDS) {
    throw new Error(`Demo profile of ${who}: 1 to ${MAX_AREAS} areas and at most ${MAX_KEYWORDS} keywords`);
  }
  return { areasOfWork: [...areas], keywords: [...keywords] };
}

/** The Bangkok Rules a profile with these areas and keywords works on, in order. */
export function rulesFor(areasOfWork: readonly AreaOfWork[], keywords: readonly string[]): number[] {
  const rules = new Set<number>();
  for (const area of areasOfWork) for (const number of AREA_RULES[area]) rules.add(number);
  for (const keyword of keywords) for (const number of KEYWORD_RULES[keyword] ?? []) rules.add(number);
  return [...rules].sort((a, b) => a - b);
}
