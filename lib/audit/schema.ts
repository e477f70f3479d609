// The audit log viewer's filters, read from the address (a GET form): anything unusable is ignored, never an error.
import { z } from "zod";
import { ignoredUnlessValid } from "@/lib/search-params";

const blankless = (schema: z.ZodType<string, string>) => z.string().trim().transform((value) => value || undefined).pipe(schema.optional());

export const auditFilterSchema = z.object({
  /** An email address, an @handle, or a member's id. */
  actor: ignoredUnlessValid(blankless(z.string().max(254))),
  action: ignoredUnlessValid(blankless(z.string().regex(/^[a-z0-9.-]{1,80}$/))),
  targetType: ignoredUnlessValid(blankless(z.string().regex(/^[A-Za-z]{1,60}$/))),
  targetId: ignoredUnlessValid(blankless(z.string().regex(/^[A-Za-z0-9_-]{1,64}$/))),
  /** Calendar days in the admin's time zone, both included. */
  from: ignoredUnlessValid(blankless(z.iso.date())),
  to: ignoredUnlessValid(blankless(z.iso.date())),
  after: ignoredUnlessValid(z.string().regex(/^[A-Za-z0-9_-]{1,160}$/)),
});

export type AuditFilter = z.infer<typeof auditFilterSchema>;

/** The filters that narrow the log (everything but the cursor). */
export const AUDIT_FILTERS = ["actor", "action", "targetType", "targetId", "from", "to"] as const;

/** The viewer's address with `filter` (for the next page, the export, or to drop one filter). */
export function auditHref(base: "/admin/audit" | "/admin/audit/export", filter: Partial<AuditFilter>): string {
  const params = new URLSearchParams();
  for (const name of [...AUDIT_FILTERS, "after"] as const) {
    const value = filter[name];
    if (value) params.set(name, value);
  }
  const query = params.toString();
  return query ? `${base}?${query}` : base;
}
