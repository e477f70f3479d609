// The organizations list's filters, read from the address (a GET form): anything unusable is ignored.
import { z } from "zod";
import { AreaOfWork, OrganizationKind } from "@/lib/generated/prisma/enums";

export const ORGANIZATION_KINDS = Object.values(OrganizationKind);

const ignoredUnlessValid = <T extends z.ZodType>(schema: T) => schema.optional().catch(undefined);

export const organizationFilterSchema = z.object({
  country: ignoredUnlessValid(z.string().regex(/^[A-Za-z]{2}$/).transform((value) => value.toUpperCase())),
  kind: ignoredUnlessValid(z.enum(ORGANIZATION_KINDS)),
  area: ignoredUnlessValid(z.enum(Object.values(AreaOfWork))),
  q: ignoredUnlessValid(z.string().trim().max(80).transform((value) => value.replace(/[\u0000-\u001f\u007f]/g, "") || undefined)),
  after: ignoredUnlessValid(z.string().regex(/^[a-z0-9]{1,40}$/)),
});

export type OrganizationFilter = z.infer<typeof organizationFilterSchema>;
