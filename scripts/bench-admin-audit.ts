// bench:admin, the audit log: 5,000,000 entries over five years (a few busy admins, thousands of members, the
// system; common and rare actions), then the viewer's queries — the first page, a deep page, each filter and the
// combinations an admin investigating something uses — and a month's CSV export through the viewer's own reads.
import { PrismaPg } from "@prisma/adapter-pg";
import pg from "pg";
import { PrismaClient } from "../lib/generated/prisma/client";
import { createTestDatabase } from "../tests/integration/support/test-database";
import { insertBenchMembers, measure, option, planOf, queryRow, type BenchRow } from "./bench-support";

const RUNS = 30;
/** The viewer's target per page query (median, on the 2-core machine). */
const TARGET_MS = 30;
const MEMBERS = 10_000;
/** Action names with their weight: routine ones dominate, a few are rare (the ones an investigation looks for). */
const ACTIONS: Array<[string, string | null, number]> = [
  ["board.post-created", "BoardPost", 400],
  ["profile.updated", "User", 150],
  ["account.signed-in", "User", 200],
  ["collaboration.responded", "CollaborationRequest", 60],
  ["conversation.message-sent", "ConversationMessage", 120],
  ["member.approved", "User", 20],
  ["application.submitted", "MembershipApplication", 25],
  ["board.post-hidden", "BoardPost", 8],
  ["profile.private-fields-read", "User", 10],
  ["member.suspended", "User", 1],
  ["member.role-changed", "User", 1],
  ["audit.exported", null, 1],
];
const totalWeight = ACTIONS.reduce((sum, [, , weight]) => sum + weight, 0);

/** 5M rows set-wise, in chunks, with the log's indexes dropped while writing and rebuilt once afterwards. */
async function buildLog(client: pg.Client, entries: number): Promise<void> {
  await insertBenchMembers(client, MEMBERS);
  await client.query(`INSERT INTO "User" (id, email, "displayName", status, role, "emailVerified", "approvedAt", "createdAt", "updatedAt")
    SELECT 'bench-admin-' || g, 'bench-admin-' || g || '@example.org', 'Admin ' || g, 'ACTIVE', 'ADMIN', now(), now(), now(), now() FROM generate_series(1, 5) g`);
  const { rows: indexes } = await client.query<{ name: string; definition: string }>(
    `SELECT indexname AS name, indexdef AS definition FROM pg_indexes WHERE tablename = 'AuditLog' AND indexname <> 'AuditLog_pkey'`,
  );
  for (const index of indexes) await client.query(`DROP INDEX "${index.name}"`);
  // Weighted choice of an action: cumulative bounds in a VALUES list, matched by a hash of the row number.
  let bound = 0;
  const choices = ACTIONS.map(([action, targetType, weight]) => {
    const from = bound;
    bound += weight;
    return `(${from}, ${bound}, '${action}', ${targetType ? `'${targetType}'` : "NULL"})`;
  }).join(",");
  const chunk = 1_000_000;
  await client.query(`SET synchronous_commit = off`);
  for (let start = 1; start <= entries; start += chunk) {
    const end = Math.min(entries, start + chunk - 1);
    await client.query(`
      INSERT INTO "AuditLog" (id, "createdAt", "actorId", action, "targetType", "targetId", metadata)
      SELECT 'a' || lpad(to_hex(g), 8, '0'),
             now() - ((${entries} - g) * interval '5 years' / ${entries}),
             CASE WHEN h % 10 = 0 THEN NULL WHEN h % 10 < 3 THEN 'bench-admin-' || (1 + h % 5) ELSE 'bench-' || (1 + h % ${MEMBERS}) END,
             c.action, c."targetType",
             CASE WHEN c."targetType" = 'User' THEN 'bench-' || (1 + (h / 7) % ${MEMBERS}) WHEN c."targetType" IS NULL THEN NULL ELSE 'target-' || (h / 3) % 200000 END,
             '{}'::jsonb
        FROM generate_series(${start}, ${end}) g
        CROSS JOIN LATERAL (SELECT abs(hashint4(g)) AS h) hash
        JOIN (VALUES ${choices}) AS c("from", "to", action, "targetType") ON abs(hashint4(g + 7)) % ${totalWeight} >= c."from" AND abs(hashint4(g + 7)) % ${totalWeight} < c."to"`);
    console.log(`  ${end.toLocaleString("en")} entries`);
  }
  for (const index of indexes) await client.query(index.definition);
  await client.query(`VACUUM ANALYZE "AuditLog"`);
  await client.query(`ANALYZE "User"`);
}

export async function run(): Promise<BenchRow[]> {
  const entries = option("--audit-entries", 5_000_000);
  const database = await createTestDatabase("wipn_bench_audit");
  const prisma = new PrismaClient({ adapter: new PrismaPg({ connectionString: database.url, max: 4 }) });
  (globalThis as unknown as { wipnPrisma?: PrismaClient }).wipnPrisma = prisma;
  process.env.DATABASE_URL = database.url;
  const { auditEntriesQuery, distinctAuditValuesQuery, listAuditEntries } = await import("../lib/audit/data");
  const client = new pg.Client({ connectionString: database.url });
  await client.connect();
  const rows: BenchRow[] = [];
  try {
    const started = Date.now();
    await buildLog(client, entries);
    console.log(`Built ${entries.toLocaleString("en")} audit entries in ${((Date.now() - started) / 1000).toFixed(0)} s`);
    const { rows: middle } = await client.query<{ id: string; createdAt: Date }>(`SELECT id, "createdAt" FROM "AuditLog" ORDER BY "createdAt" DESC, id DESC OFFSET ${Math.floor(entries / 2)} LIMIT 1`);
    const deep = { at: middle[0]!.createdAt, id: middle[0]!.id };
    const daysAgo = (days: number) => new Date(Date.now() - days * 86_400_000);
    const page = 51;
    const scenarios: Array<[string, Parameters<typeof auditEntriesQuery>[0]]> = [
      ["first page, no filter", { after: null }],
      [`a page ${(entries / 2).toLocaleString("en")} entries deep`, { after: deep }],
      [`busy admin (≈ ${(entries / 25).toLocaleString("en")} entries)`, { actorId: "bench-admin-3", after: null }],
      ["one member", { actorId: "bench-4242", after: null }],
      ["common action", { action: "board.post-created", after: null }],
      ["rare action", { action: "member.suspended", after: null }],
      ["target: one member", { targetType: "User", targetId: "bench-777", after: null }],
      ["one day, a year ago", { from: daysAgo(366), until: daysAgo(365), after: null }],
      ["rare action in a month", { action: "member.role-changed", from: daysAgo(400), until: daysAgo(370), after: null }],
      ["busy admin + rare action", { actorId: "bench-admin-2", action: "member.suspended", after: null }],
      ["busy admin, a deep page", { actorId: "bench-admin-1", after: deep }],
    ];
    for (const [name, query] of scenarios) {
      const statement = auditEntriesQuery(query, page);
      const timing = await measure(() => prisma.$queryRaw(statement), RUNS);
      rows.push(queryRow(name, timing, await planOf(client, { text: statement.text, values: statement.values }), TARGET_MS));
    }
    for (const column of ["action", "targetType"] as const) {
      const statement = distinctAuditValuesQuery(column);
      const timing = await measure(() => prisma.$queryRaw(statement), RUNS);
      rows.push(queryRow(`filter choices: every ${column}`, timing, await planOf(client, { text: statement.text, values: [] }), TARGET_MS));
    }
    // The CSV export reads in batches of 2,000 by the same cursor: a month of the log (≈ 80,000 entries).
    const exportStarted = Date.now();
    let exported = 0;
    for (let after: { at: Date; id: string } | null = null; ; ) {
      const batch = await listAuditEntries({ from: daysAgo(60), until: daysAgo(30), after }, 2_000);
      exported += batch.length;
      const last = batch.at(-1);
      if (batch.length < 2_000 || !last) break;
      after = { at: last.createdAt, id: last.id };
    }
    const exportMs = Date.now() - exportStarted;
    console.log(`CSV export of a month: ${exported.toLocaleString("en")} entries in ${exportMs} ms`);
    rows.push({ name: `export a month (${exported.toLocaleString("en")} entries)`, median: exportMs, targetMs: 10_000, failure: exportMs > 10_000 ? "over 10 s" : undefined });
    return rows;
  } finally {
    await client.end();
    await prisma.$disconnect();
    await database.drop();
  }
}
