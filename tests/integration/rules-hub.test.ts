// The Bangkok Rules hub: /rules counts (the rule-activity job) and a rule's page count and list only what the
// viewer may list — a thread whose opening post a moderator hid, a staff-only category, a removed thread, a NAMED
// request, a hidden profile, rules or organizations a member shows to admins only, a suspended member — and a
// rule's page costs a fixed number of queries whatever the volume of content on the rule.
import { beforeEach, describe, expect, it } from "vitest";
import type { SignedInViewer } from "@/lib/auth/viewer-types";
import { refreshRuleActivity } from "@/lib/bangkok-rules/mutations";
import { rulePage, rulesHub, ruleThreads } from "@/lib/bangkok-rules/service";
import { type AppError } from "@/lib/errors";
import { jobHandlers } from "@/lib/jobs/registry";
import { shareLinkResource, withdrawResource } from "@/lib/resources/resource-service";
import { seedReferenceData } from "@/prisma/seed/reference";
import { createThreadRow } from "@/tests/factories/board";
import { createPlaceRow, createReportRow } from "@/tests/factories/monitoring";
import { createRequestRow } from "@/tests/factories/collaborations";
import { createOrganization } from "@/tests/factories/organizations";
import { linkResourceForm } from "@/tests/factories/resources";
import { createMember, createModerator } from "@/tests/factories/users";
import { countQueries } from "./support/query-count";
import { db, signInAs } from "./support/viewers";

let viewer: SignedInViewer;
let named: SignedInViewer;
let moderator: SignedInViewer;
let ids: Record<string, string | number>;

beforeEach(async () => {
  await seedReferenceData(db());
  const author = await createMember(db());
  await db().boardCategory.create({ data: { slug: "staff-room", position: 99, names: { en: "Staff" }, descriptions: { en: "" }, staffOnly: true } });
  const day = (n: number) => new Date(Date.UTC(2026, 10, n));
  const shown = await createThreadRow(db(), { authorId: author.id, title: "Searches in Nairobi", ruleNumbers: [19, 23], countryCodes: ["KE"], lastPostedAt: day(3) });
  const older = await createThreadRow(db(), { authorId: author.id, title: "Searches in Lima", ruleNumbers: [23], countryCodes: ["PE", "KE"], lastPostedAt: day(1) });
  await createThreadRow(db(), { authorId: author.id, title: "Staff only", category: "staff-room", ruleNumbers: [23] });
  const hidden = await createThreadRow(db(), { authorId: author.id, title: "Hidden opening post", ruleNumbers: [23] });
  await db().boardPost.updateMany({ where: { threadId: hidden.id, number: 1 }, data: { hiddenAt: new Date() } });
  const removed = await createThreadRow(db(), { authorId: author.id, title: "Removed thread", ruleNumbers: [23] });
  await db().boardThread.update({ where: { id: removed.id }, data: { deletedAt: new Date() } });

  const namedMember = await createMember(db());
  const open = await createRequestRow(db(), { authorId: author.id, title: "Open request", ruleNumbers: [23], countryCodes: ["KE"], createdAt: day(1) });
  const closed = await createRequestRow(db(), { authorId: author.id, title: "Completed request", ruleNumbers: [23], status: "COMPLETED", createdAt: day(5) });
  const organizationOnly = await createRequestRow(db(), { authorId: author.id, title: "Named request", ruleNumbers: [23], countryCodes: ["UG"], visibility: "NAMED", namedUserIds: [namedMember.id] });

  const listed = await createMember(db(), { displayName: "Listed advocate", profile: { countryCode: "KE", ruleNumbers: [23] } });
  const hiddenProfile = await createMember(db(), { displayName: "Hidden advocate", profile: { countryCode: "KE", hiddenFromDirectory: true, ruleNumbers: [23] } });
  const rulesPrivate = await createMember(db(), { displayName: "Private rules", profile: { countryCode: "UG", rulesVisibility: "ADMINS", ruleNumbers: [23] } });
  const suspended = await createMember(db(), { displayName: "Suspended advocate", status: "SUSPENDED", profile: { ruleNumbers: [23] } });
  const orgsPrivate = await createMember(db(), { displayName: "Private organizations", profile: { countryCode: "PE", organizationsVisibility: "ADMINS", ruleNumbers: [23] } });
  const organization = await createOrganization(db(), { name: "Shown organization", members: [listed] });
  await createOrganization(db(), { name: "Hidden organization", members: [hiddenProfile, rulesPrivate, suspended, orgsPrivate] });

  viewer = await signInAs(await createMember(db()));
  named = await signInAs(namedMember);
  moderator = await signInAs(await createModerator(db(), { totpEnabledAt: new Date() }));
  ids = { shown: shown.id, older: older.id, open: open.id, closed: closed.id, organizationOnly: organizationOnly.id, listed: listed.profile.handle, orgsPrivate: orgsPrivate.profile.handle, organization: organization.slug };
});

describe("/rules: the network's activity per rule", () => {
  it("counts only what any member may list, once the job has run", async () => {
    expect((await rulesHub(viewer)).refreshedAt).toBeNull();
    await jobHandlers({ transport: null })["rule-activity"]({}, { stopping: () => false, jobId: "test" } as never);
    const hub = await rulesHub(viewer);
    expect(hub.activity.get(23)).toMatchObject({ threads: 2, requests: 2, openRequests: 1, members: 2, organizations: 1 });
    expect(hub.activity.get(19)).toMatchObject({ threads: 1, requests: 0, members: 0, organizations: 0 });
    expect(hub.activity.get(1)).toMatchObject({ threads: 0, requests: 0, members: 0, organizations: 0 });
    expect(hub.activity.size).toBe(70);
    expect(hub.most.map((row) => row.ruleNumber)).toEqual([23, 19]);
    expect(hub.least.map((row) => row.ruleNumber)).toEqual([1, 2, 3, 4, 5]);
    expect(hub.refreshedAt).toBeInstanceOf(Date);
  });

  it("counts the resources shared with the whole network, not withdrawn ones", async () => {
    const author = await signInAs(await createMember(db()));
    await shareLinkResource(author, linkResourceForm({ "rules[]": ["30"] }));
    const withdrawn = await shareLinkResource(author, linkResourceForm({ title: "A withdrawn toolkit", link: "https://example.org/withdrawn", "rules[]": ["30", "31"] }));
    await withdrawResource(author, withdrawn.id);
    await refreshRuleActivity();
    const hub = await rulesHub(viewer);
    expect(hub.activity.get(30)).toMatchObject({ resources: 1, threads: 0 });
    expect(hub.activity.get(31)).toMatchObject({ resources: 0 });
    expect(hub.most.map((row) => row.ruleNumber)).toContain(30);
  });

  it("counts the monitoring findings of reports published to the network, not drafts or organization-only reports", async () => {
    const author = await createMember(db());
    const organization = await createOrganization(db(), { name: "Monitors", members: [author] });
    const place = await createPlaceRow(db(), { createdById: author.id, countryCode: "KE" });
    const other = await createPlaceRow(db(), { createdById: author.id, countryCode: "UG" });
    await createReportRow(db(), { authorId: author.id, placeId: place.id, findings: [{ ruleNumber: 40, assessment: "DOES_NOT_COMPLY" }, { ruleNumber: 41, assessment: "NOT_ASSESSED" }] });
    await createReportRow(db(), { authorId: author.id, placeId: other.id, findings: [{ ruleNumber: 40, assessment: "COMPLIES" }] });
    await createReportRow(db(), { authorId: author.id, placeId: place.id, organizationId: organization.id, visibility: "ORGANIZATION", findings: [{ ruleNumber: 40, assessment: "COMPLIES" }, { ruleNumber: 42, assessment: "COMPLIES" }] });
    await createReportRow(db(), { authorId: author.id, placeId: place.id, status: "DRAFT", findings: [{ ruleNumber: 42, assessment: "COMPLIES" }] });
    const withdrawn = await createReportRow(db(), { authorId: author.id, placeId: place.id, findings: [{ ruleNumber: 43, assessment: "COMPLIES" }] });
    await db().monitoringReport.update({ where: { id: withdrawn.id }, data: { status: "WITHDRAWN" } });
    await db().monitoringFinding.updateMany({ where: { reportId: withdrawn.id }, data: { networkVisible: false } });
    await refreshRuleActivity();
    const hub = await rulesHub(viewer);
    expect([40, 41, 42, 43].map((rule) => hub.activity.get(rule)?.findings)).toEqual([2, 1, 0, 0]);
    expect(hub.most.map((row) => row.ruleNumber)).toContain(40);
  });

  it("follows what changed at the next refresh, and a second run changes nothing", async () => {
    await refreshRuleActivity();
    await db().boardThread.update({ where: { id: Number(ids.shown) }, data: { deletedAt: new Date() } });
    await db().collaborationRequest.update({ where: { id: String(ids.open) }, data: { visibility: "NAMED" } });
    const first = await refreshRuleActivity();
    await refreshRuleActivity();
    expect(first.rules).toBe(70);
    expect(await db().bangkokRuleCountryActivity.findMany({ where: { ruleNumber: 23 }, select: { countryCode: true, threads: true }, orderBy: { countryCode: "asc" } })).toEqual([
      { countryCode: "KE", threads: 1 },
      { countryCode: "PE", threads: 1 },
    ]);
    expect((await rulesHub(viewer)).activity.get(23)).toMatchObject({ threads: 1, requests: 1, openRequests: 0 });
  });
});

describe("a rule's page", () => {
  it("shows a member what she may list: threads, requests (taking interest first), members and organizations, with countries", async () => {
    // Before the first refresh the threads are counted on the spot; after it, the kept counts say the same.
    const live = await rulePage(viewer, 23);
    expect(live.threads).toMatchObject({ count: 2, countedAt: null, countries: [{ code: "KE", count: 2 }, { code: "PE", count: 1 }] });
    await refreshRuleActivity();
    const page = await rulePage(viewer, 23);
    expect(page.threads.countedAt).toBeInstanceOf(Date);
    expect(page.threads.items.map((thread) => thread.id)).toEqual([ids.shown, ids.older]);
    expect(page.threads).toMatchObject({ count: 2, countries: [{ code: "KE", count: 2 }, { code: "PE", count: 1 }] });
    expect(page.requests.items.map((request) => request.id)).toEqual([ids.open, ids.closed]);
    expect(page.requests).toMatchObject({ count: 2, open: 1, countries: [{ code: "KE", count: 1 }] });
    expect(page.members.items.map((card) => card.handle).sort()).toEqual([ids.listed, ids.orgsPrivate].sort());
    expect(page.members).toMatchObject({ count: 2, countries: expect.arrayContaining([{ code: "KE", count: 1 }, { code: "PE", count: 1 }]) });
    expect(page.members.countries).toHaveLength(2);
    expect(page.organizations.items).toEqual([{ value: ids.organization, label: "Shown organization", count: 1 }]);
    expect(page.organizations.count).toBe(1);
  });

  it("shows a NAMED request to those it names, and staff-only and hidden-opening threads to moderators", async () => {
    const forNamed = await rulePage(named, 23);
    expect(forNamed.requests.items.map((request) => request.id)).toEqual([ids.organizationOnly, ids.open, ids.closed]);
    expect(forNamed.requests).toMatchObject({ count: 3, open: 2 });
    expect(forNamed.requests.countries.map((row) => row.code).sort()).toEqual(["KE", "UG"]);
    const forModerator = await rulePage(moderator, 23);
    expect(forModerator.threads.count).toBe(4);
    expect(forModerator.requests.count).toBe(2);
  });

  it("refuses rules that do not exist", async () => {
    for (const number of [0, 71, 1.5]) await expect(rulePage(viewer, number)).rejects.toMatchObject({ code: "NOT_FOUND" } satisfies Partial<AppError>);
  });

  it("costs a fixed number of queries whatever the content on the rule", async () => {
    await refreshRuleActivity();
    const measure = async () => (await countQueries(() => rulePage(viewer, 23))).queries.filter((query) => !/^(BEGIN|COMMIT|ROLLBACK)/i.test(query.trim()));
    const before = await measure();
    const author = await createMember(db(), { profile: { countryCode: "BR", ruleNumbers: [23] } });
    await createOrganization(db(), { members: [author] });
    for (let index = 0; index < 8; index += 1) {
      await createThreadRow(db(), { authorId: author.id, title: `More on searches ${index}`, ruleNumbers: [23], countryCodes: ["BR"] });
      await createRequestRow(db(), { authorId: author.id, title: `More requests ${index}`, ruleNumbers: [23], countryCodes: ["BR"] });
    }
    const after = await measure();
    expect(after.length, after.join("\n")).toBe(before.length);
    expect(after.length, after.join("\n")).toBeLessThanOrEqual(16);
  });

  it("lists every thread on the rule a page at a time", async () => {
    const author = await createMember(db());
    for (let index = 0; index < 31; index += 1) await createThreadRow(db(), { authorId: author.id, title: `Thread number ${index}`, ruleNumbers: [48], lastPostedAt: new Date(Date.UTC(2026, 9, 1, 0, index)) });
    const first = await ruleThreads(viewer, 48, undefined);
    expect(first.items).toHaveLength(30);
    const second = await ruleThreads(viewer, 48, first.next!);
    expect(second.items.map((thread) => thread.title)).toEqual(["Thread number 0"]);
    expect(second.next).toBeNull();
  });
});
