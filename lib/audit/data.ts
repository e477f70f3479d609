import "server-only";
// Reads for the admins' audit log viewer: newest first by (moment, id), each filter on its own index; the actor's
// current display name joined for reading (entries themselves name people by id only).
import { db } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";

export type AuditRow = {
  id: string;
  createdAt: Date;
  actorId: string | null;
  actorName: string | null;
  action: string;
  targetType: string | null;
  targetId: string | null;
  reason: string | null;
  metadata: Record<string, unknown>;
};

export type AuditQuery = {
  actorId?: string;
  action?: string;
  targetType?: string;
  targetId?: string;
  /** UTC instants: from included, until excluded. */
  from?: Date;
  until?: Date;
  after: { at: Date; id: string } | null;
};

const utc = (date: Date) => Prisma.sql`${date.toISOString()}::timestamp(3)`;

/** The viewer's page of entries as one statement (the benchmark reads its plan). */
export function auditEntriesQuery(query: AuditQuery, take: number): Prisma.Sql {
  const conditions = [
    query.actorId ? Prisma.sql`a."actorId" = ${query.actorId}` : null,
    query.action ? Prisma.sql`a.action = ${query.action}` : null,
    query.targetType ? Prisma.sql`a."targetType" = ${query.targetType}` : null,
    query.targetId ? Prisma.sql`a."targetId" = ${query.targetId}` : null,
    query.from ? Prisma.sql`a."createdAt" >= ${utc(query.from)}` : null,
    query.until ? Prisma.sql`a."createdAt" < ${utc(query.until)}` : null,
    query.after ? Prisma.sql`(a."createdAt", a.id) < (${utc(query.after.at)}, ${query.after.id})` : null,
  ].filter((condition): condition is Prisma.Sql => condition !== null);
  return Prisma.sql`
    SELECT a.id, a."createdAt", a."actorId", u."displayName" AS "actorName", a.action, a."targetType", a."targetId", a.reason, a.metadata
      FROM "AuditLog" a LEFT JOIN "User" u ON u.id = a."actorId"
     ${conditions.length ? Prisma.sql`WHERE ${Prisma.join(conditions, " AND ")}` : Prisma.empty}
     ORDER BY a."createdAt" DESC, a.id DESC
     LIMIT ${take}`;
}

export function listAuditEntries(query: AuditQuery, take: number): Promise<AuditRow[]> {
  return db().$queryRaw<AuditRow[]>(auditEntriesQuery(query, take));
}

/** The distinct values of a column, read by hopping along its index (no scan of the whole log). */
export function distinctAuditValuesQuery(column: "action" | "targetType"): Prisma.Sql {
  const name = Prisma.raw(`"${column}"`);
  return Prisma.sql`
    WITH RECURSIVE hop AS (
      (SELECT ${name} AS value FROM "AuditLog" WHERE ${name} IS NOT NULL ORDER BY ${name} LIMIT 1)
      UNION ALL
      SELECT (SELECT ${name} FROM "AuditLog" WHERE ${name} > hop.value ORDER BY ${name} LIMIT 1) FROM hop WHERE hop.value IS NOT NULL)
    SELECT value FROM hop WHERE value IS NOT NULL`;
}

export async function distinctAuditValues(column: "action" | "targetType"): Promise<string[]> {
  const rows = await db().$queryRaw<Array<{ value: string | null }>>(distinctAuditValuesQuery(column));
  return rows.map((row) => row.value as string);
}

/** A member's id from an email address or an @handle; undefined when nobody has it. */
export async function memberIdFor(actor: string): Promise<string | undefined> {
  if (actor.startsWith("@")) return (await db().advocateProfile.findFirst({ where: { handle: actor.slice(1).toLowerCase() }, select: { userId: true } }))?.userId;
  if (actor.includes("@")) return (await db().user.findFirst({ where: { email: { equals: actor, mode: "insensitive" } }, select: { id: true } }))?.id;
  return (await db().user.findUnique({ where: { id: actor }, select: { id: true } }))?.id ?? actor;
}
