// Benchmark of what signing in with a password costs: argon2id hashing and verification with the app's
// parameters (lib/auth/password.ts), and the full credentials check the sign-in form runs
// (lib/auth/sign-in.ts authorizeCredentials: rate limits, account look-up, argon2id, two-step code), against
// a scratch database that is dropped afterwards. A measurement to read, not a timed test.
//
//   TEST_DATABASE_URL=postgresql://postgres@127.0.0.1:5432/postgres npx tsx scripts/bench-sign-in.ts [--runs 20]
//
// The scratch database is created on the PostgreSQL server named by TEST_DATABASE_URL, or on an embedded
// PGlite server when it is unset (slower: compare numbers from the same kind of server).
import { register } from "node:module";
import "./load-env";
import { randomBytes } from "node:crypto";
import os from "node:os";
import { performance } from "node:perf_hooks";
import { PrismaPg } from "@prisma/adapter-pg";
import { Secret, TOTP } from "otpauth";
import { PrismaClient } from "../lib/generated/prisma/client";
import { createTestDatabase } from "../tests/integration/support/test-database";
import { describeFailure } from "./cli";

// lib/ modules start with `import "server-only"`, which throws outside Next.js's server bundle; this process
// is server-side by nature, so that one module resolves to an empty one (as in scripts/worker.ts).
const SERVER_ONLY_HOOK = `export async function resolve(specifier, context, next) {
  return specifier === "server-only" ? { url: "data:text/javascript,export {};", shortCircuit: true } : next(specifier, context);
}`;
register(`data:text/javascript,${encodeURIComponent(SERVER_ONLY_HOOK)}`);

const WARM_UP = 3;

function option(name: string, fallback: number): number {
  const index = process.argv.indexOf(name);
  const value = index >= 0 ? Number(process.argv[index + 1]) : fallback;
  if (!Number.isInteger(value) || value < 1) throw new Error(`${name} must be a positive whole number`);
  return value;
}

function percentile(sorted: number[], p: number): number {
  const index = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1));
  return sorted[index] ?? Number.NaN;
}

type Row = { operation: string; runs: number; median: number; p95: number; min: number; max: number };

/** Runs `run(i)` WARM_UP times unmeasured, then `runs` times measured, one after another. */
async function measure(operation: string, runs: number, run: (i: number) => Promise<unknown>): Promise<Row> {
  for (let i = 0; i < WARM_UP; i++) await run(runs + i);
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const started = performance.now();
    await run(i);
    times.push(performance.now() - started);
  }
  times.sort((a, b) => a - b);
  return { operation, runs, median: percentile(times, 50), p95: percentile(times, 95), min: times[0]!, max: times[times.length - 1]! };
}

function printTable(rows: Row[]): void {
  const header = ["operation".padEnd(52), "runs".padStart(4), "median ms".padStart(9), "p95 ms".padStart(8), "min ms".padStart(8), "max ms".padStart(8)];
  console.log(header.join("  "));
  console.log(header.map((cell) => "-".repeat(cell.length)).join("  "));
  for (const row of rows) {
    console.log(
      [row.operation.padEnd(52), String(row.runs).padStart(4), row.median.toFixed(1).padStart(9), row.p95.toFixed(1).padStart(8), row.min.toFixed(1).padStart(8), row.max.toFixed(1).padStart(8)].join("  "),
    );
  }
}

async function main(): Promise<void> {
  const runs = option("--runs", 20);
  const database = await createTestDatabase("wipn_bench");
  // The app's modules read these through lib/env.ts on first use, so set them before importing them.
  process.env.DATABASE_URL = database.url;
  process.env.AUTH_SECRET ??= randomBytes(32).toString("base64url");
  const prisma = new PrismaClient({ adapter: new PrismaPg({ connectionString: database.url, max: 2 }) });
  try {
    const { hashPassword, verifyPassword, PASSWORD_HASH_OPTIONS } = await import("../lib/auth/password");
    const { authorizeCredentials, completeSecondStep } = await import("../lib/auth/sign-in");
    const { SignInRefused } = await import("../lib/auth/sign-in-refusal");
    const { encryptTotpSecret, newTotpSecret } = await import("../lib/auth/two-factor");
    const { db } = await import("../lib/db");

    const password = "violet-harbour-quietly-79";
    const passwordHash = await hashPassword(password);
    const secret = newTotpSecret();
    const sealed = encryptTotpSecret(secret);
    const total = runs + WARM_UP;
    // One account per attempt: five attempts on one account within 15 minutes reach the sign-in limit,
    // and a refused attempt skips the password check, which would make the numbers look better than they are.
    const accounts = (kind: string) => Array.from({ length: total }, (_, i) => `bench-${kind}-${i}@example.org`);
    const plain = accounts("plain");
    const twoStep = accounts("two-step");
    const now = new Date();
    await prisma.user.createMany({
      data: [
        ...plain.map((email) => ({ email, name: "Bench Member", passwordHash, status: "ACTIVE" as const, approvedAt: now })),
        ...twoStep.map((email) => ({ email, name: "Bench Member", passwordHash, status: "ACTIVE" as const, approvedAt: now, totpSecret: sealed, totpEnabledAt: now })),
      ],
    });
    // Each attempt from its own address (TEST-NET-1), so both limits are counted as behind a real proxy.
    let attempts = 0;
    const address = () => ({ address: `192.0.2.${(attempts++ % 250) + 1}` });
    const code = () => new TOTP({ secret: Secret.fromBase32(secret), algorithm: "SHA1", digits: 6, period: 30 }).generate();
    const refusal = (promise: Promise<unknown>) =>
      promise.then(
        () => "signed in",
        (error: unknown) => {
          if (error instanceof SignInRefused) return error.refusal;
          throw error;
        },
      );
    const expect = async (promise: Promise<string>, wanted: string) => {
      const got = await promise;
      if (got !== wanted) throw new Error(`expected ${wanted}, got ${got}`);
    };

    // The password step hands over a challenge token; the code step redeems it (lib/auth/second-step.ts).
    const passwordThenCode = async (email: string) => {
      const client = address();
      const challenge = await authorizeCredentials({ email, password }, client).then(
        () => undefined,
        (error: unknown) => (error instanceof SignInRefused ? error.challenge : undefined),
      );
      if (!challenge) throw new Error("expected the code step");
      return completeSecondStep({ challenge, code: code() }, client);
    };

    const rows: Row[] = [];
    rows.push(await measure("argon2id hash (hashPassword)", runs, () => hashPassword(password)));
    rows.push(await measure("argon2id verify, right password (verifyPassword)", runs, () => verifyPassword(passwordHash, password)));
    rows.push(await measure("argon2id verify, wrong password", runs, () => verifyPassword(passwordHash, "not-the-password")));
    rows.push(await measure("authorizeCredentials: right password", runs, (i) => expect(refusal(authorizeCredentials({ email: plain[i]!, password }, address())), "signed in")));
    rows.push(
      await measure("authorizeCredentials: wrong password", runs, (i) =>
        expect(refusal(authorizeCredentials({ email: plain[(i + 1) % total]!, password: "not-the-password" }, address())), "invalid-credentials"),
      ),
    );
    rows.push(
      await measure("authorizeCredentials: unknown address", runs, (i) =>
        expect(refusal(authorizeCredentials({ email: `nobody-${i}-${randomBytes(3).toString("hex")}@example.org`, password }, address())), "invalid-credentials"),
      ),
    );
    rows.push(
      await measure("authorizeCredentials + completeSecondStep: right password, then app code", runs, (i) =>
        expect(refusal(passwordThenCode(twoStep[i]!)), "signed in"),
      ),
    );

    const { memoryCost, timeCost, parallelism } = PASSWORD_HASH_OPTIONS;
    const cpu = os.cpus()[0]?.model ?? "unknown CPU";
    console.log(`Sign-in benchmark — Node ${process.version}, ${cpu} (${os.cpus().length} cores)`);
    console.log(`argon2id: ${memoryCost} KiB memory, ${timeCost} iterations, parallelism ${parallelism}; database: ${process.env.TEST_DATABASE_URL ? "PostgreSQL server" : "embedded PGlite"}`);
    console.log(`${WARM_UP} warm-up runs per line, not counted; one attempt at a time.\n`);
    printTable(rows);
    await db().$disconnect();
  } finally {
    await prisma.$disconnect();
    await database.drop();
  }
}

main().catch((error: unknown) => {
  console.error(`bench-sign-in: ${describeFailure(error)}`);
  process.exitCode = 1;
});
