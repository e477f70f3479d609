// `npm run db:seed [-- --demo]`: writes the reference data (idempotent) and, with --demo, the fictional demo
// network (once). Reads DATABASE_URL; apply migrations first (`npm run db:migrate`).
// Other scripts call `runSeed` (or prisma/seed/reference.ts and demo.ts directly) with their own client.
import { pathToFileURL } from "node:url";
import { PrismaPg } from "@prisma/adapter-pg";
import pg from "pg";
import { parseEnv, requireDatabaseUrl } from "@/lib/env";
import { CliError, describeFailure } from "./cli";
import { PrismaClient } from "@/lib/generated/prisma/client";
import { DEMO_ADMIN_TOTP_SECRET, DEMO_SIGN_INS } from "@/prisma/seed/demo-data";
import { seedDemoData, type DemoSeedReport } from "@/prisma/seed/demo";
import { seedReferenceData, type ReferenceSeedReport } from "@/prisma/seed/reference";

const CONNECT_TIMEOUT_MS = 10_000;

export type SeedReport = { reference: ReferenceSeedReport; demo: DemoSeedReport | null };

/**
 * Seeds reference data and, if asked, demo data; `log` receives one line per step. Demo data needs the
 * AUTH_SECRET the app runs with (option, else the environment): it seals the demo admin's two-step secret.
 */
export async function runSeed(
  prisma: PrismaClient,
  options: { demo?: boolean; authSecret?: string; log?: (line: string) => void } = {},
): Promise<SeedReport> {
  const log = options.log ?? (() => {});
  let started = performance.now();
  const reference = await seedReferenceData(prisma);
  log(
    `Reference data: ${reference.continents} continents, ${reference.regions} regions, ${reference.countries} countries, ` +
      `${reference.bangkokRuleParts} parts, ${reference.bangkokRuleSections} sections and ${reference.bangkokRules} Bangkok Rules, ` +
      `${reference.boardCategories} board categories (${elapsed(started)})`,
  );
  if (!options.demo) return { reference, demo: null };

  const authSecret = options.authSecret ?? parseEnv(process.env).AUTH_SECRET;
  if (!authSecret) throw new CliError("Demo data needs AUTH_SECRET, the same one the app uses (it seals the demo admin's two-step secret)");
  started = performance.now();
  const demo = await seedDemoData(prisma, authSecret);
  if (demo.status === "already-seeded") {
    log("Demo data: already seeded, nothing changed");
  } else {
    log(
      `Demo data: ${demo.users} people, ${demo.organizations} organizations, ${demo.memberships} memberships ` +
        `in ${demo.countries} countries, ${demo.boardThreads} board threads with ${demo.boardPosts} posts, ${demo.collaborationRequests} collaboration requests with ${demo.collaborationResponses} responses, ${demo.conversations} private conversations, ${demo.resources} resources (${elapsed(started)})`,
    );
  }
  return { reference, demo };
}

function elapsed(since: number): string {
  return `${Math.round(performance.now() - since)} ms`;
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
      console.log(`  The admin uses two-step verification: add the secret ${DEMO_ADMIN_TOTP_SECRET} to an authenticator app.`);
    }
    return 0;
  } catch (error) {
    console.error(`Error: ${describeFailure(error, databaseUrl)}`);
    return 1;
  } finally {
    await prisma?.$disconnect().catch(() => {});
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  await import("./load-env");
  process.exitCode = await main(process.argv.slice(2));
}
