// The directory's filters, read from the address (a GET form): anything unusable is ignored, never an error.
import { z } from "zod";
import { AreaOfWork } from "@/lib/generated/prisma/enums";
import { APPLICATION_LANGUAGES } from "@/lib/i18n/languages";
import { ignoredUnlessValid } from "@/lib/search-params";

export const DIRECTORY_SORTS = ["name", "newest"] as const;
export type DirectorySort = (typeof DIRECTORY_SORTS)[number];

export const directoryFilterSchema = z.object({
  q: ignoredUnlessValid(z.string().trim().max(80).transform((value) => value.replace(/[\u0000-\u001f\u007f]/g, "") || undefined)),
  continent: ignoredUnlessValid(z.string().regex(/^[A-Z]{2}$/)),
  region: ignoredUnlessValid(z.string().regex(/^\d{3}$/)),
  country: ignoredUnlessValid(z.string().regex(/^[A-Za-z]{2}$/).transform((value) => value.toUpperCase())),
  language: ignoredUnlessValid(z.enum(APPLICATION_LANGUAGES)),
  area: ignoredUnlessValid(z.enum(Object.values(AreaOfWork))),
  rule: ignoredUnlessValid(z.coerce.number().int().min(1).max(70).transform(String)),
  organization: ignoredUnlessValid(z.string().regex(/^[a-z0-9-]{1,120}$/)),
  sort: z.enum(DIRECTORY_SORTS).catch("name").default("name"),
  after: ignoredUnlessValid(z.string().regex(/^[A-Za-z0-9_-]{1,400}$/)),
});

export type DirectoryFilter = z.infer<typeof directoryFilterSchema>;

/** The filters that narrow the list (everything but the sort and the cursor). */
export const NARROWING_FILTERS = ["q", "continent", "region", "country", "language", "area", "rule", "organization"] as const;

/** A position in the list: the sort key and the member it belongs to, opaque in the address. */
export type DirectoryCursor = { key: string; userId: string };

export function encodeCursor(cursor: DirectoryCursor): string {
  return Buffer.from(JSON.stringify([cursor.key, cursor.userId])).toString("base64url");
}

export function decodeCursor(value: string | undefined): DirectoryCursor | null {
  if (!value) return null;
  try {
    const parsed: unknown = JSON.parse(Buffer.from(value, "base64url").toString("utf8"));
    if (Array.isArray(parsed) && parsed.length === 2 && typeof parsed[0] === "string" && typeof parsed[1] === "string" && parsed[1].length <= 40) {
      return { key: parsed[0], userId: parsed[1] };
    }
  } catch {
    // an edited or truncated cursor starts from the beginning
  }
  return null;
}

/** The address of the directory with `filter`, e.g. for the next page or to drop one filter. */
export function directoryHref(filter: Partial<Record<keyof DirectoryFilter, string | undefined>>): string {
  const params = new URLSearchParams();
  for (const [name, value] of Object.entries(filter)) {
    if (value !== undefined && value !== "" && !(name === "sort" && value === "name")) params.set(name, value);
  }
  const query = params.toString();
  return query ? `/directory?${query}` : "/directory";
}
