import "server-only";
// Collaboration requests' reads. Every list reads only requests the viewer may see (visibleTo: a NETWORK one,
// or a NAMED one the viewer is the author side of or named on); filters are match tokens (one GIN index), text
// is the folded search text (its own GIN index), and the order is a keyset over (created, id) or (deadline, id).
// Matching ranks in SQL: shared tokens weighted by kind, plus "I can help with" as a text query.
import { db } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";
import { WORKSPACE_SUBJECT, type PlaceCodes, type TokenGroups } from "./format";
import type { ListCursor } from "./schema";

/** What the policies decide on: the request as it is now, who it names, whether it has an open flag. */
export async function findRequestAccess(id: string) {
  const row = await db().collaborationRequest.findUnique({
    where: { id },
    select: {
      id: true,
      authorId: true,
      organizationId: true,
      visibility: true,
      status: true,
      deadline: true,
      title: true,
      outcomeShared: true,
      collaboratorsWanted: true,
      members: { select: { userId: true } },
    },
  });
  if (!row) return null;
  const flags = await db().moderationFlag.count({ where: { targetType: "CollaborationRequest", targetId: id, status: "OPEN" } });
  const { members, ...request } = row;
  return { ...request, namedUserIds: members.map((member) => member.userId), flagged: flags > 0 };
}

export type RequestAccessRow = NonNullable<Awaited<ReturnType<typeof findRequestAccess>>>;

/** A request's page: what it says, its tags, its author and organization as the network sees them. */
export async function findRequestDetail(id: string) {
  const row = await db().collaborationRequest.findUnique({
    where: { id },
    select: {
      id: true,
      kind: true,
      title: true,
      cooked: true,
      source: true,
      needs: true,
      languages: true,
      deadline: true,
      collaboratorsWanted: true,
      visibility: true,
      status: true,
      outcome: true,
      outcomeShared: true,
      closedAt: true,
      responseCount: true,
      acceptedCount: true,
      createdAt: true,
      updatedAt: true,
      organizationId: true,
      organization: { select: { id: true, slug: true, name: true, status: true } },
      author: { select: { id: true, displayName: true, status: true, profile: { select: { handle: true, hiddenFromDirectory: true } } } },
      countries: { select: { country: { select: { code: true, name: true, names: true } } }, orderBy: { countryCode: "asc" } },
      rules: { select: { ruleNumber: true }, orderBy: { ruleNumber: "asc" } },
      members: { select: { user: { select: { displayName: true, profile: { select: { handle: true } } } } } },
    },
  });
  if (!row) return null;
  const { author, countries, rules, members, ...request } = row;
  const listed = author.status === "ACTIVE" && author.profile && !author.profile.hiddenFromDirectory;
  return {
    ...request,
    authorName: author.status === "DELETED" ? null : author.displayName,
    authorHandle: listed ? author.profile!.handle : null,
    countries: countries.map((entry) => entry.country),
    ruleNumbers: rules.map((rule) => rule.ruleNumber),
    named: members.map((member) => ({ name: member.user.displayName ?? "", handle: member.user.profile?.handle ?? null })),
  };
}

export type RequestDetail = NonNullable<Awaited<ReturnType<typeof findRequestDetail>>>;

const RESPONSE_SELECT = {
  id: true,
  responderId: true,
  status: true,
  cooked: true,
  decisionMessage: true,
  decidedAt: true,
  createdAt: true,
  organization: { select: { name: true, slug: true } },
  responder: { select: { displayName: true, status: true, profile: { select: { handle: true, hiddenFromDirectory: true } } } },
} satisfies Prisma.CollaborationResponseSelect;

type ResponseRowRaw = Prisma.CollaborationResponseGetPayload<{ select: typeof RESPONSE_SELECT }>;

function responseRow({ responder, ...response }: ResponseRowRaw) {
  const listed = responder.status === "ACTIVE" && responder.profile && !responder.profile.hiddenFromDirectory;
  return { ...response, responderName: responder.status === "DELETED" ? null : responder.displayName, responderHandle: listed ? responder.profile!.handle : null };
}

export type ResponseRow = ReturnType<typeof responseRow>;

/** Every response to a request, oldest first (for its author side). */
export async function listResponses(requestId: string): Promise<ResponseRow[]> {
  return (await db().collaborationResponse.findMany({ where: { requestId }, orderBy: [{ createdAt: "asc" }, { id: "asc" }], select: RESPONSE_SELECT })).map(responseRow);
}

/** The viewer's own responses to a request, oldest first. */
export async function listOwnResponses(requestId: string, responderId: string): Promise<ResponseRow[]> {
  return (await db().collaborationResponse.findMany({ where: { requestId, responderId }, orderBy: [{ createdAt: "asc" }, { id: "asc" }], select: RESPONSE_SELECT })).map(responseRow);
}

/** A response with its request's access facts, to decide on or withdraw it. */
export function findResponseAccess(id: string) {
  return db().collaborationResponse.findUnique({ where: { id }, select: { id: true, requestId: true, responderId: true, status: true } });
}

/** Active members with these handles (lower case), for a NAMED request. */
export function findActiveMembersByHandle(handles: string[]) {
  if (handles.length === 0) return Promise.resolve([]);
  return db().advocateProfile.findMany({ where: { handle: { in: handles }, user: { status: "ACTIVE" } }, select: { userId: true, handle: true } });
}

/** Which of these organizations are active (a request is posted or answered only for an active one). */
export async function findActiveOrganizationIds(ids: string[]): Promise<string[]> {
  if (ids.length === 0) return [];
  return (await db().organization.findMany({ where: { id: { in: ids }, status: "ACTIVE" }, select: { id: true } })).map((row) => row.id);
}

/** The organizations the viewer represents, by name, for "post as". */
export function listRepresentedOrganizations(userId: string) {
  return db().organization.findMany({
    where: { status: "ACTIVE", members: { some: { userId, role: "REPRESENTATIVE" } } },
    orderBy: { name: "asc" },
    select: { id: true, name: true },
  });
}

/** The countries' codes and regions, for the match tokens. */
export function findPlaces(codes: string[]): Promise<PlaceCodes[]> {
  if (codes.length === 0) return Promise.resolve([]);
  return db().country.findMany({ where: { code: { in: codes } }, select: { code: true, continentCode: true, regionCode: true, subregionCode: true, intermediateRegionCode: true } });
}

/** The active organization with this address, for the list's organization filter. */
export function findOrganizationBySlug(slug: string) {
  return db().organization.findFirst({ where: { slug, status: { not: "PROPOSED" } }, select: { id: true, slug: true, name: true } });
}

/** What matching reads of the member's own profile (all of it: the ranking is shown to them alone). */
export async function findOwnMatchProfile(userId: string) {
  return db().advocateProfile.findUnique({
    where: { userId },
    select: {
      languages: true,
      areasOfWork: true,
      canHelpWith: true,
      country: { select: { code: true, continentCode: true, regionCode: true, subregionCode: true, intermediateRegionCode: true } },
      ruleInterests: { select: { ruleNumber: true } },
    },
  });
}

// ---- Lists ---------------------------------------------------------------------------------------------------

export type Audience = { viewerId: string; representativeOf: string[] };

/** The requests a member may list: every NETWORK one, and NAMED ones they are the author side of or named on. */
export function visibleTo(audience: Audience): Prisma.Sql {
  return Prisma.sql`(r.visibility = 'NETWORK' OR r."authorId" = ${audience.viewerId} OR r."organizationId" = ANY(${audience.representativeOf}::text[])
    OR EXISTS (SELECT 1 FROM "CollaborationRequestMember" n WHERE n."requestId" = r.id AND n."userId" = ${audience.viewerId}))`;
}

/** Taking interest today: not closed, and the deadline (a day) not past. */
export const takingInterest = (today: string) => Prisma.sql`(r.status IN ('OPEN', 'IN_PROGRESS') AND (r.deadline IS NULL OR r.deadline >= ${today}::date))`;

export type RequestListQuery = Audience & {
  tokens: string[];
  tsquery: string | null;
  state: "open" | "closed" | "all";
  sort: "newest" | "deadline";
  today: string;
  cursor: ListCursor | null;
  take: number;
};

export type RequestRow = {
  id: string;
  kind: string;
  title: string;
  status: "OPEN" | "IN_PROGRESS" | "COMPLETED" | "CANCELLED";
  visibility: "NETWORK" | "NAMED";
  /** A calendar day ("2026-12-20"), as text: the same in every time zone. */
  deadline: string | null;
  createdAt: Date;
  needs: string;
  languages: string[];
  collaboratorsWanted: number;
  acceptedCount: number;
  responseCount: number;
  organizationName: string | null;
  organizationSlug: string | null;
  authorName: string | null;
  countries: string[];
  rules: number[];
};

const ROW_COLUMNS = Prisma.sql`r.id, r.kind::text AS kind, r.title, r.status::text AS status, r.visibility::text AS visibility, r.deadline::text AS deadline, r."createdAt", r.needs, r.languages,
       r."collaboratorsWanted", r."acceptedCount", r."responseCount", o.name AS "organizationName", o.slug AS "organizationSlug",
       CASE WHEN u.status = 'DELETED' THEN NULL ELSE u."displayName" END AS "authorName",
       ARRAY(SELECT c."countryCode" FROM "CollaborationRequestCountry" c WHERE c."requestId" = r.id ORDER BY 1) AS countries,
       ARRAY(SELECT x."ruleNumber" FROM "CollaborationRequestRule" x WHERE x."requestId" = r.id ORDER BY 1) AS rules`;

const ROW_FROM = Prisma.sql`FROM "CollaborationRequest" r JOIN "User" u ON u.id = r."authorId" LEFT JOIN "Organization" o ON o.id = r."organizationId"`;

function keyset(query: RequestListQuery): Prisma.Sql | null {
  const { cursor } = query;
  if (!cursor) return null;
  if (query.sort === "newest") return cursor.key ? Prisma.sql`(r."createdAt", r.id) < (${new Date(cursor.key)}, ${cursor.id})` : null;
  if (cursor.key === null) return Prisma.sql`(r.deadline IS NULL AND r.id > ${cursor.id})`;
  return Prisma.sql`(r.deadline > ${cursor.key}::date OR (r.deadline = ${cursor.key}::date AND r.id > ${cursor.id}) OR r.deadline IS NULL)`;
}

/** The list's query (also run by the benchmark): one page of visible requests, one more than `take`. */
export function requestListQuery(query: RequestListQuery): Prisma.Sql {
  const where = [visibleTo(query)];
  if (query.tokens.length) where.push(Prisma.sql`r."matchTokens" @> ${query.tokens}::text[]`);
  if (query.tsquery) where.push(Prisma.sql`to_tsvector('simple', r."searchText") @@ to_tsquery('simple', ${query.tsquery})`);
  if (query.state === "open") where.push(takingInterest(query.today));
  if (query.state === "closed") where.push(Prisma.sql`NOT ${takingInterest(query.today)}`);
  const after = keyset(query);
  if (after) where.push(after);
  const order = query.sort === "newest" ? Prisma.sql`r."createdAt" DESC, r.id DESC` : Prisma.sql`r.deadline ASC NULLS LAST, r.id ASC`;
  return Prisma.sql`SELECT ${ROW_COLUMNS} ${ROW_FROM} WHERE ${Prisma.join(where, " AND ")} ORDER BY ${order} LIMIT ${query.take + 1}`;
}

export function listRequests(query: RequestListQuery): Promise<RequestRow[]> {
  return db().$queryRaw<RequestRow[]>(requestListQuery(query));
}

// ---- Matching ------------------------------------------------------------------------------------------------
// Ranking runs in two steps: the candidates (a topic in common, through the GIN indexes) get a cheap score — one
// array overlap per kind of token, weighted — and only the best `take` are then read with the tokens they share
// (the reasons), so the cost grows with the candidates' count, not with the tokens' work per row.

/** How much sharing a kind of token says about a fit (per kind, not per token: one shared rule or three). */
function groupScore(column: Prisma.Sql, groups: TokenGroups): Prisma.Sql {
  const part = (tokens: string[], weight: number) => (tokens.length ? Prisma.sql`(${column} && ${tokens}::text[])::int * ${weight}` : Prisma.sql`0`);
  return Prisma.sql`(${part(groups.countries, 4)} + ${part(groups.rules, 3)} + ${part(groups.areas, 3)} + ${part(groups.regions, 2)} + ${part(groups.languages, 1)} + ${part(groups.continents, 1)})`;
}

/** A text query's weight: "I can help with" meeting a candidate's words. */
const HELPS_WEIGHT = 3;
/** How many of the best topical candidates "I can help with" re-ranks. */
const RERANKED = 50;

export type MatchQuery = Audience & { groups: TokenGroups; tokens: string[]; strong: string[]; helpTsquery: string | null; today: string; take: number };

export type RequestMatchRow = RequestRow & { shared: string[]; helps: boolean; score: number };

/**
 * Requests that take interest, fit the member (a topic in common, or their "I can help with" words) and are not
 * theirs nor already answered by them, best fit first, then newest (also run by the benchmark).
 */
export function requestMatchQuery(query: MatchQuery): Prisma.Sql {
  const helps = query.helpTsquery ? Prisma.sql`to_tsvector('simple', r."searchText") @@ to_tsquery('simple', ${query.helpTsquery})` : Prisma.sql`false`;
  // Candidates share a topic (the GIN index on the tokens) and are ranked by the cheap score; "I can help with"
  // then re-ranks the best of them (reading a text costs far more than comparing arrays). A member whose profile
  // names no topic is matched by that text alone (the GIN index on the text).
  const candidates = query.strong.length ? Prisma.sql`r."matchTokens" && ${query.strong}::text[]` : helps;
  return Prisma.sql`
    WITH topical AS MATERIALIZED (
      SELECT r.id, r."createdAt", r."searchText", ${groupScore(Prisma.sql`r."matchTokens"`, query.groups)} AS score
        FROM "CollaborationRequest" r
       WHERE ${candidates} AND ${takingInterest(query.today)} AND ${visibleTo(query)}
         AND r."authorId" <> ${query.viewerId} AND NOT coalesce(r."organizationId" = ANY(${query.representativeOf}::text[]), false)
         AND NOT EXISTS (SELECT 1 FROM "CollaborationResponse" x WHERE x."requestId" = r.id AND x."responderId" = ${query.viewerId} AND x.status IN ('OPEN', 'ACCEPTED'))
       ORDER BY score DESC, r."createdAt" DESC, r.id DESC
       LIMIT ${RERANKED}),
    best AS MATERIALIZED (
      SELECT r.id, r."createdAt", h.helps, r.score + CASE WHEN h.helps THEN ${HELPS_WEIGHT} ELSE 0 END AS score
        FROM topical r CROSS JOIN LATERAL (SELECT ${helps} AS helps) h
       ORDER BY score DESC, r."createdAt" DESC, r.id DESC LIMIT ${query.take})
    SELECT ${ROW_COLUMNS}, best.helps, best.score,
           ARRAY(SELECT t FROM unnest(r."matchTokens") t WHERE t = ANY(${query.tokens}::text[]) ORDER BY t) AS shared
      FROM best JOIN "CollaborationRequest" r ON r.id = best.id JOIN "User" u ON u.id = r."authorId" LEFT JOIN "Organization" o ON o.id = r."organizationId"
     ORDER BY best.score DESC, best."createdAt" DESC, best.id DESC`;
}

export function matchRequests(query: MatchQuery): Promise<RequestMatchRow[]> {
  return db().$queryRaw<RequestMatchRow[]>(requestMatchQuery(query));
}

export type MemberMatchRow = { userId: string; handle: string; displayName: string | null; shared: string[]; score: number; invited: boolean };

/**
 * Listed members whose profiles fit a request, by the tokens they show the network (AdvocateProfile."directoryTokens":
 * none for a hidden member, and only the fields shown to members), best fit first. Not its author side, not those who
 * responded; for a NAMED request, only members it names. `invited`: the author side invited them already.
 */
export function memberMatchQuery(query: { requestId: string; groups: TokenGroups; tokens: string[]; strong: string[]; excluded: string[]; namedOnly: string[] | null; take: number }): Prisma.Sql {
  return Prisma.sql`
    WITH best AS MATERIALIZED (
      SELECT p."userId", ${groupScore(Prisma.sql`p."directoryTokens"`, query.groups)} AS score
        FROM "AdvocateProfile" p
       WHERE p."directoryTokens" && ${query.strong}::text[]
         AND p."userId" <> ALL(${query.excluded}::text[])
         ${query.namedOnly ? Prisma.sql`AND p."userId" = ANY(${query.namedOnly}::text[])` : Prisma.empty}
         AND NOT EXISTS (SELECT 1 FROM "CollaborationResponse" x WHERE x."requestId" = ${query.requestId} AND x."responderId" = p."userId")
       ORDER BY score DESC, p."userId"
       LIMIT ${query.take})
    SELECT p."userId", p.handle, u."displayName", best.score,
           ARRAY(SELECT t FROM unnest(p."directoryTokens") t WHERE t = ANY(${query.tokens}::text[]) ORDER BY t) AS shared,
           EXISTS (SELECT 1 FROM "Notification" n WHERE n."subjectType" = 'CollaborationRequest' AND n."subjectId" = ${query.requestId}
                    AND n."userId" = p."userId" AND n.type = 'COLLABORATION_INVITED') AS invited
      FROM best JOIN "AdvocateProfile" p ON p."userId" = best."userId" JOIN "User" u ON u.id = p."userId" AND u.status = 'ACTIVE'
     ORDER BY best.score DESC, best."userId"`;
}

export function matchMembers(query: Parameters<typeof memberMatchQuery>[0]): Promise<MemberMatchRow[]> {
  return db().$queryRaw<MemberMatchRow[]>(memberMatchQuery(query));
}

/** A request's match tokens and countries' places, for the members who fit it. */
export async function findRequestTokens(id: string) {
  const row = await db().collaborationRequest.findUnique({
    where: { id },
    select: { matchTokens: true, countries: { select: { country: { select: { code: true, continentCode: true, regionCode: true, subregionCode: true, intermediateRegionCode: true } } } } },
  });
  return row ? { tokens: row.matchTokens, places: row.countries.map((entry) => entry.country) } : null;
}

/** Active representatives of an organization (the author side besides the author). */
export async function findRepresentativeIds(organizationId: string): Promise<string[]> {
  const rows = await db().organizationMembership.findMany({ where: { organizationId, role: "REPRESENTATIVE", user: { status: "ACTIVE" } }, select: { userId: true } });
  return rows.map((row) => row.userId);
}

/** The listed, active member with this handle, to invite. */
export function findListedMember(handle: string) {
  return db().advocateProfile.findFirst({ where: { handle, hiddenFromDirectory: false, user: { status: "ACTIVE" } }, select: { userId: true, handle: true, directoryTokens: true } });
}

/** Whether the member was already invited to this request. */
export async function wasInvited(requestId: string, userId: string): Promise<boolean> {
  return (await db().notification.count({ where: { userId, type: "COLLABORATION_INVITED", subjectType: "CollaborationRequest", subjectId: requestId } })) > 0;
}

/** The regions the list offers (each country's closest region, with its continent). */
export async function listRegionChoices(): Promise<Array<{ region: string; continent: string | null }>> {
  return db().$queryRaw`
    SELECT DISTINCT coalesce("intermediateRegionCode", "subregionCode") AS region, "continentCode" AS continent
      FROM "Country" WHERE coalesce("intermediateRegionCode", "subregionCode") IS NOT NULL ORDER BY 1`;
}

/** Organizations that posted requests, by name (at most `take`), for the list's organization filter. */
export function listOrganizationsWithRequests(take: number) {
  return db().$queryRaw<Array<{ slug: string; name: string }>>`
    SELECT o.slug, o.name FROM "Organization" o
     WHERE o.status = 'ACTIVE' AND EXISTS (SELECT 1 FROM "CollaborationRequest" r WHERE r."organizationId" = o.id AND r.visibility = 'NETWORK')
     ORDER BY o.name LIMIT ${take}`;
}

/** The id of the request's workspace when the viewer takes part in it now (the author side and accepted responders). */
export async function findOwnWorkspace(requestId: string, viewerId: string): Promise<string | null> {
  const workspace = await db().conversation.findFirst({
    where: { kind: "WORKSPACE", subjectType: WORKSPACE_SUBJECT, subjectId: requestId, participants: { some: { userId: viewerId, leftAt: null } } },
    select: { id: true },
  });
  return workspace?.id ?? null;
}
