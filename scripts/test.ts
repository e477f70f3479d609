// `npm test`: every check the project has, in order, stopping at the first failure with its exit code:
// type check, lint, unit + integration tests (Vitest), production build, end-to-end tests (Playwright,
// against that build). Output streams as it comes; a summary with each stage's duration ends the run.
// Integration and e2e tests use the PostgreSQL server in TEST_DATABASE_URL when set, else an embedded one.
import { spawn, type ChildProcess } from "node:child_process";
import { existsSync, readFileSync, rmSync } from "node:fs";
import path from "node:path";

type Stage = { name: string; bin: string; args: string[]; env?: Record<string, string> };
type Outcome = { stage: Stage; status: "passed" | "failed" | "not run"; ms?: number; code?: number };

const root = path.resolve(import.meta.dirname, "..");
const VITEST_REPORT = path.join(root, "test-reports", "vitest.json");
const PLAYWRIGHT_REPORT = path.join(root, "test-reports", "playwright.json");

const stages: Stage[] = [
  // Route types (PageProps, typed links) come from Next.js; a fresh clone has none until this runs.
  { name: "Route types", bin: "next", args: ["typegen"] },
  { name: "Type check", bin: "tsc", args: ["--noEmit"] },
  { name: "Lint", bin: "eslint", args: ["."] },
  {
    name: "Unit + integration tests",
    bin: "vitest",
    args: ["run", "--reporter=default", "--reporter=json", `--outputFile.json=${VITEST_REPORT}`],
  },
  { name: "Production build", bin: "next", args: ["build"] },
  {
    name: "End-to-end tests",
    bin: "playwright",
    args: ["test", "--reporter=list,json"],
    env: { PLAYWRIGHT_JSON_OUTPUT_FILE: PLAYWRIGHT_REPORT },
  },
];

/** Tests counted from the runners' JSON reports, for the closing "N passed, N failed" line. */
function countTests(): { passed: number; failed: number; skipped: number } {
  const counts = { passed: 0, failed: 0, skipped: 0 };
  const read = (file: string) => (existsSync(file) ? JSON.parse(readFileSync(file, "utf8")) : undefined);
  const vitest = read(VITEST_REPORT) as { numPassedTests: number; numFailedTests: number; numPendingTests: number; numTodoTests: number } | undefined;
  if (vitest) {
    counts.passed += vitest.numPassedTests;
    counts.failed += vitest.numFailedTests;
    counts.skipped += vitest.numPendingTests + vitest.numTodoTests;
  }
  const playwright = read(PLAYWRIGHT_REPORT) as { stats: { expected: number; unexpected: number; flaky: number; skipped: number } } | undefined;
  if (playwright) {
    counts.passed += playwright.stats.expected + playwright.stats.flaky;
    counts.failed += playwright.stats.unexpected;
    counts.skipped += playwright.stats.skipped;
  }
  return counts;
}

// Every test process runs in a zone with a 12:45 offset and its own daylight saving rules, so code that
// forgets a time zone fails here rather than for members far from UTC.
const env: NodeJS.ProcessEnv = { ...process.env, TZ: "Pacific/Chatham", NEXT_TELEMETRY_DISABLED: "1" };

let current: ChildProcess | undefined;
let interrupted: NodeJS.Signals | undefined;

function run(stage: Stage): Promise<number> {
  return new Promise((resolve) => {
    const bin = path.join(root, "node_modules", ".bin", stage.bin);
    const child = spawn(bin, stage.args, { cwd: root, env: { ...env, ...stage.env }, stdio: "inherit" });
    current = child;
    child.on("error", (error) => {
      console.error(`Could not start ${stage.bin}: ${error.message}`);
      resolve(127);
    });
    child.on("exit", (code, signal) => {
      current = undefined;
      resolve(code ?? (signal ? 128 + (signalNumber(signal) ?? 1) : 1));
    });
  });
}

function signalNumber(signal: NodeJS.Signals): number | undefined {
  return { SIGHUP: 1, SIGINT: 2, SIGKILL: 9, SIGTERM: 15 }[signal as string];
}

function formatDuration(ms: number): string {
  if (ms < 60_000) return `${(ms / 1000).toFixed(1)}s`;
  return `${Math.floor(ms / 60_000)}m ${Math.round((ms % 60_000) / 1000)}s`;
}

function printSummary(outcomes: Outcome[], totalMs: number): void {
  const width = Math.max(...outcomes.map((outcome) => outcome.stage.name.length));
  const lines = outcomes.map(({ stage, status, ms, code }) => {
    const name = stage.name.padEnd(width);
    if (status === "passed") return `  ✓ ${name}  passed   ${formatDuration(ms ?? 0)}`;
    if (status === "failed") return `  ✗ ${name}  FAILED   ${formatDuration(ms ?? 0)}  (exit code ${code})`;
    return `  · ${name}  not run`;
  });
  const tests = countTests();
  console.log(["", "Test summary (TZ=Pacific/Chatham):", ...lines, `  Total ${formatDuration(totalMs)}`, ""].join("\n"));
  console.log(`tests: ${tests.passed} passed, ${tests.failed} failed${tests.skipped ? `, ${tests.skipped} skipped` : ""}`);
}

for (const signal of ["SIGINT", "SIGTERM"] as const) {
  process.on(signal, () => {
    interrupted = signal;
    // From a terminal the stage has the signal already; from a supervisor, only this process does.
    current?.kill(signal);
  });
}

rmSync(VITEST_REPORT, { force: true });
rmSync(PLAYWRIGHT_REPORT, { force: true });
const started = performance.now();
const outcomes: Outcome[] = stages.map((stage) => ({ stage, status: "not run" }));
let exitCode = 0;
for (const outcome of outcomes) {
  if (exitCode !== 0 || interrupted) break;
  console.log(`\n▶ ${outcome.stage.name}: ${[outcome.stage.bin, ...outcome.stage.args].join(" ")}\n`);
  const stageStarted = performance.now();
  const code = await run(outcome.stage);
  outcome.ms = performance.now() - stageStarted;
  outcome.status = code === 0 && !interrupted ? "passed" : "failed";
  outcome.code = code;
  if (outcome.status === "failed") exitCode = code || 1;
}
printSummary(outcomes, performance.now() - started);
process.exit(exitCode);
