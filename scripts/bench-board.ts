// Benchmark of the board under load: a scratch database with 10,000 members, 50,000 threads and 1,000,000 posts,
// the production server on it, and autocannon (50 signed-in connections, 20 s a page) on a thread page, a
// category list, the unread list and a search; then each page's median server time one request at a time.
//
//   TEST_DATABASE_URL=postgresql://postgres@127.0.0.1:5432/postgres npm run bench:board [-- --seconds 20 --connections 50]
//
// `--only <name>` measures the pages whose name starts so; `--profile DIR` writes the server's CPU profile there and prints
// where its time went; `--keep` leaves the scratch database behind (its address is printed) and `--reuse URL` measures one built
// earlier, so a change can be measured again without building a million posts each time.
//
// Exits with 1 when a target of issue 10 is missed: the thread and list pages at 200 req/s or more with a p99
// under 500 ms, the search under 100 ms median.
import "./load-env";
import { randomBytes } from "node:crypto";
import os from "node:os";
import path from "node:path";
import { PrismaPg } from "@prisma/adapter-pg";
import autocannon from "autocannon";
import pg from "pg";
import { PrismaClient } from "../lib/generated/prisma/client";
import { seedReferenceData } from "../prisma/seed/reference";
import { createTestDatabase } from "../tests/integration/support/test-database";
import { insertBenchMembers, insertBenchProfiles, measure } from "./bench-support";
import { fetchPage, printProfile, run, serverEnv, sessionCookie, startServer, stopServer } from "./bench-server";
import { buildIsCurrent } from "./build-freshness";

function option(name: string, fallback: number): number {
  const index = process.argv.indexOf(name);
  const value = index >= 0 ? Number(process.argv[index + 1]) : fallback;
  if (!Number.isInteger(value) || value < 1) throw new Error(`${name} must be a positive whole number`);
  return value;
}

const SECONDS = option("--seconds", 20);
const CONNECTIONS = option("--connections", 50);
const MEMBERS = option("--members", 10_000);
const THREADS = option("--threads", 50_000);
const POSTS_PER_THREAD = 20;
const PORT = Number(process.env.BENCH_PORT ?? 3400);
const KEEP = process.argv.includes("--keep");
const PROFILE = process.argv.includes("--profile") ? path.resolve(process.argv[process.argv.indexOf("--profile") + 1] ?? "profiles") : undefined;
const REUSE = process.argv.includes("--reuse") ? process.argv[process.argv.indexOf("--reuse") + 1] : undefined;

const WORDS = ["prison", "monitoring", "visit", "health", "mujeres", "cárcel", "santé", "détention", "saúde", "reclusas", "rules", "bangkok", "children", "mothers", "legal", "aid", "report", "police", "cells", "hygiene"];
/** Words in all: the ones above, the most frequent, then "term21" … "term2000", ever rarer. */
const VOCABULARY = 2_000;

/** Members, threads in every category and 20 posts each, written set-wise (the triggers off, then the directory rebuilt). */
async function buildNetwork(client: pg.Client) {
  const words = `ARRAY[${WORDS.map((word) => `'${word}'`).join(",")}]`;
  // A log-uniform rank (close to the Zipf law of real text): the first words in most posts, the last in a few.
  const word = (seed: string) => `(SELECT CASE WHEN r <= ${WORDS.length} THEN (${words})[r] ELSE 'term' || r END FROM (SELECT floor(exp((abs(hashint4(${seed})) % 1000000) / 1000000.0 * ln(${VOCABULARY})))::int AS r) w)`;
  const text = (seed: string) => `(SELECT string_agg(${word(`${seed} * 31 + k`)}, ' ') FROM generate_series(1, 24) k)`;
  await client.query(`SET session_replication_role = replica`);
  await insertBenchMembers(client, MEMBERS);
  await insertBenchProfiles(client, MEMBERS);
  await client.query(`
    WITH categories AS (SELECT array_agg(id ORDER BY position) AS ids FROM "BoardCategory")
    INSERT INTO "BoardThread" (id, "categoryId", "authorId", title, slug, language, "lastPostNumber", "replyCount", "lastPostedAt", "lastPosterId", "createdAt", "updatedAt")
    SELECT g, categories.ids[1 + g % array_length(categories.ids, 1)], 'bench-' || (1 + g % ${MEMBERS}),
           'Thread ' || g || ' about ' || (${words})[1 + g % ${WORDS.length}], 'thread-' || g, 'en', ${POSTS_PER_THREAD}, ${POSTS_PER_THREAD - 1},
           now() - (g || ' minutes')::interval, 'bench-' || (1 + (g * 7) % ${MEMBERS}), now() - (g || ' minutes')::interval, now()
      FROM generate_series(1, ${THREADS}) g CROSS JOIN categories`);
  await client.query(`SELECT setval(pg_get_serial_sequence('"BoardThread"', 'id'), ${THREADS})`);
  for (let from = 0; from < THREADS; from += 10_000) {
    await client.query(`
      INSERT INTO "BoardPost" (id, "threadId", number, "authorId", source, cooked, language, "searchText", "createdAt")
      SELECT 'p' || t || '-' || n, t, n, 'bench-' || (1 + abs(hashint4(t * 20 + n)) % ${MEMBERS}), body, '<p>' || body || '</p>', 'en',
             translate(lower(CASE WHEN n = 1 THEN 'thread ' || t || ' about ' || (${words})[1 + t % ${WORDS.length}] || ' ' ELSE '' END || body), 'áéíóúàèçãõâêôü', 'aeiouaecaoaeou'),
             now() - (t || ' minutes')::interval + (n || ' seconds')::interval
        FROM generate_series(${from + 1}, ${Math.min(THREADS, from + 10_000)}) t CROSS JOIN generate_series(1, ${POSTS_PER_THREAD}) n
        CROSS JOIN LATERAL (SELECT ${text("t * 20 + n")} AS body) b`);
  }
  // The benched member has opened some threads and fallen behind in them (the unread list).
  await client.query(`
    INSERT INTO "BoardThreadState" ("userId", "threadId", "lastReadNumber", "lastVisitedAt")
    SELECT 'bench-1', g, 5, now() FROM generate_series(1, ${THREADS}, 50) g`);
  await client.query(`SET session_replication_role = DEFAULT`);
  await client.query(`SELECT directory_rebuild()`);
  await client.query(`
    UPDATE "BoardCategory" c SET "threadCount" = s.threads, "postCount" = s.posts, "lastPostedAt" = s.last
      FROM (SELECT "categoryId", count(*)::int AS threads, sum("lastPostNumber")::int AS posts, max("lastPostedAt") AS last FROM "BoardThread" GROUP BY 1) s
     WHERE s."categoryId" = c.id`);
  await client.query(`VACUUM ANALYZE`);
}

type Row = { name: string; requestsPerSecond: number; p50: number; p99: number; failed: number; serverMs: number; target: "page" | "search" };

/** The connections spread over the server processes (as the reverse proxy of the README's deployment does). */
async function load(urls: string[], cookie: string) {
  const results = await Promise.all(urls.map((url) => autocannon({ url, connections: Math.round(CONNECTIONS / urls.length), duration: SECONDS, headers: { cookie } })));
  return {
    requestsPerSecond: results.reduce((sum, result) => sum + result.requests.average, 0),
    p50: Math.max(...results.map((result) => result.latency.p50)),
    p99: Math.max(...results.map((result) => result.latency.p99)),
    failed: results.reduce((sum, result) => sum + result.non2xx + result.errors + result.timeouts, 0),
  };
}

const COLUMNS = [["page", 30], ["req/s", 7], ["p50 ms", 7], ["p99 ms", 7], ["failed", 7], ["server ms", 10]] as const;
const line = (cells: string[]) => cells.map((cell, index) => (index === 0 ? cell.padEnd(COLUMNS[0][1]) : cell.padStart(COLUMNS[index]![1]))).join("  ");

async function main() {
  const database = REUSE ? { url: REUSE, drop: async () => {} } : await createTestDatabase("wipn_bench_board");
  const prisma = new PrismaClient({ adapter: new PrismaPg({ connectionString: database.url, max: 2 }) });
  const client = new pg.Client({ connectionString: database.url });
  const authSecret = randomBytes(32).toString("base64url");
  const servers: Array<Awaited<ReturnType<typeof startServer>>> = [];
  await client.connect();
  try {
    if (!REUSE) {
      await seedReferenceData(prisma);
      const started = Date.now();
      await buildNetwork(client);
      console.log(`Scratch database: ${MEMBERS} members, ${THREADS} threads, ${THREADS * POSTS_PER_THREAD} posts (${Math.round((Date.now() - started) / 1000)} s)`);
    }
    if (KEEP) console.log(`Kept: --reuse ${database.url}`);
    const env = serverEnv(database.url, authSecret, PORT);
    if (!buildIsCurrent() && (await run(path.resolve("node_modules/.bin/next"), ["build"], env)) !== 0) throw new Error("next build failed");
    // One process per core, as the README's deployment runs them (profiled: one, so the profile is the page's).
    const processes = PROFILE ? 1 : Math.max(2, Math.min(os.availableParallelism(), 4));
    for (let i = 0; i < processes; i++) servers.push(await startServer(serverEnv(database.url, authSecret, PORT + i, PORT), PORT + i, PROFILE));
    const cookie = await sessionCookie(prisma, "bench-1@example.org", authSecret);
    const middle = Math.round(THREADS / 2);
    const pages: Array<{ name: string; path: string; target: Row["target"] }> = [
      { name: "thread page (20 posts)", path: `/board/t/${middle}/thread-${middle}?page=1`, target: "page" },
      { name: "category list", path: "/board/c/health", target: "page" },
      { name: "unread list", path: "/board?view=unread", target: "page" },
      { name: "search 'carcel mujeres'", path: "/search?q=carcel+mujeres", target: "search" },
      // A common word and a rare one, and a title (the first posts carry their thread's).
      { name: "search 'report term1500'", path: "/search?q=report+term1500", target: "search" },
      { name: "search 'thread 2500'", path: "/search?q=thread+2500", target: "search" },
    ];
    const only = process.argv.includes("--only") ? process.argv[process.argv.indexOf("--only") + 1] : undefined;
    console.log(`\n${CONNECTIONS} signed-in connections for ${SECONDS} s per page over ${processes} server processes; server time is the median of 30 requests one at a time\n`);
    console.log(line(COLUMNS.map(([name]) => name)));
    const rows: Row[] = [];
    for (const page of pages.filter((candidate) => !only || candidate.name.startsWith(only))) {
      const url = `http://localhost:${PORT}${page.path}`;
      const first = await fetchPage(url, cookie);
      if (first.status !== 200) throw new Error(`${page.path} answered ${first.status}`);
      const serverMs = (await measure(() => fetchPage(url, cookie), 30)).median;
      const urls = servers.map((_, i) => `http://localhost:${PORT + i}${page.path}`);
      const row = { name: page.name, ...(await load(urls, cookie)), serverMs, target: page.target };
      rows.push(row);
      console.log(line([row.name, row.requestsPerSecond.toFixed(0), String(row.p50), String(row.p99), String(row.failed), row.serverMs.toFixed(1)]));
    }
    const missed = rows.filter((row) => row.failed > 0 || (row.target === "page" ? row.requestsPerSecond < 200 || row.p99 >= 500 : row.serverMs >= 100));
    for (const row of missed) console.log(`Missed: ${row.name} (${row.failed ? `${row.failed} failed requests; ` : ""}${row.target === "page" ? "200 req/s with a p99 under 500 ms" : "under 100 ms median"})`);
    if (missed.length) process.exitCode = 1;
    if (PROFILE) {
      await Promise.all(servers.splice(0).map(stopServer));
      printProfile(PROFILE);
    }
  } finally {
    await Promise.all(servers.map(stopServer));
    await client.end();
    await prisma.$disconnect();
    if (!KEEP) await database.drop();
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.stack : error);
  process.exitCode = 1;
});
