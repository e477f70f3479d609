import "server-only";
import { db } from "@/lib/db";

/** Organizations an applicant may name or a reviewer may merge into: the active ones, by name. */
export function listActiveOrganizations() {
  return db().organization.findMany({
    where: { status: "ACTIVE" },
    select: { id: true, name: true, countryCode: true },
    orderBy: [{ name: "asc" }, { id: "asc" }],
  });
}

export function findActiveOrganization(id: string) {
  return db().organization.findFirst({ where: { id, status: "ACTIVE" }, select: { id: true, name: true } });
}

/** The organizations a member speaks for, to offer them the invitation page of each. */
export function organizationsRepresentedBy(userId: string) {
  return db().organization.findMany({
    where: { members: { some: { userId, role: "REPRESENTATIVE" } }, status: "ACTIVE" },
    select: { id: true, name: true },
    orderBy: { name: "asc" },
  });
}

/** Active organizations per country, based there or working there, each counted once per country. */
export async function countActiveOrganizationsByCountry(): Promise<Map<string, number>> {
  const rows = await db().$queryRaw<{ code: string; count: number }[]>`
    SELECT "code", count(DISTINCT "id")::int AS "count" FROM (
      SELECT "id", "countryCode" AS "code" FROM "Organization" WHERE "status" = 'ACTIVE'
      UNION
      SELECT o."id", oc."countryCode" FROM "OrganizationCountry" oc JOIN "Organization" o ON o."id" = oc."organizationId" WHERE o."status" = 'ACTIVE'
    ) AS "placed" GROUP BY "code"`;
  return new Map(rows.map((row) => [row.code, row.count]));
}

/** The active organizations based in or working in a country, by name. */
export function listOrganizationsInCountry(code: string) {
  return db().organization.findMany({
    where: { status: "ACTIVE", OR: [{ countryCode: code }, { workCountries: { some: { countryCode: code } } }] },
    select: { id: true, slug: true, name: true, kind: true, countryCode: true },
    orderBy: [{ name: "asc" }, { id: "asc" }],
    take: 200,
  });
}
