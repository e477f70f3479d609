import "server-only";
// The directory's queries: one page by keyset and one count per facet, each over listed members only and
// each filter matching a field only where the member shows it to the network (a filter must not reveal
// what a card would hide). Text search uses the folded search text (lib/search) through its GIN index.
import { db } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";
import { prefixTsquery, searchTerms } from "@/lib/search/text";
import type { DirectoryCursor, DirectoryFilter } from "./schema";

/** A facet is counted over the members matching every filter except its own (so its other values stay offered). */
export type Facet = "geography" | "language" | "area" | "rule" | "organization";

const LISTED = Prisma.sql`p."hiddenFromDirectory" = false AND u.status = 'ACTIVE'`;

function conditions(filter: DirectoryFilter, except?: Facet): Prisma.Sql[] {
  const where = [LISTED];
  if (except !== "geography") {
    if (filter.country) where.push(Prisma.sql`p."countryVisibility" = 'MEMBERS' AND p."countryCode" = ${filter.country}`);
    if (filter.continent) where.push(Prisma.sql`p."countryVisibility" = 'MEMBERS' AND p."countryCode" IN (SELECT code FROM "Country" WHERE "continentCode" = ${filter.continent})`);
    if (filter.region) {
      where.push(Prisma.sql`p."countryVisibility" = 'MEMBERS' AND p."countryCode" IN (SELECT code FROM "Country" WHERE ${filter.region} IN ("regionCode", "subregionCode", "intermediateRegionCode"))`);
    }
  }
  if (filter.language && except !== "language") where.push(Prisma.sql`p."languagesVisibility" = 'MEMBERS' AND p.languages @> ARRAY[${filter.language}]::text[]`);
  if (filter.area && except !== "area") where.push(Prisma.sql`p."areasVisibility" = 'MEMBERS' AND p."areasOfWork" @> ARRAY[${filter.area}]::"AreaOfWork"[]`);
  if (filter.rule && except !== "rule") {
    where.push(Prisma.sql`p."rulesVisibility" = 'MEMBERS' AND EXISTS (SELECT 1 FROM "ProfileRuleInterest" r WHERE r."userId" = p."userId" AND r."ruleNumber" = ${Number(filter.rule)})`);
  }
  if (filter.organization && except !== "organization") {
    where.push(Prisma.sql`p."organizationsVisibility" = 'MEMBERS' AND EXISTS (
      SELECT 1 FROM "OrganizationMembership" m JOIN "Organization" o ON o.id = m."organizationId"
       WHERE m."userId" = p."userId" AND o.slug = ${filter.organization} AND o.status = 'ACTIVE')`);
  }
  const tsquery = prefixTsquery(searchTerms(filter.q));
  if (tsquery) where.push(Prisma.sql`to_tsvector('simple', p."searchText") @@ to_tsquery('simple', ${tsquery})`);
  return where;
}

const whereClause = (parts: Prisma.Sql[]) => Prisma.join(parts, " AND ");
const FROM = Prisma.sql`FROM "AdvocateProfile" p JOIN "User" u ON u.id = p."userId"`;

/** The query for one page of member ids in the filter's order, one more than `take` to tell if a next page exists. */
export function directoryPageQuery(filter: DirectoryFilter, cursor: DirectoryCursor | null, take: number): Prisma.Sql {
  const where = conditions(filter);
  if (filter.sort === "newest") {
    const at = cursor ? new Date(cursor.key) : null;
    if (cursor && at && !Number.isNaN(at.getTime())) where.push(Prisma.sql`(p."createdAt", p."userId") < (${at}, ${cursor.userId})`);
    return Prisma.sql`SELECT p."userId", p."createdAt" AS key ${FROM} WHERE ${whereClause(where)} ORDER BY p."createdAt" DESC, p."userId" DESC LIMIT ${take + 1}`;
  }
  if (cursor) where.push(Prisma.sql`(p."sortName", p."userId") > (${cursor.key}, ${cursor.userId})`);
  return Prisma.sql`SELECT p."userId", p."sortName" AS key ${FROM} WHERE ${whereClause(where)} ORDER BY p."sortName", p."userId" LIMIT ${take + 1}`;
}

/** How many organizations the organization facet offers: the chosen one first, then the best represented. */
export const ORGANIZATION_FACET_SIZE = 40;

/** The count query of one facet: value and count per row. */
export function facetQuery(filter: DirectoryFilter, facet: Facet): Prisma.Sql {
  const where = whereClause(conditions(filter, facet));
  switch (facet) {
    case "geography":
      return Prisma.sql`SELECT p."countryCode" AS value, count(*)::int AS count ${FROM} WHERE ${where} AND p."countryVisibility" = 'MEMBERS' AND p."countryCode" IS NOT NULL GROUP BY 1`;
    case "language":
      return Prisma.sql`SELECT l AS value, count(*)::int AS count ${FROM} CROSS JOIN unnest(p.languages) l WHERE ${where} AND p."languagesVisibility" = 'MEMBERS' GROUP BY 1`;
    case "area":
      return Prisma.sql`SELECT a::text AS value, count(*)::int AS count ${FROM} CROSS JOIN unnest(p."areasOfWork") a WHERE ${where} AND p."areasVisibility" = 'MEMBERS' GROUP BY 1`;
    case "rule":
      return Prisma.sql`SELECT r."ruleNumber"::text AS value, count(*)::int AS count ${FROM} JOIN "ProfileRuleInterest" r ON r."userId" = p."userId" WHERE ${where} AND p."rulesVisibility" = 'MEMBERS' GROUP BY 1`;
    case "organization":
      return Prisma.sql`SELECT o.slug AS value, o.name AS label, count(*)::int AS count ${FROM}
        JOIN "OrganizationMembership" m ON m."userId" = p."userId" JOIN "Organization" o ON o.id = m."organizationId" AND o.status = 'ACTIVE'
       WHERE ${where} AND p."organizationsVisibility" = 'MEMBERS'
       GROUP BY o.slug, o.name ORDER BY o.slug = ${filter.organization ?? ""} DESC, count(*) DESC, o.name LIMIT ${ORGANIZATION_FACET_SIZE}`;
  }
}

export type FacetCount = { value: string; count: number; label?: string };

export const FACETS: readonly Facet[] = ["geography", "language", "area", "rule", "organization"];

/** One page of matching member ids with their sort keys, and every facet's counts: six queries, whatever the filter. */
export async function searchDirectory(filter: DirectoryFilter, cursor: DirectoryCursor | null, take: number) {
  const [page, ...facets] = await Promise.all([
    db().$queryRaw<Array<{ userId: string; key: string | Date }>>(directoryPageQuery(filter, cursor, take)),
    ...FACETS.map((facet) => db().$queryRaw<FacetCount[]>(facetQuery(filter, facet))),
  ]);
  return {
    rows: page.slice(0, take),
    hasMore: page.length > take,
    facets: Object.fromEntries(FACETS.map((facet, index) => [facet, facets[index]!])) as Record<Facet, FacetCount[]>,
  };
}

/** The name of an organization chosen in the filter, to keep it offered when it is not among the best represented. */
export function findFilterOrganization(slug: string) {
  return db().organization.findFirst({ where: { slug, status: "ACTIVE" }, select: { slug: true, name: true } });
}
