// Timing shared by the benchmark scripts: a few warm-up runs, then the median and 95th percentile.
import { performance } from "node:perf_hooks";

export function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!;
}

export async function measure(run: () => Promise<unknown>, runs: number): Promise<{ median: number; p95: number }> {
  for (let i = 0; i < 3; i++) await run();
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const started = performance.now();
    await run();
    times.push(performance.now() - started);
  }
  times.sort((a, b) => a - b);
  return { median: percentile(times, 50), p95: percentile(times, 95) };
}

/** A plan's lines (EXPLAIN without costs) for a query with $n parameters. */
export async function planOf(client: { query: (text: string, values?: unknown[]) => Promise<{ rows: Array<Record<string, unknown>> }> }, query: { text: string; values: unknown[] }): Promise<string[]> {
  const plan = await client.query(`EXPLAIN (COSTS OFF) ${query.text}`, query.values);
  return plan.rows.map((row) => String(row["QUERY PLAN"]));
}

/** Whether a plan reads through an index (an index, index-only or bitmap index scan) rather than whole tables only. */
export function usesIndex(plan: readonly string[]): boolean {
  return plan.some((line) => /Index (Only )?Scan|Bitmap Index Scan/.test(line));
}
