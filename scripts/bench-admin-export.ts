// bench:admin part "export": a member with 10,000 posts (each with an earlier version), 10,000 reactions, 10,000
// messages in 20 conversations and 2,000 notifications, in a scratch database; then the `data-exports` job
// (lib/privacy/mutations.ts `prepareExport`) run three times. Reports its time (target: under 10 s) and how far
// the process's memory grew while it ran (bounded: the ZIP streams into ~1 MB pieces; fails past 200 MB).
import "./allow-server-only";
import { performance } from "node:perf_hooks";
import { fileURLToPath } from "node:url";
import { PrismaPg } from "@prisma/adapter-pg";
import pg from "pg";
import { PrismaClient } from "../lib/generated/prisma/client";
import { seedReferenceData } from "../prisma/seed/reference";
import { createTestDatabase } from "../tests/integration/support/test-database";
import { dropScratch, insertBenchMembers, insertBenchProfiles, measure, percentile, planOf, queryRow, runInChildProcess, type BenchRow } from "./bench-support";

const POSTS = 10_000;
const THREADS = 500;
const CONVERSATIONS = 20;
const MESSAGES_PER_CONVERSATION = 500;
const TARGET_MS = 10_000;
const MEMORY_LIMIT_MB = 200;
const RUNS = 3;
const MEMBER = "bench-1";

type JobRuns = { times: number[]; worstGrowthMb: number; bytes: number };

// The job runs in a process of its own, as in the worker (`npm run worker`: without the react-server condition
// that bench:admin runs under, and which next-intl's translator refuses), so its memory is the job's alone.

/** In the child: the job, RUNS times, each on a fresh export; its time and the RSS growth while it ran. */
async function childMain(): Promise<void> {
  const { db } = await import("../lib/db");
  const { prepareExport } = await import("../lib/privacy/mutations");
  const times: number[] = [];
  let worstGrowthMb = 0;
  let bytes = 0;
  for (let index = 0; index < RUNS; index += 1) {
    const { id } = await db().dataExport.create({ data: { id: `export-${index}`, userId: MEMBER }, select: { id: true } });
    global.gc?.();
    const baseline = process.memoryUsage().rss;
    let peak = baseline;
    const sampler = setInterval(() => (peak = Math.max(peak, process.memoryUsage().rss)), 20);
    const begun = performance.now();
    const result = await prepareExport(id);
    times.push(performance.now() - begun);
    clearInterval(sampler);
    peak = Math.max(peak, process.memoryUsage().rss);
    worstGrowthMb = Math.max(worstGrowthMb, (peak - baseline) / 1_048_576);
    bytes = result.bytes ?? 0;
  }
  times.sort((a, b) => a - b);
  await db().$disconnect();
  console.log(JSON.stringify({ times, worstGrowthMb, bytes }));
}

if (process.argv.includes("--export-child")) {
  childMain().then(
    () => process.exit(0),
    (error: unknown) => {
      console.error(error);
      process.exit(1);
    },
  );
}

async function build(client: pg.Client, prisma: PrismaClient): Promise<void> {
  await seedReferenceData(prisma);
  await client.query(`SET session_replication_role = replica`);
  await insertBenchMembers(client, 1_000);
  await insertBenchProfiles(client, 1_000);
  await client.query(`UPDATE "AdvocateProfile" SET bio = repeat('A bio of some length. ', 20), "livedExperience" = 'Lived experience' WHERE "userId" = '${MEMBER}'`);
  // Threads by others, each with its first post; then her 10,000 replies spread over them, each edited once.
  await client.query(`
    INSERT INTO "BoardThread" (id, "categoryId", "authorId", title, slug, language, "lastPostNumber", "replyCount", "lastPostedAt", "createdAt", "updatedAt")
    SELECT g, (SELECT id FROM "BoardCategory" ORDER BY id LIMIT 1), 'bench-' || (2 + g % 999), 'Thread ' || g, 'thread-' || g, 'en', 1 + ${POSTS / THREADS}, ${POSTS / THREADS}, now(), now(), now()
      FROM generate_series(1, ${THREADS}) g`);
  await client.query(`SELECT setval(pg_get_serial_sequence('"BoardThread"', 'id'), ${THREADS})`);
  await client.query(`
    INSERT INTO "BoardPost" (id, "threadId", number, "authorId", source, cooked, language, "searchText", "createdAt")
    SELECT 'first-' || g, g, 1, 'bench-' || (2 + g % 999), 'Opening post ' || g, '<p>Opening post ' || g || '</p>', 'en', 'opening post', now() - interval '400 days'
      FROM generate_series(1, ${THREADS}) g`);
  await client.query(`
    INSERT INTO "BoardPost" (id, "threadId", number, "authorId", source, cooked, language, "searchText", "editedAt", "createdAt")
    SELECT 'mine-' || g, 1 + g % ${THREADS}, 2 + g / ${THREADS}, '${MEMBER}', 'What I wrote in post ' || g || ': ' || (SELECT string_agg(md5(g::text || k), ' ') FROM generate_series(1, 12) k), '<p>What I wrote</p>', 'en', 'what i wrote', now(),
           now() - interval '365 days' + g * interval '1 hour'
      FROM generate_series(0, ${POSTS - 1}) g`);
  await client.query(`
    INSERT INTO "BoardPostRevision" (id, "postId", revision, source, "editedById", "createdAt")
    SELECT 'rev-' || g, 'mine-' || g, 1, 'What I first wrote in post ' || g || ': ' || md5(g::text), '${MEMBER}', now() FROM generate_series(0, ${POSTS - 1}) g`);
  // Her reactions: 10,000 on others' posts (reaction kinds spread over posts of other members).
  await client.query(`
    INSERT INTO "BoardPost" (id, "threadId", number, "authorId", source, cooked, language, "searchText", "createdAt")
    SELECT 'theirs-' || g, 1 + g % ${THREADS}, 1000 + g / ${THREADS}, 'bench-' || (2 + g % 999), 'A reply by someone else', '<p>A reply</p>', 'en', 'a reply', now()
      FROM generate_series(0, 2499) g`);
  await client.query(`
    INSERT INTO "BoardReaction" ("postId", "userId", kind, "createdAt")
    SELECT 'theirs-' || g, '${MEMBER}', k::"ReactionKind", now() FROM generate_series(0, 2499) g, unnest(ARRAY['THANKS','AGREE','INSIGHTFUL','SUPPORT']) k`);
  await client.query(`
    INSERT INTO "Conversation" (id, kind, "creatorId", "lastMessageNumber", "lastMessageAt", "createdAt")
    SELECT 'conv-' || c, 'GROUP', '${MEMBER}', ${MESSAGES_PER_CONVERSATION}, now(), now() FROM generate_series(1, ${CONVERSATIONS}) c`);
  await client.query(`
    INSERT INTO "ConversationParticipant" ("conversationId", "userId", "joinedAt")
    SELECT 'conv-' || c, u, now() FROM generate_series(1, ${CONVERSATIONS}) c, LATERAL (VALUES ('${MEMBER}'), ('bench-' || (10 + c)), ('bench-' || (50 + c))) AS p(u)`);
  await client.query(`
    INSERT INTO "ConversationMessage" (id, "conversationId", number, "authorId", source, cooked, "createdAt")
    SELECT 'msg-' || c || '-' || n, 'conv-' || c, n, CASE WHEN n % 2 = 0 THEN '${MEMBER}' ELSE 'bench-' || (10 + c) END, 'Message number ' || n || ' of a long conversation',
           '<p>Message</p>', now() - interval '1 day' + n * interval '1 second'
      FROM generate_series(1, ${CONVERSATIONS}) c, generate_series(1, ${MESSAGES_PER_CONVERSATION}) n`);
  await client.query(`
    INSERT INTO "Notification" (id, "userId", type, "subjectType", "subjectId", payload, "createdAt")
    SELECT 'n-' || g, '${MEMBER}', 'REPLY', 'BoardThread', (1 + g % ${THREADS})::text, jsonb_build_object('threadId', 1 + g % ${THREADS}, 'title', 'Thread'), now() - g * interval '1 minute'
      FROM generate_series(1, 2000) g`);
  await client.query(`SET session_replication_role = DEFAULT`);
  await client.query(`VACUUM ANALYZE`);
}

export async function run(): Promise<BenchRow[]> {
  process.env.AUTH_SECRET ??= "bench-only-secret-0123456789abcdef0123456789";
  process.env.AUTH_URL ??= "https://network.example.org";
  const database = await createTestDatabase("wipn_bench_export");
  const prisma = new PrismaClient({ adapter: new PrismaPg({ connectionString: database.url, max: 4 }) });
  (globalThis as unknown as { wipnPrisma?: PrismaClient }).wipnPrisma = prisma;
  process.env.DATABASE_URL = database.url;
  const client = new pg.Client({ connectionString: database.url });
  await client.connect();
  try {
    const started = performance.now();
    await build(client, prisma);
    console.log(`Built a member with ${POSTS} posts (+${POSTS} revisions), 10000 reactions, ${CONVERSATIONS * MESSAGES_PER_CONVERSATION} messages, 2000 notifications in ${((performance.now() - started) / 1000).toFixed(1)} s`);
    const { times, worstGrowthMb, bytes } = await runInChildProcess<JobRuns>(fileURLToPath(import.meta.url), "--export-child", { DATABASE_URL: database.url }, "The export job's process");
    const pieces = (await client.query<{ count: string }>(`SELECT count(*) AS count FROM "DataExportChunk" WHERE "exportId" = 'export-${RUNS - 1}'`)).rows[0]!.count;
    console.log(`ZIP: ${(bytes / 1_048_576).toFixed(1)} MB in ${pieces} pieces; RSS grew at most ${worstGrowthMb.toFixed(0)} MB during a run`);
    const timing = { median: percentile(times, 50), p95: percentile(times, 95) };
    const rows: BenchRow[] = [
      { name: `export job, ${POSTS} posts (ZIP ${(bytes / 1_048_576).toFixed(1)} MB)`, ...timing, targetMs: TARGET_MS, failure: timing.p95 > TARGET_MS ? `over ${TARGET_MS} ms` : undefined },
      { name: `export job RSS growth ${worstGrowthMb.toFixed(0)} MB (limit ${MEMORY_LIMIT_MB} MB)`, failure: worstGrowthMb > MEMORY_LIMIT_MB ? `memory grew ${worstGrowthMb.toFixed(0)} MB` : undefined },
    ];
    // The biggest reads go through indexes: her posts by (authorId, createdAt), a conversation's messages by number.
    const postsPlan = await planOf(client, { text: `SELECT id FROM "BoardPost" WHERE "authorId" = $1 ORDER BY "createdAt", id LIMIT 500`, values: [MEMBER] });
    rows.push(queryRow("export: her posts, one batch", await timeQuery(client, `SELECT * FROM "BoardPost" WHERE "authorId" = $1 ORDER BY "createdAt", id LIMIT 500`, [MEMBER]), postsPlan, 50));
    const messagesPlan = await planOf(client, { text: `SELECT id FROM "ConversationMessage" WHERE "conversationId" = $1 AND number > $2 ORDER BY number LIMIT 500`, values: ["conv-1", 0] });
    rows.push(queryRow("export: a conversation's messages, one batch", await timeQuery(client, `SELECT * FROM "ConversationMessage" WHERE "conversationId" = $1 AND number > $2 ORDER BY number LIMIT 500`, ["conv-1", 0]), messagesPlan, 50));
    return rows;
  } finally {
    await dropScratch(client, prisma, database);
  }
}

function timeQuery(client: pg.Client, text: string, values: unknown[]): Promise<{ median: number; p95: number }> {
  return measure(() => client.query(text, values), 20);
}
