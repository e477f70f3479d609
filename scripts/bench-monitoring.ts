// Benchmark of monitoring reports (issue 15): each part builds its own scratch database at the volume,
// measures what its pages run, and reports one row per measurement. The runner prints them as one table and exits
// with 1 when any row failed (a plan without an index, a median over its target).
//
//   TEST_DATABASE_URL=postgresql://postgres@127.0.0.1:5432/postgres npm run bench:monitoring [-- --only matrix] [-- --reports 2000]
//
// A part is `scripts/bench-monitoring-<name>.ts` exporting `run(): Promise<BenchRow[]>`; add it to PARTS below.
// Plain Node conditions, as the mail worker runs: the PDF part renders with next-intl's translator, whose
// react-server entry pulls in its client provider. lib/ modules still start with "server-only": allowed here.
import "./allow-server-only";
import "./load-env";
import { runBenchmarkParts } from "./bench-support";
import type { BenchParts } from "./bench-support";

const PARTS: BenchParts = {
  matrix: () => import("./bench-monitoring-matrix"),
  pdf: () => import("./bench-monitoring-pdf"),
};

runBenchmarkParts(PARTS);
