// What members send about monitoring reports: starting one, saving a draft (every section of the form at once:
// details, team, method, findings per rule, recommendations), sending it for review, the reviewer's decision,
// correcting and withdrawing a published report, a follow-up visit. Error keys are in "Errors" (zod issues) and
// "MonitoringErrors" (refusals). Checks that need the database (the place's country, the team's handles) are
// the service's.
import { z } from "zod";
import { countryCodeField } from "@/lib/applications/schema";
import { BANGKOK_RULE_COUNT, isRuleNumber } from "@/lib/bangkok-rules/reference-data";
import { FindingAssessment, RecommendationFollowUp, RecommendationPriority } from "@/lib/generated/prisma/enums";
import { idField, isCalendarDay } from "@/lib/places/schema";
import { optionalText, plainString } from "@/lib/text-fields";

export const REPORT_LIMITS = {
  titleMin: 4,
  title: 200,
  teamText: 1_000,
  teamHandles: 20,
  interviews: 5_000,
  areasSeen: 5_000,
  summary: 30_000,
  observations: 10_000,
  recommendation: 5_000,
  authority: 200,
  followUpNote: 2_000,
  reviewNote: 2_000,
  correctionNote: 1_000,
  /** Evidence from the resource library per finding: their addresses, space-separated. */
  evidenceText: 2_000,
  evidencePerFinding: 10,
  /** Files uploaded as evidence per finding (beside the library's resources), and a file's caption. */
  evidenceFilesPerFinding: 10,
  evidenceCaption: 200,
  /** Rows of recommendations the form may send (the ones written, and a few blank ones). */
  recommendations: 40,
} as const;

export const REPORT_LANGUAGES = ["en", "es", "fr", "pt"] as const;
export const ASSESSMENTS = Object.values(FindingAssessment);
export const PRIORITIES = Object.values(RecommendationPriority);
export const FOLLOW_UPS = Object.values(RecommendationFollowUp);

const invalid = { error: "Errors.fields.invalid_value" } as const;
const blankAsNull = <T extends z.ZodType>(schema: T) => z.union([z.literal(""), schema]).optional().transform((value) => (value === "" || value === undefined ? null : (value as z.infer<T>)));

const dayField = z
  .string({ error: "Errors.fields.required" })
  .trim()
  .min(1, { error: "Errors.fields.required" })
  .refine(isCalendarDay, { error: "Errors.fields.invalidFormat" })
  .transform((value) => new Date(`${value}T00:00:00Z`));

/** The visit's details, shared by the start form and the draft's form. */
const detailsShape = {
  countryCode: countryCodeField,
  placeId: idField,
  title: plainString().trim().min(REPORT_LIMITS.titleMin).max(REPORT_LIMITS.title),
  language: z.enum(REPORT_LANGUAGES, invalid),
  visitStartedOn: dayField,
  visitEndedOn: dayField,
};

type Dated = { visitStartedOn: Date; visitEndedOn: Date };
const today = () => Date.now();
function checkDates(input: Dated, context: z.RefinementCtx) {
  if (input.visitStartedOn.getTime() > today()) context.addIssue({ code: "custom", path: ["visitStartedOn"], message: "Errors.fields.dateInFuture" });
  if (input.visitEndedOn.getTime() > today()) context.addIssue({ code: "custom", path: ["visitEndedOn"], message: "Errors.fields.dateInFuture" });
  if (input.visitEndedOn < input.visitStartedOn) context.addIssue({ code: "custom", path: ["visitEndedOn"], message: "Errors.fields.endsBeforeStart" });
}

/** Starting a report: the visit, and the organization it is written for (blank: as oneself). */
export const startReportSchema = z
  .object({ ...detailsShape, organizationId: z.union([z.literal(""), idField]).optional().transform((value) => value || null) })
  .superRefine(checkDates);
export type StartReportInput = z.infer<typeof startReportSchema>;

export const findingField = (rule: number, part: "assessment" | "observations" | "resources") => `finding-${rule}-${part}`;
export const recommendationField = (row: number, part: "text" | "authority" | "priority" | "rule" | "carriedFromId" | "followUp" | "followUpNote") => `rec-${row}-${part}`;

const RULES = Array.from({ length: BANGKOK_RULE_COUNT }, (_, index) => index + 1);
const ROWS = Array.from({ length: REPORT_LIMITS.recommendations }, (_, index) => index + 1);

const findingShape = Object.fromEntries(
  RULES.flatMap((rule) => [
    [findingField(rule, "assessment"), blankAsNull(z.enum(ASSESSMENTS, invalid))],
    [findingField(rule, "observations"), optionalText(REPORT_LIMITS.observations, { multiline: true })],
    [findingField(rule, "resources"), optionalText(REPORT_LIMITS.evidenceText)],
  ]),
) as Record<string, z.ZodType<string | null>>;

const recommendationShape = Object.fromEntries(
  ROWS.flatMap((row) => [
    [recommendationField(row, "text"), optionalText(REPORT_LIMITS.recommendation, { multiline: true })],
    [recommendationField(row, "authority"), optionalText(REPORT_LIMITS.authority)],
    [recommendationField(row, "priority"), blankAsNull(z.enum(PRIORITIES, invalid))],
    [recommendationField(row, "rule"), blankAsNull(z.coerce.number(invalid).int(invalid).refine(isRuleNumber, { error: "Errors.fields.unknownRule" }))],
    [recommendationField(row, "carriedFromId"), blankAsNull(idField)],
    [recommendationField(row, "followUp"), blankAsNull(z.enum(FOLLOW_UPS, invalid))],
    [recommendationField(row, "followUpNote"), optionalText(REPORT_LIMITS.followUpNote, { multiline: true })],
  ]),
) as Record<string, z.ZodType<unknown>>;

export type FindingInput = { ruleNumber: number; assessment: FindingAssessment; observations: string; resourceIds: string[] };

/** Resource ids in what a member pasted: /resources/<id> addresses or bare ids, each once. */
export function resourceIdsIn(text: string | null): string[] {
  if (!text) return [];
  const ids = text.split(/[\s,;]+/).flatMap((token) => {
    const match = /(?:^|\/resources\/)([a-z0-9]{1,40})\/?(?:[?#].*)?$/.exec(token.trim());
    return match ? [match[1]!] : token.trim() ? [token.trim()] : [];
  });
  return [...new Set(ids)];
}
export type RecommendationInput = {
  text: string;
  authority: string;
  priority: RecommendationPriority;
  ruleNumber: number | null;
  carriedFromId: string | null;
  followUp: RecommendationFollowUp | null;
  followUpNote: string | null;
};

/** A finding for a rule the form never offers (finding-71-…, finding-0-…) is refused on that field. */
function refuseUnknownRules(raw: Record<string, unknown>, context: z.RefinementCtx) {
  for (const key of Object.keys(raw)) {
    const match = /^finding-(\d+)-(assessment|observations|resources)$/.exec(key);
    if (match && !isRuleNumber(Number(match[1])) && raw[key]) context.addIssue({ code: "custom", path: [key], message: "Errors.fields.unknownRule" });
  }
}

/**
 * Saving a draft, or correcting a published report (then `correctionNote` says why): the whole form. `revision`
 * is the one the form was loaded at (a save based on an older one is a conflict), `baseDigest` the digest of each
 * field as loaded (lib/monitoring/format.ts), so a conflict can say which fields the other member changed.
 */
export const saveReportSchema = z
  .looseObject({
    reportId: idField,
    revision: z.coerce.number(invalid).int().min(1),
    baseDigest: z.string().max(20_000).optional().transform((value) => value ?? ""),
    ...detailsShape,
    teamHandles: optionalText(REPORT_LIMITS.teamHandles * 20),
    teamText: optionalText(REPORT_LIMITS.teamText, { multiline: true }),
    announcement: blankAsNull(z.enum(["ANNOUNCED", "UNANNOUNCED"], invalid)),
    interviewsText: optionalText(REPORT_LIMITS.interviews, { multiline: true }),
    areasSeenText: optionalText(REPORT_LIMITS.areasSeen, { multiline: true }),
    summary: optionalText(REPORT_LIMITS.summary, { multiline: true }),
    correctionNote: optionalText(REPORT_LIMITS.correctionNote, { multiline: true }),
    ...findingShape,
    ...recommendationShape,
  })
  .superRefine((input, context) => {
    checkDates(input as unknown as Dated, context);
    refuseUnknownRules(input, context);
    for (const rule of RULES) {
      const ids = resourceIdsIn(input[findingField(rule, "resources")] as string | null);
      if (ids.some((id) => !/^[a-z0-9]{1,40}$/.test(id))) context.addIssue({ code: "custom", path: [findingField(rule, "resources")], message: "Errors.fields.invalidFormat" });
      else if (ids.length > REPORT_LIMITS.evidencePerFinding) context.addIssue({ code: "custom", path: [findingField(rule, "resources")], message: "Errors.fields.tooManyChoices" });
    }
    for (const row of ROWS) {
      const text = input[recommendationField(row, "text")];
      const authority = input[recommendationField(row, "authority")];
      if (text && !authority) context.addIssue({ code: "custom", path: [recommendationField(row, "authority")], message: "Errors.fields.authorityRequired" });
      if (!text && authority) context.addIssue({ code: "custom", path: [recommendationField(row, "text")], message: "Errors.fields.required" });
    }
  })
  .transform((input) => {
    const value = (key: string) => input[key] as never;
    const findings: FindingInput[] = RULES.flatMap((ruleNumber) => {
      const assessment = value(findingField(ruleNumber, "assessment")) as FindingAssessment | null;
      const observations = (value(findingField(ruleNumber, "observations")) as string | null) ?? "";
      const resourceIds = resourceIdsIn(value(findingField(ruleNumber, "resources")) as string | null);
      // Observations or evidence without an assessment count as "not assessed" so nothing typed is dropped.
      if (!assessment && !observations && resourceIds.length === 0) return [];
      return [{ ruleNumber, assessment: assessment ?? "NOT_ASSESSED", observations, resourceIds }];
    });
    const recommendations: RecommendationInput[] = ROWS.flatMap((row) => {
      const text = value(recommendationField(row, "text")) as string | null;
      if (!text) return [];
      return [
        {
          text,
          authority: value(recommendationField(row, "authority")) as string,
          priority: (value(recommendationField(row, "priority")) as RecommendationPriority | null) ?? "MEDIUM",
          ruleNumber: value(recommendationField(row, "rule")) as number | null,
          carriedFromId: value(recommendationField(row, "carriedFromId")) as string | null,
          followUp: value(recommendationField(row, "followUp")) as RecommendationFollowUp | null,
          followUpNote: value(recommendationField(row, "followUpNote")) as string | null,
        },
      ];
    });
    const handles = ((input.teamHandles as string | null) ?? "")
      .toLowerCase()
      .split(/[\s,;]+/)
      .map((handle) => handle.replace(/^@/, ""))
      .filter(Boolean);
    return {
      reportId: input.reportId as string,
      revision: input.revision as number,
      baseDigest: input.baseDigest as string,
      countryCode: input.countryCode as string,
      placeId: input.placeId as string,
      title: input.title as string,
      language: input.language as (typeof REPORT_LANGUAGES)[number],
      visitStartedOn: input.visitStartedOn as Date,
      visitEndedOn: input.visitEndedOn as Date,
      teamHandles: [...new Set(handles)],
      teamText: (input.teamText as string | null) ?? "",
      announcement: input.announcement as "ANNOUNCED" | "UNANNOUNCED" | null,
      interviewsText: (input.interviewsText as string | null) ?? "",
      areasSeenText: (input.areasSeenText as string | null) ?? "",
      summary: (input.summary as string | null) ?? "",
      correctionNote: (input.correctionNote as string | null) ?? "",
      findings,
      recommendations,
    };
  });
export type SaveReportInput = z.infer<typeof saveReportSchema>;

export const reportIdSchema = z.object({ reportId: idField });

/**
 * Sending for review or publishing: `confirmed` is set once the member saw the personal-data warnings (if any)
 * and chose to go on.
 */
export const requestReviewSchema = z.object({ reportId: idField, revision: z.coerce.number(invalid).int().min(1), confirmed: z.literal("yes").optional() });
export type RequestReviewInput = z.infer<typeof requestReviewSchema>;

export const reviewDecisionSchema = z
  .object({
    reportId: idField,
    revision: z.coerce.number(invalid).int().min(1),
    decision: z.enum(["PUBLISH", "SEND_BACK"], invalid),
    visibility: blankAsNull(z.enum(["NETWORK", "ORGANIZATION"], invalid)),
    note: optionalText(REPORT_LIMITS.reviewNote, { multiline: true }),
    confirmed: z.literal("yes").optional(),
  })
  .refine((input) => input.decision !== "SEND_BACK" || input.note, { path: ["note"], error: "Errors.fields.noteRequired" })
  .refine((input) => input.decision !== "PUBLISH" || input.visibility, { path: ["visibility"], error: "Errors.fields.chooseOne" });
export type ReviewDecisionInput = z.infer<typeof reviewDecisionSchema>;

export const withdrawReportSchema = z.object({ reportId: idField, note: optionalText(REPORT_LIMITS.correctionNote, { multiline: true }) });

/** The reports list's address. */
export const reportListSchema = z.object({
  after: z.string().regex(/^[A-Za-z0-9_-]{1,200}$/).optional().catch(undefined),
});

/**
 * A file uploaded as a finding's evidence (the text fields of the multipart form; the file itself is lib/files'):
 * the rule of a finding already saved, an optional caption, and the author's confirmation that she redacted it
 * (checked by the service, so the refusal is named on that box).
 */
export const evidenceUploadSchema = z.object({
  reportId: idField,
  ruleNumber: z.coerce.number(invalid).int(invalid).refine(isRuleNumber, { error: "Errors.fields.unknownRule" }),
  caption: optionalText(REPORT_LIMITS.evidenceCaption).transform((value) => value ?? ""),
  // Anything but "yes" (an unticked box sends nothing) is the service's refusal, on the box.
  redacted: z.string().max(10).optional(),
});
export type EvidenceUploadInput = z.infer<typeof evidenceUploadSchema>;

/** Removing an uploaded evidence file from a finding. */
export const removeEvidenceSchema = z.object({ reportId: idField, evidenceId: idField });
export type RemoveEvidenceInput = z.infer<typeof removeEvidenceSchema>;
