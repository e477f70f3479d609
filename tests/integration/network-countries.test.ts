// The countries page and a country's page count and list only what any member could list: active members
// who show their country to the network and do not hide their profile, and active organizations.
import { beforeEach, describe, expect, it } from "vitest";
import { ANONYMOUS, type SignedInViewer } from "@/lib/auth/viewer-types";
import { countryPage, networkCountries } from "@/lib/countries/service";
import { createOrganization } from "@/tests/factories/organizations";
import { createApplicant, createMember } from "@/tests/factories/users";
import { db, signInAs } from "./support/viewers";

let viewer: SignedInViewer;

beforeEach(async () => {
  viewer = await signInAs(await createMember(db()));
});

const counts = async (code: string) => {
  const country = (await networkCountries(viewer)).find((entry) => entry.code === code);
  return country ? { members: country.members, organizations: country.organizations } : null;
};

describe("network counts by country", () => {
  it("counts listed members who show their country, and active organizations based or working there once", async () => {
    await createMember(db(), { profile: { countryCode: "KE" } });
    await createMember(db(), { profile: { countryCode: "KE", hiddenFromDirectory: true } });
    await createMember(db(), { profile: { countryCode: "KE", countryVisibility: "ADMINS" } });
    await createMember(db(), { status: "SUSPENDED", profile: { countryCode: "KE" } });
    await createApplicant(db(), { profile: { countryCode: "KE" } });
    await createOrganization(db(), { countryCode: "KE", workCountryCodes: ["UG"] });
    await createOrganization(db(), { countryCode: "UG", workCountryCodes: ["KE", "UG"] });
    await createOrganization(db(), { countryCode: "KE", status: "PROPOSED" });
    expect(await counts("KE")).toEqual({ members: 1, organizations: 2 });
    expect(await counts("UG")).toEqual({ members: 0, organizations: 2 });
    expect(await counts("AQ"), "nobody works in Antarctica").toBeNull();
  });

  it("is for members only", async () => {
    await expect(networkCountries(ANONYMOUS)).rejects.toMatchObject({ code: "UNAUTHENTICATED" });
    await expect(networkCountries(await signInAs(await createApplicant(db())))).rejects.toMatchObject({ code: "FORBIDDEN" });
  });
});

describe("a country's page", () => {
  it("lists listed members with only what they show the network, newest first, page by page", async () => {
    const shown = await createMember(db(), { displayName: "Shown", profile: { countryCode: "KE", areasOfWork: ["HEALTH"] } });
    await createMember(db(), { displayName: "Hidden", profile: { countryCode: "KE", hiddenFromDirectory: true } });
    await createMember(db(), { displayName: "Country to admins", profile: { countryCode: "KE", countryVisibility: "ADMINS" } });
    const discreet = await createMember(db(), { displayName: "Discreet", profile: { countryCode: "KE", areasOfWork: ["LEGAL_AID"], areasVisibility: "ADMINS" } });
    const { members } = await countryPage(viewer, "KE");
    expect(members.cards.map((card) => card.displayName)).toEqual(["Discreet", "Shown"]);
    expect(members.cards.find((card) => card.handle === discreet.profile.handle)?.areasOfWork).toEqual([]);
    expect(members.cards.find((card) => card.handle === shown.profile.handle)?.areasOfWork).toEqual(["HEALTH"]);
  });

  it("pages by cursor without repeating or skipping anyone", async () => {
    const created = [];
    for (let i = 0; i < 30; i++) created.push(await createMember(db(), { profile: { countryCode: "NG" } }));
    const first = await countryPage(viewer, "NG");
    expect(first.members.cards).toHaveLength(24);
    const second = await countryPage(viewer, "NG", first.members.next!);
    expect(second.members.next).toBeNull();
    const handles = [...first.members.cards, ...second.members.cards].map((card) => card.handle);
    expect(new Set(handles).size).toBe(30);
    expect(handles.sort()).toEqual(created.map((member) => member.profile.handle).sort());
  });

  it("answers an unknown, uninhabited or malformed code as not found", async () => {
    for (const code of ["ZZ", "AQ", "k", "KEN"]) await expect(countryPage(viewer, code)).rejects.toMatchObject({ code: "NOT_FOUND" });
  });
});
