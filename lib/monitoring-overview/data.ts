import "server-only";
// The monitoring picture's reads. Everything counted or listed here is what every member may read: findings of
// reports PUBLISHED to the NETWORK (MonitoringFinding.networkVisible, kept by the reports' writes), the same for
// every viewer. The unfiltered matrix and a single filter read the kept counts (MonitoringMatrixCount, kept by
// triggers); two filters count over the findings on their covering partial indexes; lists start from the rule's
// or the filter's index and page by (visit date, id).
import { db } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";
import type { CountryCell, Counts } from "./format";

/**
 * The tokens the kept counts hold besides the whole network's ("type:…", "year:…", "organization:…"): a loose
 * index scan over the primary key (one probe per distinct token), so it costs the number of tokens, not of rows.
 */
export async function listMatrixTokens(): Promise<string[]> {
  const rows = await db().$queryRaw<Array<{ token: string }>>`
    WITH RECURSIVE t AS (
      SELECT (SELECT min(token) FROM "MonitoringMatrixCount" WHERE token > '') AS token
      UNION ALL
      SELECT (SELECT min(token) FROM "MonitoringMatrixCount" WHERE token > t.token) FROM t WHERE t.token IS NOT NULL)
    SELECT token FROM t WHERE token IS NOT NULL`;
  return rows.map((row) => row.token);
}

const inCountries = (column: Prisma.Sql, codes: readonly string[] | null) => (codes ? Prisma.sql`AND ${column} = ANY(${[...codes]}::text[])` : Prisma.empty);

/** The kept counts per rule and country, summed over `tokens` (a period's years), in these countries (null: all). */
export function keptMatrixQuery(tokens: readonly string[], countryCodes: readonly string[] | null): Prisma.Sql {
  // One token (no filter, a type, an organization, a single year) is its rows as kept: nothing to add up.
  if (tokens.length === 1)
    return Prisma.sql`
      SELECT "ruleNumber", "countryCode", complies, "partlyComplies", "doesNotComply", "notAssessed"
        FROM "MonitoringMatrixCount" WHERE token = ${tokens[0]} ${inCountries(Prisma.sql`"countryCode"`, countryCodes)}`;
  return Prisma.sql`
    SELECT "ruleNumber", "countryCode", sum(complies)::int AS complies, sum("partlyComplies")::int AS "partlyComplies",
           sum("doesNotComply")::int AS "doesNotComply", sum("notAssessed")::int AS "notAssessed"
      FROM "MonitoringMatrixCount"
     WHERE token = ANY(${[...tokens]}::text[]) ${inCountries(Prisma.sql`"countryCode"`, countryCodes)}
     GROUP BY 1, 2`;
}

export type LiveMatrixFilter = { type: string | null; fromYear: number | null; toYear: number | null; organizationId: string | null; countryCodes: readonly string[] | null };

function findingFilters(filter: Omit<LiveMatrixFilter, "countryCodes">): Prisma.Sql {
  return Prisma.sql`${filter.type ? Prisma.sql`AND f."placeType" = ${filter.type}::"DetentionPlaceType"` : Prisma.empty}
    ${filter.fromYear ? Prisma.sql`AND f."visitStartedOn" >= make_date(${filter.fromYear}::int, 1, 1)` : Prisma.empty}
    ${filter.toYear ? Prisma.sql`AND f."visitStartedOn" < make_date(${filter.toYear + 1}::int, 1, 1)` : Prisma.empty}
    ${filter.organizationId ? Prisma.sql`AND f."organizationId" = ${filter.organizationId}` : Prisma.empty}`;
}

/** Per rule and country, counted over the network's findings matching two or more filters. */
export function liveMatrixQuery(filter: LiveMatrixFilter): Prisma.Sql {
  return Prisma.sql`
    SELECT f."ruleNumber", f."countryCode",
           (count(*) FILTER (WHERE f.assessment = 'COMPLIES'))::int AS complies,
           (count(*) FILTER (WHERE f.assessment = 'PARTLY_COMPLIES'))::int AS "partlyComplies",
           (count(*) FILTER (WHERE f.assessment = 'DOES_NOT_COMPLY'))::int AS "doesNotComply",
           (count(*) FILTER (WHERE f.assessment = 'NOT_ASSESSED'))::int AS "notAssessed"
      FROM "MonitoringFinding" f
     WHERE f."networkVisible" ${findingFilters(filter)} ${inCountries(Prisma.sql`f."countryCode"`, filter.countryCodes)}
     GROUP BY 1, 2`;
}

export function readMatrixCells(query: Prisma.Sql): Promise<CountryCell[]> {
  return db().$queryRaw<CountryCell[]>(query);
}

/** A rule's kept counts per country (the whole network's): at most one row per country. */
export function ruleCountryCounts(ruleNumber: number): Promise<Array<Counts & { countryCode: string }>> {
  return db().$queryRaw`
    SELECT "countryCode", complies, "partlyComplies", "doesNotComply", "notAssessed"
      FROM "MonitoringMatrixCount" WHERE token = '' AND "ruleNumber" = ${ruleNumber}`;
}

/** Organizations by id (those the kept counts name) and the one a filter names by its address. */
export function findOrganizations(ids: readonly string[], slug: string | undefined): Promise<Array<{ id: string; slug: string; name: string }>> {
  return db().organization.findMany({ where: { OR: [{ id: { in: [...ids] } }, ...(slug ? [{ slug }] : [])] }, select: { id: true, slug: true, name: true } });
}

export function findOrganizationBySlug(slug: string): Promise<{ id: string; slug: string; name: string } | null> {
  return db().organization.findUnique({ where: { slug }, select: { id: true, slug: true, name: true } });
}

export type FindingQuery = Omit<LiveMatrixFilter, "countryCodes"> & {
  ruleNumber: number | null;
  countryCodes: readonly string[] | null;
  assessment: string | null;
  cursor: { at: Date; id: string } | null;
  take: number;
};

export type FindingRow = {
  id: string;
  ruleNumber: number;
  assessment: "COMPLIES" | "PARTLY_COMPLIES" | "DOES_NOT_COMPLY" | "NOT_ASSESSED";
  observationsCooked: string;
  countryCode: string;
  placeType: string;
  visitStartedOn: Date;
  reportId: string;
  reportTitle: string;
  reportLanguage: string;
  placeName: string;
  placeLocality: string | null;
};

/** The statement of a page of the network's findings, newest visit first; one more than `take`. */
export function findingListQuery(query: FindingQuery): Prisma.Sql {
  const after = query.cursor ? Prisma.sql`AND (f."visitStartedOn", f.id) < (${query.cursor.at}::date, ${query.cursor.id})` : Prisma.empty;
  return Prisma.sql`
    SELECT f.id, f."ruleNumber", f.assessment, f."observationsCooked", f."countryCode", f."placeType", f."visitStartedOn",
           r.id AS "reportId", r.title AS "reportTitle", r.language AS "reportLanguage", p.name AS "placeName", p.locality AS "placeLocality"
      FROM "MonitoringFinding" f
      JOIN "MonitoringReport" r ON r.id = f."reportId"
      JOIN "DetentionPlace" p ON p.id = r."placeId"
     WHERE f."networkVisible" AND r.status = 'PUBLISHED' AND r.visibility = 'NETWORK'
       ${query.ruleNumber ? Prisma.sql`AND f."ruleNumber" = ${query.ruleNumber}` : Prisma.empty}
       ${query.assessment ? Prisma.sql`AND f.assessment = ${query.assessment}::"FindingAssessment"` : Prisma.empty}
       ${findingFilters(query)} ${inCountries(Prisma.sql`f."countryCode"`, query.countryCodes)} ${after}
     ORDER BY f."visitStartedOn" DESC, f.id DESC
     LIMIT ${query.take + 1}`;
}

export function listFindings(query: FindingQuery): Promise<FindingRow[]> {
  return db().$queryRaw<FindingRow[]>(findingListQuery(query));
}
