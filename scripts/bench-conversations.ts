// Benchmark of conversations on a scratch database: 10,000 members, 20,000 direct conversations of 10 messages
// (the benched member in 300 of them), and one group of four members with 500 messages. Measures the queries of
// the conversation page (its head, a page of messages at the start, middle and end, the read-state write), the
// whole page's service, the inbox, the header's count and the staff's flagged context; prints median and p95;
// fails when a plan uses no index (or scans a conversation table whole) or a median passes 30 ms.
//
//   TEST_DATABASE_URL=postgresql://postgres@127.0.0.1:5432/postgres npm run bench:conversations
//
// `benchConversations()` is exported so bench:collaborations can run it beside the requests' figures.
import "./load-env";
import { PrismaPg } from "@prisma/adapter-pg";
import pg from "pg";
import { PrismaClient } from "../lib/generated/prisma/client";
import { signedInViewer } from "../tests/factories/viewers";
import { createTestDatabase } from "../tests/integration/support/test-database";
import { insertBenchMembers, insertBenchProfiles, measure } from "./bench-support";

const MEMBERS = 10_000;
const DIRECT_CONVERSATIONS = 20_000;
const MESSAGES_EACH = 10;
const GROUP_MESSAGES = 500;
const RUNS = 50;
const TARGET_MS = 30;

export type ConversationBenchRow = { name: string; median: number; p95: number; plans: string[] };

/** Members, direct conversations and the benched group, written set-wise. */
async function buildNetwork(client: pg.Client) {
  await insertBenchMembers(client, MEMBERS);
  await insertBenchProfiles(client, MEMBERS);
  // Pairs (a, b): member 1 is in every 66th or so, the rest spread over the network.
  await client.query(`
    WITH pairs AS (
      SELECT g, CASE WHEN g % 66 = 0 THEN 1 ELSE 2 + abs(hashint4(g)) % (${MEMBERS} - 1) END AS a, 2 + abs(hashint4(g * 7 + 1)) % (${MEMBERS} - 1) AS b
        FROM generate_series(1, ${DIRECT_CONVERSATIONS}) g)
    INSERT INTO "Conversation" (id, kind, "directKey", "creatorId", "lastMessageNumber", "lastMessageAt", "createdAt")
    SELECT 'dc' || g, 'GROUP', NULL, 'bench-' || a, ${MESSAGES_EACH}, now() - (g || ' minutes')::interval, now() - (g || ' minutes')::interval FROM pairs WHERE a <> b`);
  await client.query(`
    INSERT INTO "ConversationParticipant" ("conversationId", "userId", "joinedAt", "lastReadNumber")
    SELECT c.id, c."creatorId", c."createdAt", ${MESSAGES_EACH} FROM "Conversation" c
    UNION ALL
    SELECT c.id, 'bench-' || (2 + abs(hashint4(substr(c.id, 3)::int * 7 + 1)) % (${MEMBERS} - 1)), c."createdAt", (substr(c.id, 3)::int % 3) * 5 FROM "Conversation" c`);
  await client.query(`
    INSERT INTO "ConversationMessage" (id, "conversationId", number, "authorId", kind, source, cooked, "createdAt")
    SELECT c.id || '-' || n, c.id, n, c."creatorId", 'TEXT', 'Message ' || n, '<p>Message ' || n || '</p>', c."createdAt" + (n || ' seconds')::interval
      FROM "Conversation" c CROSS JOIN generate_series(1, ${MESSAGES_EACH}) n`);
  // The benched group: members 1 to 4, 500 messages, member 1 read up to 480.
  await client.query(`
    INSERT INTO "Conversation" (id, kind, title, "creatorId", "lastMessageNumber", "lastMessageAt", "createdAt")
    VALUES ('benchgroup', 'GROUP', 'Benched group', 'bench-2', ${GROUP_MESSAGES}, now(), now() - interval '10 days')`);
  await client.query(`
    INSERT INTO "ConversationParticipant" ("conversationId", "userId", "joinedAt", "lastReadNumber")
    SELECT 'benchgroup', 'bench-' || g, now() - interval '10 days', CASE WHEN g = 1 THEN ${GROUP_MESSAGES - 20} ELSE ${GROUP_MESSAGES} END FROM generate_series(1, 4) g`);
  await client.query(`
    INSERT INTO "ConversationMessage" (id, "conversationId", number, "authorId", kind, source, cooked, "createdAt")
    SELECT 'bg-' || n, 'benchgroup', n, 'bench-' || (1 + n % 4), 'TEXT', 'Group message ' || n, '<p>Group message ' || n || '</p>', now() - interval '10 days' + (n || ' minutes')::interval
      FROM generate_series(1, ${GROUP_MESSAGES}) n`);
  // One flagged message, for the staff's context.
  await client.query(`INSERT INTO "ModerationFlag" (id, "targetType", "targetId", "reporterId", reason, status, "createdAt") VALUES ('benchflag', 'ConversationMessage', 'bg-250', 'bench-3', 'HARASSMENT', 'OPEN', now())`);
  await client.query(`VACUUM ANALYZE`);
}

/** Runs the benchmark on a scratch database; returns the rows and whether a target was missed. */
export async function benchConversations(log: (line: string) => void = console.log): Promise<{ rows: ConversationBenchRow[]; failed: boolean }> {
  const database = await createTestDatabase("wipn_bench_conversations");
  log(`Scratch database: ${process.env.TEST_DATABASE_URL ? new URL(database.url).host : "embedded PGlite"}`);
  const queries: Array<{ query: string; params: string }> = [];
  const prisma = new PrismaClient({ adapter: new PrismaPg({ connectionString: database.url, max: 4 }), log: [{ emit: "event", level: "query" }] });
  prisma.$on("query", (event) => queries.push({ query: event.query, params: event.params }));
  (globalThis as unknown as { wipnPrisma?: PrismaClient }).wipnPrisma = prisma;
  process.env.DATABASE_URL = database.url;
  const client = new pg.Client({ connectionString: database.url });
  await client.connect();
  const rows: ConversationBenchRow[] = [];
  let failed = false;
  try {
    const started = Date.now();
    await buildNetwork(client);
    log(`Built ${MEMBERS} members, ${DIRECT_CONVERSATIONS} conversations of ${MESSAGES_EACH} messages and a group of ${GROUP_MESSAGES} in ${((Date.now() - started) / 1000).toFixed(0)} s.`);
    const data = await import("../lib/conversations/data");
    const { conversationPage, inbox } = await import("../lib/conversations/service");
    const member = signedInViewer({ id: "bench-1" });
    const moderator = signedInViewer({ id: "bench-9", role: "MODERATOR", twoFactorEnabled: true });
    const scenarios: Array<[string, () => Promise<unknown>]> = [
      ["conversation head (participants, read state, staff reads)", () => data.findConversationHead("benchgroup", "bench-1")],
      ["messages 1-30", () => data.listMessages("benchgroup", 1, 30)],
      ["messages 241-270", () => data.listMessages("benchgroup", 241, 270)],
      ["messages 481-500", () => data.listMessages("benchgroup", 481, 510)],
      ["access facts (for a reply)", () => data.findConversationAccess("benchgroup", "bench-1")],
      ["inbox, first page (300 conversations)", () => data.listInbox("bench-1", null, 25)],
      ["header count of unread conversations", () => data.countUnreadConversations("bench-1")],
      ["flagged context (staff)", () => data.listFlaggedContext("benchgroup")],
      ["whole page, page 9 (service)", () => conversationPage(member, "benchgroup", { page: 9 })],
      ["whole inbox (service)", () => inbox(member, undefined)],
    ];
    for (const [name, run] of scenarios) {
      queries.length = 0;
      await run();
      const sent = queries.filter((entry) => !/^(BEGIN|COMMIT|ROLLBACK)/i.test(entry.query.trim()));
      const plans: string[] = [];
      for (const entry of sent) {
        const plan = await client.query(`EXPLAIN (COSTS OFF) ${entry.query}`, JSON.parse(entry.params) as unknown[]);
        const lines = plan.rows.map((row: Record<string, unknown>) => String(row["QUERY PLAN"]));
        plans.push(lines.join("\n"));
        const usesIndex = lines.some((line) => /Index (Only )?Scan|Bitmap Index Scan/.test(line));
        const wholeScan = lines.find((line) => /Seq Scan on "(Conversation|ConversationParticipant|ConversationMessage)"/.test(line));
        if (!usesIndex || wholeScan) {
          failed = true;
          log(`\n"${name}" sends a query whose plan ${wholeScan ? "scans a whole table" : "uses no index"}:\n${entry.query}\n${lines.join("\n")}`);
        }
      }
      const timing = await measure(run, RUNS);
      rows.push({ name, ...timing, plans });
      if (timing.median > TARGET_MS) {
        failed = true;
        log(`\n"${name}" takes ${timing.median.toFixed(1)} ms (median), over the ${TARGET_MS} ms target.`);
      }
    }
    // Staff read the flagged part once (audited), outside the timed runs: each read writes an audit entry.
    await conversationPage(moderator, "benchgroup");
    log(`\nConversations: ${RUNS} runs each (median and p95, ms)\n`);
    log(["query".padEnd(58), "median".padStart(7), "p95".padStart(7)].join("  "));
    for (const row of rows) log([row.name.padEnd(58), row.median.toFixed(2).padStart(7), row.p95.toFixed(2).padStart(7)].join("  "));
    log(failed ? "\nA conversation query stopped using an index or missed its target." : `\nEvery conversation query uses an index and takes under ${TARGET_MS} ms (median).`);
    return { rows, failed };
  } finally {
    await client.end();
    await prisma.$disconnect();
    await database.drop();
    log("Dropped the scratch database.");
  }
}

if (process.argv[1]?.endsWith("bench-conversations.ts")) {
  benchConversations()
    .then(({ failed }) => {
      if (failed) process.exitCode = 1;
    })
    .catch((error: unknown) => {
      console.error(error instanceof Error ? error.stack : error);
      process.exitCode = 1;
    });
}
