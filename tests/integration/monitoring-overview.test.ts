// The monitoring picture (issue 15, journey 5): the matrix counts exactly the network's findings — those of reports
// PUBLISHED to the NETWORK — whoever looks (a draft, a report in review, an organization-only or a withdrawn report
// is never counted, not even for its organization's members); the kept counts equal a recomputation over the
// findings after every kind of write; each filter and grouping narrows as it says; a cell's findings are the ones
// it counts, a page at a time; a rule's section costs a fixed number of queries.
import { beforeEach, describe, expect, it } from "vitest";
import type { SignedInViewer } from "@/lib/auth/viewer-types";
import { findingsOnRule, monitoringFindings, monitoringMatrix } from "@/lib/monitoring-overview/service";
import { findingsFilterSchema, matrixFilterSchema } from "@/lib/monitoring-overview/schema";
import { cellKey } from "@/lib/monitoring-overview/format";
import { seedReferenceData } from "@/prisma/seed/reference";
import { createPlaceRow, createReportRow } from "@/tests/factories/monitoring";
import { createOrganization } from "@/tests/factories/organizations";
import { createMember } from "@/tests/factories/users";
import { countQueries } from "./support/query-count";
import { db, signInAs } from "./support/viewers";

let member: SignedInViewer;
let insider: SignedInViewer;
let organization: { id: string; slug: string };
let reports: Record<string, string>;

const day = (year: number, month: number, date: number) => new Date(Date.UTC(year, month - 1, date));

beforeEach(async () => {
  await seedReferenceData(db());
  const author = await createMember(db());
  const insiderRow = await createMember(db());
  organization = await createOrganization(db(), { name: "Monitors of the north", members: [author, insiderRow] });
  const kenyaPrison = await createPlaceRow(db(), { createdById: author.id, countryCode: "KE", type: "PRISON" });
  const kenyaCells = await createPlaceRow(db(), { createdById: author.id, countryCode: "KE", type: "POLICE_CUSTODY" });
  const ugandaPrison = await createPlaceRow(db(), { createdById: author.id, countryCode: "UG", type: "PRISON" });
  const peruPrison = await createPlaceRow(db(), { createdById: author.id, countryCode: "PE", type: "PRISON" });
  const report = (placeId: string, options: Parameters<typeof createReportRow>[1] extends infer O ? Partial<O> : never) =>
    createReportRow(db(), { authorId: author.id, placeId, ...options }).then((row) => row.id);
  reports = {
    kenya2025: await report(kenyaPrison.id, { visitStartedOn: day(2025, 3, 4), findings: [{ ruleNumber: 5, assessment: "DOES_NOT_COMPLY", observations: "No sanitary towels" }, { ruleNumber: 6, assessment: "COMPLIES" }, { ruleNumber: 23, assessment: "PARTLY_COMPLIES" }] }),
    kenyaCells2024: await report(kenyaCells.id, { organizationId: organization.id, visitStartedOn: day(2024, 9, 1), findings: [{ ruleNumber: 5, assessment: "DOES_NOT_COMPLY" }, { ruleNumber: 23, assessment: "NOT_ASSESSED" }] }),
    uganda2025: await report(ugandaPrison.id, { visitStartedOn: day(2025, 5, 1), findings: [{ ruleNumber: 5, assessment: "PARTLY_COMPLIES" }] }),
    peru2025: await report(peruPrison.id, { visitStartedOn: day(2025, 1, 20), findings: [{ ruleNumber: 5, assessment: "COMPLIES" }] }),
    draft: await report(kenyaPrison.id, { status: "DRAFT", findings: [{ ruleNumber: 5, assessment: "COMPLIES" }] }),
    inReview: await report(kenyaPrison.id, { status: "IN_REVIEW", findings: [{ ruleNumber: 5, assessment: "COMPLIES" }] }),
    organizationOnly: await report(kenyaPrison.id, { organizationId: organization.id, visibility: "ORGANIZATION", findings: [{ ruleNumber: 5, assessment: "COMPLIES", observations: "Organization only" }] }),
    withdrawn: await report(kenyaPrison.id, { status: "WITHDRAWN", findings: [{ ruleNumber: 5, assessment: "COMPLIES", observations: "Withdrawn" }] }),
  };
  member = await signInAs(await createMember(db()));
  insider = await signInAs(insiderRow);
});

/** The kept counts, and the same recomputed from the findings of published network reports (their copies of the place's type, the visit's date and the organization), as comparable lists. */
async function keptAndRecomputed() {
  const kept = await db().$queryRaw<unknown[]>`
    SELECT token, "ruleNumber", "countryCode", complies, "partlyComplies", "doesNotComply", "notAssessed" FROM "MonitoringMatrixCount" ORDER BY 1, 2, 3`;
  const recomputed = await db().$queryRaw<unknown[]>`
    SELECT t.token, f."ruleNumber", f."countryCode",
           (count(*) FILTER (WHERE f.assessment = 'COMPLIES'))::int AS complies, (count(*) FILTER (WHERE f.assessment = 'PARTLY_COMPLIES'))::int AS "partlyComplies",
           (count(*) FILTER (WHERE f.assessment = 'DOES_NOT_COMPLY'))::int AS "doesNotComply", (count(*) FILTER (WHERE f.assessment = 'NOT_ASSESSED'))::int AS "notAssessed"
      FROM "MonitoringFinding" f
      JOIN "MonitoringReport" r ON r.id = f."reportId" AND r.status = 'PUBLISHED' AND r.visibility = 'NETWORK'
      CROSS JOIN LATERAL (VALUES (''), ('type:' || f."placeType"), ('year:' || extract(year FROM f."visitStartedOn")::int), ('organization:' || f."organizationId")) t(token)
     WHERE t.token IS NOT NULL
     GROUP BY 1, 2, 3 ORDER BY 1, 2, 3`;
  return { kept, recomputed };
}

const matrix = (viewer: SignedInViewer, params: Record<string, string> = {}) => monitoringMatrix(viewer, matrixFilterSchema.parse(params));
const cell = (result: Awaited<ReturnType<typeof matrix>>, rule: number, column: string) => result.matrix.cells.get(cellKey(rule, column));

describe("the matrix", () => {
  it("counts the network's published findings only, the same for an organization's own members", async () => {
    for (const viewer of [member, insider]) {
      const result = await matrix(viewer);
      expect(cell(result, 5, "KE")).toEqual({ complies: 0, partlyComplies: 0, doesNotComply: 2, notAssessed: 0 });
      expect(cell(result, 5, "PE")).toEqual({ complies: 1, partlyComplies: 0, doesNotComply: 0, notAssessed: 0 });
      expect(cell(result, 23, "KE")).toEqual({ complies: 0, partlyComplies: 1, doesNotComply: 0, notAssessed: 1 });
      expect(result.matrix.total).toBe(7);
      expect(result.matrix.columns).toEqual([{ code: "KE", total: 5 }, { code: "PE", total: 1 }, { code: "UG", total: 1 }]);
      expect(result.choices).toEqual({ types: ["POLICE_CUSTODY", "PRISON"], years: [2025, 2024], organizations: [{ slug: organization.slug, name: "Monitors of the north" }] });
    }
  });

  it("keeps counts equal to a recomputation over the findings after every kind of write", async () => {
    const check = async () => {
      const { kept, recomputed } = await keptAndRecomputed();
      expect(kept).toEqual(recomputed);
    };
    await check();
    // Publishing the draft (the report's writes set networkVisible on its findings), then withdrawing a published one.
    await db().monitoringReport.update({ where: { id: reports.draft }, data: { status: "PUBLISHED" } });
    await db().monitoringFinding.updateMany({ where: { reportId: reports.draft }, data: { networkVisible: true } });
    await check();
    await db().monitoringReport.update({ where: { id: reports.kenya2025 }, data: { status: "WITHDRAWN" } });
    await db().monitoringFinding.updateMany({ where: { reportId: reports.kenya2025 }, data: { networkVisible: false } });
    await check();
    // A correction changes an assessment; a place's type and a visit's date change the copies; a report is deleted.
    await db().monitoringFinding.updateMany({ where: { reportId: reports.peru2025, ruleNumber: 5 }, data: { assessment: "DOES_NOT_COMPLY" } });
    await db().monitoringFinding.updateMany({ where: { reportId: reports.kenyaCells2024 }, data: { placeType: "PRE_TRIAL", visitStartedOn: day(2023, 2, 2) } });
    await db().monitoringFinding.updateMany({ where: { reportId: reports.kenyaCells2024 }, data: { observationsSource: "Edited", observationsCooked: "<p>Edited</p>" } });
    await check();
    await db().monitoringReport.delete({ where: { id: reports.uganda2025 } });
    await check();
    // Nothing counted is left behind: no zero rows, no token without findings.
    expect(await db().monitoringMatrixCount.count({ where: { token: "year:2024" } })).toBe(0);
    expect(await db().monitoringMatrixCount.count({ where: { token: "type:POLICE_CUSTODY" } })).toBe(0);
    expect((await matrix(member)).choices).toMatchObject({ types: ["PRE_TRIAL", "PRISON"], years: [2026, 2025, 2023] });
  });

  it("filters by place type, period and organization, alone (kept counts) and together (counted now)", async () => {
    const prisons = await matrix(member, { type: "PRISON" });
    expect(prisons.counted).toBe("kept");
    expect(cell(prisons, 5, "KE")).toMatchObject({ doesNotComply: 1 });
    expect(cell(prisons, 23, "KE")).toMatchObject({ partlyComplies: 1, notAssessed: 0 });
    expect(prisons.matrix.total).toBe(5);
    const year2024 = await matrix(member, { from: "2024", to: "2024" });
    expect(year2024.matrix.total).toBe(2);
    expect(cell(year2024, 23, "KE")).toMatchObject({ notAssessed: 1 });
    expect((await matrix(member, { from: "2025" })).matrix.total).toBe(5);
    expect((await matrix(member, { to: "2024" })).matrix.total).toBe(2);
    expect((await matrix(member, { from: "2019", to: "2020" })).matrix.total).toBe(0);
    const byOrganization = await matrix(member, { organization: organization.slug });
    expect(byOrganization.matrix.total).toBe(2);
    expect((await matrix(member, { organization: "no-such-organization" })).matrix.total).toBe(0);
    const together = await matrix(member, { type: "PRISON", from: "2025", to: "2025" });
    expect(together.counted).toBe("now");
    expect(together.matrix.total).toBe(5);
    const organizationPrisons = await matrix(member, { type: "PRISON", organization: organization.slug });
    expect(organizationPrisons.matrix.total).toBe(0);
    const organizationCells = await matrix(member, { type: "POLICE_CUSTODY", organization: organization.slug, from: "2024" });
    expect(cell(organizationCells, 5, "KE")).toMatchObject({ doesNotComply: 1 });
  });

  it("narrows to a continent or region and adds countries up by region or continent", async () => {
    const africa = await matrix(member, { continent: "AF" });
    expect(africa.matrix.columns.map((column) => column.code).sort()).toEqual(["KE", "UG"]);
    const eastAfrica = await matrix(member, { region: "014", type: "PRISON", from: "2025" });
    expect(eastAfrica.matrix.columns.map((column) => column.code).sort()).toEqual(["KE", "UG"]);
    const byContinent = await matrix(member, { by: "continent" });
    expect(cell(byContinent, 5, "AF")).toEqual({ complies: 0, partlyComplies: 1, doesNotComply: 2, notAssessed: 0 });
    expect(cell(byContinent, 5, "SA")).toMatchObject({ complies: 1 });
    const byRegion = await matrix(member, { by: "region" });
    expect(byRegion.matrix.columns.map((column) => column.code).sort()).toEqual(["005", "014"]);
  });
});

describe("a cell's findings", () => {
  const findings = (viewer: SignedInViewer, params: Record<string, string>) => monitoringFindings(viewer, findingsFilterSchema.parse(params));

  it("lists what the cell counts, newest visit first, with the report, and nothing unpublished or organization-only", async () => {
    const result = await findings(insider, { rule: "5", country: "KE" });
    expect(result.items.map((item) => item.reportId)).toEqual([reports.kenya2025, reports.kenyaCells2024]);
    expect(result.items[0]).toMatchObject({ assessment: "DOES_NOT_COMPLY", observationsCooked: "<p>No sanitary towels</p>", placeType: "PRISON", countryCode: "KE" });
    const notComplying = await findings(member, { rule: "5", country: "KE", assessment: "DOES_NOT_COMPLY", type: "POLICE_CUSTODY" });
    expect(notComplying.items.map((item) => item.reportId)).toEqual([reports.kenyaCells2024]);
    expect((await findings(member, { rule: "5", continent: "AF", from: "2025" })).items.map((item) => item.countryCode).sort()).toEqual(["KE", "UG"]);
    expect((await findings(member, { rule: "5", organization: organization.slug })).items.map((item) => item.reportId)).toEqual([reports.kenyaCells2024]);
    const all = await findings(member, {});
    expect(all.items.map((item) => item.reportId)).not.toEqual(expect.arrayContaining([reports.draft]));
    for (const hidden of [reports.draft, reports.inReview, reports.organizationOnly, reports.withdrawn]) expect(all.items.some((item) => item.reportId === hidden)).toBe(false);
    expect(all.items).toHaveLength(7);
  });

  it("pages through a busy cell by visit date and id", async () => {
    const author = await createMember(db());
    const place = await createPlaceRow(db(), { createdById: author.id, countryCode: "BR" });
    for (let index = 0; index < 23; index += 1) {
      await createReportRow(db(), { authorId: author.id, placeId: place.id, visitStartedOn: day(2025, 1, 1 + (index % 3)), findings: [{ ruleNumber: 48, assessment: "COMPLIES" }] });
    }
    const first = await findings(member, { rule: "48", country: "BR" });
    expect(first.items).toHaveLength(20);
    const second = await findings(member, { rule: "48", country: "BR", after: first.next! });
    expect(second.items).toHaveLength(3);
    expect(second.next).toBeNull();
    const seen = [...first.items, ...second.items];
    expect(new Set(seen.map((item) => item.id)).size).toBe(23);
    const order = seen.map((item) => [item.visitStartedOn.toISOString(), item.id].join(" "));
    expect(order).toEqual([...order].sort().reverse());
  });
});

describe("a rule's findings section", () => {
  it("counts by assessment and country, shows the newest, in two queries whatever the volume", async () => {
    const section = await findingsOnRule(member, 5);
    expect(section).toMatchObject({ count: 4, counts: { complies: 1, partlyComplies: 1, doesNotComply: 2, notAssessed: 0 } });
    expect(section.countries).toEqual([{ code: "KE", count: 2 }, { code: "PE", count: 1 }, { code: "UG", count: 1 }]);
    expect(section.items.map((item) => item.reportId)).toEqual([reports.uganda2025, reports.kenya2025, reports.peru2025]);
    await expect(findingsOnRule(member, 71)).rejects.toMatchObject({ code: "NOT_FOUND" });

    const measure = async () => (await countQueries(() => findingsOnRule(member, 5))).queries.filter((query) => !/^(BEGIN|COMMIT|ROLLBACK)/i.test(query.trim()));
    const before = await measure();
    const author = await createMember(db());
    for (const code of ["BR", "FR", "IN"]) {
      const place = await createPlaceRow(db(), { createdById: author.id, countryCode: code });
      await createReportRow(db(), { authorId: author.id, placeId: place.id, findings: [{ ruleNumber: 5, assessment: "NOT_ASSESSED" }] });
    }
    const after = await measure();
    expect(after.length, after.join("\n")).toBe(before.length);
    expect(after.length).toBe(2);
  });
});
