import "server-only";
// The directory's queries. Filters and facet counts read AdvocateProfile."directoryTokens": "kind:value"
// tokens that database triggers keep for listed members only, and only for the fields each member shows to
// the network (a filter or a count must not reveal what a card would hide), behind one GIN index. The counts
// of the unfiltered directory and of any single filter are a read of DirectoryFacetCount, which the same
// triggers keep; text search uses the folded search text (lib/search) through its own GIN index.
import { db } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";
import { prefixTsquery, searchTerms } from "@/lib/search/text";
import type { DirectoryCursor, DirectoryFilter } from "./schema";

/** A facet is counted over the members matching every filter except its own (so its other values stay offered). */
export type Facet = "geography" | "language" | "area" | "rule" | "organization";

export const FACETS: readonly Facet[] = ["geography", "language", "area", "rule", "organization"];

/** The token kind each facet counts (geography counts countries; continents and regions are their sums). */
const COUNTED_KIND: Record<Facet, string> = { geography: "country", language: "language", area: "area", rule: "rule", organization: "organization" };

/** How many organizations the organization facet offers: the chosen one first, then the best represented. */
export const ORGANIZATION_FACET_SIZE = 40;

/** The organization chosen in the filter, by its address, if it is an active one. */
export type ChosenOrganization = { id: string; slug: string; name: string } | null;

/** The tokens a filter requires, per facet. An unknown organization requires a token nobody has. */
export function requiredTokens(filter: DirectoryFilter, organization: ChosenOrganization): Record<Facet, string[]> {
  const present = (kind: string, value: string | undefined) => (value ? [`${kind}:${value}`] : []);
  return {
    geography: [...present("country", filter.country), ...present("continent", filter.continent), ...present("region", filter.region)],
    language: present("language", filter.language),
    area: present("area", filter.area),
    rule: present("rule", filter.rule),
    organization: filter.organization ? [`organization:${organization?.id ?? "-"}`] : [],
  };
}

const LISTED = Prisma.sql`p."hiddenFromDirectory" = false AND u.status = 'ACTIVE'`;
const FROM = Prisma.sql`FROM "AdvocateProfile" p JOIN "User" u ON u.id = p."userId"`;

function textMatch(q: string | undefined): Prisma.Sql | null {
  const tsquery = prefixTsquery(searchTerms(q));
  return tsquery ? Prisma.sql`to_tsvector('simple', p."searchText") @@ to_tsquery('simple', ${tsquery})` : null;
}

const tokensCondition = (tokens: string[]) => Prisma.sql`p."directoryTokens" @> ${tokens}::text[]`;

/** The query for one page of member ids in the filter's order, one more than `take` to tell if a next page exists. */
export function directoryPageQuery(filter: DirectoryFilter, tokens: string[], cursor: DirectoryCursor | null, take: number): Prisma.Sql {
  const where = [LISTED];
  if (tokens.length > 0) where.push(tokensCondition(tokens));
  const text = textMatch(filter.q);
  if (text) where.push(text);
  if (filter.sort === "newest") {
    const at = cursor ? new Date(cursor.key) : null;
    if (cursor && at && !Number.isNaN(at.getTime())) where.push(Prisma.sql`(p."createdAt", p."userId") < (${at}, ${cursor.userId})`);
    return Prisma.sql`SELECT p."userId", p."createdAt" AS key ${FROM} WHERE ${Prisma.join(where, " AND ")} ORDER BY p."createdAt" DESC, p."userId" DESC LIMIT ${take + 1}`;
  }
  if (cursor) where.push(Prisma.sql`(p."sortName", p."userId") > (${cursor.key}, ${cursor.userId})`);
  return Prisma.sql`SELECT p."userId", p."sortName" AS key ${FROM} WHERE ${Prisma.join(where, " AND ")} ORDER BY p."sortName", p."userId" LIMIT ${take + 1}`;
}

/**
 * How many matching members the counts of two filters or a text search are taken over at most: beyond it the
 * counts would cost more than the page, so the directory offers the choices without numbers.
 */
export const COUNTED_MATCHES_LIMIT = 2_000;

/**
 * Counts per token of the given kinds over the listed members that have every `tokens` and match `q`, with how
 * many members were counted (`matched`). With no text and at most one token this reads the kept counts (exact,
 * `matched` null); otherwise it counts the tokens of at most `limit` + 1 matching members.
 */
export function tokenCountQuery(tokens: string[], q: string | undefined, kinds: string[], options: { top?: number; limit?: number } = {}): Prisma.Sql {
  const top = options.top ? Prisma.sql`ORDER BY count DESC, token LIMIT ${options.top}` : Prisma.empty;
  const text = textMatch(q);
  if (tokens.length <= 1 && !text) {
    return Prisma.sql`SELECT token, count, NULL::int AS matched FROM "DirectoryFacetCount"
     WHERE "filterToken" = ${tokens[0] ?? ""} AND count > 0 AND split_part(token, ':', 1) = ANY(${kinds}::text[]) ${top}`;
  }
  const where = [tokensCondition(tokens), ...(text ? [text] : [])];
  return Prisma.sql`WITH matches AS MATERIALIZED (
       SELECT p."directoryTokens" AS tokens FROM "AdvocateProfile" p WHERE ${Prisma.join(where, " AND ")} LIMIT ${(options.limit ?? COUNTED_MATCHES_LIMIT) + 1})
     SELECT t AS token, count(*)::int AS count, (SELECT count(*)::int FROM matches) AS matched FROM matches CROSS JOIN unnest(matches.tokens) t
      WHERE split_part(t, ':', 1) = ANY(${kinds}::text[]) GROUP BY t ${top}`;
}

/**
 * The count queries a filter needs: one for every facet without a chosen value (all filters apply), one per
 * facet with a chosen value (every other filter applies), and the organizations' best represented apart.
 */
export function facetCountQueries(filter: DirectoryFilter, required: Record<Facet, string[]>, limit?: number): Array<{ facets: Facet[]; sql: Prisma.Sql }> {
  const except = (facet: Facet) => FACETS.filter((other) => other !== facet).flatMap((other) => required[other]);
  const all = FACETS.flatMap((facet) => required[facet]);
  const open = FACETS.filter((facet) => facet !== "organization" && required[facet].length === 0);
  const chosen = FACETS.filter((facet) => facet !== "organization" && required[facet].length > 0);
  return [
    ...(open.length ? [{ facets: open, sql: tokenCountQuery(all, filter.q, open.map((facet) => COUNTED_KIND[facet]), { limit }) }] : []),
    ...chosen.map((facet) => ({ facets: [facet], sql: tokenCountQuery(except(facet), filter.q, [COUNTED_KIND[facet]], { limit }) })),
    { facets: ["organization"], sql: tokenCountQuery(except("organization"), filter.q, ["organization"], { top: ORGANIZATION_FACET_SIZE, limit }) },
  ];
}

export type FacetCount = { value: string; count: number; label?: string };

/**
 * One page of matching member ids with their sort keys, and every facet's counts: at most eight queries,
 * whatever the filter. `countsCapped` says some counts were taken over only `countLimit` of the matches.
 */
export async function searchDirectory(filter: DirectoryFilter, cursor: DirectoryCursor | null, take: number, countLimit = COUNTED_MATCHES_LIMIT) {
  const chosenOrganization: ChosenOrganization = filter.organization
    ? await db().organization.findFirst({ where: { slug: filter.organization, status: "ACTIVE" }, select: { id: true, slug: true, name: true } })
    : null;
  const required = requiredTokens(filter, chosenOrganization);
  const counts = facetCountQueries(filter, required, countLimit);
  const [page, ...results] = await Promise.all([
    db().$queryRaw<Array<{ userId: string; key: string | Date }>>(directoryPageQuery(filter, FACETS.flatMap((facet) => required[facet]), cursor, take)),
    ...counts.map(({ sql }) => db().$queryRaw<Array<{ token: string; count: number; matched: number | null }>>(sql)),
  ]);
  const facets = Object.fromEntries(FACETS.map((facet) => [facet, [] as FacetCount[]])) as Record<Facet, FacetCount[]>;
  counts.forEach(({ facets: counted }, index) => {
    for (const { token, count } of results[index]!) {
      const separator = token.indexOf(":");
      const facet = counted.find((candidate) => COUNTED_KIND[candidate] === token.slice(0, separator));
      if (facet) facets[facet].push({ value: token.slice(separator + 1), count });
    }
  });
  facets.organization = await withOrganizationNames(facets.organization);
  const countsCapped = results.some((rows) => rows.some((row) => (row.matched ?? 0) > countLimit));
  return { rows: page.slice(0, take), hasMore: page.length > take, facets, countsCapped, chosenOrganization };
}

/** Organization counts by id become counts by address, with names, best represented first. */
async function withOrganizationNames(counts: FacetCount[]): Promise<FacetCount[]> {
  if (counts.length === 0) return [];
  const organizations = await db().organization.findMany({ where: { id: { in: counts.map((row) => row.value) }, status: "ACTIVE" }, select: { id: true, slug: true, name: true } });
  const byId = new Map(organizations.map((organization) => [organization.id, organization]));
  const named = counts.flatMap(({ value, count }) => {
    const organization = byId.get(value);
    return organization ? [{ value: organization.slug, label: organization.name, count }] : [];
  });
  return named.sort((a, b) => b.count - a.count || a.label.localeCompare(b.label));
}
