import "server-only";
// Resources' reads. Every list reads only published resources the viewer may see (visibleTo: NETWORK ones, and
// ORGANIZATION ones of the viewer's organizations); filters are tokens (one GIN index), text is the stored
// tsvector of the folded title, summary and file text (its own GIN index), the order a keyset over (created, id).
import { db } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";
import { resourceTypeOf } from "@/lib/files/filename";
import { linkHost } from "./format";
import { attachmentIdOf } from "./schema";

type TimeCursor = { at: Date; id: string };

/** What the policies decide on: the resource as it is now, and whether it has an open flag. */
export async function findResourceAccess(id: string) {
  const row = await db().resource.findUnique({ where: { id }, select: { id: true, authorId: true, organizationId: true, visibility: true, status: true, title: true, versionCount: true } });
  if (!row) return null;
  const flags = await db().moderationFlag.count({ where: { targetType: "Resource", targetId: id, status: "OPEN" } });
  return { ...row, flagged: flags > 0 };
}
export type ResourceAccessRow = NonNullable<Awaited<ReturnType<typeof findResourceAccess>>>;

const VERSION_SELECT = { id: true, number: true, linkUrl: true, storedFileId: true, fileName: true, extractedAt: true, createdAt: true } satisfies Prisma.ResourceVersionSelect;

/** A resource's page: what it says, its tags, versions (newest first), author and organization as the network sees them. */
export async function findResourceDetail(id: string) {
  const row = await db().resource.findUnique({
    where: { id },
    select: {
      id: true,
      type: true,
      title: true,
      summarySource: true,
      summaryCooked: true,
      languages: true,
      year: true,
      visibility: true,
      status: true,
      versionCount: true,
      createdAt: true,
      updatedAt: true,
      organizationId: true,
      organization: { select: { id: true, slug: true, name: true } },
      author: { select: { id: true, displayName: true, status: true, profile: { select: { handle: true, hiddenFromDirectory: true } } } },
      countries: { select: { country: { select: { code: true } } }, orderBy: { countryCode: "asc" } },
      rules: { select: { ruleNumber: true }, orderBy: { ruleNumber: "asc" } },
      versions: { select: VERSION_SELECT, orderBy: { number: "desc" } },
    },
  });
  if (!row) return null;
  const { author, countries, rules, ...resource } = row;
  const listed = author.status === "ACTIVE" && author.profile && !author.profile.hiddenFromDirectory;
  return {
    ...resource,
    authorName: author.status === "DELETED" ? null : author.displayName,
    authorHandle: listed ? author.profile!.handle : null,
    countryCodes: countries.map((entry) => entry.country.code),
    ruleNumbers: rules.map((rule) => rule.ruleNumber),
  };
}
export type ResourceDetail = NonNullable<Awaited<ReturnType<typeof findResourceDetail>>>;

/** One version of a resource (the current one when `number` is omitted), for a download. */
export function findVersion(resourceId: string, number: number) {
  return db().resourceVersion.findUnique({ where: { resourceId_number: { resourceId, number } }, select: VERSION_SELECT });
}

/** The countries' codes and regions, for the filter tokens. */
export function findPlaces(codes: string[]) {
  if (codes.length === 0) return Promise.resolve([]);
  return db().country.findMany({ where: { code: { in: codes } }, select: { code: true, continentCode: true, regionCode: true, subregionCode: true, intermediateRegionCode: true } });
}

/** The organization with this address, for the list's organization filter. */
export function findOrganizationBySlug(slug: string) {
  return db().organization.findFirst({ where: { slug, status: { not: "PROPOSED" } }, select: { id: true, slug: true, name: true } });
}

/** Whether the organization is active (a resource is published only for an active one). */
export async function isActiveOrganization(id: string): Promise<boolean> {
  return (await db().organization.count({ where: { id, status: "ACTIVE" } })) === 1;
}

// ---- Lists ---------------------------------------------------------------------------------------------------

export type Audience = { organizationIds: string[] };

/** Published resources a member may list: every NETWORK one, and ORGANIZATION ones of their organizations. */
export function visibleTo(audience: Audience): Prisma.Sql {
  return Prisma.sql`(r.status = 'PUBLISHED' AND (r.visibility = 'NETWORK' OR r."organizationId" = ANY(${audience.organizationIds}::text[])))`;
}

export type ResourceListQuery = Audience & { tokens: string[]; tsquery: string | null; cursor: TimeCursor | null; take: number };

export type ResourceRow = {
  id: string;
  type: string;
  title: string;
  summarySource: string;
  visibility: "NETWORK" | "ORGANIZATION";
  year: number | null;
  languages: string[];
  createdAt: Date;
  versionCount: number;
  isFile: boolean;
  organizationName: string | null;
  organizationSlug: string | null;
  authorName: string | null;
  countries: string[];
  rules: number[];
};

const ROW_COLUMNS = Prisma.sql`r.id, r.type::text AS type, r.title, left(r."summarySource", 600) AS "summarySource", r.visibility::text AS visibility, r.year, r.languages,
       r."createdAt", r."versionCount", o.name AS "organizationName", o.slug AS "organizationSlug",
       CASE WHEN u.status = 'DELETED' THEN NULL ELSE u."displayName" END AS "authorName",
       (SELECT v."storedFileId" IS NOT NULL FROM "ResourceVersion" v WHERE v."resourceId" = r.id AND v.number = r."versionCount") AS "isFile",
       ARRAY(SELECT c."countryCode" FROM "ResourceCountry" c WHERE c."resourceId" = r.id ORDER BY 1) AS countries,
       ARRAY(SELECT x."ruleNumber" FROM "ResourceRule" x WHERE x."resourceId" = r.id ORDER BY 1) AS rules`;

/** The list's query (also run by the benchmark): one page of visible resources, newest first, one more than `take`. */
export function resourceListQuery(query: ResourceListQuery): Prisma.Sql {
  const where = [visibleTo(query)];
  if (query.tokens.length) where.push(Prisma.sql`r."filterTokens" @> ${query.tokens}::text[]`);
  if (query.tsquery) where.push(Prisma.sql`r."searchVector" @@ to_tsquery('simple', ${query.tsquery})`);
  if (query.cursor) where.push(Prisma.sql`(r."createdAt", r.id) < (${query.cursor.at}, ${query.cursor.id})`);
  return Prisma.sql`
    SELECT ${ROW_COLUMNS}
      FROM (SELECT r.* FROM "Resource" r WHERE ${Prisma.join(where, " AND ")} ORDER BY r."createdAt" DESC, r.id DESC LIMIT ${query.take + 1}) r
      JOIN "User" u ON u.id = r."authorId" LEFT JOIN "Organization" o ON o.id = r."organizationId"
     ORDER BY r."createdAt" DESC, r.id DESC`;
}

export function listResources(query: ResourceListQuery): Promise<ResourceRow[]> {
  return db().$queryRaw<ResourceRow[]>(resourceListQuery(query));
}

/** Organizations that published resources the network sees, by name (at most `take`), for the organization filter. */
export function listOrganizationsWithResources(take: number) {
  return db().$queryRaw<Array<{ slug: string; name: string }>>`
    SELECT o.slug, o.name FROM "Organization" o
     WHERE o.status = 'ACTIVE' AND EXISTS (SELECT 1 FROM "Resource" r WHERE r."organizationId" = o.id AND r.status = 'PUBLISHED' AND r.visibility = 'NETWORK')
     ORDER BY o.name LIMIT ${take}`;
}

/** The years resources were published in (newest first), for the year filter. */
export async function listResourceYears(): Promise<number[]> {
  const rows = await db().$queryRaw<Array<{ year: number }>>`SELECT DISTINCT year FROM "Resource" WHERE year IS NOT NULL AND status = 'PUBLISHED' ORDER BY year DESC LIMIT 100`;
  return rows.map((row) => row.year);
}

// ---- Referenced in ---------------------------------------------------------------------------------------

export type ReferenceRow = { sourceType: "BoardPost" | "CollaborationRequest"; title: string; threadId: number | null; slug: string | null; number: number | null; requestId: string | null };

/**
 * The threads' posts and the requests that link to a resource or carry it attached, as far as the viewer may read them: posts neither
 * hidden nor deleted in threads not deleted, outside staff-only categories (unless staff); requests for the whole
 * network, or NAMED ones the viewer is the author side of or named on.
 */
export function listReferences(resourceId: string, viewer: { id: string; representativeOf: string[]; staff: boolean }, take: number): Promise<ReferenceRow[]> {
  return db().$queryRaw<ReferenceRow[]>`
    WITH x AS (
      -- Links in the text (kept by triggers) and attachments of posts and requests, each source once. Messages are
      -- never listed: a conversation is its participants' own, and shows its attachments itself.
      SELECT s."sourceType", s."sourceId", min(s."createdAt") AS "createdAt" FROM (
        SELECT "sourceType", "sourceId", "createdAt" FROM "ResourceReference" WHERE "resourceId" = ${resourceId}
        UNION ALL SELECT 'BoardPost', "postId", "createdAt" FROM "ResourceAttachment" WHERE "resourceId" = ${resourceId} AND "postId" IS NOT NULL
        UNION ALL SELECT 'CollaborationRequest', "requestId", "createdAt" FROM "ResourceAttachment" WHERE "resourceId" = ${resourceId} AND "requestId" IS NOT NULL
      ) s GROUP BY s."sourceType", s."sourceId")
    (SELECT 'BoardPost' AS "sourceType", t.title, t.id AS "threadId", t.slug, p.number, NULL AS "requestId", x."createdAt"
       FROM x JOIN "BoardPost" p ON p.id = x."sourceId" JOIN "BoardThread" t ON t.id = p."threadId" JOIN "BoardCategory" c ON c.id = t."categoryId"
      WHERE x."sourceType" = 'BoardPost' AND p."hiddenAt" IS NULL AND p."deletedAt" IS NULL AND t."deletedAt" IS NULL
        AND (NOT c."staffOnly" OR ${viewer.staff}))
    UNION ALL
    (SELECT 'CollaborationRequest', q.title, NULL, NULL, NULL, q.id, x."createdAt"
       FROM x JOIN "CollaborationRequest" q ON q.id = x."sourceId"
      WHERE x."sourceType" = 'CollaborationRequest'
        AND (q.visibility = 'NETWORK' OR q."authorId" = ${viewer.id} OR q."organizationId" = ANY(${viewer.representativeOf}::text[])
             OR EXISTS (SELECT 1 FROM "CollaborationRequestMember" n WHERE n."requestId" = q.id AND n."userId" = ${viewer.id})))
    ORDER BY "createdAt" DESC LIMIT ${take}`;
}

// ---- For the rules hub ------------------------------------------------------------------------------------

/**
 * A rule's resources as the viewer may list them: how many, and the countries they concern with their counts
 * (most first) — the rules hub's TagStats. Both start from the tokens' GIN index (rule:N).
 */
export async function resourceStatsOnRule(audience: Audience, ruleNumber: number): Promise<{ count: number; countries: Array<{ code: string; count: number }> }> {
  const token = [`rule:${ruleNumber}`];
  const [[total], countries] = await Promise.all([
    db().$queryRaw<Array<{ count: number }>>`SELECT count(*)::int AS count FROM "Resource" r WHERE r."filterTokens" @> ${token}::text[] AND ${visibleTo(audience)}`,
    db().$queryRaw<Array<{ code: string; count: number }>>`
      SELECT c."countryCode" AS code, count(*)::int AS count
        FROM "Resource" r JOIN "ResourceCountry" c ON c."resourceId" = r.id
       WHERE r."filterTokens" @> ${token}::text[] AND ${visibleTo(audience)}
       GROUP BY c."countryCode" ORDER BY count DESC, c."countryCode"`,
  ]);
  return { count: total?.count ?? 0, countries };
}

// ---- Attachments ------------------------------------------------------------------------------------------

/**
 * What a writer's "attach" entries name, as far as they may attach it: resources they could list themselves
 * (published, for the network or one of their organizations), in the order given, each once. `refused`: the
 * entries that name no such resource (unknown, withdrawn, hidden or someone else's organization's — one answer).
 */
export async function resolveAttachments(entries: string[], audience: Audience): Promise<{ resources: Array<{ id: string; title: string }>; refused: string[] }> {
  const wanted = entries.map((entry) => ({ entry, id: attachmentIdOf(entry) }));
  const ids = [...new Set(wanted.flatMap((item) => (item.id ? [item.id] : [])))];
  const rows = ids.length ? await db().$queryRaw<Array<{ id: string; title: string }>>`SELECT r.id, r.title FROM "Resource" r WHERE r.id = ANY(${ids}::text[]) AND ${visibleTo(audience)}` : [];
  const found = new Map(rows.map((row) => [row.id, row]));
  const resources = [...new Set(wanted.flatMap((item) => (item.id && found.has(item.id) ? [item.id] : [])))].map((id) => found.get(id)!);
  return { resources, refused: wanted.filter((item) => !item.id || !found.has(item.id)).map((item) => item.entry) };
}

export type AttachmentSource = "post" | "request" | "message";
const SOURCE_COLUMN: Record<AttachmentSource, Prisma.Sql> = { post: Prisma.raw(`a."postId"`), request: Prisma.raw(`a."requestId"`), message: Prisma.raw(`a."messageId"`) };

/** A card under a post, request or message: what the reader may know of the resource, or only that it is not for them. */
export type AttachmentCard =
  | { available: true; id: string; title: string; type: string; languages: string[]; /** pdf, docx… (lib/files' types); null for a link. */ fileType: string | null; byteSize: number | null; linkHost: string | null }
  | { available: false };

/**
 * The attachments of a page's posts, requests or messages, in one query, by source id in the writer's order. What
 * the viewer may not list (withdrawn, hidden, another organization's) comes back as `available: false`, nothing
 * else of it read: the join to the resource carries the viewer's visibility.
 */
export async function listAttachmentCards(source: AttachmentSource, sourceIds: string[], audience: Audience): Promise<Map<string, AttachmentCard[]>> {
  const cards = new Map<string, AttachmentCard[]>();
  if (sourceIds.length === 0) return cards;
  const column = SOURCE_COLUMN[source];
  const rows = await db().$queryRaw<Array<{ sourceId: string; id: string | null; title: string | null; type: string | null; languages: string[] | null; linkUrl: string | null; contentType: string | null; byteSize: number | null }>>`
    SELECT ${column} AS "sourceId", r.id, r.title, r.type::text AS type, r.languages, v."linkUrl", f."contentType", f."byteSize"
      FROM "ResourceAttachment" a
      LEFT JOIN "Resource" r ON r.id = a."resourceId" AND ${visibleTo(audience)}
      LEFT JOIN "ResourceVersion" v ON v."resourceId" = r.id AND v.number = r."versionCount"
      LEFT JOIN "StoredFile" f ON f.id = v."storedFileId"
     WHERE ${column} = ANY(${sourceIds}::text[])
     ORDER BY ${column}, a.position`;
  for (const row of rows) {
    const card: AttachmentCard = row.id
      ? { available: true, id: row.id, title: row.title!, type: row.type!, languages: row.languages ?? [], fileType: row.contentType ? resourceTypeOf(row.contentType) : null, byteSize: row.byteSize, linkHost: row.linkUrl ? linkHost(row.linkUrl) : null }
      : { available: false };
    cards.set(row.sourceId, [...(cards.get(row.sourceId) ?? []), card]);
  }
  return cards;
}
