// bench:resources, part `library`: 100,000 resources (titles, summaries and ≈ 250 words of extracted file text
// each, from a realistic vocabulary with a long tail), over five years, across types, languages, countries (with
// their regions), rules, organizations and years; then the library's list as a member sees it — the first page,
// a deep page, each filter, two filters, and the full-text search over the file text (common, rare, two words,
// search + filter) — through the app's own query (lib/resources/data.ts resourceListQuery). Each fails on a plan
// that reads no index or a median over 50 ms. The extracted text is written straight into the search document
// (Resource.searchText, whose stored tsvector the search reads); the versions hold links, which no query reads.
import { PrismaPg } from "@prisma/adapter-pg";
import pg from "pg";
import { PrismaClient } from "../lib/generated/prisma/client";
import { seedReferenceData } from "../prisma/seed/reference";
import { createTestDatabase } from "../tests/integration/support/test-database";
import { insertBenchMembers, measure, option, planOf, queryRow, type BenchRow } from "./bench-support";

const RUNS = 30;
const TARGET_MS = 50;
const MEMBERS = 2_000;
const ORGANIZATIONS = 300;
const WORDS = 250;

/** Common words of the network's documents (the head), then a long tail of rarer ones. */
const VOCABULARY = (
  "women prison prisons detention custody rules bangkok report monitoring visit visits health care mental pregnant mothers children family contact " +
  "release reentry housing work training staff searches body hygiene sanitary legal aid bail pretrial trial sentence alternatives community drugs " +
  "policy reform court judge lawyer rights standards united nations committee torture prevention inspection budget data survey interview " +
  "mujeres carcel carceles prision presas madres hijos salud informe derechos reglas visitas familia trabajo vivienda defensa juez " +
  "femmes detenues prison sante enfants famille regles rapport visite droits sortie logement justice avocate " +
  "mulheres prisao presas gestantes filhos saude relatorio direitos regras visitas familia trabalho defensoria"
).split(" ");

async function build(client: pg.Client, resources: number): Promise<void> {
  await insertBenchMembers(client, MEMBERS);
  const { rows: countries } = await client.query<{ code: string }>(`SELECT code FROM "Country" ORDER BY code`);
  await client.query(`INSERT INTO "Organization" (id, slug, name, status, "countryCode", "createdAt", "updatedAt")
    SELECT 'bench-org-' || g, 'bench-org-' || g, 'Organization ' || g, 'ACTIVE', (ARRAY[${countries.map((row) => `'${row.code}'`).join(",")}])[1 + g % ${countries.length}], now(), now()
      FROM generate_series(1, ${ORGANIZATIONS}) g`);
  const vocabulary = `ARRAY[${VOCABULARY.map((word) => `'${word}'`).join(",")}]`;
  const types = "ARRAY['REPORT','TOOLKIT','TRAINING_MATERIAL','LEGAL_BRIEF','MONITORING_TEMPLATE','RESEARCH','MEDIA','OTHER']";
  const languages = "ARRAY['en','es','fr','pt','sw','ar','hi','ru']";
  await client.query(`SET synchronous_commit = off`);
  const chunk = 20_000;
  for (let start = 1; start <= resources; start += chunk) {
    const end = Math.min(resources, start + chunk - 1);
    // Words: the head (85 %) or a long tail of 20,000 rarer words ("t<n>"); hashint4 keeps it deterministic.
    await client.query(`
      INSERT INTO "Resource" (id, "authorId", "organizationId", type, title, "summarySource", "summaryCooked", languages, year, visibility, status,
                              "versionCount", "searchText", "filterTokens", "createdAt", "updatedAt")
      SELECT 'r' || lpad(g::text, 7, '0'), 'bench-' || (1 + h % ${MEMBERS}),
             CASE WHEN h % 3 = 0 THEN NULL ELSE 'bench-org-' || (1 + (h / 3) % ${ORGANIZATIONS}) END,
             (${types})[1 + (h / 7) % 8]::"ResourceType", 'Resource ' || g, 'Summary of resource ' || g, '<p>Summary</p>',
             ARRAY[(${languages})[1 + (h / 11) % 8]], 2000 + (h / 13) % 26,
             CASE WHEN h % 50 = 0 AND h % 3 <> 0 THEN 'ORGANIZATION' ELSE 'NETWORK' END::"ResourceVisibility",
             CASE WHEN h % 40 = 1 THEN 'WITHDRAWN' WHEN h % 97 = 2 THEN 'HIDDEN' ELSE 'PUBLISHED' END::"ResourceStatus",
             1, 'resource ' || g || ' summary of resource ' || g || ' ' || words.text, '{}', now() - (g * interval '5 years' / ${resources}), now()
        FROM generate_series(${start}, ${end}) g
        CROSS JOIN LATERAL (SELECT abs(hashint4(g)) AS h) hash
        CROSS JOIN LATERAL (
          SELECT string_agg(CASE WHEN w % 100 < 85 THEN (${vocabulary})[1 + w % ${VOCABULARY.length}] ELSE 't' || (w % 20000) END, ' ') AS text
            FROM (SELECT abs(hashint4(g * ${WORDS} + i)) AS w FROM generate_series(1, ${WORDS}) i) x) words`);
    await client.query(`
      INSERT INTO "ResourceCountry" ("resourceId", "countryCode")
      SELECT DISTINCT r.id, (ARRAY[${countries.map((row) => `'${row.code}'`).join(",")}])[1 + abs(hashint4(substr(r.id, 2)::int * 7 + k)) % ${countries.length}]
        FROM "Resource" r CROSS JOIN generate_series(1, 2) k WHERE r.id BETWEEN 'r' || lpad('${start}', 7, '0') AND 'r' || lpad('${end}', 7, '0')`);
    await client.query(`
      INSERT INTO "ResourceRule" ("resourceId", "ruleNumber")
      SELECT DISTINCT r.id, 1 + abs(hashint4(substr(r.id, 2)::int * 13 + k)) % 70
        FROM "Resource" r CROSS JOIN generate_series(1, 3) k WHERE r.id BETWEEN 'r' || lpad('${start}', 7, '0') AND 'r' || lpad('${end}', 7, '0')`);
  }
  // The filter tokens, as the app writes them (lib/resources/format.ts resourceTokens), from the tags.
  await client.query(`
    UPDATE "Resource" r SET "filterTokens" = ARRAY(SELECT DISTINCT t FROM unnest(
      ARRAY['type:' || r.type, 'year:' || r.year] || ARRAY(SELECT 'language:' || l FROM unnest(r.languages) l)
      || CASE WHEN r."organizationId" IS NULL THEN ARRAY[]::text[] ELSE ARRAY['organization:' || r."organizationId"] END
      || ARRAY(SELECT x FROM "ResourceCountry" c JOIN "Country" k ON k.code = c."countryCode",
                LATERAL unnest(ARRAY['country:' || k.code, 'continent:' || k."continentCode", 'region:' || k."regionCode", 'region:' || k."subregionCode", 'region:' || k."intermediateRegionCode"]) x
               WHERE c."resourceId" = r.id AND x IS NOT NULL)
      || ARRAY(SELECT 'rule:' || x."ruleNumber" FROM "ResourceRule" x WHERE x."resourceId" = r.id)) t ORDER BY t)`);
  await client.query(`INSERT INTO "ResourceVersion" (id, "resourceId", number, "linkUrl", "createdById", "createdAt")
    SELECT 'v' || substr(id, 2), id, 1, 'https://example.org/' || id, "authorId", "createdAt" FROM "Resource"`);
  await client.query(`VACUUM ANALYZE "Resource"`);
  await client.query(`ANALYZE "ResourceVersion"; ANALYZE "ResourceCountry"; ANALYZE "ResourceRule"; ANALYZE "Organization"; ANALYZE "User"`);
}

export async function run(): Promise<BenchRow[]> {
  const resources = option("--resources", 100_000);
  const database = await createTestDatabase("wipn_bench_library");
  const prisma = new PrismaClient({ adapter: new PrismaPg({ connectionString: database.url, max: 4 }) });
  (globalThis as unknown as { wipnPrisma?: PrismaClient }).wipnPrisma = prisma;
  process.env.DATABASE_URL = database.url;
  const { resourceListQuery, resourceStatsOnRule } = await import("../lib/resources/data");
  const { prefixTsquery, searchTerms } = await import("../lib/search/text");
  const client = new pg.Client({ connectionString: database.url });
  await client.connect();
  const rows: BenchRow[] = [];
  try {
    await seedReferenceData(prisma);
    const started = Date.now();
    await build(client, resources);
    const { rows: size } = await client.query<{ size: string }>(`SELECT pg_size_pretty(pg_total_relation_size('"Resource"')) AS size`);
    console.log(`Built ${resources.toLocaleString("en")} resources (${WORDS} words of file text each; Resource ${size[0]!.size}) in ${((Date.now() - started) / 1000).toFixed(0)} s`);
    const { rows: deepRow } = await client.query<{ id: string; createdAt: Date }>(`SELECT id, "createdAt" FROM "Resource" WHERE status = 'PUBLISHED' ORDER BY "createdAt" DESC, id DESC OFFSET ${Math.min(5000, Math.floor(resources / 2))} LIMIT 1`);
    const member = { organizationIds: ["bench-org-7", "bench-org-42"] };
    const q = (text: string) => prefixTsquery(searchTerms(text));
    const scenarios: Array<[string, { tokens?: string[]; tsquery?: string | null; cursor?: { at: Date; id: string } }]> = [
      ["first page, no filter", {}],
      ["a page 5,000 deep", { cursor: { at: deepRow[0]!.createdAt, id: deepRow[0]!.id } }],
      ["type: legal brief", { tokens: ["type:LEGAL_BRIEF"] }],
      ["language: pt", { tokens: ["language:pt"] }],
      ["country: KE", { tokens: ["country:KE"] }],
      ["region: 419 (Latin America)", { tokens: ["region:419"] }],
      ["continent: AF", { tokens: ["continent:AF"] }],
      ["rule 25", { tokens: ["rule:25"] }],
      ["organization", { tokens: ["organization:bench-org-42"] }],
      ["year 2019", { tokens: ["year:2019"] }],
      ["type + language + rule", { tokens: ["type:REPORT", "language:es", "rule:64"] }],
      ["search: 'prison' (common)", { tsquery: q("prison") }],
      ["search: 'cárcel' (prefix, accent)", { tsquery: q("cárcel") }],
      ["search: a rare word of the file text", { tsquery: q("t12345") }],
      ["search: 'pregnant mothers'", { tsquery: q("pregnant mothers") }],
      ["search + rule: 'bail' on rule 57", { tsquery: q("bail"), tokens: ["rule:57"] }],
    ];
    for (const [name, query] of scenarios) {
      const statement = resourceListQuery({ ...member, tokens: query.tokens ?? [], tsquery: query.tsquery ?? null, cursor: query.cursor ?? null, take: 20 });
      const timing = await measure(() => prisma.$queryRaw(statement), RUNS);
      rows.push(queryRow(name, timing, await planOf(client, { text: statement.text, values: statement.values }), TARGET_MS));
    }
    // A rule page's resource figures (lib/resources/data.ts): the count and the countries, for the member.
    for (const [name, read] of [
      ["rule page: count and countries (rule 25)", () => resourceStatsOnRule(member, 25)],
      ["rule page: count and countries (rule 64)", () => resourceStatsOnRule(member, 64)],
    ] as const) {
      const timing = await measure(read, RUNS);
      rows.push({ name, ...timing, targetMs: TARGET_MS, failure: timing.median > TARGET_MS ? `median over ${TARGET_MS} ms` : undefined });
    }
    return rows;
  } finally {
    await client.end();
    await prisma.$disconnect();
    await database.drop();
  }
}
