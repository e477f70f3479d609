// The addresses of the monitoring picture (GET forms, bookmarkable, without JavaScript): the matrix's filters
// and grouping, and a cell's findings (the same filters, plus the rule, the country or region, the assessment and
// the page's cursor). Anything unusable is ignored, never an error.
import { z } from "zod";
import { DetentionPlaceType, FindingAssessment } from "@/lib/generated/prisma/enums";
import { ignoredUnlessValid } from "@/lib/search-params";

export const PLACE_TYPES = Object.values(DetentionPlaceType);
export const ASSESSMENTS = Object.values(FindingAssessment);
export type Assessment = (typeof ASSESSMENTS)[number];

/** The matrix's columns: one per country, or countries added up by UN M49 region or by continent. */
export const GROUPINGS = ["country", "region", "continent"] as const;
export type Grouping = (typeof GROUPINGS)[number];

const year = z.coerce.number().int().min(1990).max(2100);

export const matrixFilterSchema = z.object({
  by: ignoredUnlessValid(z.enum(GROUPINGS)),
  type: ignoredUnlessValid(z.enum(PLACE_TYPES)),
  /** The visit's year, from and to (inclusive). */
  from: ignoredUnlessValid(year),
  to: ignoredUnlessValid(year),
  organization: ignoredUnlessValid(z.string().regex(/^[a-z0-9-]{1,120}$/)),
  continent: ignoredUnlessValid(z.string().regex(/^[A-Z]{2}$/)),
  /** An M49 region at any level (region, sub-region or intermediate region). */
  region: ignoredUnlessValid(z.string().regex(/^\d{3}$/)),
});
export type MatrixFilter = z.infer<typeof matrixFilterSchema>;

export const findingsFilterSchema = matrixFilterSchema.omit({ by: true }).extend({
  rule: ignoredUnlessValid(z.coerce.number().int().min(1).max(70)),
  country: ignoredUnlessValid(z.string().regex(/^[A-Za-z]{2}$/).transform((value) => value.toUpperCase())),
  assessment: ignoredUnlessValid(z.enum(ASSESSMENTS)),
  after: ignoredUnlessValid(z.string().regex(/^[A-Za-z0-9_-]{1,160}$/)),
});
export type FindingsFilter = z.infer<typeof findingsFilterSchema>;

/** The filters a matrix and its findings share, in address order. */
export const SHARED_FILTERS = ["type", "from", "to", "organization", "continent", "region"] as const;

type HrefValues = Partial<Record<string, string | number | undefined | null>>;

function href(base: string, values: HrefValues): string {
  const params = new URLSearchParams();
  for (const [name, value] of Object.entries(values)) if (value !== undefined && value !== null && value !== "") params.set(name, String(value));
  const query = params.toString();
  return query ? `${base}?${query}` : base;
}

/** The matrix's address with these filters (empty ones left out). */
export function matrixHref(filter: Partial<MatrixFilter>): string {
  return href("/monitoring", { by: filter.by === "country" ? undefined : filter.by, ...Object.fromEntries(SHARED_FILTERS.map((name) => [name, filter[name]])) });
}

/** The findings' address: a rule, a place in the world, an assessment, the matrix's filters, a page. */
export function findingsHref(filter: Partial<FindingsFilter>): string {
  return href("/monitoring/findings", {
    rule: filter.rule,
    country: filter.country,
    assessment: filter.assessment,
    ...Object.fromEntries(SHARED_FILTERS.map((name) => [name, filter[name]])),
    after: filter.after,
  });
}
