// The admin dashboard at the issue's volume: 100,000 members (countries skewed towards a few, two working languages
// each, approved over two years), 1,000,000 board posts in 50,000 threads spread over two years, 20,000 collaboration
// requests, 100,000 flags (a fifth open) and 10,000 pending applications, written set-wise. Measures the aggregation
// job (lib/dashboard/mutations.ts), the dashboard service as an admin and as a moderator (what /admin's loader
// runs), and the plans of the live counts, which must read their index.
//
//   TEST_DATABASE_URL=postgresql://postgres@127.0.0.1:5432/postgres npm run bench:admin -- --only dashboard
import { performance } from "node:perf_hooks";
import { PrismaPg } from "@prisma/adapter-pg";
import pg from "pg";
import { PrismaClient } from "../lib/generated/prisma/client";
import { seedReferenceData } from "../prisma/seed/reference";
import { signedInViewer } from "../tests/factories/viewers";
import { createTestDatabase } from "../tests/integration/support/test-database";
import { dropScratch, insertBenchMembers, measure, option, planOf, queryRow, type BenchRow } from "./bench-support";

const RUNS = 30;
/** The issue's target for the dashboard's server time (median), on the 2-core machine. */
const DASHBOARD_TARGET_MS = 200;
const LIVE_QUERY_TARGET_MS = 30;
/** The job runs every 15 minutes: it must stay far below that; a minute is the alarm. */
const JOB_TARGET_MS = 60_000;

const LANGUAGES = ["en", "es", "fr", "pt", "ar", "ru", "sw", "hi"];
const sqlArray = (values: string[]) => `ARRAY[${values.map((value) => `'${value}'`).join(",")}]`;

async function build(client: pg.Client, { members, posts, threads }: { members: number; posts: number; threads: number }) {
  await client.query(`SET session_replication_role = replica`);
  await insertBenchMembers(client, members);
  // Approved over the last two years; one in 50 suspended; interface languages for half of them.
  await client.query(`
    UPDATE "User" SET "approvedAt" = now() - ((abs(hashint4(substr(id, 7)::int)) % 730) || ' days')::interval,
                      status = CASE WHEN substr(id, 7)::int % 50 = 0 THEN 'SUSPENDED'::"MemberStatus" ELSE status END,
                      locale = (ARRAY['en', 'es', 'fr', 'pt', NULL])[1 + substr(id, 7)::int % 5]
     WHERE id LIKE 'bench-%'`);
  await client.query(`
    WITH countries AS (SELECT array_agg(code ORDER BY code) AS codes FROM "Country")
    INSERT INTO "AdvocateProfile" ("userId", handle, "countryCode", languages, "sortName", "searchText", "createdAt", "updatedAt")
    SELECT 'bench-' || g, 'benchh' || g,
           CASE WHEN g % 25 = 0 THEN NULL ELSE countries.codes[1 + floor(power(((g::bigint * 7919) % 1000) / 1000.0, 3) * array_length(countries.codes, 1))::int] END,
           ARRAY[(${sqlArray(LANGUAGES)})[1 + abs(hashint4(g)) % ${LANGUAGES.length}], (${sqlArray(LANGUAGES)})[1 + abs(hashint4(g + 1)) % ${LANGUAGES.length}]],
           'member ' || g, 'member ' || g, now(), now()
      FROM generate_series(1, ${members}) g CROSS JOIN countries`);
  await client.query(`
    WITH categories AS (SELECT array_agg(id ORDER BY id) AS ids FROM "BoardCategory")
    INSERT INTO "BoardThread" (id, "categoryId", "authorId", title, slug, language, "lastPostNumber", "replyCount", "lastPostedAt", "createdAt", "updatedAt", "deletedAt")
    SELECT g, categories.ids[1 + g % array_length(categories.ids, 1)], 'bench-' || (1 + g % ${members}), 'Thread ' || g, 'thread-' || g, 'en',
           ${posts / threads}, ${posts / threads - 1}, now(), now() - ((g % 730) || ' days')::interval, now(), CASE WHEN g % 100 = 0 THEN now() END
      FROM generate_series(1, ${threads}) g CROSS JOIN categories`);
  // Posts over the two years (the thread's month, then later), one in 200 deleted.
  await client.query(`
    INSERT INTO "BoardPost" (id, "threadId", number, "authorId", source, cooked, language, "createdAt", "deletedAt")
    SELECT 'p' || g, 1 + g % ${threads}, 1 + g / ${threads}, 'bench-' || (1 + abs(hashint4(g)) % ${members}), 'x', '<p>x</p>', 'en',
           now() - ((abs(hashint4(g + 7)) % 730) || ' days')::interval, CASE WHEN g % 200 = 0 THEN now() END
      FROM generate_series(0, ${posts - 1}) g`);
  await client.query(`
    INSERT INTO "CollaborationRequest" (id, "authorId", kind, title, source, cooked, needs, status, "createdAt", "updatedAt")
    SELECT 'req' || g, 'bench-' || (1 + g % ${members}), 'RESEARCH', 'Request ' || g, 'x', '<p>x</p>', 'y',
           (ARRAY['OPEN', 'IN_PROGRESS', 'COMPLETED', 'CANCELLED'])[1 + g % 4]::"CollaborationStatus", now() - ((g % 730) || ' days')::interval, now()
      FROM generate_series(1, 20000) g`);
  await client.query(`
    INSERT INTO "ModerationFlag" (id, "targetType", "targetId", "reporterId", reason, status, "createdAt")
    SELECT 'flag' || g, 'BoardPost', 'p' || g, 'bench-' || (1 + g % ${members}), 'SPAM',
           CASE WHEN g % 5 = 0 THEN 'OPEN' ELSE 'DISMISSED' END::"FlagStatus", now() - ((g % 365) || ' days')::interval
      FROM generate_series(1, 100000) g`);
  await client.query(`
    INSERT INTO "User" (id, email, status, role, "createdAt", "updatedAt")
    SELECT 'applicant-' || g, 'applicant-' || g || '@example.org', 'PENDING', 'MEMBER', now(), now() FROM generate_series(1, 10000) g`);
  await client.query(`
    INSERT INTO "MembershipApplication" (id, "userId", kind, status, "countryCode", languages, "workDescription", "consentedAt", "submittedAt", "createdAt", "updatedAt")
    SELECT 'app' || g, 'applicant-' || g, 'INDIVIDUAL', 'PENDING', 'KE', ARRAY['en'], 'w', now(), now() - ((g % 90) || ' days')::interval, now(), now()
      FROM generate_series(1, 10000) g`);
  await client.query(`SET session_replication_role = DEFAULT`);
  await client.query(`VACUUM ANALYZE`);
}

export async function run(): Promise<BenchRow[]> {
  const members = option("--members", 100_000);
  const posts = option("--posts", 1_000_000);
  const threads = 50_000;
  const database = await createTestDatabase("wipn_bench_dashboard");
  console.log(`Scratch database: ${process.env.TEST_DATABASE_URL ? new URL(database.url).host : "embedded PGlite"}`);
  const prisma = new PrismaClient({ adapter: new PrismaPg({ connectionString: database.url, max: 4 }) });
  (globalThis as unknown as { wipnPrisma?: PrismaClient }).wipnPrisma = prisma;
  process.env.DATABASE_URL = database.url;
  const { refreshDashboardAggregates } = await import("../lib/dashboard/mutations");
  const { adminDashboard } = await import("../lib/dashboard/service");
  const client = new pg.Client({ connectionString: database.url });
  await client.connect();
  const rows: BenchRow[] = [];
  try {
    await seedReferenceData(prisma);
    const started = performance.now();
    await build(client, { members, posts, threads });
    console.log(`Built ${members} members, ${posts} posts in ${threads} threads in ${((performance.now() - started) / 1000).toFixed(1)} s`);

    const jobTimes: number[] = [];
    for (let i = 0; i < 3; i++) {
      const begun = performance.now();
      const result = await refreshDashboardAggregates(new Date());
      jobTimes.push(performance.now() - begun);
      if (i === 0) console.log(`Aggregates: ${result.monthlyRows} monthly rows, ${result.currentRows} current rows`);
    }
    jobTimes.sort((a, b) => a - b);
    const jobMedian = jobTimes[1]!;
    rows.push({ name: "aggregation job (3 runs)", median: jobMedian, p95: jobTimes[2], targetMs: JOB_TARGET_MS, failure: jobMedian > JOB_TARGET_MS ? `median over ${JOB_TARGET_MS} ms` : undefined });

    const admin = signedInViewer({ id: "bench-1", role: "ADMIN", twoFactorEnabled: true });
    const moderator = signedInViewer({ id: "bench-2", role: "MODERATOR", twoFactorEnabled: true });
    for (const [name, viewer, months] of [["dashboard service, admin, 12 months", admin, 12], ["dashboard service, admin, 24 months", admin, 24], ["dashboard service, moderator", moderator, 12]] as const) {
      const timing = await measure(() => adminDashboard(viewer, { months }), RUNS);
      rows.push({ name, ...timing, targetMs: DASHBOARD_TARGET_MS, failure: timing.median > DASHBOARD_TARGET_MS ? `median over ${DASHBOARD_TARGET_MS} ms` : undefined });
    }

    // The live counts: each an index range (status, then its date), whatever the table's size.
    const live: Array<[string, string]> = [
      ["live: pending applications and the oldest", `SELECT count(*), min("submittedAt") FROM "MembershipApplication" WHERE status = 'PENDING'`],
      ["live: open flags and the oldest", `SELECT count(*), min("createdAt") FROM "ModerationFlag" WHERE status = 'OPEN'`],
      ["aggregates: months of the chart", `SELECT metric, month, key, count FROM "DashboardMonthlyCount" WHERE month >= (date_trunc('month', now()) - interval '23 months')::date`],
    ];
    for (const [name, text] of live) {
      const plan = await planOf(client, { text, values: [] });
      const timing = await measure(() => client.query(text), RUNS);
      // The aggregate table is a few hundred rows: a sequential scan is its cheapest plan, and fine.
      rows.push(name.startsWith("aggregates") ? { name, ...timing, targetMs: LIVE_QUERY_TARGET_MS, failure: timing.median > LIVE_QUERY_TARGET_MS ? `median over ${LIVE_QUERY_TARGET_MS} ms` : undefined } : queryRow(name, timing, plan, LIVE_QUERY_TARGET_MS));
      console.log(`${name}:\n  ${plan.join("\n  ")}`);
    }
  } finally {
    await dropScratch(client, prisma, database);
  }
  return rows;
}
