// bench:admin's queue part (issue 13): the one moderation queue with 100,000 flags over 40,000 flagged items (most
// resolved, 3,000 waiting, some claimed), 5,000 members; then the queries its pages run: the first page, a filtered
// page (type + reason), "claimed by me", a deep cursor page among the resolved, and the item page's reads (the
// item, its flags, its history, its author's earlier items). Each fails on a plan without an index or a median
// over its target. Built set-wise in SQL with the triggers off (items written as the trigger would have).
import { PrismaPg } from "@prisma/adapter-pg";
import pg from "pg";
import { PrismaClient } from "../lib/generated/prisma/client";
import { createTestDatabase } from "../tests/integration/support/test-database";
import { dropScratch, insertBenchMembers, measure, planOf, queryRow, usesIndex, type BenchRow } from "./bench-support";

const MEMBERS = 5_000;
const ITEMS = 40_000;
const WAITING = 3_000;
const RUNS = 30;
/** Median target for each query of the queue's pages, on the 2-core machine. */
const TARGET_MS = 30;
const TYPES = ["BoardPost", "BoardPost", "BoardPost", "BoardPost", "BoardPost", "BoardPost", "BoardThread", "ConversationMessage", "CollaborationRequest", "User"];
const REASONS = ["HARASSMENT", "PERSONAL_INFORMATION", "SPAM", "OFF_TOPIC", "OTHER"];
const sqlArray = (values: string[]) => `ARRAY[${values.map((value) => `'${value}'`).join(",")}]`;

async function build(client: pg.Client): Promise<number> {
  await client.query(`SET session_replication_role = replica`);
  await insertBenchMembers(client, MEMBERS);
  // Moderators bench-1 … bench-10 (they claim); authors are everyone else, ten items each.
  await client.query(`UPDATE "User" SET role = 'MODERATOR' WHERE id IN (SELECT 'bench-' || g FROM generate_series(1, 10) g)`);
  // Item g: 1 + g % 4 flags (2.5 on average: 100,000 in all); the newest WAITING items wait, every fifth claimed.
  await client.query(`
    INSERT INTO "ModerationItem" (id, "targetType", "targetId", "authorId", status, reasons, "flagCount", "openFlagCount", "firstFlaggedAt", "lastFlaggedAt", "openedAt",
                                  "claimedById", "claimedAt", "actionTaken", outcome, "resolvedAt", "resolvedById")
    SELECT 'mi' || g, (${sqlArray(TYPES)})[1 + g % 10], 'target' || g, 'bench-' || (11 + g % ${MEMBERS - 10}),
           CASE WHEN g <= ${ITEMS - WAITING} THEN 'RESOLVED' WHEN g % 5 = 0 THEN 'CLAIMED' ELSE 'OPEN' END::"ModerationItemStatus",
           ARRAY(SELECT DISTINCT (${sqlArray(REASONS)})[1 + (g * 7 + k * 3) % 5] FROM generate_series(1, 1 + g % 4) k)::"FlagReason"[],
           1 + g % 4, CASE WHEN g <= ${ITEMS - WAITING} THEN 0 ELSE 1 + g % 4 END,
           at, at + interval '3 hours', at,
           CASE WHEN g > ${ITEMS - WAITING} AND g % 5 = 0 THEN 'bench-' || (1 + g % 10) WHEN g <= ${ITEMS - WAITING} THEN 'bench-' || (1 + g % 10) END,
           CASE WHEN g % 5 = 0 OR g <= ${ITEMS - WAITING} THEN at + interval '4 hours' END,
           g <= ${ITEMS - WAITING} AND g % 3 = 0,
           CASE WHEN g <= ${ITEMS - WAITING} THEN (CASE WHEN g % 3 = 0 THEN 'ACTION_TAKEN' ELSE 'NO_ACTION' END)::"ModerationOutcome" END,
           CASE WHEN g <= ${ITEMS - WAITING} THEN at + interval '1 day' END,
           CASE WHEN g <= ${ITEMS - WAITING} THEN 'bench-' || (1 + g % 10) END
      FROM generate_series(1, ${ITEMS}) g, LATERAL (SELECT now() - ((${ITEMS} - g) * interval '25 minutes') AS at) t`);
  await client.query(`
    INSERT INTO "ModerationFlag" (id, "targetType", "targetId", "reporterId", reason, note, status, "createdAt", "resolvedAt", "resolvedById")
    SELECT 'mf' || i.id || '-' || k, i."targetType", i."targetId", 'bench-' || (11 + (g * 7 + k * 131) % ${MEMBERS - 10}),
           (${sqlArray(REASONS)})[1 + (g * 7 + k * 3) % 5]::"FlagReason", CASE WHEN k = 1 THEN 'A note from the first flagger' END,
           CASE WHEN i.status <> 'RESOLVED' THEN 'OPEN' WHEN i.outcome = 'ACTION_TAKEN' THEN 'UPHELD' ELSE 'DISMISSED' END::"FlagStatus",
           i."firstFlaggedAt" + (k - 1) * interval '1 hour', i."resolvedAt", i."resolvedById"
      FROM generate_series(1, ${ITEMS}) g JOIN "ModerationItem" i ON i.id = 'mi' || g, generate_series(1, 1 + g % 4) k`);
  // The history: one FLAGGED per flag, then CLAIMED (and HIDDEN where action was taken) and RESOLVED.
  await client.query(`
    INSERT INTO "ModerationItemEvent" (id, "itemId", kind, "actorId", "createdAt")
    SELECT 'me' || f.id, 'mi' || substr(f."targetId", 7), 'FLAGGED', f."reporterId", f."createdAt" FROM "ModerationFlag" f`);
  await client.query(`
    INSERT INTO "ModerationItemEvent" (id, "itemId", kind, "actorId", "createdAt")
    SELECT 'me' || i.id || '-' || e.kind, i.id, e.kind::"ModerationEventKind", i."claimedById", i."claimedAt" + e.after
      FROM "ModerationItem" i, (VALUES ('CLAIMED', interval '0'), ('HIDDEN', interval '5 minutes'), ('RESOLVED', interval '20 hours')) e(kind, after)
     WHERE i."claimedById" IS NOT NULL AND (e.kind = 'CLAIMED' OR (i.status = 'RESOLVED' AND (e.kind = 'RESOLVED' OR i."actionTaken")))`);
  await client.query(`SET session_replication_role = DEFAULT`);
  await client.query(`VACUUM ANALYZE`);
  const { rows } = await client.query<{ count: number }>(`SELECT count(*)::int AS count FROM "ModerationFlag"`);
  return rows[0]!.count;
}

export async function run(): Promise<BenchRow[]> {
  const database = await createTestDatabase("wipn_bench_queue");
  const prisma = new PrismaClient({ adapter: new PrismaPg({ connectionString: database.url, max: 4 }) });
  (globalThis as unknown as { wipnPrisma?: PrismaClient }).wipnPrisma = prisma;
  process.env.DATABASE_URL = database.url;
  const client = new pg.Client({ connectionString: database.url });
  await client.connect();
  const rows: BenchRow[] = [];
  try {
    const started = Date.now();
    const flags = await build(client);
    console.log(`Built ${flags} flags over ${ITEMS} items (${WAITING} waiting) in ${((Date.now() - started) / 1000).toFixed(1)} s`);
    const { queueQuery, findItem, listFlagsOf, listEvents, findAuthorHistory } = await import("../lib/moderation/data");
    const waiting = ["OPEN", "CLAIMED"] as const;
    const deep = await client.query<{ openedAt: Date; id: string }>(`SELECT "openedAt", id FROM "ModerationItem" WHERE status = 'RESOLVED' ORDER BY "openedAt", id OFFSET 20000 LIMIT 1`);
    const scenarios: Array<[string, Parameters<typeof queueQuery>[0]]> = [
      ["queue: first page (waiting, oldest first)", { statuses: [...waiting], cursor: null, take: 20 }],
      ["queue: type + reason (posts, spam)", { statuses: [...waiting], type: "BoardPost", reason: "SPAM", cursor: null, take: 20 }],
      ["queue: claimed by me", { statuses: [...waiting], claimedById: "bench-3", cursor: null, take: 20 }],
      ["queue: resolved, first page", { statuses: ["RESOLVED"], cursor: null, take: 20 }],
      ["queue: resolved, deep cursor (after 20,000)", { statuses: ["RESOLVED"], cursor: { at: deep.rows[0]!.openedAt, id: deep.rows[0]!.id }, take: 20 }],
    ];
    for (const [name, query] of scenarios) {
      const sql = queueQuery(query);
      const timing = await measure(() => prisma.$queryRaw(sql), RUNS);
      const plan = await planOf(client, { text: sql.text, values: sql.values as unknown[] });
      rows.push(queryRow(name, timing, plan, TARGET_MS));
      console.log(`${name}: median ${timing.median.toFixed(1)} ms, p95 ${timing.p95.toFixed(1)} ms`);
    }
    // The item page: an item with four flags, its history and its author's ten items.
    const itemId = `mi${ITEMS - 1}`;
    const timing = await measure(async () => {
      const item = await findItem(itemId);
      await Promise.all([listFlagsOf([item!], 200), listEvents(itemId), findAuthorHistory(item!.authorId!, itemId, 5)]);
    }, RUNS);
    const item = await findItem(itemId);
    const plans = await Promise.all([
      planOf(client, { text: `SELECT * FROM "ModerationFlag" WHERE "targetType" = $1 AND "targetId" = $2`, values: [item!.targetType, item!.targetId] }),
      planOf(client, { text: `SELECT * FROM "ModerationItemEvent" WHERE "itemId" = $1 ORDER BY "createdAt", id`, values: [itemId] }),
      planOf(client, { text: `SELECT id FROM "ModerationItem" WHERE "authorId" = $1 AND id <> $2 ORDER BY "lastFlaggedAt" DESC LIMIT 5`, values: [item!.authorId, itemId] }),
    ]);
    const unindexed = plans.find((plan) => !usesIndex(plan));
    rows.push({ ...queryRow("item page (item, flags, history, author's history)", timing, unindexed ?? plans[0]!, TARGET_MS) });
    console.log(`item page: median ${timing.median.toFixed(1)} ms, p95 ${timing.p95.toFixed(1)} ms`);
  } finally {
    await dropScratch(client, prisma, database);
  }
  return rows;
}
