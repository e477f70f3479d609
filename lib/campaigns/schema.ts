// What admins and featured members send about campaigns: the campaign form (texts per language, hashtags, dates,
// indexing), a spotlight (its subject, day and story per language), and the featured member's consent answer
// (field by field). Error messages are keys of the "Errors" catalogue (zod issues) and "CampaignErrors" (the
// service's refusals); what needs the database or today's date (a member who exists, a day not past) is the
// service's.
import { z } from "zod";
import { locales, type Locale } from "@/lib/i18n/config";
import { optionalText, plainString, requiredText } from "@/lib/text-fields";

export const CAMPAIGN_LIMITS = {
  slugMin: 3,
  slug: 60,
  title: 120,
  introduction: 2_000,
  hashtags: 10,
  hashtag: 40,
  story: 4_000,
  quote: 400,
  otherName: 80,
} as const;

export const SPOTLIGHT_SUBJECTS = ["MEMBER", "ORGANIZATION", "COLLABORATION_OUTCOME", "RESOURCE"] as const;
export type SpotlightSubjectValue = (typeof SPOTLIGHT_SUBJECTS)[number];

const invalid = { error: "Errors.fields.invalid_value" } as const;
const checkbox = z.literal("on").optional().transform((value) => value === "on");

const slugField = z
  .string()
  .trim()
  .toLowerCase()
  .min(CAMPAIGN_LIMITS.slugMin)
  .max(CAMPAIGN_LIMITS.slug)
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, { error: "Errors.fields.slug" });

/** A calendar day (a date input's value, "2026-12-21"). */
const dayField = z
  .string()
  .trim()
  .regex(/^\d{4}-\d{2}-\d{2}$/, { error: "Errors.fields.invalidFormat" })
  .refine((value) => !Number.isNaN(Date.parse(`${value}T00:00:00Z`)) && new Date(`${value}T00:00:00Z`).toISOString().startsWith(value), { error: "Errors.fields.invalidFormat" });
const optionalDay = z
  .string()
  .trim()
  .optional()
  .transform((value) => value || null)
  .pipe(dayField.nullable());

/** "#BangkokRules10, #womeninprison rightsofwomeninprison" → ["BangkokRules10", "womeninprison", "rightsofwomeninprison"]. */
export function parseHashtags(value: string): string[] {
  return [...new Set(value.split(/[\s,]+/).map((tag) => tag.replace(/^#+/, "")).filter(Boolean))];
}

const hashtagsField = plainString()
  .trim()
  .max(CAMPAIGN_LIMITS.hashtags * (CAMPAIGN_LIMITS.hashtag + 2))
  .transform(parseHashtags)
  .refine((tags) => tags.length <= CAMPAIGN_LIMITS.hashtags, { error: "Errors.fields.tooManyChoices" })
  .refine((tags) => tags.every((tag) => tag.length <= CAMPAIGN_LIMITS.hashtag && /^[\p{L}\p{N}_]+$/u.test(tag)), { error: "Errors.fields.hashtag" });

/** Per-language text fields named "<field>_<locale>" (title_en, title_es, …): blank ones are absent. */
function perLocale(field: string, text: (max: number) => z.ZodType<string | null>, max: number) {
  return Object.fromEntries(locales.map((locale) => [`${field}_${locale}`, text(max)])) as Record<`${string}_${Locale}`, z.ZodType<string | null>>;
}
const optionalLine = (max: number) => optionalText(max).transform((value) => value || null);
const optionalParagraphs = (max: number) => optionalText(max, { multiline: true }).transform((value) => value || null);

function collect(input: Record<string, unknown>, field: string): Partial<Record<Locale, string>> {
  const texts: Partial<Record<Locale, string>> = {};
  for (const locale of locales) {
    const value = input[`${field}_${locale}`];
    if (typeof value === "string" && value) texts[locale] = value;
  }
  return texts;
}

export const campaignSchema = z
  .object({
    slug: slugField,
    defaultLocale: z.enum(locales, invalid),
    hashtags: hashtagsField,
    startsOn: dayField,
    endsOn: optionalDay,
    /** Blank: not scheduled yet (the campaign is being prepared). */
    publishOn: optionalDay,
    indexable: checkbox,
    ...perLocale("title", optionalLine, CAMPAIGN_LIMITS.title),
    ...perLocale("introduction", optionalParagraphs, CAMPAIGN_LIMITS.introduction),
  })
  .refine((input) => input.endsOn === null || input.endsOn >= input.startsOn, { path: ["endsOn"], error: "Errors.fields.endsBeforeStart" })
  .transform((input) => ({
    slug: input.slug,
    defaultLocale: input.defaultLocale,
    hashtags: input.hashtags,
    startsOn: input.startsOn,
    endsOn: input.endsOn,
    publishOn: input.publishOn,
    indexable: input.indexable,
    titles: collect(input, "title"),
    introductions: collect(input, "introduction"),
  }))
  // A campaign is refused without a title in its default language (zod's path names that language's field).
  .superRefine((input, context) => {
    if (!input.titles[input.defaultLocale]) context.addIssue({ code: "custom", path: [`title_${input.defaultLocale}`], message: "Errors.fields.titleInDefaultLanguage" });
  });
export type CampaignInput = z.infer<typeof campaignSchema>;

export const campaignIdField = z.string().regex(/^[a-z0-9]{1,40}$/, { error: "Errors.fields.invalid" });

export const spotlightSchema = z
  .object({
    campaignId: campaignIdField,
    slug: slugField,
    subject: z.enum(SPOTLIGHT_SUBJECTS, invalid),
    /** What it features: a member's handle, an organization's slug, a request's or a resource's id. */
    subjectRef: requiredText(120),
    publishOn: dayField,
    ...perLocale("story", optionalParagraphs, CAMPAIGN_LIMITS.story),
    ...perLocale("quote", optionalLine, CAMPAIGN_LIMITS.quote),
  })
  .transform((input) => ({
    campaignId: input.campaignId,
    slug: input.slug,
    subject: input.subject,
    subjectRef: input.subjectRef.replace(/^@/, ""),
    publishOn: input.publishOn,
    stories: collect(input, "story"),
    quotes: collect(input, "quote"),
  }));
export type SpotlightInput = z.infer<typeof spotlightSchema>;

export const NAME_CHOICES = ["DISPLAY_NAME", "OTHER_NAME", "NO_NAME"] as const;

/** The featured member's answer: each field she lets be public, and the preview she saw (its version). */
export const consentAnswerSchema = z
  .object({
    spotlightId: campaignIdField,
    /** The fingerprint of the preview she was shown (format.ts `previewFingerprint`): approving anything else is refused. */
    preview: z.string().regex(/^[0-9a-f]{64}$/, { error: "Errors.fields.invalid" }),
    decision: z.enum(["approve", "decline"], invalid),
    name: z.enum(NAME_CHOICES, invalid).optional().default("NO_NAME"),
    otherName: optionalLine(CAMPAIGN_LIMITS.otherName),
    photo: checkbox,
    country: checkbox,
    organization: checkbox,
    story: checkbox,
    quote: checkbox,
  })
  // Declining needs no choice: only an approval names the other name it would show.
  .refine((input) => input.decision === "decline" || input.name !== "OTHER_NAME" || input.otherName !== null, { path: ["otherName"], error: "Errors.fields.required" });
export type ConsentAnswer = z.infer<typeof consentAnswerSchema>;

export const spotlightIdSchema = z.object({ spotlightId: campaignIdField });

/** The member's choice on the privacy page: may campaigns ask to feature her? (An unticked box sends nothing.) */
export const campaignRequestsSchema = z.object({ allowed: checkbox });

// ---- admin: editing, ordering and removing spotlights ----

/** An edit of a spotlight's day and texts (its subject and address stay: a new subject is a new spotlight). */
export const spotlightEditSchema = z
  .object({
    spotlightId: campaignIdField,
    publishOn: dayField,
    ...perLocale("story", optionalParagraphs, CAMPAIGN_LIMITS.story),
    ...perLocale("quote", optionalLine, CAMPAIGN_LIMITS.quote),
  })
  .transform((input) => ({ spotlightId: input.spotlightId, publishOn: input.publishOn, stories: collect(input, "story"), quotes: collect(input, "quote") }));
export type SpotlightEdit = z.infer<typeof spotlightEditSchema>;

export const spotlightMoveSchema = z.object({ spotlightId: campaignIdField, direction: z.enum(["up", "down"], invalid) });
export type SpotlightMove = z.infer<typeof spotlightMoveSchema>;

export const campaignIdSchema = z.object({ campaignId: campaignIdField });
