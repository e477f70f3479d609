// Pure helpers for the dashboard: the months a chart shows, ages in days, series filled with zeros.

export const DASHBOARD_RANGES = [12, 24] as const;
export type DashboardRange = (typeof DASHBOARD_RANGES)[number];

const DAY_MS = 24 * 60 * 60_000;

/** The first day (00:00 UTC) of each of the `count` UTC calendar months ending with the month of `now`, oldest first. */
export function lastMonths(now: Date, count: number): Date[] {
  const year = now.getUTCFullYear();
  const month = now.getUTCMonth();
  return Array.from({ length: count }, (_, index) => new Date(Date.UTC(year, month - (count - 1 - index), 1)));
}

/** "YYYY-MM" of a month's first day, in UTC: the key charts and tables share. */
export function monthKey(month: Date): string {
  return month.toISOString().slice(0, 7);
}

/** Whole days since `since` (0 for less than a day; never negative). */
export function ageInDays(since: Date, now: Date): number {
  return Math.max(0, Math.floor((now.getTime() - since.getTime()) / DAY_MS));
}

export type MonthlyRow = { metric: string; month: Date; key: string; count: number };

/** One metric's counts per month and key, in `months` order, with 0 where nothing was counted. */
export function monthlySeries(rows: readonly MonthlyRow[], metric: string, months: readonly Date[], keys: readonly string[]): Record<string, number[]> {
  const index = new Map(months.map((month, position) => [monthKey(month), position]));
  const series = Object.fromEntries(keys.map((key) => [key, months.map(() => 0)]));
  for (const row of rows) {
    if (row.metric !== metric) continue;
    const position = index.get(monthKey(row.month));
    const values = series[row.key];
    if (position !== undefined && values) values[position]! += row.count;
  }
  return series;
}

/** A "nice" top for a chart's scale (1, 2 or 5 × a power of ten) at or above `max`, and its ticks. */
export function chartScale(max: number, tickCount = 4): { top: number; ticks: number[] } {
  if (max <= 0) return { top: tickCount, ticks: Array.from({ length: tickCount + 1 }, (_, index) => index) };
  const rough = max / tickCount;
  const power = 10 ** Math.floor(Math.log10(rough));
  const step = [1, 2, 5, 10].map((factor) => factor * power).find((candidate) => candidate >= rough) ?? 10 * power;
  const wholeStep = Math.max(1, Math.ceil(step));
  const steps = Math.ceil(max / wholeStep);
  return { top: steps * wholeStep, ticks: Array.from({ length: steps + 1 }, (_, index) => index * wholeStep) };
}
