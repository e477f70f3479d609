import "server-only";
// Reads about mutes (and, for the account's list, blocks), for explicit ids.
import { db } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";

type Tx = Prisma.TransactionClient;

/** Someone to mute, by id: their status decides whether they can be. */
export function findMuteTarget(userId: string) {
  return db().user.findUnique({ where: { id: userId }, select: { id: true, status: true } });
}

/** Someone on a profile page, by handle, with whether the viewer muted them: one query. */
export async function findMuteStateByHandle(viewerId: string, handle: string): Promise<{ userId: string; status: Prisma.UserGetPayload<{ select: { status: true } }>["status"]; muted: boolean } | null> {
  const profile = await db().advocateProfile.findUnique({
    where: { handle },
    select: { userId: true, user: { select: { status: true, mutesReceived: { where: { muterId: viewerId }, select: { createdAt: true } } } } },
  });
  return profile ? { userId: profile.userId, status: profile.user.status, muted: profile.user.mutesReceived.length > 0 } : null;
}

/**
 * Of these (recipient, actor) pairs, the ones where the recipient muted the actor, as "recipient:actor" keys:
 * one query for a whole write's notifications, inside its transaction (the primary key is the probe).
 */
export async function mutedPairs(tx: Tx, pairs: Array<{ userId: string; actorId: string }>): Promise<Set<string>> {
  if (pairs.length === 0) return new Set();
  const rows = await tx.$queryRaw<Array<{ muterId: string; mutedId: string }>>`
    SELECT m."muterId", m."mutedId"
      FROM unnest(${pairs.map((pair) => pair.userId)}::text[], ${pairs.map((pair) => pair.actorId)}::text[]) AS r("userId", "actorId")
      JOIN "MemberMute" m ON m."muterId" = r."userId" AND m."mutedId" = r."actorId"`;
  return new Set(rows.map((row) => `${row.muterId}:${row.mutedId}`));
}

export type KeptAwayRow = {
  userId: string;
  since: Date;
  displayName: string | null;
  /** Only for a listed, active member: the profile link, as the directory would show it. */
  handle: string | null;
  /** The handle whatever the listing, for the unblock form (a block is made and undone by handle). */
  blockHandle: string | null;
};

type Cursor = { at: Date; id: string } | null;

/** A page of the members the member muted, newest first, by a (since, id) cursor; `limit + 1` to know of more. */
export function listMutes(muterId: string, after: Cursor, limit: number): Promise<KeptAwayRow[]> {
  return db().$queryRaw<KeptAwayRow[]>`
    SELECT m."mutedId" AS "userId", m."createdAt" AS since, u."displayName",
           CASE WHEN u.status = 'ACTIVE' AND NOT coalesce(ap."hiddenFromDirectory", true) THEN ap.handle END AS handle,
           NULL::text AS "blockHandle"
      FROM "MemberMute" m JOIN "User" u ON u.id = m."mutedId" LEFT JOIN "AdvocateProfile" ap ON ap."userId" = u.id
     WHERE m."muterId" = ${muterId} ${after ? Prisma.sql`AND (m."createdAt", m."mutedId") < (${after.at}, ${after.id})` : Prisma.empty}
     ORDER BY m."createdAt" DESC, m."mutedId" DESC
     LIMIT ${limit + 1}`;
}

/**
 * A page of the members the member blocked, newest first (blocks live in conversations; this is the
 * account's list of everyone kept away, so it is read here, beside the mutes, in the same shape).
 */
export function listBlocksPage(blockerId: string, after: Cursor, limit: number): Promise<KeptAwayRow[]> {
  return db().$queryRaw<KeptAwayRow[]>`
    SELECT b."blockedId" AS "userId", b."createdAt" AS since, u."displayName",
           CASE WHEN u.status = 'ACTIVE' AND NOT coalesce(ap."hiddenFromDirectory", true) THEN ap.handle END AS handle,
           ap.handle AS "blockHandle"
      FROM "MemberBlock" b JOIN "User" u ON u.id = b."blockedId" LEFT JOIN "AdvocateProfile" ap ON ap."userId" = u.id
     WHERE b."blockerId" = ${blockerId} ${after ? Prisma.sql`AND (b."createdAt", b."blockedId") < (${after.at}, ${after.id})` : Prisma.empty}
     ORDER BY b."createdAt" DESC, b."blockedId" DESC
     LIMIT ${limit + 1}`;
}
