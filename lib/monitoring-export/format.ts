// A monitoring report as it is exported, pure: the PDF's description (lib/pdf lays it out), the JSON document
// and the CSV tables of findings and recommendations. Labels are in the report's language (MonitoringReport.
// language) when it is one of the platform's four, in English otherwise; rule titles and the Rules' parts and
// sections come from the Rules hub's catalogues; dates are written in the report's language wherever the
// runtime knows it. Column names of the CSV and keys of the JSON are stable English codes (README, "Exports").
import { createTranslator } from "next-intl";
import { buildPartRows, buildRuleRows, buildSectionRows } from "@/lib/bangkok-rules/reference-data";
import { countryName } from "@/lib/countries/format";
import { csvLine, UTF8_BOM } from "@/lib/csv";
import { sanitizeFilename } from "@/lib/files/filename";
import { catalogs } from "@/lib/i18n/catalogs";
import { defaultLocale, isLocale, type Locale } from "@/lib/i18n/config";
import { htmlToPlainText } from "@/lib/pdf/html-blocks";
import type { PdfBlock, PdfSpec } from "@/lib/pdf/render";
import type { ReportForExport } from "./data";

export type ExportKind = "pdf" | "json" | "csv";

/** The language of the labels: the report's own when the platform speaks it, English otherwise. */
export function exportLocale(language: string): Locale {
  const base = language.toLowerCase().split("-")[0];
  return isLocale(base) ? base : defaultLocale;
}

function translators(locale: Locale) {
  const messages = catalogs[locale];
  return {
    t: createTranslator({ locale, messages, namespace: "MonitoringExport" }),
    rules: createTranslator({ locale, messages, namespace: "BangkokRules" }),
    titles: createTranslator({ locale, messages, namespace: "RuleTitles" }),
  };
}

/** A calendar day (stored at UTC midnight) in `language`, or English where the runtime lacks it. */
function dayFormat(language: string): Intl.DateTimeFormat {
  const locale = Intl.DateTimeFormat.supportedLocalesOf([language]).length ? language : "en";
  return new Intl.DateTimeFormat(locale, { dateStyle: "long", timeZone: "UTC" });
}

export function visitDates(report: Pick<ReportForExport, "language" | "visitStartedOn" | "visitEndedOn">): string {
  const format = dayFormat(report.language);
  return report.visitEndedOn.getTime() === report.visitStartedOn.getTime() ? format.format(report.visitStartedOn) : format.formatRange(report.visitStartedOn, report.visitEndedOn);
}

const SECTIONS = new Map(buildSectionRows().map((section) => [section.key, section]));
const RULE_SECTION = new Map(buildRuleRows().map((rule) => [rule.number, rule.sectionKey]));
const PART_ORDER = buildPartRows().map((part) => part.key);

/** Where a rule sits in the Rules: its part, the section and, when there is one, the sub-section. */
export function ruleLocation(ruleNumber: number): { partKey: string; sectionKey: string; subsectionKey: string | null } {
  const most = SECTIONS.get(RULE_SECTION.get(ruleNumber) ?? "");
  if (!most) return { partKey: "", sectionKey: "", subsectionKey: null };
  return most.parentKey ? { partKey: most.partKey, sectionKey: most.parentKey, subsectionKey: most.key } : { partKey: most.partKey, sectionKey: most.key, subsectionKey: null };
}

const messageKey = (key: string) => key.replaceAll(".", "_");

function memberName(person: { displayName: string | null; status: string }, formerMember: string): string {
  return person.status === "DELETED" || !person.displayName ? formerMember : person.displayName;
}

/** The PDF's description: cover, method, summary, findings by part and section, recommendations. */
export function reportPdfSpec(report: ReportForExport): PdfSpec {
  const locale = exportLocale(report.language);
  const { t, rules, titles } = translators(locale);
  const day = dayFormat(report.language);
  const team = [report.author, ...report.team.map((member) => member.user)].map((person) => memberName(person, t("formerMember")));
  const place = [report.place.name, report.place.locality].filter(Boolean).join(", ");
  const published = report.publishedAt ? `${t(`statuses.${report.status}`)} · ${day.format(report.publishedAt)}` : `${t(`statuses.${report.status}`)} · ${t("notPublished")}`;

  const blocks: PdfBlock[] = [
    { kind: "paragraph", runs: [{ text: t("reportKind").toUpperCase(), bold: true }], tone: "muted" },
    { kind: "title", text: report.title },
    {
      kind: "fields",
      rows: [
        { label: t("place"), value: place },
        { label: t("placeType"), value: t(`placeTypes.${report.place.type}`) },
        ...(report.place.authority ? [{ label: t("placeAuthority"), value: report.place.authority }] : []),
        { label: t("country"), value: countryName(report.country, locale) },
        { label: t("visitDates"), value: visitDates(report) },
        ...(report.announcement ? [{ label: t("announcement"), value: t(`announcements.${report.announcement}`) }] : []),
        ...(report.organization ? [{ label: t("organization"), value: report.organization.name }] : []),
        { label: t("team"), value: team.join(", ") },
        { label: t("status"), value: `${published}\n${t(`visibilities.${report.visibility}`)}` },
        ...(report.correctedAt ? [{ label: t("corrected"), value: day.format(report.correctedAt) }] : []),
        ...(report.followUpOfId ? [{ label: t("followUp"), value: t("followUpText") }] : []),
      ],
    },
    { kind: "heading", level: 1, text: t("methodTitle") },
    {
      kind: "fields",
      rows: [
        { label: t("teamText"), value: report.teamText },
        { label: t("interviews"), value: report.interviewsText },
        { label: t("areasSeen"), value: report.areasSeenText },
      ].filter((row) => row.value.trim()),
    },
    { kind: "heading", level: 1, text: t("summaryTitle") },
    report.summaryCooked.trim() ? { kind: "html", html: report.summaryCooked } : { kind: "paragraph", runs: [{ text: "—" }], tone: "muted" },
    { kind: "heading", level: 1, text: t("findingsTitle") },
  ];

  if (report.findings.length === 0) blocks.push({ kind: "paragraph", runs: [{ text: t("noFindings") }], tone: "muted" });
  let part = "";
  let section = "";
  const findings = [...report.findings].sort((a, b) => PART_ORDER.indexOf(ruleLocation(a.ruleNumber).partKey) - PART_ORDER.indexOf(ruleLocation(b.ruleNumber).partKey) || a.ruleNumber - b.ruleNumber);
  for (const finding of findings) {
    const where = ruleLocation(finding.ruleNumber);
    if (where.partKey !== part) {
      part = where.partKey;
      section = "";
      blocks.push({ kind: "heading", level: 2, text: rules(`parts.${part}` as never) });
    }
    const sectionKey = where.subsectionKey ?? where.sectionKey;
    if (sectionKey !== section) {
      section = sectionKey;
      const name = rules(`sections.${messageKey(where.sectionKey)}` as never);
      const sub = where.subsectionKey ? ` — ${rules(`sections.${messageKey(where.subsectionKey)}` as never)}` : "";
      blocks.push({ kind: "paragraph", runs: [{ text: `${name}${sub}`, italic: true }], tone: "muted" });
    }
    blocks.push({ kind: "heading", level: 3, text: t("ruleHeading", { number: finding.ruleNumber, title: titles(String(finding.ruleNumber) as never) }) });
    blocks.push({ kind: "paragraph", runs: [{ text: `${t("assessment")}: `, bold: true }, { text: t(`assessments.${finding.assessment}`) }] });
    blocks.push(finding.observationsCooked.trim() ? { kind: "html", html: finding.observationsCooked } : { kind: "paragraph", runs: [{ text: t("noObservations") }], tone: "muted" });
    const evidence = evidenceOf(report.id, finding.evidence);
    if (evidence.length) blocks.push({ kind: "paragraph", runs: [{ text: `${t("evidence")}: `, bold: true }, { text: evidence.map((item) => (item.caption ? `${item.name} (${item.caption})` : item.name)).join("; ") }] });
  }

  blocks.push({ kind: "heading", level: 1, text: t("recommendationsTitle") });
  if (report.recommendations.length === 0) blocks.push({ kind: "paragraph", runs: [{ text: t("noRecommendations") }], tone: "muted" });
  else {
    const carried = report.recommendations.some((recommendation) => recommendation.carriedFromId);
    blocks.push({
      kind: "table",
      columns: [
        { header: t("columnNumber"), width: 0.6 },
        { header: t("columnText"), width: 5 },
        { header: t("columnAuthority"), width: 2.2 },
        { header: t("columnPriority"), width: 1.3 },
        { header: t("columnRule"), width: 0.9 },
        ...(carried ? [{ header: t("columnFollowUp"), width: 1.8 }] : []),
      ],
      rows: report.recommendations.map((recommendation) => [
        String(recommendation.number),
        recommendation.text,
        recommendation.authority,
        t(`priorities.${recommendation.priority}`),
        recommendation.ruleNumber ? String(recommendation.ruleNumber) : "—",
        ...(carried ? [recommendation.carriedFromId ? [t("carriedForward"), recommendation.followUp ? t(`followUps.${recommendation.followUp}`) : "", recommendation.followUpNote ?? ""].filter(Boolean).join(": ") : "—"] : []),
      ]),
    });
  }

  return {
    meta: { title: report.title, author: report.organization?.name, subject: t("reportKind"), language: report.language },
    frame: {
      header: `${t("reportKind")} — ${report.title}`,
      pageLabel: t("page", { page: "{page}" }),
      footer: t("footer"),
      watermark: report.status === "PUBLISHED" ? undefined : report.status === "WITHDRAWN" ? t("statuses.WITHDRAWN").toUpperCase() : t("draftWatermark"),
    },
    blocks,
  };
}

const isoDay = (date: Date) => date.toISOString().slice(0, 10);

/** A finding's evidence as exported: what it is, its name, where it is on the platform (members only) and its caption. */
export type EvidenceRow = { kind: "resource" | "file"; name: string; path: string; contentType: string | null; byteSize: number | null; caption: string };

function evidenceOf(reportId: string, evidence: ReportForExport["findings"][number]["evidence"]): EvidenceRow[] {
  return evidence.flatMap((item): EvidenceRow[] => {
    if (item.resource) return [{ kind: "resource", name: item.resource.title, path: `/resources/${item.resource.id}`, contentType: null, byteSize: null, caption: item.caption }];
    if (item.file) return [{ kind: "file", name: item.file.filename ?? "file", path: `/monitoring/reports/${reportId}/evidence/${item.id}`, contentType: item.file.contentType, byteSize: item.file.byteSize, caption: item.caption }];
    return [];
  });
}

/** The columns of the findings CSV, one row per rule assessed (README, "Exports: PDF, JSON, CSV"). */
export const FINDING_COLUMNS = ["report_id", "report_title", "report_language", "report_status", "place", "place_type", "country_code", "visit_started_on", "visit_ended_on", "rule_number", "rule_title", "part", "section", "assessment", "assessment_label", "observations"] as const;
/** The columns of the recommendations CSV, one row per recommendation. */
export const RECOMMENDATION_COLUMNS = ["report_id", "number", "text", "authority", "priority", "priority_label", "rule_number", "rule_title", "carried_forward", "follow_up", "follow_up_label", "follow_up_note"] as const;

function findingRows(report: ReportForExport) {
  const { t, rules, titles } = translators(exportLocale(report.language));
  return report.findings.map((finding) => {
    const where = ruleLocation(finding.ruleNumber);
    return {
      ruleNumber: finding.ruleNumber,
      ruleTitle: titles(String(finding.ruleNumber) as never),
      part: where.partKey,
      partTitle: rules(`parts.${where.partKey}` as never),
      section: where.subsectionKey ?? where.sectionKey,
      sectionTitle: rules(`sections.${messageKey(where.subsectionKey ?? where.sectionKey)}` as never),
      assessment: finding.assessment,
      assessmentLabel: t(`assessments.${finding.assessment}`),
      observations: finding.observationsSource,
      observationsText: htmlToPlainText(finding.observationsCooked),
      evidence: evidenceOf(report.id, finding.evidence),
    };
  });
}

function recommendationRows(report: ReportForExport) {
  const { t, titles } = translators(exportLocale(report.language));
  return report.recommendations.map((recommendation) => ({
    number: recommendation.number,
    text: recommendation.text,
    authority: recommendation.authority,
    priority: recommendation.priority,
    priorityLabel: t(`priorities.${recommendation.priority}`),
    ruleNumber: recommendation.ruleNumber,
    ruleTitle: recommendation.ruleNumber ? titles(String(recommendation.ruleNumber) as never) : null,
    carriedForward: recommendation.carriedFromId !== null,
    followUp: recommendation.followUp,
    followUpLabel: recommendation.followUp ? t(`followUps.${recommendation.followUp}`) : null,
    followUpNote: recommendation.followUpNote,
  }));
}

/** The findings as CSV (UTF-8 with a byte order mark, CRLF lines, formula-safe cells). */
export function findingsCsv(report: ReportForExport): string {
  const lines = findingRows(report).map((row) =>
    csvLine([report.id, report.title, report.language, report.status, report.place.name, report.place.type, report.country.code, isoDay(report.visitStartedOn), isoDay(report.visitEndedOn), row.ruleNumber, row.ruleTitle, row.part, row.section, row.assessment, row.assessmentLabel, row.observationsText]),
  );
  return UTF8_BOM + csvLine(FINDING_COLUMNS) + lines.join("");
}

/** The recommendations as CSV, like the findings. */
export function recommendationsCsv(report: ReportForExport): string {
  const lines = recommendationRows(report).map((row) =>
    csvLine([report.id, row.number, row.text, row.authority, row.priority, row.priorityLabel, row.ruleNumber, row.ruleTitle, row.carriedForward ? "yes" : "no", row.followUp, row.followUpLabel, row.followUpNote]),
  );
  return UTF8_BOM + csvLine(RECOMMENDATION_COLUMNS) + lines.join("");
}

/** The report as one JSON document (format "wipn.monitoring-report", version 1). */
export function reportJson(report: ReportForExport, exportedAt: Date) {
  const locale = exportLocale(report.language);
  const { t } = translators(locale);
  return {
    format: "wipn.monitoring-report",
    version: 1,
    exportedAt: exportedAt.toISOString(),
    report: {
      id: report.id,
      title: report.title,
      language: report.language,
      status: report.status,
      visibility: report.visibility,
      publishedAt: report.publishedAt?.toISOString() ?? null,
      correctedAt: report.correctedAt?.toISOString() ?? null,
      followUpOf: report.followUpOfId,
      place: { name: report.place.name, type: report.place.type, locality: report.place.locality, authority: report.place.authority },
      country: { code: report.country.code, name: countryName(report.country, locale) },
      visit: { startedOn: isoDay(report.visitStartedOn), endedOn: isoDay(report.visitEndedOn), announcement: report.announcement },
      organization: report.organization?.name ?? null,
      team: [report.author, ...report.team.map((member) => member.user)].map((person) => memberName(person, t("formerMember"))),
      method: { team: report.teamText, interviews: report.interviewsText, areasSeen: report.areasSeenText },
      summary: { html: report.summaryCooked, text: htmlToPlainText(report.summaryCooked) },
    },
    findings: findingRows(report),
    recommendations: recommendationRows(report),
  };
}

/** The file's name: the report's title made safe, its visit day, the kind's extension. */
export function exportFilename(report: Pick<ReportForExport, "title" | "visitStartedOn">, extension: string): string {
  const stem = (sanitizeFilename(report.title) ?? "monitoring-report").slice(0, 100);
  return `${stem} ${isoDay(report.visitStartedOn)}.${extension}`;
}
