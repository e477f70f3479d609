// bench:monitoring, part `matrix`: 20,000 monitoring reports (5,000 places in 120 countries, 200 organizations, eight
// years of visits, 90 % published, most to the network) with 50 findings each — 1,000,000 findings, written set-wise
// so the matrix's triggers keep their counts as the app's writes would — and 3 recommendations each. Then, through
// the app's own statements (lib/monitoring-overview/data.ts) and services: the whole matrix, filtered matrices (one
// filter from the kept counts; two counted over the findings), a cell's findings page (first and deep), a rule
// page's section, a place's history (reports and recommendations by placeId, a statement of its own here), and what
// publishing costs (50 findings turning visible, the triggers included). Each fails on a plan that reads no index;
// the matrix (whole, or one filter) fails over 100 ms median, two filters counted now over 250 ms, lists over 50 ms.
import { PrismaPg } from "@prisma/adapter-pg";
import pg from "pg";
import { PrismaClient } from "../lib/generated/prisma/client";
import type { SignedInViewer } from "../lib/auth/viewer-types";
import { seedReferenceData } from "../prisma/seed/reference";
import { createTestDatabase } from "../tests/integration/support/test-database";
import { insertBenchMembers, measure, option, planOf, queryRow, type BenchRow } from "./bench-support";

const RUNS = 30;
const MATRIX_TARGET_MS = 100;
const LIST_TARGET_MS = 50;
/** Two filters at once are counted over the findings (index-only); the whole matrix and single filters read the kept counts. */
const COUNTED_NOW_TARGET_MS = 250;
const PLACES = 5_000;
const ORGANIZATIONS = 200;
const COUNTRIES = 120;
const FINDINGS_PER_REPORT = 50;

async function build(client: pg.Client, reports: number): Promise<void> {
  await insertBenchMembers(client, 1_000);
  const { rows: countries } = await client.query<{ code: string }>(`SELECT code FROM "Country" WHERE "continentCode" IS NOT NULL AND "continentCode" <> 'AN' ORDER BY code LIMIT ${COUNTRIES}`);
  const codes = `ARRAY[${countries.map((row) => `'${row.code}'`).join(",")}]`;
  await client.query(`INSERT INTO "Organization" (id, slug, name, status, "countryCode", "createdAt", "updatedAt")
    SELECT 'bench-org-' || g, 'bench-org-' || g, 'Organization ' || g, 'ACTIVE', (${codes})[1 + g % ${countries.length}], now(), now() FROM generate_series(1, ${ORGANIZATIONS}) g`);
  // Places: countries with a long tail (the square skews toward the first), half of them prisons.
  const types = "ARRAY['PRISON','PRISON','PRISON','PRISON','PRISON','POLICE_CUSTODY','POLICE_CUSTODY','PRE_TRIAL','IMMIGRATION','PSYCHIATRIC']";
  await client.query(`INSERT INTO "DetentionPlace" (id, "countryCode", name, type, "searchText", "createdById", "createdAt", "updatedAt")
    SELECT 'p' || g, (${codes})[1 + floor(${countries.length} * power((abs(hashint4(g)) % 1000) / 1000.0, 2))::int], 'Place ' || g,
           (${types})[1 + abs(hashint4(g * 3)) % 10]::"DetentionPlaceType", 'place ' || g, 'bench-' || (1 + g % 1000), now(), now()
      FROM generate_series(1, ${PLACES}) g`);
  await client.query(`SET synchronous_commit = off`);
  const chunk = 2_000;
  for (let start = 1; start <= reports; start += chunk) {
    const end = Math.min(reports, start + chunk - 1);
    await client.query(`
      INSERT INTO "MonitoringReport" (id, "placeId", "countryCode", "authorId", "organizationId", language, title, "visitStartedOn", "visitEndedOn", status, visibility, "publishedAt", "updatedAt")
      SELECT 'r' || g, p.id, p."countryCode", 'bench-' || (1 + h % 1000), CASE WHEN h % 3 = 0 THEN NULL ELSE 'bench-org-' || (1 + (h / 3) % ${ORGANIZATIONS}) END,
             (ARRAY['en','es','fr','pt'])[1 + h % 4], 'Visit ' || g, v.day, v.day + 1,
             CASE WHEN h % 100 < 90 THEN 'PUBLISHED' WHEN h % 100 < 95 THEN 'DRAFT' WHEN h % 100 < 97 THEN 'IN_REVIEW' ELSE 'WITHDRAWN' END::"MonitoringReportStatus",
             CASE WHEN h % 10 = 7 AND h % 3 <> 0 THEN 'ORGANIZATION' ELSE 'NETWORK' END::"MonitoringReportVisibility", now(), now()
        FROM generate_series(${start}, ${end}) g
        CROSS JOIN LATERAL (SELECT abs(hashint4(g)) AS h) hash
        CROSS JOIN LATERAL (SELECT date '2018-01-01' + (abs(hashint4(g * 7)) % 2920) AS day) v
        JOIN "DetentionPlace" p ON p.id = 'p' || (1 + abs(hashint4(g * 11)) % ${PLACES})`);
    // 50 distinct rules per report (3 is coprime with 70); assessments skewed toward partial and non-compliance.
    await client.query(`
      INSERT INTO "MonitoringFinding" (id, "reportId", "ruleNumber", assessment, "observationsSource", "observationsCooked", "countryCode", "placeType", "visitStartedOn", "networkVisible", "organizationId")
      SELECT r.id || '-' || k, r.id, 1 + (abs(hashint4(substr(r.id, 2)::int)) + k * 3) % 70,
             (ARRAY['COMPLIES','COMPLIES','PARTLY_COMPLIES','PARTLY_COMPLIES','PARTLY_COMPLIES','DOES_NOT_COMPLY','DOES_NOT_COMPLY','NOT_ASSESSED'])[1 + abs(hashint4(substr(r.id, 2)::int * 71 + k)) % 8]::"FindingAssessment",
             'Observation', '<p>Observation</p>', r."countryCode", p.type, r."visitStartedOn", r.status = 'PUBLISHED' AND r.visibility = 'NETWORK', r."organizationId"
        FROM "MonitoringReport" r JOIN "DetentionPlace" p ON p.id = r."placeId" CROSS JOIN generate_series(1, ${FINDINGS_PER_REPORT}) k
       WHERE r.id = ANY(ARRAY(SELECT 'r' || g FROM generate_series(${start}, ${end}) g))`);
    await client.query(`
      INSERT INTO "MonitoringRecommendation" (id, "reportId", number, text, authority, "ruleNumber")
      SELECT r.id || '-' || k, r.id, k, 'Recommendation ' || k, 'Prison administration', 1 + (substr(r.id, 2)::int + k) % 70
        FROM "MonitoringReport" r CROSS JOIN generate_series(1, 3) k WHERE r.id = ANY(ARRAY(SELECT 'r' || g FROM generate_series(${start}, ${end}) g))`);
  }
  for (const table of ["MonitoringFinding", "MonitoringMatrixCount", "MonitoringReport"]) await client.query(`VACUUM ANALYZE "${table}"`);
  await client.query(`ANALYZE "MonitoringRecommendation"; ANALYZE "DetentionPlace"; ANALYZE "Organization"; ANALYZE "Country"`);
}

/** A place's history (the place page's query is mon-write's; this is its shape): visits newest first, each with its recommendations. */
const placeHistory = (placeId: string) => ({
  text: `SELECT r.id, r.title, r."visitStartedOn", r.status, r."followUpOfId",
                coalesce((SELECT json_agg(json_build_object('number', m.number, 'text', m.text, 'priority', m.priority, 'followUp', m."followUp") ORDER BY m.number)
                            FROM "MonitoringRecommendation" m WHERE m."reportId" = r.id), '[]') AS recommendations
           FROM "MonitoringReport" r
          WHERE r."placeId" = $1 AND r.status = 'PUBLISHED' AND r.visibility = 'NETWORK'
          ORDER BY r."visitStartedOn" DESC LIMIT 50`,
  values: [placeId],
});

export async function run(): Promise<BenchRow[]> {
  const reports = option("--reports", 20_000);
  const database = await createTestDatabase("wipn_bench_monitoring");
  const prisma = new PrismaClient({ adapter: new PrismaPg({ connectionString: database.url, max: 4 }) });
  (globalThis as unknown as { wipnPrisma?: PrismaClient }).wipnPrisma = prisma;
  process.env.DATABASE_URL = database.url;
  const data = await import("../lib/monitoring-overview/data");
  const service = await import("../lib/monitoring-overview/service");
  const { matrixFilterSchema, findingsFilterSchema } = await import("../lib/monitoring-overview/schema");
  const client = new pg.Client({ connectionString: database.url });
  await client.connect();
  const rows: BenchRow[] = [];
  try {
    await seedReferenceData(prisma);
    const started = Date.now();
    await build(client, reports);
    const { rows: sizes } = await client.query<{ findings: number; kept: number }>(`SELECT (SELECT count(*) FROM "MonitoringFinding")::int AS findings, (SELECT count(*) FROM "MonitoringMatrixCount")::int AS kept`);
    console.log(`Built ${reports.toLocaleString("en")} reports, ${sizes[0]!.findings.toLocaleString("en")} findings (${sizes[0]!.kept.toLocaleString("en")} kept count rows) in ${((Date.now() - started) / 1000).toFixed(0)} s`);
    const { rows: busy } = await client.query<{ countryCode: string }>(`SELECT "countryCode" FROM "MonitoringFinding" WHERE "networkVisible" AND "ruleNumber" = 5 GROUP BY 1 ORDER BY count(*) DESC LIMIT 1`);
    const country = busy[0]!.countryCode;
    const { rows: africa } = await client.query<{ code: string }>(`SELECT code FROM "Country" WHERE "continentCode" = 'AF'`);
    const african = africa.map((row) => row.code);

    const sql = async (name: string, statement: { text: string; values: unknown[] }, targetMs: number) => {
      const timing = await measure(() => client.query(statement.text, statement.values), RUNS);
      rows.push(queryRow(name, timing, await planOf(client, statement), targetMs));
    };
    await sql("matrix: whole network (kept counts)", data.keptMatrixQuery([""], null), MATRIX_TARGET_MS);
    await sql("matrix: prisons (kept counts)", data.keptMatrixQuery(["type:PRISON"], null), MATRIX_TARGET_MS);
    await sql("matrix: visits 2022–2024 (kept counts)", data.keptMatrixQuery(["year:2022", "year:2023", "year:2024"], null), MATRIX_TARGET_MS);
    await sql("matrix: an organization (kept counts)", data.keptMatrixQuery(["organization:bench-org-42"], null), MATRIX_TARGET_MS);
    await sql("matrix: Africa (kept counts)", data.keptMatrixQuery([""], african), MATRIX_TARGET_MS);
    await sql("matrix: prisons visited in 2024 (counted now)", data.liveMatrixQuery({ type: "PRISON", fromYear: 2024, toYear: 2024, organizationId: null, countryCodes: null }), COUNTED_NOW_TARGET_MS);
    await sql("matrix: police custody 2020–2025, Africa (counted now)", data.liveMatrixQuery({ type: "POLICE_CUSTODY", fromYear: 2020, toYear: 2025, organizationId: null, countryCodes: african }), COUNTED_NOW_TARGET_MS);
    await sql("matrix: an organization since 2023 (counted now)", data.liveMatrixQuery({ type: null, fromYear: 2023, toYear: null, organizationId: "bench-org-42", countryCodes: null }), COUNTED_NOW_TARGET_MS);

    const findingQuery = (overrides: Partial<Parameters<typeof data.findingListQuery>[0]>) =>
      data.findingListQuery({ ruleNumber: 5, countryCodes: [country], assessment: null, type: null, fromYear: null, toYear: null, organizationId: null, cursor: null, take: 20, ...overrides });
    await sql(`cell findings: rule 5 in ${country}, first page`, findingQuery({}), LIST_TARGET_MS);
    const { rows: deep } = await client.query<{ visitStartedOn: Date; id: string }>(
      `SELECT "visitStartedOn", id FROM "MonitoringFinding" WHERE "networkVisible" AND "ruleNumber" = 5 AND "countryCode" = $1 ORDER BY "visitStartedOn" DESC, id DESC OFFSET 200 LIMIT 1`, [country]);
    if (deep[0]) await sql(`cell findings: rule 5 in ${country}, 200 deep`, findingQuery({ cursor: { at: deep[0].visitStartedOn, id: deep[0].id } }), LIST_TARGET_MS);
    await sql(`cell findings: rule 5 in ${country}, does not comply, prisons`, findingQuery({ assessment: "DOES_NOT_COMPLY", type: "PRISON" }), LIST_TARGET_MS);
    await sql("rule page: rule 5's newest findings", findingQuery({ countryCodes: null, take: 3 }), LIST_TARGET_MS);
    const { rows: places } = await client.query<{ placeId: string }>(`SELECT "placeId" FROM "MonitoringReport" GROUP BY 1 ORDER BY count(*) DESC LIMIT 1`);
    await sql("place history: the busiest place's visits and recommendations", placeHistory(places[0]!.placeId), LIST_TARGET_MS);

    // The services as the pages call them (every query of the page, the kept tokens' loose index scan included).
    const viewer: SignedInViewer = { kind: "signed-in", id: "bench-1", email: "bench-1@example.org", displayName: "Member 1", status: "ACTIVE", role: "MEMBER", locale: "en", twoFactorEnabled: false, organizationIds: [], representativeOf: [], sessionToken: "bench" };
    const serviceRow = async (name: string, read: () => Promise<unknown>, targetMs: number) => {
      const timing = await measure(read, RUNS);
      rows.push({ name, ...timing, targetMs, failure: timing.median > targetMs ? `median over ${targetMs} ms` : undefined });
    };
    await serviceRow("/monitoring page: whole matrix (4 queries)", () => service.monitoringMatrix(viewer, matrixFilterSchema.parse({})), MATRIX_TARGET_MS);
    await serviceRow("/monitoring page: by continent, prisons", () => service.monitoringMatrix(viewer, matrixFilterSchema.parse({ by: "continent", type: "PRISON" })), MATRIX_TARGET_MS);
    await serviceRow("/monitoring page: prisons 2024, by region (counted now)", () => service.monitoringMatrix(viewer, matrixFilterSchema.parse({ by: "region", type: "PRISON", from: "2024", to: "2024" })), COUNTED_NOW_TARGET_MS);
    await serviceRow("/monitoring/findings page: a cell", () => service.monitoringFindings(viewer, findingsFilterSchema.parse({ rule: "5", country })), LIST_TARGET_MS);
    await serviceRow("rule page: the findings section (2 queries)", () => service.findingsOnRule(viewer, 5), LIST_TARGET_MS);

    // Publishing and withdrawing a report: its 50 findings change visibility, and the triggers move the counts.
    const { rows: draft } = await client.query<{ id: string }>(`SELECT id FROM "MonitoringReport" WHERE status = 'DRAFT' LIMIT 1`);
    let visible = false;
    const publish = await measure(async () => {
      visible = !visible;
      await client.query(`UPDATE "MonitoringFinding" SET "networkVisible" = $2 WHERE "reportId" = $1`, [draft[0]!.id, visible]);
    }, RUNS);
    rows.push({ name: "publishing or withdrawing a report (50 findings, triggers)", ...publish, targetMs: LIST_TARGET_MS, failure: publish.median > LIST_TARGET_MS ? `median over ${LIST_TARGET_MS} ms` : undefined });
    return rows;
  } finally {
    await client.end();
    await prisma.$disconnect();
    await database.drop();
  }
}
