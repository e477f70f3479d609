// Benchmark of the admins' review queue (lib/applications/data.ts listReviewQueue, the exact code the page
// runs) at 100 and at 10,000 pending applications, in a scratch database that is dropped afterwards.
//
//   node --conditions=react-server --import tsx scripts/bench-review-queue.ts
//
// The scratch database is created on the PostgreSQL server named by TEST_DATABASE_URL, or on an embedded
// PGlite server when it is unset (slower, and single-session: compare numbers from the same kind of server).
// `--conditions=react-server` lets the app's `server-only` modules load outside Next.js.
// Prints, per scenario, the median and 95th percentile of the page query (rows + count, as the page runs
// them), then the EXPLAIN ANALYZE plans of the queries at 10,000, which must use the queue's indexes.
import "./load-env";
import { measure } from "./bench-support";
import { randomUUID } from "node:crypto";
import { PrismaPg } from "@prisma/adapter-pg";
import pg from "pg";
import { PrismaClient } from "../lib/generated/prisma/client";
import { buildCountryRow } from "../lib/countries/reference-data";
import { createTestDatabase } from "../tests/integration/support/test-database";
import type { QueueQuery } from "../lib/applications/data";

const PAGE_SIZE = 25;
const RUNS = 30;
const COUNTRIES = ["KE", "NG", "ZA", "UG", "SN", "IN", "TH", "PH", "GB", "ES", "FR", "PT", "US", "CA", "MX", "BR", "AR", "CO", "CL", "AU"];
const DECIDED = 5_000;

type Scenario = { name: string; query: QueueQuery };

function scenarios(pending: number): Scenario[] {
  const pages = Math.max(1, Math.ceil(pending / PAGE_SIZE));
  const middle = Math.max(1, Math.ceil(pages / 2));
  return [
    { name: "page 1", query: { status: "PENDING", skip: 0, take: PAGE_SIZE } },
    { name: `middle page (${middle} of ${pages})`, query: { status: "PENDING", skip: (middle - 1) * PAGE_SIZE, take: PAGE_SIZE } },
    { name: `last page (${pages})`, query: { status: "PENDING", skip: (pages - 1) * PAGE_SIZE, take: PAGE_SIZE } },
    { name: "country KE, page 1", query: { status: "PENDING", countryCode: "KE", skip: 0, take: PAGE_SIZE } },
    { name: "organizations, page 2", query: { status: "PENDING", kind: "ORGANIZATION", skip: PAGE_SIZE, take: PAGE_SIZE } },
    { name: "country BR + organizations", query: { status: "PENDING", countryCode: "BR", kind: "ORGANIZATION", skip: 0, take: PAGE_SIZE } },
  ];
}

/** Inserts `count` applicants with an application each (status as given), in batches. */
async function insertApplications(prisma: PrismaClient, count: number, status: "PENDING" | "APPROVED" | "MORE_INFO_REQUESTED", offset: number) {
  const start = Date.UTC(2025, 0, 1);
  for (let done = 0; done < count; done += 1000) {
    const size = Math.min(1000, count - done);
    const users = Array.from({ length: size }, (_, i) => ({
      id: randomUUID(),
      email: `bench-${offset + done + i}@example.org`,
      name: `Bench Applicant ${offset + done + i}`,
      displayName: `Bench ${offset + done + i}`,
      status: status === "APPROVED" ? ("ACTIVE" as const) : status,
    }));
    await prisma.user.createMany({ data: users });
    await prisma.membershipApplication.createMany({
      data: users.map((user, i) => {
        const n = offset + done + i;
        // Skewed towards the first countries, as real networks are.
        const country = COUNTRIES[Math.floor(COUNTRIES.length * Math.pow((n * 7919) % 1000 / 1000, 2))]!;
        const organization = n % 10 < 3;
        return {
          userId: user.id,
          kind: organization ? ("ORGANIZATION" as const) : ("INDIVIDUAL" as const),
          status,
          countryCode: country,
          proposedOrgName: organization ? `Proposed organization ${n}` : null,
          proposedOrgCountryCode: organization ? country : null,
          languages: ["en"],
          workDescription: "Benchmark application",
          consentedAt: new Date(start + n * 60_000),
          submittedAt: new Date(start + ((n * 104729) % 10_000_000) * 1000),
        };
      }),
    });
  }
}

type Captured = { query: string; params: string };

async function main() {
  const database = await createTestDatabase("wipn_bench");
  const where = process.env.TEST_DATABASE_URL ? new URL(database.url).pathname.slice(1) + " on " + new URL(database.url).host : "embedded PGlite";
  console.log(`Scratch database: ${where}`);
  const captured: Captured[] = [];
  const prisma = new PrismaClient({ adapter: new PrismaPg({ connectionString: database.url, max: 4 }), log: [{ emit: "event", level: "query" }] });
  prisma.$on("query", (event) => captured.push({ query: event.query, params: event.params }));
  // The app's lib/db.ts uses this client: the benchmark runs the page's own query code.
  (globalThis as unknown as { wipnPrisma?: PrismaClient }).wipnPrisma = prisma;
  process.env.DATABASE_URL = database.url;
  const { listReviewQueue } = await import("../lib/applications/data");

  const results: Array<{ pending: number; scenario: string; rows: number; total: number; median: number; p95: number }> = [];
  try {
    await prisma.country.createMany({
      data: COUNTRIES.map((code) => {
        const row = buildCountryRow(code)!;
        return { code: row.code, alpha3: row.alpha3, numericCode: row.numericCode, name: row.name, names: row.names };
      }),
    });
    await insertApplications(prisma, DECIDED, "APPROVED", 1_000_000);
    await insertApplications(prisma, 200, "MORE_INFO_REQUESTED", 2_000_000);

    let pending = 0;
    for (const target of [100, 10_000]) {
      await insertApplications(prisma, target - pending, "PENDING", pending);
      pending = target;
      // As autovacuum would have by now: fresh statistics and a visibility map (for index-only scans).
      await prisma.$executeRawUnsafe(`VACUUM ANALYZE "MembershipApplication"`);
      for (const scenario of scenarios(pending)) {
        let last = { rows: [] as unknown[], total: 0 };
        const timing = await measure(async () => {
          last = await listReviewQueue(scenario.query);
        }, RUNS);
        results.push({ pending, scenario: scenario.name, rows: last.rows.length, total: last.total, ...timing });
      }
    }

    console.log(`\nReview queue, ${PAGE_SIZE} per page, ${RUNS} runs each (plus ${DECIDED} decided and 200 "more information" applications in the table)\n`);
    console.log(["pending".padStart(7), "scenario".padEnd(32), "rows".padStart(4), "matching".padStart(8), "median ms".padStart(9), "p95 ms".padStart(7)].join("  "));
    for (const row of results) {
      console.log(
        [String(row.pending).padStart(7), row.scenario.padEnd(32), String(row.rows).padStart(4), String(row.total).padStart(8), row.median.toFixed(2).padStart(9), row.p95.toFixed(2).padStart(7)].join("  "),
      );
    }

    // The plans of the queries one page load sends, at 10,000 pending (Prisma's own SQL and parameters).
    console.log("\nEXPLAIN ANALYZE of the queue queries at 10,000 pending:");
    const client = new pg.Client({ connectionString: database.url });
    await client.connect();
    try {
      for (const scenario of [scenarios(pending)[1]!, scenarios(pending)[5]!]) {
        captured.length = 0;
        await listReviewQueue(scenario.query);
        const onApplications = captured.filter((entry) => /FROM "public"\."MembershipApplication"/.test(entry.query));
        console.log(`\n${scenario.name}: ${captured.length} queries in all (the page, the count, then one batched query each for applicants, countries and organizations: no N+1)`);
        for (const entry of onApplications) {
          const plan = await client.query(`EXPLAIN (ANALYZE, COSTS OFF, SUMMARY ON) ${entry.query}`, JSON.parse(entry.params) as unknown[]);
          const lines = plan.rows.map((row: Record<string, unknown>) => String(row["QUERY PLAN"]));
          const kind = /^SELECT COUNT\(/i.test(entry.query) ? "count" : "rows";
          console.log(`\n-- ${scenario.name}: ${kind}\n${lines.map((line) => `   ${line}`).join("\n")}`);
          if (!lines.some((line) => /Index (Only )?Scan|Bitmap Index Scan/.test(line))) throw new Error(`The ${kind} query of "${scenario.name}" does not use an index`);
        }
      }
    } finally {
      await client.end();
    }
    console.log("\nEvery queue query uses an index.");
  } finally {
    await prisma.$disconnect();
    await database.drop();
    console.log(`Dropped the scratch database.`);
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exitCode = 1;
});
