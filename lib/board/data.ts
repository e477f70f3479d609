import "server-only";
// The board's reads for its services: categories, a thread's access facts, who may be mentioned, and a
// member's recent posts (for the repeat check). Pages' reads (lists, thread pages) come with them later.
import { db } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";
import type { MemberStatus } from "@/lib/generated/prisma/enums";

const CATEGORY_ACCESS = { id: true, slug: true, staffOnly: true, staffStartsThreads: true } as const;

export function findCategoryBySlug(slug: string) {
  return db().boardCategory.findUnique({ where: { slug }, select: CATEGORY_ACCESS });
}

/** What deciding on a reply needs of a thread, as it is now. */
export function findThreadAccess(id: number) {
  return db().boardThread.findUnique({ where: { id }, select: { id: true, lockedAt: true, deletedAt: true, language: true, category: { select: CATEGORY_ACCESS } } });
}

/**
 * Active members with these handles who may read where they are mentioned (for a staff-only category, staff
 * with two-step verification only): the others' mentions stay plain text and notify nobody.
 */
export async function findMentionable(handles: string[], staffOnly: boolean): Promise<Array<{ userId: string; handle: string }>> {
  if (handles.length === 0) return [];
  return db().advocateProfile.findMany({
    where: {
      handle: { in: handles },
      user: { status: "ACTIVE", ...(staffOnly ? { role: { in: ["MODERATOR", "ADMIN"] }, totpEnabledAt: { not: null } } : {}) },
    },
    select: { userId: true, handle: true },
  });
}

/** Whether the member posted exactly this text since `since` (a repeat, by mistake or as spam). */
export async function postedSameTextSince(authorId: string, source: string, since: Date): Promise<boolean> {
  return (await db().boardPost.count({ where: { authorId, createdAt: { gte: since }, source, deletedAt: null } })) > 0;
}

/** When the member was approved, for the tighter limits of the first week. */
export async function findApprovedAt(userId: string): Promise<Date | null> {
  return (await db().user.findUnique({ where: { id: userId }, select: { approvedAt: true } }))?.approvedAt ?? null;
}

/** Which of these rules and countries exist (others are refused). */
export async function findKnownTags(ruleNumbers: number[], countryCodes: string[]) {
  const [rules, countries] = await Promise.all([
    ruleNumbers.length ? db().bangkokRule.findMany({ where: { number: { in: ruleNumbers } }, select: { number: true } }) : [],
    countryCodes.length ? db().country.findMany({ where: { code: { in: countryCodes } }, select: { code: true } }) : [],
  ]);
  return { ruleNumbers: rules.map((rule) => rule.number), countryCodes: countries.map((country) => country.code) };
}

// ---- What pages read: categories, thread lists, a thread and a page of its posts --------------------------

/** Categories in their order, with their kept counts; staff-only ones for staff. */
export function listCategories(includeStaffOnly: boolean) {
  return db().boardCategory.findMany({
    where: includeStaffOnly ? {} : { staffOnly: false },
    orderBy: { position: "asc" },
    select: { id: true, slug: true, names: true, descriptions: true, staffOnly: true, staffStartsThreads: true, threadCount: true, postCount: true, lastPostedAt: true },
  });
}

export type ThreadListView = "latest" | "unread" | "new" | "mine" | "watching";

export type ThreadListQuery = {
  viewerId: string;
  staff: boolean;
  view: ThreadListView;
  categoryId: string | null;
  /** Threads started after this are "new" to the viewer (the later of two weeks ago and their approval). */
  newSince: Date;
  cursor: { at: Date; id: number } | null;
  take: number;
};

export type ThreadRow = {
  id: number;
  slug: string;
  title: string;
  language: string;
  replyCount: number;
  lastPostNumber: number;
  lastPostedAt: Date;
  pinnedAt: Date | null;
  lockedAt: Date | null;
  categorySlug: string;
  categoryNames: Record<string, string>;
  lastReadNumber: number | null;
  watchLevel: "WATCHING" | "NORMAL" | "MUTED" | null;
  rules: number[];
  countries: string[];
};

function viewCondition(query: ThreadListQuery): Prisma.Sql {
  switch (query.view) {
    case "latest":
      // The muted categories as one array (an InitPlan): an anti-join here made PostgreSQL expect one row and
      // sort the whole category instead of walking the (last activity) index.
      return Prisma.sql`s."watchLevel" IS DISTINCT FROM 'MUTED'
        AND t."categoryId" <> ALL (ARRAY(SELECT cs."categoryId" FROM "BoardCategoryState" cs WHERE cs."userId" = ${query.viewerId} AND cs."watchLevel" = 'MUTED'))`;
    case "unread":
      return Prisma.sql`s."lastReadNumber" > 0 AND s."lastReadNumber" < t."lastPostNumber" AND s."watchLevel" IS DISTINCT FROM 'MUTED'`;
    case "new":
      return Prisma.sql`s."userId" IS NULL AND t."createdAt" > ${query.newSince}`;
    case "mine":
      return Prisma.sql`t."authorId" = ${query.viewerId}`;
    case "watching":
      return Prisma.sql`(s."watchLevel" = 'WATCHING' OR (s."watchLevel" IS NULL AND t."categoryId" = ANY (ARRAY(
        SELECT cs."categoryId" FROM "BoardCategoryState" cs WHERE cs."userId" = ${query.viewerId} AND cs."watchLevel" = 'WATCHING'))))`;
  }
}

/** One page of a thread list, newest activity first, by a stable (last activity, id) cursor; one more than `take`. */
export function listThreads(query: ThreadListQuery): Promise<ThreadRow[]> {
  const where = [
    Prisma.sql`t."deletedAt" IS NULL`,
    query.staff ? Prisma.sql`TRUE` : Prisma.sql`NOT c."staffOnly"`,
    viewCondition(query),
    ...(query.categoryId ? [Prisma.sql`t."categoryId" = ${query.categoryId}`] : []),
    ...(query.cursor ? [Prisma.sql`(t."lastPostedAt", t.id) < (${query.cursor.at}, ${query.cursor.id})`] : []),
  ];
  // Unread threads are among those the viewer has opened: start from their read states and look each thread up
  // by id (OFFSET 0 keeps it a lookup; joined, PostgreSQL would read every thread to find them).
  const threads = query.view === "unread"
    ? Prisma.sql`"BoardThreadState" s
      JOIN LATERAL (SELECT * FROM "BoardThread" t0 WHERE t0.id = s."threadId" OFFSET 0) t ON TRUE
      JOIN "BoardCategory" c ON c.id = t."categoryId"
     WHERE s."userId" = ${query.viewerId} AND`
    : Prisma.sql`"BoardThread" t
      JOIN "BoardCategory" c ON c.id = t."categoryId"
      LEFT JOIN "BoardThreadState" s ON s."threadId" = t.id AND s."userId" = ${query.viewerId}
     WHERE`;
  return db().$queryRaw<ThreadRow[]>`
    SELECT t.id, t.slug, t.title, t.language, t."replyCount", t."lastPostNumber", t."lastPostedAt", t."pinnedAt", t."lockedAt",
           c.slug AS "categorySlug", c.names AS "categoryNames", s."lastReadNumber", s."watchLevel",
           ARRAY(SELECT r."ruleNumber" FROM "BoardThreadRule" r WHERE r."threadId" = t.id ORDER BY 1) AS rules,
           ARRAY(SELECT k."countryCode" FROM "BoardThreadCountry" k WHERE k."threadId" = t.id ORDER BY 1) AS countries
      FROM ${threads} ${Prisma.join(where, " AND ")}
     ORDER BY t."lastPostedAt" DESC, t.id DESC
     LIMIT ${query.take + 1}`;
}

export type ThreadHead = Omit<ThreadRow, "categoryNames"> & {
  categoryId: string;
  categoryNames: Record<string, string>;
  staffOnly: boolean;
  staffStartsThreads: boolean;
  deletedAt: Date | null;
  authorId: string;
};

/** A thread with its category, tags and the viewer's state in it: one query. */
export async function findThreadHead(id: number, viewerId: string): Promise<ThreadHead | null> {
  const [row] = await db().$queryRaw<ThreadHead[]>`
    SELECT t.id, t.slug, t.title, t.language, t."replyCount", t."lastPostNumber", t."lastPostedAt", t."pinnedAt", t."lockedAt", t."deletedAt", t."authorId",
           c.id AS "categoryId", c.slug AS "categorySlug", c.names AS "categoryNames", c."staffOnly", c."staffStartsThreads",
           s."lastReadNumber", s."watchLevel",
           ARRAY(SELECT r."ruleNumber" FROM "BoardThreadRule" r WHERE r."threadId" = t.id ORDER BY 1) AS rules,
           ARRAY(SELECT k."countryCode" FROM "BoardThreadCountry" k WHERE k."threadId" = t.id ORDER BY 1) AS countries
      FROM "BoardThread" t
      JOIN "BoardCategory" c ON c.id = t."categoryId"
      LEFT JOIN "BoardThreadState" s ON s."threadId" = t.id AND s."userId" = ${viewerId}
     WHERE t.id = ${id}`;
  return row ?? null;
}

export type PostRow = {
  id: string;
  number: number;
  replyToNumber: number | null;
  authorId: string;
  cooked: string;
  language: string;
  reactionCounts: Record<string, number>;
  editedAt: Date | null;
  deletedAt: Date | null;
  hiddenAt: Date | null;
  createdAt: Date;
  authorName: string | null;
  /** Only for a listed, active author: the profile link, photo and organization follow their visibility. */
  authorHandle: string | null;
  authorPhotoId: string | null;
  authorOrganization: string | null;
  /** The author's status (whether the viewer can mute them) and whether the viewer did (lib/safety). */
  authorStatus: MemberStatus;
  authorMuted: boolean;
  viewerReactions: string[];
};

/**
 * Posts `first` to `last` of a thread by number, with what their authors show the network and the viewer's
 * own reactions and whether the viewer muted the author: one query. A deleted or hidden post's text is not read at all unless `withHidden` (staff).
 */
export function listPosts(threadId: number, first: number, last: number, viewerId: string, withHidden: boolean): Promise<PostRow[]> {
  return db().$queryRaw<PostRow[]>`
    SELECT p.id, p.number, p."replyToNumber", p."authorId", p.language, p."reactionCounts", p."editedAt", p."deletedAt", p."hiddenAt", p."createdAt",
           CASE WHEN p."deletedAt" IS NOT NULL THEN '' WHEN p."hiddenAt" IS NOT NULL AND NOT ${withHidden} THEN '' ELSE p.cooked END AS cooked,
           u."displayName" AS "authorName",
           CASE WHEN listed THEN ap.handle END AS "authorHandle",
           CASE WHEN listed AND ap."photoVisibility" = 'MEMBERS' THEN ap."photoId" END AS "authorPhotoId",
           CASE WHEN listed AND ap."organizationsVisibility" = 'MEMBERS' THEN (
             SELECT o.name FROM "OrganizationMembership" m JOIN "Organization" o ON o.id = m."organizationId" AND o.status = 'ACTIVE'
              WHERE m."userId" = u.id ORDER BY m.role DESC, o.name LIMIT 1) END AS "authorOrganization",
           u.status AS "authorStatus",
           EXISTS (SELECT 1 FROM "MemberMute" mm WHERE mm."muterId" = ${viewerId} AND mm."mutedId" = p."authorId") AS "authorMuted",
           ARRAY(SELECT r.kind::text FROM "BoardReaction" r WHERE r."postId" = p.id AND r."userId" = ${viewerId} ORDER BY 1) AS "viewerReactions"
      FROM "BoardPost" p
      JOIN "User" u ON u.id = p."authorId"
      LEFT JOIN "AdvocateProfile" ap ON ap."userId" = u.id
      CROSS JOIN LATERAL (SELECT coalesce(NOT ap."hiddenFromDirectory", false) AND u.status = 'ACTIVE' AS listed) author
     WHERE p."threadId" = ${threadId} AND p.number BETWEEN ${first} AND ${last}
     ORDER BY p.number`;
}

/** The Markdown of a post that stands (not deleted, not hidden), to quote it in a reply. */
export async function findQuotableSource(threadId: number, number: number): Promise<string | null> {
  const post = await db().boardPost.findFirst({ where: { threadId, number, deletedAt: null, hiddenAt: null }, select: { source: true } });
  return post?.source ?? null;
}

/** What deciding on an action on a post needs, as it is now: the post, its thread and category. */
export function findPostAccess(postId: string) {
  return db().boardPost.findUnique({
    where: { id: postId },
    select: {
      id: true,
      number: true,
      authorId: true,
      source: true,
      deletedAt: true,
      hiddenAt: true,
      thread: { select: { id: true, slug: true, title: true, lockedAt: true, deletedAt: true, category: { select: { staffOnly: true, staffStartsThreads: true } } } },
    },
  });
}

/** The member's watching level for a category, if they set one. */
export async function findCategoryWatchLevel(userId: string, categoryId: string) {
  return (await db().boardCategoryState.findUnique({ where: { userId_categoryId: { userId, categoryId } }, select: { watchLevel: true } }))?.watchLevel ?? null;
}

/** Who reacted to a post, by kind, with the names they show (in the order they reacted). */
export function listReactors(postId: string) {
  return db().boardReaction.findMany({ where: { postId, user: { status: "ACTIVE" } }, orderBy: { createdAt: "asc" }, select: { kind: true, user: { select: { displayName: true } } } });
}

/** A post's earlier versions, oldest first, with who made each edit. */
export function listRevisions(postId: string) {
  return db().boardPostRevision.findMany({ where: { postId }, orderBy: { revision: "asc" }, select: { revision: true, source: true, createdAt: true, editedBy: { select: { displayName: true } } } });
}

export type SearchHit = {
  postId: string;
  number: number;
  source: string;
  createdAt: Date;
  threadId: number;
  threadSlug: string;
  threadTitle: string;
  categoryNames: Record<string, string>;
  authorName: string | null;
  /** How many matches were ranked: SEARCH_CANDIDATES means there were more (the newest were kept). */
  candidateCount: number;
};

/** How many of the newest matching posts a search ranks: a common word must not make it rank the whole board. */
export const SEARCH_CANDIDATES = 1000;

/**
 * Posts (the first one carries its thread's title) matching every word as a prefix, readable ones only — not
 * deleted, hidden ones and staff-only categories for staff only. Of the newest SEARCH_CANDIDATES matches, best
 * first (ts_rank over the stored tsvector), then newest. One more than `take`, from `offset`. PostgreSQL picks
 * the plan from the words' frequencies: the GIN index for a rare word, the newest posts first for a common one.
 */
export function searchPosts(query: {
  tsquery: string;
  staff: boolean;
  categorySlug?: string;
  rule?: number;
  country?: string;
  language?: string;
  authorHandle?: string;
  since?: Date;
  offset: number;
  take: number;
}): Promise<SearchHit[]> {
  const tsquery = Prisma.sql`to_tsquery('simple'::regconfig, ${query.tsquery})`;
  const where = [
    Prisma.sql`p."searchVector" @@ ${tsquery}`,
    Prisma.sql`p."deletedAt" IS NULL AND t."deletedAt" IS NULL`,
    query.staff ? Prisma.sql`TRUE` : Prisma.sql`p."hiddenAt" IS NULL AND NOT c."staffOnly"`,
    ...(query.categorySlug ? [Prisma.sql`c.slug = ${query.categorySlug}`] : []),
    ...(query.rule ? [Prisma.sql`EXISTS (SELECT 1 FROM "BoardThreadRule" r WHERE r."threadId" = t.id AND r."ruleNumber" = ${query.rule})`] : []),
    ...(query.country ? [Prisma.sql`EXISTS (SELECT 1 FROM "BoardThreadCountry" k WHERE k."threadId" = t.id AND k."countryCode" = ${query.country})`] : []),
    ...(query.language ? [Prisma.sql`p.language = ${query.language}`] : []),
    ...(query.authorHandle ? [Prisma.sql`p."authorId" = (SELECT "userId" FROM "AdvocateProfile" WHERE handle = ${query.authorHandle})`] : []),
    ...(query.since ? [Prisma.sql`p."createdAt" >= ${query.since}`] : []),
  ];
  return db().$queryRaw<SearchHit[]>`
    WITH candidates AS (
      SELECT p.id, p."searchVector", p."createdAt", t.id AS "threadId", t.slug AS "threadSlug", t.title AS "threadTitle", c.names AS "categoryNames"
        FROM "BoardPost" p
        JOIN "BoardThread" t ON t.id = p."threadId"
        JOIN "BoardCategory" c ON c.id = t."categoryId"
       WHERE ${Prisma.join(where, " AND ")}
       ORDER BY p."createdAt" DESC
       LIMIT ${SEARCH_CANDIDATES})
    SELECT k.id AS "postId", p.number, p.source, k."createdAt", k."threadId", k."threadSlug", k."threadTitle", k."categoryNames", u."displayName" AS "authorName",
           (SELECT count(*) FROM candidates)::int AS "candidateCount"
      FROM candidates k
      JOIN "BoardPost" p ON p.id = k.id
      JOIN "User" u ON u.id = p."authorId"
     ORDER BY ts_rank(k."searchVector", ${tsquery}) DESC, k."createdAt" DESC, k.id
     LIMIT ${query.take + 1} OFFSET ${query.offset}`;
}
