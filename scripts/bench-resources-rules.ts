// bench:resources, part `rules`: the Bangkok Rules hub on a network at the volume — 10,000 members (rule
// interests, organizations) and 20,000 collaboration requests from bench:collaborations' builder, plus 50,000
// board threads tagged with one to three rules (skewed: a few rules draw most of the network's attention, some
// almost none) and one or two countries, some removed, hidden or in a staff-only category. Measures the
// rule-activity job (the /rules aggregate), /rules' read, each query of a rule's page for a busy and a quiet
// rule (the SQL the data layer sends, captured from the client, so the plans checked are the real ones), and the
// whole page's service. Fails when a query's plan reads no index or a median passes its target.
import { PrismaPg } from "@prisma/adapter-pg";
import pg from "pg";
import { PrismaClient } from "../lib/generated/prisma/client";
import { seedReferenceData } from "../prisma/seed/reference";
import { signedInViewer } from "../tests/factories/viewers";
import { createTestDatabase } from "../tests/integration/support/test-database";
import { buildCollaborationNetwork } from "./bench-collaborations";
import { measure, option, planOf, queryRow, type BenchRow } from "./bench-support";

const RUNS = 30;
/** The target per query and for a rule's page (median, on the 2-core machine). */
const TARGET_MS = 50;
/** The job runs every quarter of an hour in the background: a second is plenty. */
const REFRESH_TARGET_MS = 1_000;
/** Staff's page counts the threads live (they also list staff-only ones): few people, a looser target. */
const STAFF_TARGET_MS = 150;

/** Threads 1..N in the seeded categories and one staff-only one, each with its opening post, rules and countries. */
async function buildThreads(client: pg.Client, threads: number, members: number) {
  await client.query(`SET session_replication_role = replica`);
  await client.query(`INSERT INTO "BoardCategory" (id, slug, position, names, descriptions, "staffOnly") VALUES ('bench-staff', 'bench-staff', 99, '{"en":"Staff"}', '{"en":""}', true)`);
  await client.query(`
    WITH categories AS (SELECT array_agg(id ORDER BY position) AS ids FROM "BoardCategory" WHERE NOT "staffOnly")
    INSERT INTO "BoardThread" (id, "categoryId", "authorId", title, slug, language, "lastPostNumber", "replyCount", "lastPostedAt", "createdAt", "updatedAt", "deletedAt")
    SELECT g, CASE WHEN g % 40 = 0 THEN 'bench-staff' ELSE categories.ids[1 + g % array_length(categories.ids, 1)] END, 'bench-' || (1 + g % ${members}),
           'Thread ' || g, 'thread-' || g, 'en', 1 + g % 9, g % 9, now() - (g || ' minutes')::interval, now() - (g || ' minutes')::interval, now(),
           CASE WHEN g % 50 = 0 THEN now() END
      FROM generate_series(1, ${threads}) g CROSS JOIN categories`);
  await client.query(`SELECT setval(pg_get_serial_sequence('"BoardThread"', 'id'), ${threads})`);
  await client.query(`
    INSERT INTO "BoardPost" (id, "threadId", number, "authorId", source, cooked, language, "createdAt", "hiddenAt")
    SELECT 'p' || g, g, 1, 'bench-' || (1 + g % ${members}), 'Opening post', '<p>Opening post</p>', 'en', now() - (g || ' minutes')::interval,
           CASE WHEN g % 100 = 7 THEN now() END
      FROM generate_series(1, ${threads}) g`);
  // Rule k of a thread: 1 + 69 · u³ for a uniform u, so rule 1 is tagged most and rule 70 rarely.
  await client.query(`
    INSERT INTO "BoardThreadRule" ("threadId", "ruleNumber")
    SELECT DISTINCT g, 1 + floor(69 * power((abs(hashint4(g * 3 + k)) % 10000) / 10000.0, 3))::int
      FROM generate_series(1, ${threads}) g, generate_series(1, 1 + g % 3) k`);
  await client.query(`
    WITH countries AS (SELECT array_agg(code ORDER BY code) AS codes FROM "Country")
    INSERT INTO "BoardThreadCountry" ("threadId", "countryCode")
    SELECT DISTINCT g, countries.codes[1 + abs(hashint4(g * 5 + k)) % 60] FROM generate_series(1, ${threads}) g, generate_series(1, 1 + g % 2) k CROSS JOIN countries`);
  await client.query(`SET session_replication_role = DEFAULT`);
  await client.query(`VACUUM ANALYZE`);
}

type Captured = { query: string; params: string; duration: number };

export async function run(): Promise<BenchRow[]> {
  const members = option("--members", 10_000);
  const requests = option("--requests", 20_000);
  const threads = option("--threads", 50_000);
  const database = await createTestDatabase("wipn_bench_rules");
  const prisma = new PrismaClient({ adapter: new PrismaPg({ connectionString: database.url, max: 4 }), log: [{ emit: "event", level: "query" }] });
  let captured: Captured[] | null = null;
  prisma.$on("query", (event) => captured?.push({ query: event.query, params: event.params, duration: event.duration }));
  (globalThis as unknown as { wipnPrisma?: PrismaClient }).wipnPrisma = prisma;
  process.env.DATABASE_URL = database.url;
  const { refreshRuleActivity } = await import("../lib/bangkok-rules/mutations");
  const { rulePage, rulesHub } = await import("../lib/bangkok-rules/service");
  const client = new pg.Client({ connectionString: database.url });
  await client.connect();
  const rows: BenchRow[] = [];
  try {
    await seedReferenceData(prisma);
    const started = Date.now();
    await buildCollaborationNetwork(client, { members, requests });
    await buildThreads(client, threads, members);
    console.log(`Built ${members} members, ${requests} requests and ${threads} threads in ${((Date.now() - started) / 1000).toFixed(0)} s`);

    const refresh = await measure(() => refreshRuleActivity(), 5);
    rows.push({ name: "rule-activity job (the /rules aggregate, 70 rows)", ...refresh, targetMs: REFRESH_TARGET_MS, failure: refresh.median > REFRESH_TARGET_MS ? `median over ${REFRESH_TARGET_MS} ms` : undefined });
    const viewer = signedInViewer({ id: "bench-42", email: "bench-42@example.org" });
    const hub = await rulesHub(viewer);
    const hubTiming = await measure(() => rulesHub(viewer), RUNS);
    rows.push({ name: "/rules: the kept activity", ...hubTiming, targetMs: TARGET_MS, failure: hubTiming.median > TARGET_MS ? `median over ${TARGET_MS} ms` : undefined });
    const busy = hub.most[0]!.ruleNumber;
    const quiet = hub.least.at(-1)!.ruleNumber;
    console.log(`Busiest rule ${busy} (${JSON.stringify(hub.activity.get(busy))}), a quiet one ${quiet} (${JSON.stringify(hub.activity.get(quiet))})`);

    for (const [label, ruleNumber] of [["busy", busy], ["quiet", quiet]] as const) {
      const page = await measure(() => rulePage(viewer, ruleNumber), RUNS);
      rows.push({ name: `rule ${ruleNumber} (${label}): the whole page's service`, ...page, targetMs: TARGET_MS, failure: page.median > TARGET_MS ? `median over ${TARGET_MS} ms` : undefined });
      // Each statement the page sends, timed alone and checked for an index (lookups of a few ids by key aside).
      captured = [];
      await rulePage(viewer, ruleNumber);
      const statements = captured;
      captured = null;
      for (const statement of statements) {
        const values = JSON.parse(statement.params) as unknown[];
        const plan = await planOf(client, { text: statement.query, values });
        const timing = await measure(() => client.query(statement.query, values), RUNS);
        const name = `rule ${ruleNumber}: ${describe(statement.query)}`;
        // Look-ups of the page's few rows by their keys (the cards' fields, names): a small table may be read whole.
        const byKey = name.includes("by id:");
        rows.push(byKey ? { name, ...timing, targetMs: TARGET_MS, failure: timing.median > TARGET_MS ? `median over ${TARGET_MS} ms` : undefined } : queryRow(name, timing, plan, TARGET_MS));
      }
    }
    const staff = signedInViewer({ id: "bench-43", email: "bench-43@example.org", role: "MODERATOR", twoFactorEnabled: true });
    const staffPage = await measure(() => rulePage(staff, busy), RUNS);
    rows.push({ name: `rule ${busy} (busy), a moderator's page (threads counted live)`, ...staffPage, targetMs: STAFF_TARGET_MS, failure: staffPage.median > STAFF_TARGET_MS ? `median over ${STAFF_TARGET_MS} ms` : undefined });
  } finally {
    await client.end();
    await prisma.$disconnect();
    await database.drop();
    console.log("Dropped the scratch database.");
  }
  return rows;
}

/** A short name for a captured statement: what it reads. */
function describe(sql: string): string {
  const text = sql.replace(/\s+/g, " ");
  if (text.includes(`"BangkokRuleCountryActivity"`)) return "kept thread count and countries";
  if (text.includes(`"BoardThreadState"`)) return "latest threads";
  if (text.includes(`"BoardThreadCountry" k ON`)) return "thread count and countries";
  if (text.includes(`"CollaborationRequestCountry" k ON`)) return "request count and countries";
  if (text.includes(`"matchTokens" @>`)) return text.includes("NOT (r.status") ? "closed requests" : "requests taking interest";
  if (text.includes(`"directoryTokens" @>`)) return "members (directory page)";
  if (text.includes(`LIKE 'organization:%'`)) return "organization count";
  if (text.includes(`"DirectoryFacetCount"`)) return `directory counts${text.includes("LIMIT") ? " (organizations)" : ""}`;
  const table = /FROM "public"\."(\w+)"/.exec(text)?.[1];
  return table ? `by id: ${table}` : text.slice(0, 60);
}
