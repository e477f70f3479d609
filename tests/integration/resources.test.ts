// Resources against PostgreSQL: sharing a link (the resource, its tags, tokens, folded search text and first
// version in one transaction), the refusals that need the database, editing with a new version when the link
// changes (earlier versions kept), withdrawing and restoring, search without accents (and over extracted file
// text), the filters, "referenced in" kept by the database from posts and requests, and flags in the one queue.
import { beforeEach, describe, expect, it } from "vitest";
import type { SignedInViewer } from "@/lib/auth/viewer-types";
import { postRequest } from "@/lib/collaborations/request-service";
import { requestSchema } from "@/lib/collaborations/schema";
import { resourceList, resourcePage, resourcesAbout, resourcesOnRule, searchResources } from "@/lib/resources/library-service";
import { storeExtractedText } from "@/lib/resources/mutations";
import { editResource, flagResourceFor, restoreResource, shareLinkResource, withdrawResource } from "@/lib/resources/resource-service";
import { editResourceSchema, linkResourceSchema, resourceListSchema } from "@/lib/resources/schema";
import { seedReferenceData } from "@/prisma/seed/reference";
import { createOrganization } from "@/tests/factories/organizations";
import { linkResourceForm } from "@/tests/factories/resources";
import { createMember, createModerator } from "@/tests/factories/users";
import { moderateItem, moderationItem, moderationQueue } from "@/lib/moderation/queue-service";
import { queueFilterSchema } from "@/lib/moderation/schema";
import { db, signInAs } from "./support/viewers";

async function outcome(promise: Promise<unknown>): Promise<string> {
  try {
    await promise;
    return "ok";
  } catch (error) {
    const { code, field } = error as { code: string; field?: string };
    return field ? `${code}:${field}` : code;
  }
}

let author: SignedInViewer;
let representative: SignedInViewer;
let reader: SignedInViewer;
let organizationId: string;
let organizationSlug: string;

beforeEach(async () => {
  await seedReferenceData(db());
  const rep = await createMember(db(), { displayName: "Representative" });
  const organization = await createOrganization(db(), { representative: { id: rep.id }, countryCode: "KE" });
  organizationId = organization.id;
  organizationSlug = organization.slug;
  author = await signInAs(await createMember(db(), { displayName: "Author" }));
  representative = await signInAs(rep);
  reader = await signInAs(await createMember(db()));
});

const list = (filter: Record<string, string>) => resourceList(reader, resourceListSchema.parse(filter)).then((page) => page.resources.map((row) => row.title));

describe("sharing a link", () => {
  it("saves the resource, its cooked summary, tags, tokens, search text and first version together", async () => {
    const { id } = await shareLinkResource(representative, linkResourceForm({ organizationId, summary: "Hello <script>x</script> **Bogotá**", "languages[]": ["es", "en"] }));
    const saved = await db().resource.findUniqueOrThrow({ where: { id }, include: { countries: true, rules: true, versions: true } });
    expect(saved).toMatchObject({ organizationId, authorId: representative.id, status: "PUBLISHED", type: "REPORT", year: 2024, languages: ["en", "es"], summaryCooked: "<p>Hello x <strong>Bogotá</strong></p>", versionCount: 1 });
    expect(saved.filterTokens).toEqual(expect.arrayContaining(["type:REPORT", "country:KE", "continent:AF", "region:014", "rule:25", "rule:26", "language:es", "year:2024", `organization:${organizationId}`]));
    expect(saved.searchText).toBe("women in pre-trial detention in kenya hello <script>x</script> **bogota**");
    expect(saved.versions).toEqual([expect.objectContaining({ number: 1, linkUrl: "https://example.org/reports/pretrial-kenya", storedFileId: null })]);
  });

  it("refuses links that are not http(s), unknown tags, another's organization and organization-only without one", async () => {
    for (const link of ["javascript:alert(1)", "data:text/html,x", "file:///etc/passwd", "ftp://example.org/x", "https://user:pw@example.org/", "example.org"]) {
      expect(linkResourceSchema.safeParse({ ...linkForm(), link }).success, link).toBe(false);
    }
    expect(linkResourceSchema.safeParse({ ...linkForm(), "languages[]": [] }).success).toBe(false);
    expect(await outcome(shareLinkResource(author, linkResourceForm({ "countries[]": ["ZZ"] })))).toBe("VALIDATION:countries[]");
    expect(await outcome(shareLinkResource(author, linkResourceForm({ organizationId })))).toBe("FORBIDDEN:organizationId");
    expect(await outcome(shareLinkResource(author, linkResourceForm({ visibility: "ORGANIZATION" })))).toBe("VALIDATION:visibility");
    expect(await db().resource.count()).toBe(0);
  });
});

const linkForm = () => ({ type: "REPORT", title: "A title", summary: "Summary", link: "https://example.org", "languages[]": ["en"], visibility: "NETWORK" });

describe("editing, versions, withdrawing", () => {
  it("adds a version when the link changes, keeps the earlier ones, and only then", async () => {
    const { id } = await shareLinkResource(author, linkResourceForm());
    const edit = (fields: Record<string, unknown>) => editResource(author, editResourceSchema.parse({ resourceId: id, type: "TOOLKIT", title: "Toolkit for monitors", summary: "Updated", "languages[]": ["fr"], visibility: "NETWORK", ...fields }));
    expect((await edit({ link: "https://example.org/reports/pretrial-kenya" })).versionId).toBeNull();
    expect((await edit({ link: "https://example.org/v2" })).versionId).not.toBeNull();
    const page = await resourcePage(reader, id);
    expect(page.resource.versions.map((version) => [version.number, version.linkUrl])).toEqual([
      [2, "https://example.org/v2"],
      [1, "https://example.org/reports/pretrial-kenya"],
    ]);
    expect(page.resource).toMatchObject({ type: "TOOLKIT", title: "Toolkit for monitors", languages: ["fr"], countryCodes: [], ruleNumbers: [], versionCount: 2 });
  });

  it("withdraws (out of every list) and restores", async () => {
    const { id } = await shareLinkResource(author, linkResourceForm());
    await withdrawResource(author, id);
    expect(await list({})).toEqual([]);
    expect(await outcome(withdrawResource(author, id))).toBe("FORBIDDEN");
    await restoreResource(author, id);
    expect(await list({})).toEqual(["Women in pre-trial detention in Kenya"]);
  });
});

describe("finding resources", () => {
  beforeEach(async () => {
    await shareLinkResource(author, linkResourceForm({ title: "Informe sobre cárceles de Bogotá", "countries[]": ["CO"], "rules[]": ["1"], "languages[]": ["es"], type: "RESEARCH", year: "2021" }));
    await shareLinkResource(author, linkResourceForm({ title: "Kenya toolkit", type: "TOOLKIT", year: "" }));
    await shareLinkResource(representative, linkResourceForm({ title: "Organization brief", organizationId, type: "LEGAL_BRIEF", "countries[]": ["BR"], "rules[]": ["57"], "languages[]": ["pt"] }));
  });

  it("filters by type, language, country, region, continent, rule, organization and year", async () => {
    expect(await list({ type: "TOOLKIT" })).toEqual(["Kenya toolkit"]);
    expect(await list({ language: "pt" })).toEqual(["Organization brief"]);
    expect(await list({ country: "co" })).toEqual(["Informe sobre cárceles de Bogotá"]);
    expect(await list({ continent: "AF" })).toEqual(["Kenya toolkit"]);
    expect((await list({ region: "419" })).sort()).toEqual(["Informe sobre cárceles de Bogotá", "Organization brief"]);
    expect(await list({ rule: "57" })).toEqual(["Organization brief"]);
    expect(await list({ organization: organizationSlug })).toEqual(["Organization brief"]);
    expect(await list({ organization: "no-such-organization" })).toEqual([]);
    expect(await list({ year: "2021" })).toEqual(["Informe sobre cárceles de Bogotá"]);
    expect((await resourcesAbout(reader, { rule: 25 })).resources.map((row) => row.title)).toEqual(["Kenya toolkit"]);
    expect((await resourcesAbout(reader, { organizationId })).resources.map((row) => row.title)).toEqual(["Organization brief"]);
    // The rule page's section: what the viewer may list, with the countries involved.
    const onRule = await resourcesOnRule(reader, 25);
    expect([onRule.count, onRule.countries, onRule.items.map((row) => row.title)]).toEqual([1, [{ code: "KE", count: 1 }], ["Kenya toolkit"]]);
  });

  it("searches title, summary and extracted file text without accents, prefix terms, no tsquery syntax", async () => {
    expect(await list({ q: "carceles bogota" })).toEqual(["Informe sobre cárceles de Bogotá"]);
    expect(await list({ q: "CÁRCEL" })).toEqual(["Informe sobre cárceles de Bogotá"]);
    expect(await list({ q: "toolk & | !" })).toEqual(["Kenya toolkit"]);
    const [version] = await db().resourceVersion.findMany({ where: { resource: { title: "Kenya toolkit" } } });
    await storeExtractedText(version!.id, "Chapter one: unannounced visits to Langata women’s prison.");
    expect((await searchResources(reader, "langata unannounced", undefined)).resources.map((row) => row.title)).toEqual(["Kenya toolkit"]);
    expect((await searchResources(reader, "", undefined)).resources).toEqual([]);
  });

  it("pages with a cursor, newest first, each resource once", async () => {
    for (let index = 0; index < 20; index++) await shareLinkResource(author, linkResourceForm({ title: `Extra resource ${index}` }));
    const first = await resourceList(reader, resourceListSchema.parse({}));
    const second = await resourceList(reader, resourceListSchema.parse({ after: first.next! }));
    expect(first.resources).toHaveLength(20);
    expect(first.resources[0]!.title).toBe("Extra resource 19");
    expect(second.resources).toHaveLength(3);
    expect(second.next).toBeNull();
    expect(new Set([...first.resources, ...second.resources].map((row) => row.id)).size).toBe(23);
  });
});

describe("referenced in, and flags", () => {
  it("lists the requests that link to a resource, kept by the database, and only those the viewer may read", async () => {
    const { id } = await shareLinkResource(author, linkResourceForm());
    const request = (visibility: string, title: string) =>
      postRequest(author, requestSchema.parse({ kind: "RESEARCH", title, body: `See [the report](/resources/${id}) and https://example.org/resources/${id}.`, needs: "Readers", collaboratorsWanted: "1", visibility, namedMembers: visibility === "NAMED" ? "" : undefined }));
    await request("NETWORK", "A request that cites it");
    expect((await resourcePage(reader, id)).references).toEqual([expect.objectContaining({ sourceType: "CollaborationRequest", title: "A request that cites it" })]);
    expect(await db().resourceReference.count()).toBe(1);
    await db().collaborationRequest.updateMany({ data: { cooked: "<p>no link now</p>" } });
    expect(await db().resourceReference.count()).toBe(0);
  });

  it("files a member's flag in the one moderation queue, once", async () => {
    const { id } = await shareLinkResource(author, linkResourceForm());
    expect(await flagResourceFor(reader, { resourceId: id, reason: "SPAM", note: "Looks like an advert" })).toBe("flagged");
    expect(await flagResourceFor(reader, { resourceId: id, reason: "SPAM", note: null })).toBe("already");
    expect(await db().moderationItem.findMany({ select: { targetType: true, targetId: true, authorId: true, flagCount: true } })).toEqual([{ targetType: "Resource", targetId: id, authorId: author.id, flagCount: 1 }]);
  });

  it("lets a moderator hide it from the queue (flags upheld, audited) and restore it", async () => {
    const moderator = await signInAs(await createModerator(db(), { totpEnabledAt: new Date() }));
    const { id } = await shareLinkResource(author, linkResourceForm());
    await flagResourceFor(reader, { resourceId: id, reason: "PERSONAL_INFORMATION", note: "Names a woman in custody" });
    const [item] = (await moderationQueue(moderator, queueFilterSchema.parse({ type: "Resource" }))).items;
    expect(item).toMatchObject({ targetId: id, context: { kind: "Resource", status: "PUBLISHED" } });
    expect((await moderationItem(moderator, item!.id)).steps).toMatchObject({ hide: true, restore: false, edit: false });
    await moderateItem(moderator, { itemId: item!.id, action: "hide", note: "Personal information" });
    expect(await outcome(resourcePage(reader, id))).toBe("NOT_FOUND");
    expect(await outcome(resourcePage(author, id))).toBe("NOT_FOUND");
    expect((await resourcePage(moderator, id)).resource.status).toBe("HIDDEN");
    expect(await list({})).toEqual([]);
    expect(await db().moderationFlag.findMany({ select: { status: true } })).toEqual([{ status: "UPHELD" }]);
    expect(await db().auditLog.count({ where: { action: "resource.hidden", targetId: id } })).toBe(1);
    expect((await moderationItem(moderator, item!.id)).steps).toMatchObject({ hide: false, restore: true });
    await moderateItem(moderator, { itemId: item!.id, action: "restore", note: null });
    expect(await list({})).toEqual(["Women in pre-trial detention in Kenya"]);
  });

  it("restores a resource its author had withdrawn before it was hidden as withdrawn, not published", async () => {
    const moderator = await signInAs(await createModerator(db(), { totpEnabledAt: new Date() }));
    const { id } = await shareLinkResource(author, linkResourceForm());
    await flagResourceFor(reader, { resourceId: id, reason: "PERSONAL_INFORMATION", note: null });
    await withdrawResource(author, id);
    const [item] = (await moderationQueue(moderator, queueFilterSchema.parse({ type: "Resource" }))).items;
    await moderateItem(moderator, { itemId: item!.id, action: "hide", note: "Personal information" });
    expect(await db().resource.findUniqueOrThrow({ where: { id }, select: { status: true, statusBeforeHidden: true } })).toEqual({ status: "HIDDEN", statusBeforeHidden: "WITHDRAWN" });
    await moderateItem(moderator, { itemId: item!.id, action: "restore", note: null });
    expect(await db().resource.findUniqueOrThrow({ where: { id }, select: { status: true, statusBeforeHidden: true } })).toEqual({ status: "WITHDRAWN", statusBeforeHidden: null });
    // Still out of the library and only its author's, who may publish it again herself.
    expect(await list({})).toEqual([]);
    expect(await outcome(resourcePage(reader, id))).toBe("NOT_FOUND");
    expect((await resourcePage(author, id)).canRestore).toBe(true);
    await restoreResource(author, id);
    expect(await list({})).toEqual(["Women in pre-trial detention in Kenya"]);
  });
});
