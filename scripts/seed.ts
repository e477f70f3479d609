// `npm run db:seed [-- --demo]`: writes the reference data (idempotent) and, with --demo, the fictional demo
// network (once). Reads DATABASE_URL; apply migrations first (`npm run db:migrate`).
// Other scripts call `runSeed` (or prisma/seed/reference.ts and demo.ts directly) with their own client.
import { pathToFileURL } from "node:url";
import { PrismaPg } from "@prisma/adapter-pg";
import pg from "pg";
import { EnvError, parseEnv, requireDatabaseUrl } from "@/lib/env";
import { PrismaClient } from "@/lib/generated/prisma/client";
import { DEMO_SIGN_INS } from "@/prisma/seed/demo-data";
import { seedDemoData, type DemoSeedReport } from "@/prisma/seed/demo";
import { seedReferenceData, type ReferenceSeedReport } from "@/prisma/seed/reference";

const CONNECT_TIMEOUT_MS = 10_000;

export type SeedReport = { reference: ReferenceSeedReport; demo: DemoSeedReport | null };

/** Seeds reference data and, if asked, demo data; `log` receives one line per step. */
export async function runSeed(
  prisma: PrismaClient,
  options: { demo?: boolean; log?: (line: string) => void } = {},
): Promise<SeedReport> {
  const log = options.log ?? (() => {});
  let started = performance.now();
  const reference = await seedReferenceData(prisma);
  log(
    `Reference data: ${reference.continents} continents, ${reference.regions} regions, ${reference.countries} countries, ` +
      `${reference.bangkokRuleParts} parts, ${reference.bangkokRuleSections} sections and ${reference.bangkokRules} Bangkok Rules (${elapsed(started)})`,
  );
  if (!options.demo) return { reference, demo: null };

  started = performance.now();
  const demo = await seedDemoData(prisma);
  if (demo.status === "already-seeded") {
    log("Demo data: already seeded, nothing changed");
  } else {
    log(
      `Demo data: ${demo.users} people, ${demo.organizations} organizations, ${demo.memberships} memberships ` +
        `in ${demo.countries} countries (${elapsed(started)})`,
    );
  }
  return { reference, demo };
}

function elapsed(since: number): string {
  return `${Math.round(performance.now() - since)} ms`;
}

const UNREACHABLE: Record<string, string> = {
  ECONNREFUSED: "connection refused",
  ENOTFOUND: "host not found",
  EAI_AGAIN: "host name lookup failed",
  ETIMEDOUT: "timed out",
  EHOSTUNREACH: "host unreachable",
  ENETUNREACH: "network unreachable",
  ECONNRESET: "connection reset",
};

/** A one-line explanation of a failure, without stack traces or secrets. */
export function describeSeedError(error: unknown, databaseUrl?: string): string {
  if (error instanceof EnvError) return error.message;
  const codes = errorCodes(error);
  const message = lastLine(error instanceof Error ? error.message : String(error));
  const target = databaseUrl ? describeTarget(databaseUrl) : "the configured address";
  const unreachable = codes.find((code) => code in UNREACHABLE);
  if (unreachable) return `Cannot reach the database at ${target}: ${UNREACHABLE[unreachable]} (${unreachable})`;
  if (/connection timeout|timeout exceeded when trying to connect/i.test(message)) return `Cannot reach the database at ${target}: timed out`;
  if (codes.includes("P1001") || codes.includes("DatabaseNotReachable")) return `Cannot reach the database at ${target}: ${message}`;
  if (codes.includes("3D000") || codes.includes("P1003")) return `The database does not exist at ${target}: ${message}`;
  if (codes.includes("28P01") || codes.includes("28000")) return `The database at ${target} refused the credentials: ${message}`;
  if (codes.includes("42P01") || codes.includes("P2021")) return `The database has no tables yet; apply the migrations first (npm run db:migrate): ${message}`;
  return `Seeding failed: ${message}`;
}

/** host:port/database, without user or password. */
function describeTarget(databaseUrl: string): string {
  try {
    const url = new URL(databaseUrl);
    return `${url.hostname}:${url.port || "5432"}`;
  } catch {
    return "the configured address";
  }
}

/** Error codes along the cause chain: Node's `code`, PostgreSQL SQLSTATE, Prisma codes and adapter kinds. */
function errorCodes(error: unknown): string[] {
  const codes: string[] = [];
  const seen = new Set<unknown>();
  let current: unknown = error;
  while (current && typeof current === "object" && !seen.has(current)) {
    seen.add(current);
    const record = current as Record<string, unknown>;
    for (const key of ["code", "originalCode", "kind"]) if (typeof record[key] === "string") codes.push(record[key] as string);
    const adapterError = (record.meta as Record<string, unknown> | undefined)?.driverAdapterError;
    current = record.cause ?? adapterError;
  }
  return codes;
}

function lastLine(message: string): string {
  return message.split("\n").map((line) => line.trim()).filter(Boolean).at(-1) ?? "unknown error";
}

/** Opens and closes one plain connection, so an unreachable database fails fast with the real reason. */
async function checkConnection(connectionString: string): Promise<void> {
  const client = new pg.Client({ connectionString, connectionTimeoutMillis: CONNECT_TIMEOUT_MS });
  client.on("error", () => {});
  try {
    await client.connect();
  } finally {
    await client.end().catch(() => {});
  }
}

async function main(argv: string[]): Promise<number> {
  const unknown = argv.filter((arg) => arg !== "--demo");
  if (unknown.length > 0) {
    console.error(`Unknown argument ${unknown[0]}. Usage: npm run db:seed [-- --demo]`);
    return 1;
  }
  let databaseUrl: string | undefined;
  let prisma: PrismaClient | undefined;
  try {
    parseEnv(process.env);
    databaseUrl = requireDatabaseUrl();
    await checkConnection(databaseUrl);
    prisma = new PrismaClient({ adapter: new PrismaPg({ connectionString: databaseUrl, max: 2, connectionTimeoutMillis: CONNECT_TIMEOUT_MS }) });
    const report = await runSeed(prisma, { demo: argv.includes("--demo"), log: (line) => console.log(line) });
    if (report.demo) {
      console.log("Demo sign-ins:");
      for (const signIn of DEMO_SIGN_INS) console.log(`  ${signIn.role}: ${signIn.email} / ${signIn.password}`);
    }
    return 0;
  } catch (error) {
    console.error(describeSeedError(error, databaseUrl));
    return 1;
  } finally {
    await prisma?.$disconnect().catch(() => {});
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  process.exitCode = await main(process.argv.slice(2));
}
