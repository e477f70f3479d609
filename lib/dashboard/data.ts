import "server-only";
// What the dashboard reads: two live counts with their oldest item (each one index range: status, then the
// date), and the pre-aggregated figures (lib/dashboard/mutations.ts), a few hundred rows at most.
import { db } from "@/lib/db";
import type { MonthlyRow } from "./format";

export type Backlog = { count: number; oldest: Date | null };

/** Applications waiting for an admin's decision (PENDING; those waiting for the applicant are not counted). */
export async function pendingApplicationBacklog(): Promise<Backlog> {
  const result = await db().membershipApplication.aggregate({ where: { status: "PENDING" }, _count: { _all: true }, _min: { submittedAt: true } });
  return { count: result._count._all, oldest: result._min.submittedAt };
}

/** Flags no moderator has dealt with yet, on anything. */
export async function openFlagBacklog(): Promise<Backlog> {
  const result = await db().moderationFlag.aggregate({ where: { status: "OPEN" }, _count: { _all: true }, _min: { createdAt: true } });
  return { count: result._count._all, oldest: result._min.createdAt };
}

export function monthlyCounts(from: Date): Promise<MonthlyRow[]> {
  return db().dashboardMonthlyCount.findMany({ where: { month: { gte: from } }, select: { metric: true, month: true, key: true, count: true } });
}

export type CountryCount = { code: string; count: number; name: string | null; names: unknown; numericCode: string | null; continentCode: string | null };

/** Active members per country ("" = none given), with what the map and the table need of the country. */
export function countryCounts(): Promise<CountryCount[]> {
  return db().$queryRawUnsafe<CountryCount[]>(`
    SELECT d.key AS code, d.count, c.name, c.names, c."numericCode", c."continentCode"
      FROM "DashboardCount" d LEFT JOIN "Country" c ON c.code = d.key
     WHERE d.metric = 'country'`);
}

export function currentCounts(metric: "language" | "locale"): Promise<Array<{ key: string; count: number }>> {
  return db().dashboardCount.findMany({ where: { metric }, select: { key: true, count: true }, orderBy: [{ count: "desc" }, { key: "asc" }] });
}

export function lastRefresh(): Promise<{ refreshedAt: Date; durationMs: number } | null> {
  return db().dashboardRefresh.findUnique({ where: { id: 1 }, select: { refreshedAt: true, durationMs: true } });
}
