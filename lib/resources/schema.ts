// What members send about resources: the resource form (new and edit, a link or — through the upload route — a
// file), withdrawing and restoring, a flag; and the list's address (a GET form). Error messages are keys of the
// "Errors" catalogue (zod issues) and "ResourceErrors" (the service's refusals); checks that need the database (a country or rule that exists, an
// organization one represents) are the service's.
import { z } from "zod";
import { countryCodeField } from "@/lib/applications/schema";
import { AppError } from "@/lib/errors";
import { ResourceType } from "@/lib/generated/prisma/enums";
import { APPLICATION_LANGUAGES } from "@/lib/i18n/languages";
import { optionalText, plainString, requiredText } from "@/lib/text-fields";
import { ignoredUnlessValid } from "@/lib/search-params";

export const RESOURCE_LIMITS = {
  titleMin: 4,
  title: 200,
  summary: 10_000,
  countries: 20,
  rules: 20,
  languages: 8,
  link: 2_000,
  yearMin: 1950,
} as const;

export const RESOURCE_TYPES = Object.values(ResourceType);
export type ResourceTypeValue = (typeof RESOURCE_TYPES)[number];

const invalid = { error: "Errors.fields.invalid_value" } as const;

const uniqueList = <T extends z.ZodType>(item: T, max: number) =>
  z
    .array(item)
    .max(max, { error: "Errors.fields.tooManyChoices" })
    .optional()
    .transform((values) => [...new Set(values ?? [])] as z.infer<T>[]);

export const resourceIdField = z.string().regex(/^[a-z0-9]{1,40}$/, { error: "Errors.fields.invalid" });

/** A link to read the resource at: http or https only (never javascript:, data:, file:). */
export const linkField = plainString()
  .trim()
  .min(1, { error: "Errors.fields.required" })
  .max(RESOURCE_LIMITS.link)
  .refine((value) => {
    try {
      const url = new URL(value);
      return (url.protocol === "http:" || url.protocol === "https:") && url.hostname.length > 0 && !url.username && !url.password;
    } catch {
      return false;
    }
  }, { error: "Errors.fields.website" });

const yearField = z
  .string()
  .trim()
  .optional()
  .transform((value) => value || null)
  .refine((value) => value === null || (/^\d{4}$/.test(value) && Number(value) >= RESOURCE_LIMITS.yearMin && Number(value) <= new Date().getUTCFullYear() + 1), { error: "Errors.fields.invalidFormat" })
  .transform((value) => (value === null ? null : Number(value)));

/** The resource's description, without where it is (a link or a file): shared by the form and the upload route. */
export const resourceMetadataSchema = z
  .object({
    type: z.enum(RESOURCE_TYPES, invalid),
    title: plainString().trim().min(RESOURCE_LIMITS.titleMin).max(RESOURCE_LIMITS.title),
    summary: requiredText(RESOURCE_LIMITS.summary, { multiline: true }),
    "languages[]": uniqueList(z.enum(APPLICATION_LANGUAGES, invalid), RESOURCE_LIMITS.languages),
    "countries[]": uniqueList(countryCodeField, RESOURCE_LIMITS.countries),
    "rules[]": uniqueList(z.coerce.number(invalid).int().min(1).max(70), RESOURCE_LIMITS.rules),
    year: yearField,
    /** Blank: as oneself; otherwise the organization the author represents. */
    organizationId: z.union([z.literal(""), resourceIdField]).optional().transform((value) => value || null),
    visibility: z.enum(["NETWORK", "ORGANIZATION"], invalid),
  })
  .refine((input) => input["languages[]"].length > 0, { path: ["languages[]"], error: "Errors.fields.chooseOne" })
  .transform(({ "countries[]": countryCodes, "rules[]": ruleNumbers, "languages[]": languages, ...rest }) => ({
    ...rest,
    countryCodes: countryCodes.sort(),
    ruleNumbers: ruleNumbers.sort((a, b) => a - b),
    languages: languages.sort(),
  }));

export type ResourceMetadata = z.infer<typeof resourceMetadataSchema>;

export const linkResourceSchema = z.intersection(resourceMetadataSchema, z.object({ link: linkField }));
export type LinkResourceInput = z.infer<typeof linkResourceSchema>;

/** The ticket of a file the upload route stored (lib/resources/format.ts signUploadTicket). */
const fileTicketField = z.string().regex(/^[A-Za-z0-9._-]{1,200}$/, { error: "Errors.fields.invalid" });

/** The second step of sharing a file: the description, and the ticket of the file uploaded in the first. */
export const fileResourceSchema = z.intersection(resourceMetadataSchema, z.object({ fileTicket: fileTicketField }));
export type FileResourceInput = z.infer<typeof fileResourceSchema>;

/**
 * The edit form: the metadata, and for a link resource its link, for a file resource the ticket of a replacement
 * just uploaded (either change is a new version).
 */
export const editResourceSchema = z.intersection(
  resourceMetadataSchema,
  z.object({
    resourceId: resourceIdField,
    link: z.union([z.literal(""), linkField]).optional().transform((value) => value || null),
    fileTicket: z.union([z.literal(""), fileTicketField]).optional().transform((value) => value || null),
  }),
);
export type EditResourceInput = z.infer<typeof editResourceSchema>;

export const resourceIdSchema = z.object({ resourceId: resourceIdField });

export const FLAG_REASONS = ["HARASSMENT", "PERSONAL_INFORMATION", "SPAM", "OFF_TOPIC", "OTHER"] as const;

/** The list's address (a GET form): anything unusable is ignored, never an error. */
export const resourceListSchema = z.object({
  q: ignoredUnlessValid(z.string().trim().max(120).transform((value) => value.replace(/[\u0000-\u001f\u007f]/g, "") || undefined)),
  type: ignoredUnlessValid(z.enum(RESOURCE_TYPES)),
  continent: ignoredUnlessValid(z.string().regex(/^[A-Z]{2}$/)),
  region: ignoredUnlessValid(z.string().regex(/^\d{3}$/)),
  country: ignoredUnlessValid(z.string().regex(/^[A-Za-z]{2}$/).transform((value) => value.toUpperCase())),
  rule: ignoredUnlessValid(z.coerce.number().int().min(1).max(70).transform(String)),
  language: ignoredUnlessValid(z.enum(APPLICATION_LANGUAGES)),
  organization: ignoredUnlessValid(z.string().regex(/^[a-z0-9-]{1,120}$/)),
  year: ignoredUnlessValid(z.coerce.number().int().min(RESOURCE_LIMITS.yearMin).max(2100).transform(String)),
  after: ignoredUnlessValid(z.string().regex(/^[A-Za-z0-9_-]{1,200}$/)),
});
export type ResourceListFilter = z.infer<typeof resourceListSchema>;

/** The filters that narrow the list (everything but the cursor). */
export const NARROWING_FILTERS = ["q", "type", "continent", "region", "country", "rule", "language", "organization", "year"] as const;

/** The address of the list with `filter` (empty values left out), e.g. the next page or a chip's removal. */
export function resourceListHref(filter: Partial<Record<keyof ResourceListFilter, string | undefined>>, base = "/resources"): string {
  const params = new URLSearchParams();
  for (const [name, value] of Object.entries(filter)) if (value !== undefined && value !== "") params.set(name, value);
  const query = params.toString();
  return query ? `${base}?${query}` : base;
}

/** A flag on a resource (the one moderation queue). */
export const flagResourceSchema = z.object({
  resourceId: resourceIdField,
  reason: z.enum(FLAG_REASONS, invalid),
  note: optionalText(500, { multiline: true }),
});
export type FlagResourceInput = z.infer<typeof flagResourceSchema>;


// ---- Attachments (a resource attached to a post, a request or a message) ----------------------------------------

/** Resources one post, request or message may carry. */
export const ATTACHMENT_LIMIT = 5;

/**
 * The composers' "attach" field: what names the resources to attach — a resource's address (`/resources/<id>`, or
 * the whole link to it) or its id — separated by spaces, commas or lines (the picker writes ids). Each distinct
 * one is kept, at most ATTACHMENT_LIMIT; which resources they are, and whether the writer may attach them, is the
 * service's check against the database.
 */
export const attachmentsField = z
  .string()
  .max(4_000)
  .optional()
  .transform((value) => [...new Set((value ?? "").split(/[\s,;]+/).filter(Boolean))])
  .pipe(z.array(z.string()).max(ATTACHMENT_LIMIT, { error: "Errors.fields.tooManyChoices" }));

/** The resource id an "attach" entry names, or null when it names none (a stray word, another kind of address). */
export function attachmentIdOf(entry: string): string | null {
  if (/^[a-z0-9]{1,40}$/.test(entry)) return entry;
  const match = /(?:^|\/)resources\/([a-z0-9]{1,40})(?:[/?#]|$)/.exec(entry);
  return match ? match[1]! : null;
}

/** The refusal of a composer whose "attach" field names something the writer may not attach (null when all is well). */
export function attachmentRefusal(refused: string[]): AppError | null {
  return refused.length ? new AppError("VALIDATION", { field: "attach", messageKey: "ResourceErrors.notAttachable", values: { entries: refused.join(", "), count: refused.length } }) : null;
}

/** A composer's preview of its "attach" field: the resources it would attach, and the entries that name none. */
export type AttachmentsPreview = { resources: Array<{ id: string; title: string }>; refused: string[] };

/** The "attach" field of a form sent for a preview (nothing is refused there: the preview shows what is wrong). */
export function attachEntries(value: unknown): string[] {
  return typeof value === "string" ? [...new Set(value.split(/[\s,;]+/).filter(Boolean))] : [];
}
