// The organizations list's filters, read from the address (a GET form): anything unusable is ignored.
import { z } from "zod";
import { countryCodeField, websiteField } from "@/lib/applications/schema";
import { AreaOfWork, OrganizationKind } from "@/lib/generated/prisma/enums";
import { optionalText, REQUIRED_WHEN_MISSING, requiredText } from "@/lib/text-fields";
import { ignoredUnlessValid } from "@/lib/search-params";

export const ORGANIZATION_KINDS = Object.values(OrganizationKind);

export const organizationFilterSchema = z.object({
  country: ignoredUnlessValid(z.string().regex(/^[A-Za-z]{2}$/).transform((value) => value.toUpperCase())),
  kind: ignoredUnlessValid(z.enum(ORGANIZATION_KINDS)),
  area: ignoredUnlessValid(z.enum(Object.values(AreaOfWork))),
  q: ignoredUnlessValid(z.string().trim().max(80).transform((value) => value.replace(/[\u0000-\u001f\u007f]/g, "") || undefined)),
  after: ignoredUnlessValid(z.string().regex(/^[a-z0-9]{1,40}$/)),
});

export type OrganizationFilter = z.infer<typeof organizationFilterSchema>;

// Forms that change organizations. Error messages are catalogue keys (lib/action.ts translates them);
// whether a country exists and whether rows are still as the form saw them is checked by the services.

export const ORGANIZATION_LIMITS = { name: 200, description: 2000, website: 300, joinMessage: 500 } as const;

const idField = z.string(REQUIRED_WHEN_MISSING).regex(/^[a-z0-9]{1,40}$/, { error: "Errors.fields.invalid" });

const uniqueList = <T extends z.ZodType>(item: T, max: number) =>
  z
    .array(item)
    .max(max)
    .optional()
    .transform((values) => [...new Set(values ?? [])] as z.infer<T>[]);

export const editOrganizationSchema = z
  .object({
    organizationId: idField,
    name: requiredText(ORGANIZATION_LIMITS.name),
    description: optionalText(ORGANIZATION_LIMITS.description, { multiline: true }),
    website: websiteField,
    kind: z.enum(ORGANIZATION_KINDS, { error: "Errors.fields.invalid_value" }),
    countryCode: countryCodeField,
    "workCountries[]": uniqueList(countryCodeField, 300),
    "areasOfWork[]": uniqueList(z.enum(Object.values(AreaOfWork), { error: "Errors.fields.invalid_value" }), Object.values(AreaOfWork).length),
  })
  .transform(({ "workCountries[]": workCountries, "areasOfWork[]": areasOfWork, ...rest }) => ({
    ...rest,
    // The base country is where it works anyway: not repeated among the countries of work.
    workCountries: workCountries.filter((code) => code !== rest.countryCode).sort(),
    areasOfWork,
  }));

export type EditOrganizationInput = z.infer<typeof editOrganizationSchema>;

/** Forms about one organization and nothing else (logo, leave, verify, archive). */
export const organizationIdSchema = z.object({ organizationId: idField });

export const joinRequestSchema = z.object({
  organizationId: idField,
  message: optionalText(ORGANIZATION_LIMITS.joinMessage, { multiline: true }),
});

export const joinRequestIdSchema = z.object({ requestId: idField });

export const JOIN_DECISIONS = ["accept", "decline"] as const;
export const decideJoinRequestSchema = z.object({ requestId: idField, decision: z.enum(JOIN_DECISIONS, { error: "Errors.fields.invalid_value" }) });

export const memberActionSchema = z.object({ organizationId: idField, userId: idField });
export const memberRoleSchema = memberActionSchema.extend({ role: z.enum(["MEMBER", "REPRESENTATIVE"], { error: "Errors.fields.invalid_value" }) });

export const mergeOrganizationsSchema = z
  .object({ duplicateId: idField, survivorId: idField })
  .refine((input) => input.duplicateId !== input.survivorId, { path: ["survivorId"], error: "OrganizationErrors.mergeIntoItself" });

export const ADMIN_ORGANIZATION_STATUSES = ["PROPOSED", "ACTIVE", "ARCHIVED"] as const;

/** The admins' list: one status at a time (proposed first, as they wait for a decision), page by page. */
export const adminOrganizationFilterSchema = z.object({
  status: z.enum(ADMIN_ORGANIZATION_STATUSES).catch("PROPOSED"),
  page: z.coerce.number().int().min(1).max(10_000).catch(1),
});

export type AdminOrganizationFilter = z.infer<typeof adminOrganizationFilterSchema>;
