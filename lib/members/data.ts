import "server-only";
import { db } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";
import type { MemberStatus } from "@/lib/generated/prisma/enums";

const MEMBER_ROW = { id: true, displayName: true, email: true, role: true, status: true, approvedAt: true, createdAt: true } as const;

/** Approved members (active or suspended), newest first; the (status, createdAt) index serves it. */
export async function listMembers({ statuses, skip, take }: { statuses: MemberStatus[]; skip: number; take: number }) {
  const where = { status: { in: statuses } };
  const [rows, total] = await Promise.all([
    db().user.findMany({ where, orderBy: [{ createdAt: "desc" }, { id: "desc" }], skip, take, select: MEMBER_ROW }),
    db().user.count({ where }),
  ]);
  return { rows, total };
}

/** `prefix` as a LIKE pattern that matches it literally, followed by anything. */
function prefixPattern(prefix: string): string {
  return `${prefix.replace(/[\\%_]/g, (character) => `\\${character}`)}%`;
}

/**
 * One page of the members whose shown name, full name or email starts with `prefix` (case-insensitively),
 * with the number of matches. Prefix matches on lower(...) are what the text_pattern_ops indexes
 * User_displayName_prefix_idx, User_name_prefix_idx and User_email_prefix_idx answer (PostgreSQL 15 without
 * extensions: no pg_trgm for matches inside words).
 */
export function memberSearchQuery({ statuses, prefix, skip, take }: { statuses: MemberStatus[]; prefix: string; skip: number; take: number }) {
  const pattern = prefixPattern(prefix);
  return Prisma.sql`
    SELECT id, count(*) OVER () AS total FROM "User"
     WHERE status::text IN (${Prisma.join(statuses)})
       AND (lower("displayName") LIKE lower(${pattern}) OR lower(name) LIKE lower(${pattern}) OR lower(email) LIKE lower(${pattern}))
     ORDER BY "createdAt" DESC, id DESC
     OFFSET ${skip} LIMIT ${take}`;
}

export async function searchMembers(query: { statuses: MemberStatus[]; prefix: string; skip: number; take: number }) {
  const matches = await db().$queryRaw<Array<{ id: string; total: bigint }>>(memberSearchQuery(query));
  const ids = matches.map((match) => match.id);
  const rows = await db().user.findMany({ where: { id: { in: ids } }, select: MEMBER_ROW });
  const byId = new Map(rows.map((row) => [row.id, row]));
  // An offset past the last match returns no row to count from: count again only then.
  const total = matches[0] ? Number(matches[0].total) : query.skip > 0 ? await countMatches(query) : 0;
  return { rows: ids.flatMap((id) => byId.get(id) ?? []), total };
}

async function countMatches(query: { statuses: MemberStatus[]; prefix: string }): Promise<number> {
  const [first] = await db().$queryRaw<Array<{ total: bigint }>>(memberSearchQuery({ ...query, skip: 0, take: 1 }));
  return first ? Number(first.total) : 0;
}

export function findMemberForAdmin(id: string) {
  return db().user.findFirst({
    where: { id, status: { in: ["ACTIVE", "SUSPENDED"] } },
    select: {
      id: true,
      name: true,
      displayName: true,
      email: true,
      role: true,
      status: true,
      approvedAt: true,
      suspendedAt: true,
      lastSignInAt: true,
      totpEnabledAt: true,
      createdAt: true,
    },
  });
}
