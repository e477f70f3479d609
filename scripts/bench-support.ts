// Shared by the benchmark scripts: timing (a few warm-up runs, then the median and 95th percentile), plans, bench members.
import { spawn } from "node:child_process";
import { performance } from "node:perf_hooks";

/** One measurement of a benchmark part: its timing, its target, and why it failed if it did. */
export type BenchRow = { name: string; median?: number; p95?: number; targetMs?: number; failure?: string };

/** A row for a query: fails when its plan reads no index or its median passes the target. */
export function queryRow(name: string, timing: { median: number; p95: number }, plan: readonly string[], targetMs: number): BenchRow {
  const failure = !usesIndex(plan) ? `no index in the plan:\n${plan.join("\n")}` : timing.median > targetMs ? `median over ${targetMs} ms` : undefined;
  return { name, ...timing, targetMs, failure };
}

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

/** Active, approved members bench-1 … bench-N (ids `bench-<n>`), written set-wise. */
export async function insertBenchMembers(client: { query: (text: string) => Promise<unknown> }, members: number): Promise<void> {
  await client.query(`
    INSERT INTO "User" (id, email, "displayName", status, role, "emailVerified", "approvedAt", "createdAt", "updatedAt")
    SELECT 'bench-' || g, 'bench-' || g || '@example.org', 'Member ' || g, 'ACTIVE', 'MEMBER', now(), now() - interval '60 days', now(), now()
      FROM generate_series(1, ${members}) g`);
}

/** A minimal profile (handle `benchh<n>`, English) for each of bench-1 … bench-N. */
export async function insertBenchProfiles(client: { query: (text: string) => Promise<unknown> }, members: number): Promise<void> {
  await client.query(`
    INSERT INTO "AdvocateProfile" ("userId", handle, languages, "sortName", "searchText", "createdAt", "updatedAt")
    SELECT 'bench-' || g, 'benchh' || g, ARRAY['en'], 'member ' || g, 'member ' || g, now(), now() FROM generate_series(1, ${members}) g`);
}

/** A whole-number command-line option (`--members 100000`), or its default. */
export function option(name: string, fallback: number): number {
  const index = process.argv.indexOf(name);
  const value = index >= 0 ? Number(process.argv[index + 1]) : fallback;
  if (!Number.isInteger(value) || value < 1) throw new Error(`${name} must be a positive whole number`);
  return value;
}

/** Runs a benchmark's main function: a failure prints its stack and exits with 1. */
export function runBenchmark(main: () => Promise<void>): void {
  main().catch((error: unknown) => {
    console.error(error instanceof Error ? error.stack : error);
    process.exitCode = 1;
  });
}

/** Closes a benchmark's connections and drops its scratch database. */
export async function dropScratch(client: { end(): Promise<void> }, prisma: { $disconnect(): Promise<void> }, database: { drop(): Promise<void> }): Promise<void> {
  await client.end();
  await prisma.$disconnect();
  await database.drop();
  console.log("Dropped the scratch database.");
}

/** A benchmark made of parts, each `run()`ning to rows; see scripts/bench-admin.ts. */
export type BenchParts = Record<string, () => Promise<{ run(): Promise<BenchRow[]> }>>;

function chosenParts(parts: BenchParts): string[] {
  const index = process.argv.indexOf("--only");
  if (index < 0) return Object.keys(parts);
  const names = (process.argv[index + 1] ?? "").split(",").filter(Boolean);
  const unknown = names.filter((name) => !(name in parts));
  if (unknown.length > 0) throw new Error(`Unknown part(s): ${unknown.join(", ")}; known: ${Object.keys(parts).join(", ")}`);
  return names;
}

const cell = (value: number | undefined) => (value === undefined ? "" : value.toFixed(1));

/** Runs the parts chosen with `--only a,b` (all by default), prints one table, exits with 1 when any row failed. */
export function runBenchmarkParts(parts: BenchParts): void {
  runBenchmark(async () => {
    const rows: Array<BenchRow & { part: string }> = [];
    for (const part of chosenParts(parts)) {
      console.log(`\n— ${part}`);
      const { run } = await parts[part]!();
      rows.push(...(await run()).map((row) => ({ ...row, part })));
    }
    console.log("\npart | measurement | median ms | p95 ms | target ms | result");
    for (const row of rows) {
      console.log([row.part, row.name, cell(row.median), cell(row.p95), cell(row.targetMs), row.failure ? `FAIL: ${row.failure}` : "ok"].join(" | "));
    }
    const failed = rows.filter((row) => row.failure);
    if (failed.length > 0) {
      console.error(`\n${failed.length} measurement(s) failed.`);
      process.exitCode = 1;
    }
  });
}

/**
 * Runs `script` again in a process of its own (with --expose-gc, without the react-server condition), with `flag`
 * so it knows it is the child, and resolves with the JSON object its last line of output prints: a measurement
 * of memory is then the measured work's alone.
 */
export function runInChildProcess<T>(script: string, flag: string, env: Record<string, string>, what: string): Promise<T> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ["--expose-gc", "--import", "tsx", script, flag], { env: { ...process.env, ...env }, stdio: ["ignore", "pipe", "inherit"] });
    let output = "";
    child.stdout.on("data", (data: Buffer) => (output += data.toString()));
    child.on("error", reject);
    child.on("exit", (code) => {
      const last = output.trim().split("\n").at(-1) ?? "";
      if (code === 0 && last.startsWith("{")) resolve(JSON.parse(last) as T);
      else reject(new Error(`${what} ended with ${code}: ${output}`));
    });
  });
}
