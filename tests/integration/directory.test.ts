// The member directory against PostgreSQL: who appears (listed members only), what a search or a filter may
// match (only what the member shows the network), facet counts, both sorts and their cursors, and that every
// profile write keeps the search text current.
import { beforeEach, describe, expect, it } from "vitest";
import { changeDisplayName } from "@/lib/account/settings-service";
import type { SignedInViewer } from "@/lib/auth/viewer-types";
import { directoryFilterSchema } from "@/lib/directory/schema";
import { DIRECTORY_PAGE, memberDirectory } from "@/lib/directory/service";
import { PROFILE_FIELDS, profileSchema } from "@/lib/profiles/schema";
import { updateOwnProfile } from "@/lib/profiles/service";
import { seedReferenceData } from "@/prisma/seed/reference";
import { createOrganization } from "@/tests/factories/organizations";
import { createApplicant, createMember } from "@/tests/factories/users";
import { db, signInAs } from "./support/viewers";

let viewer: SignedInViewer;

beforeEach(async () => {
  viewer = await signInAs(await createMember(db(), { displayName: "Viewer", profile: { hiddenFromDirectory: true } }));
});

const search = (filter: Record<string, string> = {}) => memberDirectory(viewer, directoryFilterSchema.parse(filter));
const names = async (filter: Record<string, string> = {}) => (await search(filter)).cards.map((card) => card.displayName);

describe("who the directory lists", () => {
  it("lists active members who list themselves, never hidden, suspended or undecided people", async () => {
    await createMember(db(), { displayName: "Listed Ana" });
    await createMember(db(), { displayName: "Hidden Ana", profile: { hiddenFromDirectory: true } });
    await createMember(db(), { displayName: "Suspended Ana", status: "SUSPENDED" });
    await createApplicant(db(), { displayName: "Applicant Ana" });
    expect(await names()).toEqual(["Listed Ana"]);
    expect(await names({ q: "ana" })).toEqual(["Listed Ana"]);
  });

  it("shows on a card only what the member shows the network", async () => {
    const organization = await createOrganization(db(), { name: "Casa Luz" });
    const open = await createMember(db(), { displayName: "Open", profile: { countryCode: "CO", areasOfWork: ["HEALTH"] } });
    await createMember(db(), {
      displayName: "Discreet",
      profile: { countryCode: "CO", countryVisibility: "ADMINS", areasOfWork: ["HEALTH"], areasVisibility: "ADMINS", organizationsVisibility: "ADMINS", photoVisibility: "ADMINS" },
    });
    await db().organizationMembership.createMany({ data: [{ organizationId: organization.id, userId: open.id, role: "MEMBER" }] });
    const cards = Object.fromEntries((await search()).cards.map((card) => [card.displayName, card]));
    expect(cards.Open).toMatchObject({ country: { code: "CO" }, organizations: ["Casa Luz"], areasOfWork: ["HEALTH"] });
    expect(cards.Discreet).toMatchObject({ country: null, organizations: [], areasOfWork: [], photoId: null });
  });
});

describe("searching", () => {
  it("ignores accents and case, matches the start of words, and searches name, bio, areas in every language and keywords", async () => {
    await createMember(db(), { displayName: "María José Ortiz", profile: { bio: "Acompaño a mujeres en la cárcel de Bogotá." } });
    await createMember(db(), { displayName: "Ngozi", profile: { areasOfWork: ["HEALTH"], keywords: ["Hépatite C"] } });
    expect(await names({ q: "bogota" })).toEqual(["María José Ortiz"]);
    expect(await names({ q: "MARIA ort" })).toEqual(["María José Ortiz"]);
    expect(await names({ q: "jos" }), "a partial name").toEqual(["María José Ortiz"]);
    expect(await names({ q: "santé" }), "an area named in French").toEqual(["Ngozi"]);
    expect(await names({ q: "hepatite" })).toEqual(["Ngozi"]);
    expect(await names({ q: "bogota ngozi" }), "every word must match").toEqual([]);
    expect(await names({ q: "& | ! :* ()" }), "query syntax is only punctuation").toEqual(["María José Ortiz", "Ngozi"]);
  });

  it("does not find a member by a field they keep to admins", async () => {
    await createMember(db(), { displayName: "Quiet", profile: { bio: "Secret word zanzibar", bioVisibility: "ADMINS", keywords: ["hiddenkeyword"], areasVisibility: "ADMINS" } });
    expect(await names({ q: "zanzibar" })).toEqual([]);
    expect(await names({ q: "hiddenkeyword" })).toEqual([]);
    expect(await names({ q: "quiet" })).toEqual(["Quiet"]);
  });

  it("follows every write: the profile form, and a display name changed in account settings", async () => {
    const member = await createMember(db(), { displayName: "Before" });
    const self = await signInAs(member);
    const form = profileSchema.parse({ displayName: "Akosua Mensah", bio: "Formación en Kumasi", ...Object.fromEntries(Object.values(PROFILE_FIELDS).map((column) => [column, "MEMBERS"])) });
    await updateOwnProfile(self, form);
    expect(await names({ q: "kumasi" })).toEqual(["Akosua Mensah"]);
    expect(await names({ q: "before" })).toEqual([]);
    await updateOwnProfile(self, { ...form, bioVisibility: "ADMINS" });
    expect(await names({ q: "kumasi" }), "a bio made private leaves the search").toEqual([]);
    await changeDisplayName(self, { displayName: "Akua Renamed" });
    expect(await names({ q: "renamed" })).toEqual(["Akua Renamed"]);
  });
});

describe("filtering", () => {
  // Continents and regions come from the reference data (UN M49).
  beforeEach(async () => {
    await seedReferenceData(db());
  });

  it("combines country, continent, region, language, area, rule and organization, each only where shown", async () => {
    const organization = await createOrganization(db(), { name: "Amani" });
    const kenyan = await createMember(db(), { displayName: "Kenyan", profile: { countryCode: "KE", languages: ["sw", "en"], areasOfWork: ["LEGAL_AID"], ruleNumbers: [23] } });
    await createMember(db(), { displayName: "Private Kenyan", profile: { countryCode: "KE", countryVisibility: "ADMINS", languages: ["sw"], languagesVisibility: "ADMINS", ruleNumbers: [23], rulesVisibility: "ADMINS" } });
    await createMember(db(), { displayName: "Brazilian", profile: { countryCode: "BR", languages: ["pt"], areasOfWork: ["LEGAL_AID"] } });
    await db().organizationMembership.create({ data: { organizationId: organization.id, userId: kenyan.id, role: "MEMBER" } });
    expect(await names({ country: "ke" })).toEqual(["Kenyan"]);
    expect(await names({ continent: "AF" })).toEqual(["Kenyan"]);
    expect(await names({ region: "014" }), "Eastern Africa").toEqual(["Kenyan"]);
    expect(await names({ language: "sw" })).toEqual(["Kenyan"]);
    expect(await names({ rule: "23" })).toEqual(["Kenyan"]);
    expect(await names({ area: "LEGAL_AID" })).toEqual(["Brazilian", "Kenyan"]);
    expect(await names({ area: "LEGAL_AID", country: "BR" })).toEqual(["Brazilian"]);
    expect(await names({ organization: organization.slug, language: "en", area: "LEGAL_AID" })).toEqual(["Kenyan"]);
    expect(await names({ organization: organization.slug, country: "BR" })).toEqual([]);
  });

  it("counts each facet over the members matching the other filters, never counting what is kept to admins", async () => {
    await createMember(db(), { displayName: "A", profile: { countryCode: "KE", languages: ["sw"], areasOfWork: ["HEALTH"] } });
    await createMember(db(), { displayName: "B", profile: { countryCode: "KE", languages: ["en"], areasOfWork: ["HEALTH", "RESEARCH"] } });
    await createMember(db(), { displayName: "C", profile: { countryCode: "UG", languages: ["en"], areasOfWork: ["RESEARCH"] } });
    await createMember(db(), { displayName: "D", profile: { countryCode: "UG", countryVisibility: "ADMINS", languages: ["en"], languagesVisibility: "ADMINS" } });
    await createMember(db(), { displayName: "E", profile: { countryCode: "UG", hiddenFromDirectory: true } });
    const counts = (rows: Array<{ value: string; count: number }>) => Object.fromEntries(rows.map((row) => [row.value, row.count]));
    const all = await search();
    expect(Object.fromEntries(all.facets.countries.map((row) => [row.country.code, row.count]))).toEqual({ KE: 2, UG: 1 });
    expect(counts(all.facets.continents)).toEqual({ AF: 3 });
    expect(counts(all.facets.regions)).toEqual({ "014": 3 });
    expect(counts(all.facets.languages)).toEqual({ sw: 1, en: 2 });
    const inKenya = await search({ country: "KE" });
    expect(Object.fromEntries(inKenya.facets.countries.map((row) => [row.country.code, row.count])), "its own filter does not narrow it").toEqual({ KE: 2, UG: 1 });
    expect(counts(inKenya.facets.areas)).toEqual({ HEALTH: 2, RESEARCH: 1 });
    expect(counts(inKenya.facets.languages)).toEqual({ sw: 1, en: 1 });
    const nothing = await search({ language: "fr" });
    expect(counts(nothing.facets.languages), "a chosen value with no match stays offered").toMatchObject({ fr: 0 });
  });
});

describe("sorting and pages", () => {
  it("pages by name and by newest with stable cursors: every member once, in order", async () => {
    const total = DIRECTORY_PAGE + 5;
    for (let index = 0; index < total; index += 1) {
      await createMember(db(), { displayName: `${index % 2 ? "Émilie" : "emma"} ${String(index).padStart(2, "0")}`, profile: { createdAt: new Date(Date.UTC(2026, 0, 1 + index)) } });
    }
    for (const sort of ["name", "newest"] as const) {
      const first = await search({ sort });
      expect(first.cards).toHaveLength(DIRECTORY_PAGE);
      expect(first.next).toBeTruthy();
      const second = await search({ sort, after: first.next! });
      expect(second.next).toBeNull();
      const seen = [...first.cards, ...second.cards].map((card) => card.displayName);
      expect(new Set(seen).size).toBe(total);
      const expected = sort === "newest" ? [...seen].sort((a, b) => Number(b.slice(-2)) - Number(a.slice(-2))) : [...seen].sort((a, b) => a.normalize("NFD").replace(/\p{M}/gu, "").toLowerCase().localeCompare(b.normalize("NFD").replace(/\p{M}/gu, "").toLowerCase()));
      expect(seen).toEqual(expected);
    }
    expect((await search({ after: "tampered" })).cards).toHaveLength(DIRECTORY_PAGE);
  });
});
