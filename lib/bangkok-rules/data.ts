import "server-only";
// The rules hub's reads. /rules reads the kept activity (BangkokRuleActivity, 70 rows); a rule's page reads live,
// for its viewer, what that viewer may list: each content type has its own functions here (threads, requests),
// the members and organizations come from the directory's own queries (lib/directory/data.ts), and a new type
// (resources) adds its own pair beside them. Every query starts from a rule's (ruleNumber, …) index.
import type { ThreadRow } from "@/lib/board/data";
import { takingInterest, visibleTo, type Audience } from "@/lib/collaborations/data";
import { db } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";

export type RuleActivityRow = { ruleNumber: number; threads: number; requests: number; openRequests: number; members: number; organizations: number; resources: number; findings: number; refreshedAt: Date };

/** The kept activity of every rule (none before the first refresh). */
export function listRuleActivity(): Promise<RuleActivityRow[]> {
  return db().bangkokRuleActivity.findMany({ orderBy: { ruleNumber: "asc" } });
}

/** A count and the countries involved, most first. */
export type TagStats = { count: number; countries: Array<{ code: string; count: number }> };

// ---- Threads -------------------------------------------------------------------------------------------------

/**
 * The board threads tagged with the rule that the viewer may list: not removed; for members, outside staff-only
 * categories and not opened by a post a moderator hid (its title and tags are then not the network's to read).
 */
function visibleThread(staff: boolean): Prisma.Sql {
  return staff
    ? Prisma.sql`t."deletedAt" IS NULL`
    : Prisma.sql`t."deletedAt" IS NULL AND NOT c."staffOnly"
        AND NOT EXISTS (SELECT 1 FROM "BoardPost" p WHERE p."threadId" = t.id AND p.number = 1 AND p."hiddenAt" IS NOT NULL)`;
}

export type RuleThreadQuery = { ruleNumber: number; viewerId: string; staff: boolean; cursor: { at: Date; id: number } | null; take: number };

/** Threads on the rule, latest activity first, as the board's lists show them (ThreadRow); one more than `take`. */
export function listRuleThreads(query: RuleThreadQuery): Promise<ThreadRow[]> {
  const after = query.cursor ? Prisma.sql`AND (t."lastPostedAt", t.id) < (${query.cursor.at}, ${query.cursor.id})` : Prisma.empty;
  return db().$queryRaw<ThreadRow[]>`
    SELECT t.id, t.slug, t.title, t.language, t."replyCount", t."lastPostNumber", t."lastPostedAt", t."pinnedAt", t."lockedAt",
           c.slug AS "categorySlug", c.names AS "categoryNames", s."lastReadNumber", s."watchLevel",
           ARRAY(SELECT r."ruleNumber" FROM "BoardThreadRule" r WHERE r."threadId" = t.id ORDER BY 1) AS rules,
           ARRAY(SELECT k."countryCode" FROM "BoardThreadCountry" k WHERE k."threadId" = t.id ORDER BY 1) AS countries
      FROM "BoardThread" t
      JOIN "BoardCategory" c ON c.id = t."categoryId"
      LEFT JOIN "BoardThreadState" s ON s."threadId" = t.id AND s."userId" = ${query.viewerId}
     WHERE EXISTS (SELECT 1 FROM "BoardThreadRule" x WHERE x."threadId" = t.id AND x."ruleNumber" = ${query.ruleNumber})
       AND ${visibleThread(query.staff)} ${after}
     ORDER BY t."lastPostedAt" DESC, t.id DESC
     LIMIT ${query.take + 1}`;
}

/** How many threads on the rule the viewer may list, and their countries, counted now: one query (staff's view). */
export async function ruleThreadStats(ruleNumber: number, staff: boolean): Promise<TagStats> {
  const rows = await db().$queryRaw<Array<{ code: string | null; count: number }>>`
    WITH v AS MATERIALIZED (
      SELECT t.id FROM "BoardThreadRule" x JOIN "BoardThread" t ON t.id = x."threadId" JOIN "BoardCategory" c ON c.id = t."categoryId"
       WHERE x."ruleNumber" = ${ruleNumber} AND ${visibleThread(staff)})
    SELECT NULL AS code, count(*)::int AS count FROM v
    UNION ALL
    SELECT k."countryCode", count(*)::int FROM v JOIN "BoardThreadCountry" k ON k."threadId" = v.id GROUP BY 1`;
  return statsFrom(rows);
}

/**
 * The network's threads on the rule and their countries as the last refresh counted them (what any member may
 * list), or null before the first refresh: one query over two primary keys, however busy the rule.
 */
export async function keptThreadStats(ruleNumber: number): Promise<(TagStats & { countedAt: Date }) | null> {
  const rows = await db().$queryRaw<Array<{ code: string | null; count: number; countedAt: Date | null }>>`
    SELECT NULL AS code, a.threads AS count, a."refreshedAt" AS "countedAt" FROM "BangkokRuleActivity" a WHERE a."ruleNumber" = ${ruleNumber}
    UNION ALL
    SELECT k."countryCode", k.threads, NULL FROM "BangkokRuleCountryActivity" k WHERE k."ruleNumber" = ${ruleNumber}`;
  const countedAt = rows.find((row) => row.code === null)?.countedAt;
  return countedAt ? { ...statsFrom(rows), countedAt } : null;
}

// ---- Collaboration requests (the lists themselves are the collaborations' own query, by the rule's token) ------

/** How many requests on the rule the viewer may list, how many take interest today, and their countries: one query. */
export async function ruleRequestStats(ruleNumber: number, audience: Audience, today: string): Promise<TagStats & { open: number }> {
  const rows = await db().$queryRaw<Array<{ code: string | null; count: number; open: number }>>`
    WITH v AS MATERIALIZED (
      SELECT r.id, ${takingInterest(today)} AS open FROM "CollaborationRequestRule" x JOIN "CollaborationRequest" r ON r.id = x."requestId"
       WHERE x."ruleNumber" = ${ruleNumber} AND ${visibleTo(audience)})
    SELECT NULL AS code, count(*)::int AS count, (count(*) FILTER (WHERE open))::int AS open FROM v
    UNION ALL
    SELECT k."countryCode", count(*)::int, 0 FROM v JOIN "CollaborationRequestCountry" k ON k."requestId" = v.id GROUP BY 1`;
  return { ...statsFrom(rows), open: rows.find((row) => row.code === null)?.open ?? 0 };
}

// ---- Organizations (the directory's kept counts) ----------------------------------------------------------------

/** How many active organizations have listed members who show the rule and the organization. */
export async function ruleOrganizationCount(ruleNumber: number): Promise<number> {
  const [row] = await db().$queryRaw<Array<{ count: number }>>`
    SELECT count(*)::int AS count FROM "DirectoryFacetCount"
     WHERE "filterToken" = ${`rule:${ruleNumber}`} AND token LIKE 'organization:%' AND count > 0`;
  return row?.count ?? 0;
}

function statsFrom(rows: Array<{ code: string | null; count: number }>): TagStats {
  return {
    count: rows.find((row) => row.code === null)?.count ?? 0,
    countries: rows
      .filter((row): row is { code: string; count: number } => row.code !== null)
      .sort((a, b) => b.count - a.count || a.code.localeCompare(b.code)),
  };
}
