// Input of the application forms and of the reviewers' decisions, shared by the forms and the server.
// Error messages are keys of the "Errors" catalogue namespace (see lib/action.ts); checks that need the
// database or the password estimator (country exists, organization is active, password strength) are
// made by the service, which reports them per field too.
import { z } from "zod";
import { fieldsRefused } from "@/lib/errors";
import { MEMBER_ROLES } from "@/lib/auth/viewer-types";
import { emailField } from "@/lib/auth/schema";
import { optionalText, plainString, REQUIRED_WHEN_MISSING, requiredText } from "@/lib/text-fields";
import { APPLICATION_LANGUAGES } from "@/lib/i18n/languages";

const REQUIRED = { error: "Errors.fields.required" } as const;

// Kept here too: the admin schemas import them with the other application fields.
export { optionalText, requiredText };

export const countryCodeField = z
  .string(REQUIRED_WHEN_MISSING)
  .trim()
  .toUpperCase()
  .regex(/^[A-Z]{2}$/, { error: "Errors.fields.invalid_value" });

const optionalCountryCode = z
  .string()
  .trim()
  .toUpperCase()
  .optional()
  .transform((value) => (value ? value : null))
  .pipe(z.string().regex(/^[A-Z]{2}$/, { error: "Errors.fields.invalid_value" }).nullable());

/** A website; "example.org" is read as https://example.org. Blank becomes null. */
export const websiteField = plainString()
  .trim()
  .max(300)
  .optional()
  .transform((value) => (!value ? null : /^https?:\/\//i.test(value) ? value : `https://${value}`))
  .pipe(z.url({ protocol: /^https?$/, hostname: /\./, error: "Errors.fields.website" }).nullable());

const languagesField = z
  .array(z.enum(APPLICATION_LANGUAGES, { error: "Errors.fields.invalid_value" }), REQUIRED_WHEN_MISSING)
  .min(1, REQUIRED)
  .max(APPLICATION_LANGUAGES.length)
  .transform((codes) => [...new Set(codes)]);

/** A ticked checkbox ("on"); anything else is a missing consent. */
const consentField = z.literal("on", REQUIRED);

export const APPLICATION_KINDS = ["INDIVIDUAL", "ORGANIZATION"] as const;
export const ORGANIZATION_CHOICES = ["existing", "new"] as const;

export const PASSWORD_MAX_LENGTH = 200;

/** What every application asks, whoever sends it. */
const applicationFields = {
  kind: z.enum(APPLICATION_KINDS, { error: "Errors.fields.invalid_value" }),
  name: requiredText(200),
  displayName: requiredText(80),
  password: plainString().min(1, REQUIRED).max(PASSWORD_MAX_LENGTH),
  countryCode: countryCodeField,
  organizationChoice: z.enum(ORGANIZATION_CHOICES).optional().catch(undefined),
  organizationId: optionalText(40),
  proposedOrgName: optionalText(200),
  proposedOrgWebsite: websiteField,
  proposedOrgCountryCode: optionalCountryCode,
  "languages[]": languagesField,
  workDescription: requiredText(5000, { multiline: true }),
  vouchedBy: optionalText(1000, { multiline: true }),
  livedExperience: optionalText(5000, { multiline: true }),
  consent: consentField,
};

type OrganizationFields = {
  kind: (typeof APPLICATION_KINDS)[number];
  organizationChoice?: (typeof ORGANIZATION_CHOICES)[number];
  organizationId: string | null;
  proposedOrgName: string | null;
  proposedOrgCountryCode: string | null;
};

/** An organization application names an existing organization or proposes a new one, with its country. */
function checkOrganization(value: Partial<OrganizationFields>, ctx: z.RefinementCtx): void {
  if (value.kind !== "ORGANIZATION") return;
  if (!value.organizationChoice) {
    ctx.addIssue({ code: "custom", path: ["organizationChoice"], message: "Errors.fields.required" });
  } else if (value.organizationChoice === "existing" && !value.organizationId) {
    ctx.addIssue({ code: "custom", path: ["organizationId"], message: "Errors.fields.required" });
  } else if (value.organizationChoice === "new") {
    if (!value.proposedOrgName) ctx.addIssue({ code: "custom", path: ["proposedOrgName"], message: "Errors.fields.required" });
    if (!value.proposedOrgCountryCode) ctx.addIssue({ code: "custom", path: ["proposedOrgCountryCode"], message: "Errors.fields.required" });
  }
}

/** Check the organization even when other fields failed, so every error shows at once. */
const ALWAYS = { when: (payload: { value: unknown }) => typeof payload.value === "object" && payload.value !== null };

/** A reason to refuse one field that zod cannot see (it needs the database); the form shows it translated. */
export type FieldProblem = "weakPassword" | "unknownCountry" | "unknownOrganization";
export type FieldProblems = Partial<Record<string, FieldProblem>>;

/** Throws the problems found (messages in "ApplicationErrors") as one refusal listing every field; nothing when none. */
export function refuseProblems(problems: FieldProblems): void {
  const refusal = fieldsRefused(Object.fromEntries(Object.entries(problems).map(([field, problem]) => [field, `ApplicationErrors.${problem}`])));
  if (refusal) throw refusal;
}

export type OrganizationSelection =
  | { type: "none" }
  | { type: "existing"; organizationId: string }
  | { type: "proposed"; name: string; website: string | null; countryCode: string };

function organizationSelection(value: OrganizationFields & { proposedOrgWebsite: string | null }): OrganizationSelection {
  if (value.kind !== "ORGANIZATION") return { type: "none" };
  if (value.organizationChoice === "existing") return { type: "existing", organizationId: value.organizationId ?? "" };
  return { type: "proposed", name: value.proposedOrgName ?? "", website: value.proposedOrgWebsite, countryCode: value.proposedOrgCountryCode ?? "" };
}

function normalize<T extends OrganizationFields & { proposedOrgWebsite: string | null; "languages[]": string[] }>(value: T) {
  const { organizationChoice: _choice, organizationId: _id, proposedOrgName: _name, proposedOrgWebsite: _website, proposedOrgCountryCode: _country, "languages[]": languages, consent: _consent, ...rest } =
    value as T & { consent?: unknown };
  return { ...rest, languages, organization: organizationSelection(value) };
}

/** The public application form. */
export const applySchema = z
  .object({ ...applicationFields, email: emailField })
  .superRefine(checkOrganization, ALWAYS)
  .transform(normalize);

/**
 * Applying through an invitation that still goes to review: the address is the invitation's (following the
 * emailed link proved it), and an organization invitation fixes the organization.
 */
export const invitedApplySchema = z
  .object({ ...applicationFields, token: z.string().min(1).max(200) })
  .superRefine(checkOrganization, ALWAYS)
  .transform(normalize);

/** Accepting an admin's pre-approved invitation: an account straight away, no review. */
export const acceptPreApprovedSchema = z
  .object({
    token: z.string().min(1).max(200),
    name: applicationFields.name,
    displayName: applicationFields.displayName,
    password: applicationFields.password,
    countryCode: applicationFields.countryCode,
    "languages[]": languagesField,
    livedExperience: applicationFields.livedExperience,
    consent: consentField,
  })
  .transform(({ "languages[]": languages, consent: _consent, ...rest }) => ({ ...rest, languages }));

export type ApplyInput = z.infer<typeof applySchema>;
export type InvitedApplyInput = z.infer<typeof invitedApplySchema>;
export type AcceptPreApprovedInput = z.infer<typeof acceptPreApprovedSchema>;

/** The applicant's answer to a request for more information. */
export const updateApplicationSchema = z.object({
  workDescription: applicationFields.workDescription,
  vouchedBy: applicationFields.vouchedBy,
  proposedOrgName: applicationFields.proposedOrgName,
  proposedOrgWebsite: applicationFields.proposedOrgWebsite,
  proposedOrgCountryCode: optionalCountryCode,
});
export type UpdateApplicationInput = z.infer<typeof updateApplicationSchema>;

export const withdrawApplicationSchema = z.object({ confirm: consentField });

// Decisions ------------------------------------------------------------------------------------------

const applicationId = z.string().min(1).max(40);

export const approveApplicationSchema = z
  .object({
    applicationId,
    role: z.enum(MEMBER_ROLES, { error: "Errors.fields.invalid_value" }),
    /** For an organization application: the applicant speaks for the organization. */
    representative: z
      .literal("on")
      .optional()
      .catch(undefined)
      .transform((value) => value === "on"),
    /** For a proposed organization: create it, or merge it into an existing one. */
    organizationResolution: z.enum(["create", "merge"]).optional().catch(undefined),
    mergeOrganizationId: optionalText(40),
  })
  .superRefine((value, ctx) => {
    if (value.organizationResolution === "merge" && !value.mergeOrganizationId) {
      ctx.addIssue({ code: "custom", path: ["mergeOrganizationId"], message: "Errors.fields.required" });
    }
  });
export type ApproveApplicationInput = z.infer<typeof approveApplicationSchema>;

export const rejectApplicationSchema = z.object({ applicationId, reason: requiredText(2000, { multiline: true }) });
export type RejectApplicationInput = z.infer<typeof rejectApplicationSchema>;

export const requestMoreInfoSchema = z.object({ applicationId, message: requiredText(2000, { multiline: true }) });
export type RequestMoreInfoInput = z.infer<typeof requestMoreInfoSchema>;

// The review queue's filters, from the address bar: anything unexpected falls back to the default. -----

export const QUEUE_STATUSES = ["pending", "more-info"] as const;
export const QUEUE_KINDS = ["individual", "organization"] as const;

export const reviewQueueFilterSchema = z.object({
  status: z.enum(QUEUE_STATUSES).catch("pending"),
  kind: z.enum(QUEUE_KINDS).optional().catch(undefined),
  country: z
    .string()
    .regex(/^[A-Za-z]{2}$/)
    .transform((value) => value.toUpperCase())
    .optional()
    .catch(undefined),
  page: z.coerce.number().int().min(1).max(100_000).catch(1),
});
export type ReviewQueueFilter = z.infer<typeof reviewQueueFilterSchema>;

// Applying again after a rejection --------------------------------------------------------------------

/** Months a rejected applicant waits before the same address may apply again, until admins choose otherwise. */
export const DEFAULT_REAPPLY_MONTHS = 6;
export const MAX_REAPPLY_MONTHS = 60;

export const reapplyPeriodSchema = z.object({
  months: z
    .string(REQUIRED)
    .trim()
    .min(1, REQUIRED)
    .regex(/^\d{1,3}$/, { error: "Errors.fields.invalidFormat" })
    .transform(Number)
    .pipe(z.number().int().min(0).max(MAX_REAPPLY_MONTHS)),
});
export type ReapplyPeriodInput = z.infer<typeof reapplyPeriodSchema>;

/** The moment a person rejected at `decidedAt` may apply again (calendar months, in UTC). Pure. */
export function reapplyAllowedFrom(decidedAt: Date, months: number): Date {
  const from = new Date(decidedAt);
  const day = from.getUTCDate();
  from.setUTCDate(1);
  from.setUTCMonth(from.getUTCMonth() + months);
  // 31 August + 6 months is the last day of February, not 3 March.
  const lastDay = new Date(Date.UTC(from.getUTCFullYear(), from.getUTCMonth() + 1, 0)).getUTCDate();
  from.setUTCDate(Math.min(day, lastDay));
  return from;
}
