// What members send about collaboration requests: the request form (new and edit), a response, a decision, a
// closing, an invitation; and the list's address (a GET form). Error messages are keys of the "Errors" catalogue;
// checks that need the database or today's date (a country that exists, a deadline not past) are the service's.
import { z } from "zod";
import { countryCodeField } from "@/lib/applications/schema";
import { CollaborationKind } from "@/lib/generated/prisma/enums";
import { APPLICATION_LANGUAGES } from "@/lib/i18n/languages";
import { optionalText, plainString, requiredText } from "@/lib/text-fields";
import { ignoredUnlessValid } from "@/lib/search-params";
import { attachmentsField } from "@/lib/resources/schema";

export const COLLABORATION_LIMITS = {
  titleMin: 8,
  title: 200,
  description: 20_000,
  needs: 2_000,
  countries: 10,
  rules: 10,
  languages: 8,
  collaboratorsMax: 50,
  named: 20,
  response: 5_000,
  decision: 1_000,
  outcome: 2_000,
  /** Mentions that notify in one description or response; more stay text. */
  mentions: 10,
} as const;

export const COLLABORATION_KINDS = Object.values(CollaborationKind);
export type CollaborationKindValue = (typeof COLLABORATION_KINDS)[number];

/** The area of work a kind of request is about, for matching it with members' areas (none for the general kinds). */
export const KIND_AREAS: Partial<Record<CollaborationKindValue, string>> = {
  MONITORING_VISIT: "MONITORING",
  RESEARCH: "RESEARCH",
  TRAINING: "TRAINING",
  ADVOCACY_CAMPAIGN: "ADVOCACY",
};

const invalid = { error: "Errors.fields.invalid_value" } as const;

const uniqueList = <T extends z.ZodType>(item: T, max: number) =>
  z
    .array(item)
    .max(max)
    .optional()
    .transform((values) => [...new Set(values ?? [])] as z.infer<T>[]);

const idField = z.string().regex(/^[a-z0-9]{1,40}$/, { error: "Errors.fields.invalid" });

/** A handle as typed: with or without "@", any case. */
const HANDLE = /^@?[a-z0-9]{6,16}$/i;

/** The named members field: handles separated by spaces, commas or lines, each once, without "@". */
const namedMembersField = plainString({ multiline: true })
  .optional()
  .transform((value) => [...new Set((value ?? "").split(/[\s,;]+/).filter(Boolean))])
  .refine((handles) => handles.every((handle) => HANDLE.test(handle)), { error: "Errors.fields.invalidFormat" })
  .transform((handles) => [...new Set(handles.map((handle) => handle.replace(/^@/, "").toLowerCase()))])
  .refine((handles) => handles.length <= COLLABORATION_LIMITS.named, { error: "Errors.fields.tooManyChoices" });

export const requestSchema = z
  .object({
    kind: z.enum(COLLABORATION_KINDS, invalid),
    title: plainString().trim().min(COLLABORATION_LIMITS.titleMin).max(COLLABORATION_LIMITS.title),
    body: requiredText(COLLABORATION_LIMITS.description, { multiline: true }),
    needs: requiredText(COLLABORATION_LIMITS.needs, { multiline: true }),
    "countries[]": uniqueList(countryCodeField, COLLABORATION_LIMITS.countries),
    "rules[]": uniqueList(z.coerce.number(invalid).int().min(1).max(70), COLLABORATION_LIMITS.rules),
    "languages[]": uniqueList(z.enum(APPLICATION_LANGUAGES, invalid), COLLABORATION_LIMITS.languages),
    /** A calendar day (the date input's value); blank: no deadline. */
    deadline: z
      .string()
      .trim()
      .optional()
      .transform((value) => value || null)
      .refine((value) => value === null || (/^\d{4}-\d{2}-\d{2}$/.test(value) && !Number.isNaN(Date.parse(`${value}T00:00:00Z`))), { error: "Errors.fields.invalidFormat" }),
    collaboratorsWanted: z.coerce.number(invalid).int().min(1).max(COLLABORATION_LIMITS.collaboratorsMax),
    visibility: z.enum(["NETWORK", "NAMED"], invalid),
    namedMembers: namedMembersField,
    /** Blank: as oneself; otherwise the organization the author represents. */
    organizationId: z.union([z.literal(""), idField]).optional().transform((value) => value || null),
    /** Resources to attach (lib/resources): addresses or ids, checked by the service. */
    attach: attachmentsField,
  })
  .transform(({ "countries[]": countryCodes, "rules[]": ruleNumbers, "languages[]": languages, namedMembers, ...rest }) => ({
    ...rest,
    countryCodes: countryCodes.sort(),
    ruleNumbers: ruleNumbers.sort((a, b) => a - b),
    languages: languages.sort(),
    namedHandles: rest.visibility === "NAMED" ? namedMembers : [],
  }));

/** Callers other than the form (tests, the seed) may leave out what to attach. */
type AttachOptional<T> = Omit<T, "attach"> & { attach?: string[] };

export type RequestInput = AttachOptional<z.infer<typeof requestSchema>>;

export const editRequestSchema = z.intersection(z.object({ requestId: idField }), requestSchema);
export type EditRequestInput = AttachOptional<z.infer<typeof editRequestSchema>>;

export const requestIdSchema = z.object({ requestId: idField });

export const responseSchema = z.object({
  requestId: idField,
  body: requiredText(COLLABORATION_LIMITS.response, { multiline: true }),
  organizationId: z.union([z.literal(""), idField]).optional().transform((value) => value || null),
});
export type ResponseInput = z.infer<typeof responseSchema>;

export const decisionSchema = z.object({
  responseId: idField,
  decision: z.enum(["accept", "decline"], invalid),
  message: optionalText(COLLABORATION_LIMITS.decision, { multiline: true }),
});
export type DecisionInput = z.infer<typeof decisionSchema>;

export const responseIdSchema = z.object({ responseId: idField });

/** Closing: completed (with what came of it) or cancelled; the outcome may be shared with the whole network. */
export const closeSchema = z
  .object({
    requestId: idField,
    status: z.enum(["COMPLETED", "CANCELLED"], invalid),
    outcome: optionalText(COLLABORATION_LIMITS.outcome, { multiline: true }),
    outcomeShared: z.literal("on").optional().transform((value) => value === "on"),
  })
  .refine((input) => input.status !== "COMPLETED" || input.outcome !== null, { path: ["outcome"], error: "Errors.fields.required" });
export type CloseInput = z.infer<typeof closeSchema>;

export const inviteSchema = z.object({ requestId: idField, handle: z.string().regex(/^[a-z0-9]{6,16}$/, { error: "Errors.fields.invalid" }) });
export type InviteInput = z.infer<typeof inviteSchema>;

export const LIST_SORTS = ["newest", "deadline"] as const;
export const LIST_STATES = ["open", "closed", "all"] as const;

/** The list's address (a GET form): anything unusable is ignored, never an error. */
export const requestListSchema = z.object({
  q: ignoredUnlessValid(z.string().trim().max(120).transform((value) => value.replace(/[\u0000-\u001f\u007f]/g, "") || undefined)),
  kind: ignoredUnlessValid(z.enum(COLLABORATION_KINDS)),
  continent: ignoredUnlessValid(z.string().regex(/^[A-Z]{2}$/)),
  region: ignoredUnlessValid(z.string().regex(/^\d{3}$/)),
  country: ignoredUnlessValid(z.string().regex(/^[A-Za-z]{2}$/).transform((value) => value.toUpperCase())),
  rule: ignoredUnlessValid(z.coerce.number().int().min(1).max(70).transform(String)),
  language: ignoredUnlessValid(z.enum(APPLICATION_LANGUAGES)),
  organization: ignoredUnlessValid(z.string().regex(/^[a-z0-9-]{1,120}$/)),
  state: z.enum(LIST_STATES).catch("open").default("open"),
  sort: z.enum(LIST_SORTS).catch("newest").default("newest"),
  after: ignoredUnlessValid(z.string().regex(/^[A-Za-z0-9_-]{1,200}$/)),
});

export type RequestListFilter = z.infer<typeof requestListSchema>;

/** The filters that narrow the list (everything but the state, sort and cursor). */
export const NARROWING_FILTERS = ["q", "kind", "continent", "region", "country", "rule", "language", "organization"] as const;

/** The address of the list with `filter` (defaults left out), e.g. a "see all" link or the next page. */
export function requestListHref(filter: Partial<Record<keyof RequestListFilter, string | undefined>>): string {
  const params = new URLSearchParams();
  for (const [name, value] of Object.entries(filter)) {
    if (value === undefined || value === "" || (name === "sort" && value === "newest") || (name === "state" && value === "open")) continue;
    params.set(name, value);
  }
  const query = params.toString();
  return query ? `/collaborations?${query}` : "/collaborations";
}

/** A position in the list: the sort key (a moment, a day or none) and the request's id, opaque in the address. */
export type ListCursor = { key: string | null; id: string };

export function encodeListCursor(cursor: ListCursor): string {
  return Buffer.from(JSON.stringify([cursor.key, cursor.id])).toString("base64url");
}

export function decodeListCursor(value: string | undefined): ListCursor | null {
  if (!value) return null;
  try {
    const parsed: unknown = JSON.parse(Buffer.from(value, "base64url").toString("utf8"));
    if (!Array.isArray(parsed) || parsed.length !== 2) return null;
    const [key, id] = parsed as unknown[];
    if (typeof id !== "string" || !/^[a-z0-9]{1,40}$/.test(id)) return null;
    if (key !== null && (typeof key !== "string" || Number.isNaN(Date.parse(key)))) return null;
    return { key, id };
  } catch {
    return null;
  }
}

/** Today as a calendar day in UTC ("2026-12-02"): deadlines are days, compared with it. */
export function todayUtc(now: Date = new Date()): string {
  return now.toISOString().slice(0, 10);
}

export const FLAG_REASONS = ["HARASSMENT", "PERSONAL_INFORMATION", "SPAM", "OFF_TOPIC", "OTHER"] as const;

export const flagRequestSchema = z.object({
  requestId: idField,
  reason: z.enum(FLAG_REASONS, invalid),
  note: optionalText(500, { multiline: true }),
});
export type FlagRequestInput = z.infer<typeof flagRequestSchema>;

export const dismissFlagsSchema = z.object({ requestId: idField });
