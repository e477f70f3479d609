// What members send about places of detention: a place (new or edited), a merge, and the registry's address (a
// GET form). Error keys are in "Errors" (zod issues) and "PlaceErrors" (the service's refusals); whether the
// country exists is the service's check.
import { z } from "zod";
import { countryCodeField } from "@/lib/applications/schema";
import { DetentionPlaceType } from "@/lib/generated/prisma/enums";
import { ignoredUnlessValid } from "@/lib/search-params";
import { optionalText, plainString } from "@/lib/text-fields";

export const PLACE_LIMITS = { nameMin: 3, name: 200, locality: 200, authority: 200, figuresSource: 500, figure: 100_000 } as const;

export const PLACE_TYPES = Object.values(DetentionPlaceType);
export type PlaceTypeValue = (typeof PLACE_TYPES)[number];

const invalid = { error: "Errors.fields.invalid_value" } as const;

export const idField = z.string().regex(/^[a-z0-9]{1,40}$/, { error: "Errors.fields.invalid" });

/** A count of people (capacity, women held): blank is unknown. */
const figureField = z
  .string()
  .trim()
  .optional()
  .transform((value) => value || null)
  .refine((value) => value === null || (/^\d{1,6}$/.test(value) && Number(value) <= PLACE_LIMITS.figure), { error: "Errors.fields.invalidFormat" })
  .transform((value) => (value === null ? null : Number(value)));

/** A calendar day (yyyy-mm-dd) as a UTC midnight, not in the future; blank is null. */
export const pastDayField = z
  .string()
  .trim()
  .optional()
  .transform((value) => value || null)
  .refine((value) => value === null || isCalendarDay(value), { error: "Errors.fields.invalidFormat" })
  .transform((value) => (value === null ? null : new Date(`${value}T00:00:00Z`)))
  .refine((value) => value === null || value.getTime() <= Date.now(), { error: "Errors.fields.dateInFuture" });

export function isCalendarDay(value: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) return false;
  const date = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === value;
}

export const placeSchema = z
  .object({
    countryCode: countryCodeField,
    name: plainString().trim().min(PLACE_LIMITS.nameMin).max(PLACE_LIMITS.name),
    type: z.enum(PLACE_TYPES, invalid),
    locality: optionalText(PLACE_LIMITS.locality),
    authority: optionalText(PLACE_LIMITS.authority),
    capacity: figureField,
    womenHeld: figureField,
    figuresSource: optionalText(PLACE_LIMITS.figuresSource),
    figuresDate: pastDayField,
  })
  .refine((place) => place.capacity === null || place.womenHeld === null || place.womenHeld <= place.capacity * 3, { path: ["womenHeld"], error: "Errors.fields.figuresImplausible" });
export type PlaceInput = z.infer<typeof placeSchema>;

export const editPlaceSchema = z.intersection(placeSchema, z.object({ placeId: idField }));
export type EditPlaceInput = z.infer<typeof editPlaceSchema>;

/** A moderator merges `placeId` (a duplicate) into `intoPlaceId` (the one kept). */
export const mergePlacesSchema = z
  .object({ placeId: idField, intoPlaceId: idField })
  .refine((merge) => merge.placeId !== merge.intoPlaceId, { path: ["intoPlaceId"], error: "Errors.fields.mergeIntoItself" });
export type MergePlacesInput = z.infer<typeof mergePlacesSchema>;

/** The registry's address: anything unusable is ignored, never an error. */
export const placeListSchema = z.object({
  country: ignoredUnlessValid(z.string().regex(/^[A-Za-z]{2}$/).transform((value) => value.toUpperCase())),
  type: ignoredUnlessValid(z.enum(PLACE_TYPES)),
  q: ignoredUnlessValid(z.string().trim().max(120).transform((value) => value.replace(/[\u0000-\u001f\u007f]/g, "") || undefined)),
  after: ignoredUnlessValid(z.string().regex(/^[A-Za-z0-9_-]{1,400}$/)),
});
export type PlaceListFilter = z.infer<typeof placeListSchema>;

export function placeListHref(filter: Partial<Record<keyof PlaceListFilter, string | undefined>>, base = "/monitoring/places"): string {
  const params = new URLSearchParams();
  for (const [name, value] of Object.entries(filter)) if (value) params.set(name, value);
  const query = params.toString();
  return query ? `${base}?${query}` : base;
}
