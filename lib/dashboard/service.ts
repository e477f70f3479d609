import "server-only";
// The admin dashboard (/admin), for an explicit viewer: what waits for staff (live counts and their oldest), and
// for admins the network at a glance, read from the pre-aggregated figures. Counts only: nothing names a person.
import { authorize } from "@/lib/auth/authorize";
import type { Viewer } from "@/lib/auth/viewer-types";
import { countryCounts, currentCounts, lastRefresh, monthlyCounts, openFlagBacklog, pendingApplicationBacklog, type Backlog, type CountryCount } from "./data";
import { ageInDays, lastMonths, monthlySeries } from "./format";
import { canSeeApplicationBacklog, canSeeDashboard, canSeeFlagBacklog, canSeeNetworkFigures } from "./policy";
import type { DashboardQuery } from "./schema";

export const REQUEST_STATUSES = ["OPEN", "IN_PROGRESS", "COMPLETED", "CANCELLED"] as const;

export type BacklogSummary = Backlog & { oldestDays: number | null };

export type NetworkFigures = {
  /** When the figures were computed; null until the job's first run. */
  refreshedAt: Date | null;
  /** First day of each month shown (UTC), oldest first. */
  months: Date[];
  members: number[];
  threads: number[];
  posts: number[];
  requests: Record<(typeof REQUEST_STATUSES)[number], number[]>;
  activeMembers: number;
  countries: CountryCount[];
  continents: Array<{ code: string; count: number }>;
  languages: Array<{ key: string; count: number }>;
  locales: Array<{ key: string; count: number }>;
};

export type AdminDashboard = { flags: BacklogSummary | null; applications: BacklogSummary | null; network: NetworkFigures | null };

function summary(backlog: Backlog, now: Date): BacklogSummary {
  return { ...backlog, oldestDays: backlog.oldest ? ageInDays(backlog.oldest, now) : null };
}

export async function adminDashboard(viewer: Viewer, query: DashboardQuery, now: Date = new Date()): Promise<AdminDashboard> {
  authorize(viewer, canSeeDashboard);
  const [flags, applications, network] = await Promise.all([
    canSeeFlagBacklog(viewer) ? openFlagBacklog().then((backlog) => summary(backlog, now)) : null,
    canSeeApplicationBacklog(viewer) ? pendingApplicationBacklog().then((backlog) => summary(backlog, now)) : null,
    canSeeNetworkFigures(viewer) ? networkFigures(query, now) : null,
  ]);
  return { flags, applications, network };
}

async function networkFigures(query: DashboardQuery, now: Date): Promise<NetworkFigures> {
  const months = lastMonths(now, query.months);
  const [rows, countries, languages, locales, refresh] = await Promise.all([monthlyCounts(months[0]!), countryCounts(), currentCounts("language"), currentCounts("locale"), lastRefresh()]);
  const single = (metric: string) => monthlySeries(rows, metric, months, [""])[""]!;
  const continents = new Map<string, number>();
  for (const country of countries) continents.set(country.continentCode ?? "", (continents.get(country.continentCode ?? "") ?? 0) + country.count);
  return {
    refreshedAt: refresh?.refreshedAt ?? null,
    months,
    members: single("members"),
    threads: single("threads"),
    posts: single("posts"),
    requests: monthlySeries(rows, "requests", months, REQUEST_STATUSES) as NetworkFigures["requests"],
    activeMembers: countries.reduce((sum, country) => sum + country.count, 0),
    countries: countries.sort((a, b) => b.count - a.count || a.code.localeCompare(b.code)),
    continents: [...continents].map(([code, count]) => ({ code, count })).sort((a, b) => b.count - a.count || a.code.localeCompare(b.code)),
    languages,
    locales,
  };
}
