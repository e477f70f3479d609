// A page's search parameters as the GET forms send them: one value per name (a repeated name keeps its first).
import type { z } from "zod";

export type SearchParams = Record<string, string | string[] | undefined>;

export function firstValues(params: SearchParams): Record<string, string | undefined> {
  return Object.fromEntries(Object.entries(params).map(([key, value]) => [key, Array.isArray(value) ? value[0] : value]));
}

/** A GET form's field that is dropped, never an error, when it is missing or unusable (a list's filters). */
export const ignoredUnlessValid = <T extends z.ZodType>(schema: T) => schema.optional().catch(undefined);
