// Pure helpers of monitoring reports: the form's values of a stored report (to fill the form, to digest it and
// to tell a conflict's changes), the digest itself, the personal-data check run before review and publication,
// and the keyset cursor of the reports list.
import { AppError } from "@/lib/errors";
import { findingField, recommendationField } from "./schema";

export type StoredReportText = {
  countryCode: string;
  placeId: string;
  title: string;
  language: string;
  visitStartedOn: Date;
  visitEndedOn: Date;
  teamHandles: string[];
  teamText: string;
  announcement: string | null;
  interviewsText: string;
  areasSeenText: string;
  summarySource: string;
  findings: ReadonlyArray<{ ruleNumber: number; assessment: string; observationsSource: string; evidence?: ReadonlyArray<{ resource: { id: string } | null }> }>;
  recommendations: ReadonlyArray<{
    number: number;
    text: string;
    authority: string;
    priority: string;
    ruleNumber: number | null;
    carriedFromId: string | null;
    followUp: string | null;
    followUpNote: string | null;
  }>;
};

const day = (date: Date) => date.toISOString().slice(0, 10);

/** The report as the form's fields (names as the form sends them); absent fields are blank. */
export function reportFormValues(report: StoredReportText): Record<string, string> {
  const values: Record<string, string> = {
    countryCode: report.countryCode,
    placeId: report.placeId,
    title: report.title,
    language: report.language,
    visitStartedOn: day(report.visitStartedOn),
    visitEndedOn: day(report.visitEndedOn),
    teamHandles: [...report.teamHandles].sort().join(" "),
    teamText: report.teamText,
    announcement: report.announcement ?? "",
    interviewsText: report.interviewsText,
    areasSeenText: report.areasSeenText,
    summary: report.summarySource,
  };
  for (const finding of report.findings) {
    values[findingField(finding.ruleNumber, "assessment")] = finding.assessment;
    values[findingField(finding.ruleNumber, "observations")] = finding.observationsSource;
    const resources = (finding.evidence ?? []).flatMap((evidence) => (evidence.resource ? [evidence.resource.id] : []));
    if (resources.length) values[findingField(finding.ruleNumber, "resources")] = resources.map((id) => `/resources/${id}`).join(" ");
  }
  [...report.recommendations]
    .sort((a, b) => a.number - b.number)
    .forEach((recommendation, index) => {
      const row = index + 1;
      values[recommendationField(row, "text")] = recommendation.text;
      values[recommendationField(row, "authority")] = recommendation.authority;
      values[recommendationField(row, "priority")] = recommendation.priority;
      values[recommendationField(row, "rule")] = recommendation.ruleNumber ? String(recommendation.ruleNumber) : "";
      values[recommendationField(row, "carriedFromId")] = recommendation.carriedFromId ?? "";
      values[recommendationField(row, "followUp")] = recommendation.followUp ?? "";
      values[recommendationField(row, "followUpNote")] = recommendation.followUpNote ?? "";
    });
  return values;
}

/** A short FNV-1a hash of a field's value (a digest, not a secret: it only says "changed or not"). */
function hash(value: string): string {
  let h = 0x811c9dc5;
  for (let index = 0; index < value.length; index++) {
    h ^= value.charCodeAt(index);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h.toString(36);
}

/** The digest of every non-blank field, sent with the form so a conflict can tell what the other member changed. */
export function formDigest(values: Record<string, string>): string {
  return Object.entries(values)
    .filter(([, value]) => value !== "")
    .map(([field, value]) => `${field}:${hash(value)}`)
    .join(",");
}

function parseDigest(digest: string): Map<string, string> {
  return new Map(digest.split(",").filter(Boolean).map((entry) => entry.split(":") as [string, string]));
}

/**
 * The fields another member changed since the form was loaded: those whose current value's hash differs from
 * the one the form was loaded with (a field blank then or now counts as such).
 */
export function changedSince(baseDigest: string, current: Record<string, string>): string[] {
  const base = parseDigest(baseDigest);
  const fields = new Set([...base.keys(), ...Object.keys(current).filter((field) => current[field] !== "")]);
  return [...fields].filter((field) => (base.get(field) ?? null) !== (current[field] ? hash(current[field]) : null)).sort();
}

// ---- Protecting sources -------------------------------------------------------------------------------------

export type PersonalDataHit = { where: string; kind: "name" | "phone" | "id"; excerpt: string };

// Titles in English, Spanish, French and Portuguese, followed by a capitalized word: likely a person's name.
const TITLED_NAME = /(?<![\p{L}\p{N}])(?:Mr|Mrs|Ms|Miss|Mx|Dr|Dra|Sr|Sra|Srta|Sres|Don|Doña|Dña|Mme|Mlle|Mmes|Dona|Prof|M)\.?\s+\p{Lu}[\p{L}'’-]+/gu;
// "M" alone is a French title only with its dot ("M. Dupont"), never "M Dupont" (a letter, a size).
const BARE_M = /^M\s/u;
// A telephone number: an optional +, then 8 to 15 digits with spaces, dots, dashes or brackets between them.
const PHONE = /(?<![\p{L}\p{N}])\+?\(?\d(?:[\d\s().-]{6,20})\d(?![\p{L}\p{N}])/gu;
// An identity, case or prisoner number: letters and 5+ digits together ("AB123456", "N° 45-2231-77"), or 6+ digits.
const ID_LIKE = /(?<![\p{L}\p{N}])(?:\p{Lu}{1,3}[-/]?\d{5,}|\d{6,}|\d{2,4}[-/]\d{3,}[-/]\d{2,})(?![\p{L}\p{N}])/gu;

function excerptAround(text: string, index: number, length: number): string {
  // About 20 characters either side, widened to whole words.
  let start = Math.max(0, index - 20);
  while (start > 0 && !/\s/.test(text[start - 1]!)) start--;
  let end = Math.min(text.length, index + length + 20);
  while (end < text.length && !/\s/.test(text[end]!)) end++;
  return `${start > 0 ? "…" : ""}${text.slice(start, end).replace(/\s+/g, " ").trim()}${end < text.length ? "…" : ""}`;
}

/**
 * Likely personal data in a report's texts: names after a title, telephone numbers, ID-like numbers. Each hit
 * says where (`where`, the caller's label of the text) and shows it in context. A warning, never a refusal: the
 * member reads them and confirms to go on.
 */
export function findPersonalData(texts: ReadonlyArray<{ where: string; text: string }>): PersonalDataHit[] {
  const hits: PersonalDataHit[] = [];
  for (const { where, text } of texts) {
    if (!text) continue;
    const phones: Array<[number, number]> = [];
    for (const match of text.matchAll(TITLED_NAME)) {
      if (BARE_M.test(match[0])) continue;
      hits.push({ where, kind: "name", excerpt: excerptAround(text, match.index, match[0].length) });
    }
    for (const match of text.matchAll(PHONE)) {
      const digits = match[0].replace(/\D/g, "").length;
      // Dates (2024-06-10) and ranges of years are not telephone numbers.
      if (digits < 8 || digits > 15 || /^\d{4}-\d{2}-\d{2}$/.test(match[0].trim())) continue;
      phones.push([match.index, match.index + match[0].length]);
      hits.push({ where, kind: "phone", excerpt: excerptAround(text, match.index, match[0].length) });
    }
    for (const match of text.matchAll(ID_LIKE)) {
      if (phones.some(([start, end]) => match.index >= start && match.index < end)) continue;
      if (/^\d{4}-\d{2}-\d{2}$/.test(match[0])) continue;
      hits.push({ where, kind: "id", excerpt: excerptAround(text, match.index, match[0].length) });
    }
  }
  return hits;
}

// ---- A place's history ---------------------------------------------------------------------------------------

type VisitRecommendation = { id: string; number: number; text: string; authority: string; carriedFromId: string | null; followUp: string | null; followUpNote: string | null };
type Visit = { id: string; title: string; visitStartedOn: Date; recommendations: VisitRecommendation[] };

export type RecommendationHistory = {
  text: string;
  authority: string;
  steps: Array<{ reportId: string; title: string; visitStartedOn: Date; number: number; followUp: string | null; followUpNote: string | null }>;
};

/**
 * Each recommendation made at the place, followed visit after visit through carriedFromId (oldest first): what
 * it asked, and what each later visit found of it. A chain starts where nothing visible carried it.
 */
export function recommendationHistory(visits: readonly Visit[]): RecommendationHistory[] {
  const byId = new Map<string, { visit: Visit; recommendation: VisitRecommendation }>();
  for (const visit of visits) for (const recommendation of visit.recommendations) byId.set(recommendation.id, { visit, recommendation });
  const carriedTo = new Map<string, string>();
  for (const { recommendation } of byId.values()) if (recommendation.carriedFromId && byId.has(recommendation.carriedFromId)) carriedTo.set(recommendation.carriedFromId, recommendation.id);
  const chronological = [...visits].sort((a, b) => a.visitStartedOn.getTime() - b.visitStartedOn.getTime() || a.id.localeCompare(b.id));
  const histories: RecommendationHistory[] = [];
  for (const visit of chronological) {
    for (const recommendation of visit.recommendations) {
      if (recommendation.carriedFromId && byId.has(recommendation.carriedFromId)) continue;
      const steps: RecommendationHistory["steps"] = [];
      for (let id: string | undefined = recommendation.id; id; id = carriedTo.get(id)) {
        const step = byId.get(id)!;
        steps.push({ reportId: step.visit.id, title: step.visit.title, visitStartedOn: step.visit.visitStartedOn, number: step.recommendation.number, followUp: step.recommendation.followUp, followUpNote: step.recommendation.followUpNote });
      }
      histories.push({ text: recommendation.text, authority: recommendation.authority, steps });
    }
  }
  return histories;
}

// ---- Conflicts -------------------------------------------------------------------------------------------------

/**
 * A save based on an older revision: what the form needs to say so — who saved, when, at which revision, and
 * the fields they changed with their current values (the member's own text comes back in the form).
 */
export class ReportConflictError extends AppError {
  constructor(
    readonly conflict: { revision: number; digest: string; savedBy: string | null; savedAt: Date; changed: Array<{ field: string; value: string }> },
  ) {
    super("CONFLICT", { messageKey: "MonitoringErrors.conflict" });
  }
}

/**
 * A three-way merge after a conflict: a field the member left as it was loaded takes the other member's new
 * value; a field both changed keeps the member's text and is a clash, shown with the other's version.
 */
export function mergeAfterConflict(baseDigest: string, submitted: Record<string, string>, changed: ReadonlyArray<{ field: string; value: string }>) {
  const base = parseDigest(baseDigest);
  const values = { ...submitted };
  const clashes: Array<{ field: string; value: string }> = [];
  for (const { field, value } of changed) {
    const mine = submitted[field] ?? "";
    const untouched = (base.get(field) ?? null) === (mine ? hash(mine) : null);
    if (untouched) values[field] = value;
    else if (mine !== value) clashes.push({ field, value });
  }
  return { values, clashes };
}
