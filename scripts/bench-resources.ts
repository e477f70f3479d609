// Benchmark of the resource library and the Bangkok Rules hub (issue 14): each part builds its own scratch database
// at the volume, measures what its pages and jobs run, and reports one row per measurement. The runner
// prints them as one table and exits with 1 when any row failed (a plan without an index, a median or a time over
// its target).
//
//   TEST_DATABASE_URL=postgresql://postgres@127.0.0.1:5432/postgres npm run bench:resources [-- --only files,rules]
//
// A part is `scripts/bench-resources-<name>.ts` exporting `run(): Promise<BenchRow[]>`; add it to PARTS below.
import "./load-env";
import { runBenchmark } from "./bench-support";
import type { BenchRow } from "./bench-support";

const PARTS: Record<string, () => Promise<{ run(): Promise<BenchRow[]> }>> = {
  rules: () => import("./bench-resources-rules"),
};

function chosenParts(): string[] {
  const index = process.argv.indexOf("--only");
  if (index < 0) return Object.keys(PARTS);
  const names = (process.argv[index + 1] ?? "").split(",").filter(Boolean);
  const unknown = names.filter((name) => !(name in PARTS));
  if (unknown.length > 0) throw new Error(`Unknown part(s): ${unknown.join(", ")}; known: ${Object.keys(PARTS).join(", ")}`);
  return names;
}

const cell = (value: number | undefined) => (value === undefined ? "" : value.toFixed(1));

runBenchmark(async () => {
  const rows: Array<BenchRow & { part: string }> = [];
  for (const part of chosenParts()) {
    console.log(`\n— ${part}`);
    const { run } = await PARTS[part]!();
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
