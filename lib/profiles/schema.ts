// Input of the profile form, shared by the form and the server. Error messages are keys of the "Errors"
// catalogue namespace (lib/action.ts); whether the country exists is checked by the service.
import { z } from "zod";
import { countryCodeField } from "@/lib/applications/schema";
import { AreaOfWork, MessagePolicy, Visibility } from "@/lib/generated/prisma/enums";
import { APPLICATION_LANGUAGES } from "@/lib/i18n/languages";
import { optionalText, plainString, requiredText } from "@/lib/text-fields";

const HANDLE_ALPHABET = "abcdefghijkmnpqrstuvwxyz23456789"; // no 0/o, 1/l: read aloud or typed from paper
const HANDLE_LENGTH = 10;

/**
 * A profile's address, /members/<handle>: ten random characters (50 bits), never derived from a name, so a
 * member who changes a pseudonym leaves no trace of the old one in links others kept.
 */
export function newProfileHandle(): string {
  return [...crypto.getRandomValues(new Uint8Array(HANDLE_LENGTH))].map((byte) => HANDLE_ALPHABET[byte % HANDLE_ALPHABET.length]).join("");
}

/** Whether a path segment can be a handle at all (anything else is "not found" without a query). */
export function isProfileHandle(value: string): boolean {
  return /^[a-z0-9]{6,16}$/.test(value);
}

export const AREAS_OF_WORK = Object.values(AreaOfWork);
/** Who may start a conversation with the member (a missing or unknown choice leaves the saved one as it is). */
export const MESSAGE_POLICIES = Object.values(MessagePolicy);
export const VISIBILITIES = Object.values(Visibility);

export const PROFILE_LIMITS = {
  displayName: 80,
  bio: 1000,
  keyword: 40,
  keywords: 5,
  canHelpWith: 300,
  lookingFor: 300,
  livedExperience: 3000,
  organizationTitle: 80,
} as const;

/**
 * The optional fields of a profile, each with its own visibility column. What a viewer may see is decided
 * from these in lib/profiles/policy.ts; the data layer selects only those.
 */
export const PROFILE_FIELDS = {
  bio: "bioVisibility",
  photo: "photoVisibility",
  country: "countryVisibility",
  languages: "languagesVisibility",
  areas: "areasVisibility",
  rules: "rulesVisibility",
  canHelpWith: "canHelpWithVisibility",
  lookingFor: "lookingForVisibility",
  organizations: "organizationsVisibility",
  livedExperience: "livedExperienceVisibility",
} as const;

export type ProfileField = keyof typeof PROFILE_FIELDS;
export type VisibilityColumn = (typeof PROFILE_FIELDS)[ProfileField];
export const PROFILE_FIELD_NAMES = Object.keys(PROFILE_FIELDS) as ProfileField[];

const visibilityField = z.enum(VISIBILITIES, { error: "Errors.fields.invalid_value" });

/** A ticked checkbox sends "on"; an unticked one sends nothing. */
const checkbox = z
  .literal("on")
  .optional()
  .transform((value) => value === "on");

const optionalCountryCode = z
  .string()
  .trim()
  .optional()
  .transform((value) => (value ? value : null))
  .pipe(countryCodeField.nullable());

/** "legal aid, HIV; foreign nationals" → ["legal aid", "HIV", "foreign nationals"]: commas or semicolons. */
const keywordsField = plainString()
  .optional()
  .transform((value) => [...new Set((value ?? "").split(/[,;]/).map((word) => word.trim().replace(/\s+/g, " ")).filter(Boolean))])
  .pipe(
    z
      .array(z.string().max(PROFILE_LIMITS.keyword, { error: "Errors.fields.keywordTooLong" }))
      .max(PROFILE_LIMITS.keywords, { error: "Errors.fields.tooManyKeywords" }),
  );

const uniqueList = <T extends z.ZodType>(item: T, max: number) =>
  z
    .array(item)
    .max(max)
    .optional()
    .transform((values) => [...new Set(values ?? [])] as z.infer<T>[]);

export const profileSchema = z
  .object({
    displayName: requiredText(PROFILE_LIMITS.displayName),
    bio: optionalText(PROFILE_LIMITS.bio, { multiline: true }),
    bioVisibility: visibilityField,
    countryCode: optionalCountryCode,
    countryVisibility: visibilityField,
    "languages[]": uniqueList(z.enum(APPLICATION_LANGUAGES, { error: "Errors.fields.invalid_value" }), APPLICATION_LANGUAGES.length),
    languagesVisibility: visibilityField,
    "areasOfWork[]": uniqueList(z.enum(AREAS_OF_WORK, { error: "Errors.fields.invalid_value" }), AREAS_OF_WORK.length),
    keywords: keywordsField,
    areasVisibility: visibilityField,
    "rules[]": uniqueList(z.coerce.number({ error: "Errors.fields.invalid_value" }).int().min(1).max(70), 70),
    rulesVisibility: visibilityField,
    canHelpWith: optionalText(PROFILE_LIMITS.canHelpWith, { multiline: true }),
    canHelpWithVisibility: visibilityField,
    lookingFor: optionalText(PROFILE_LIMITS.lookingFor, { multiline: true }),
    lookingForVisibility: visibilityField,
    organizationsVisibility: visibilityField,
    photoVisibility: visibilityField,
    livedExperience: optionalText(PROFILE_LIMITS.livedExperience, { multiline: true }),
    livedExperienceVisibility: visibilityField,
    hiddenFromDirectory: checkbox,
    messagePolicy: z.enum(Object.values(MessagePolicy), { error: "Errors.fields.invalid_value" }).optional().catch(undefined),
    // The member's title in each organization they belong to, as two lists in the same order.
    "organizationIds[]": z.array(z.string().regex(/^[a-z0-9]{1,40}$/, { error: "Errors.fields.invalid" })).max(50).optional(),
    "organizationTitles[]": z.array(optionalText(PROFILE_LIMITS.organizationTitle)).max(50).optional(),
  })
  .transform(({ "languages[]": languages, "areasOfWork[]": areasOfWork, "rules[]": ruleNumbers, "organizationIds[]": ids, "organizationTitles[]": titles, ...rest }) => ({
    ...rest,
    languages,
    areasOfWork,
    ruleNumbers: ruleNumbers.sort((a, b) => a - b),
    organizationTitles: (ids ?? []).map((organizationId, index) => ({ organizationId, title: titles?.[index] ?? null })),
  }));

export type ProfileInput = z.infer<typeof profileSchema>;

/** The photo forms send a file (read by the service) and nothing else. */
export const photoFormSchema = z.object({});
