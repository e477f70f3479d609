import "server-only";
// The dashboard's figures, recomputed set-wise from the tables they count (the `dashboard-aggregates` job, every
// quarter of an hour and at start-up). One transaction: the page never reads half a refresh; an advisory lock
// keeps two workers' runs in turn. Months are UTC calendar months (timestamps are stored in UTC).
import { db } from "@/lib/db";

/** pg_advisory_xact_lock key of the refresh ("dash"). */
const REFRESH_LOCK = 1684108136;

const MONTHLY = `
  INSERT INTO "DashboardMonthlyCount" (metric, month, key, count)
  SELECT 'members', date_trunc('month', "approvedAt")::date, '', count(*)::int FROM "User" WHERE "approvedAt" IS NOT NULL GROUP BY 2
  UNION ALL
  SELECT 'threads', date_trunc('month', "createdAt")::date, '', count(*)::int FROM "BoardThread" WHERE "deletedAt" IS NULL GROUP BY 2
  UNION ALL
  SELECT 'posts', date_trunc('month', "createdAt")::date, '', count(*)::int FROM "BoardPost" WHERE "deletedAt" IS NULL GROUP BY 2
  UNION ALL
  SELECT 'requests', date_trunc('month', "createdAt")::date, status::text, count(*)::int FROM "CollaborationRequest" GROUP BY 2, 3`;

// Active members only (a suspended or departed member is not part of the network now). Admins may see every
// member's country and languages whatever their visibility, so these count them all (README, the dashboard).
const CURRENT = `
  INSERT INTO "DashboardCount" (metric, key, count)
  SELECT 'country', coalesce(p."countryCode", ''), count(*)::int
    FROM "User" u LEFT JOIN "AdvocateProfile" p ON p."userId" = u.id WHERE u.status = 'ACTIVE' GROUP BY 2
  UNION ALL
  SELECT 'language', l.code, count(*)::int
    FROM "User" u JOIN "AdvocateProfile" p ON p."userId" = u.id CROSS JOIN LATERAL unnest(p.languages) AS l(code)
   WHERE u.status = 'ACTIVE' GROUP BY 2
  UNION ALL
  SELECT 'locale', coalesce(u.locale, ''), count(*)::int FROM "User" u WHERE u.status = 'ACTIVE' GROUP BY 2`;

export type DashboardRefreshResult = { refreshedAt: Date; durationMs: number; monthlyRows: number; currentRows: number };

/** Recomputes every figure; safe to run twice, or two at once (they take turns). */
export async function refreshDashboardAggregates(now: Date = new Date()): Promise<DashboardRefreshResult> {
  const started = performance.now();
  return db().$transaction(
    async (tx) => {
      await tx.$executeRawUnsafe(`SELECT pg_advisory_xact_lock(${REFRESH_LOCK})`);
      await tx.$executeRawUnsafe(`DELETE FROM "DashboardMonthlyCount"`);
      await tx.$executeRawUnsafe(`DELETE FROM "DashboardCount"`);
      const monthlyRows = await tx.$executeRawUnsafe(MONTHLY);
      const currentRows = await tx.$executeRawUnsafe(CURRENT);
      const durationMs = Math.round(performance.now() - started);
      await tx.dashboardRefresh.upsert({ where: { id: 1 }, create: { id: 1, refreshedAt: now, durationMs }, update: { refreshedAt: now, durationMs } });
      return { refreshedAt: now, durationMs, monthlyRows, currentRows };
    },
    { timeout: 300_000, maxWait: 30_000 },
  );
}
