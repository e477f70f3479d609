// Benchmark of the resource library and the Bangkok Rules hub (issue 14): each part builds its own scratch database
// at the volume, measures what its pages and jobs run, and reports one row per measurement. The runner
// prints them as one table and exits with 1 when any row failed (a plan without an index, a median or a time over
// its target).
//
//   TEST_DATABASE_URL=postgresql://postgres@127.0.0.1:5432/postgres npm run bench:resources [-- --only files,rules]
//
// A part is `scripts/bench-resources-<name>.ts` exporting `run(): Promise<BenchRow[]>`; add it to PARTS below.
import "./load-env";
import { runBenchmarkParts } from "./bench-support";
import type { BenchParts } from "./bench-support";

const PARTS: BenchParts = {
  files: () => import("./bench-resources-files"),
  library: () => import("./bench-resources-library"),
  rules: () => import("./bench-resources-rules"),
};

runBenchmarkParts(PARTS);
