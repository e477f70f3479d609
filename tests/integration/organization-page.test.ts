// An organization's page: who may open it (proposed ones only for admins and their own members; merged ones
// send to the survivor) and which members it lists (listed members who show their organizations).
import { beforeEach, describe, expect, it } from "vitest";
import type { SignedInViewer } from "@/lib/auth/viewer-types";
import { organizationFilterSchema } from "@/lib/organizations/schema";
import { organizationDirectory, organizationPage } from "@/lib/organizations/service";
import { createOrganization } from "@/tests/factories/organizations";
import { createAdmin, createMember } from "@/tests/factories/users";
import { db, signInAs } from "./support/viewers";

let viewer: SignedInViewer;

beforeEach(async () => {
  viewer = await signInAs(await createMember(db()));
});

describe("an organization's page", () => {
  it("lists representatives first, then members, and only those listed who show their organizations", async () => {
    const representative = await createMember(db(), { displayName: "Zora Rep" });
    const shown = await createMember(db(), { displayName: "Amal Shown" });
    const hidden = await createMember(db(), { displayName: "Hidden", profile: { hiddenFromDirectory: true } });
    const discreet = await createMember(db(), { displayName: "Discreet", profile: { organizationsVisibility: "ADMINS" } });
    const suspended = await createMember(db(), { displayName: "Suspended", status: "SUSPENDED" });
    const organization = await createOrganization(db(), { representative, members: [shown, hidden, discreet, suspended] });
    const page = await organizationPage(viewer, organization.slug);
    expect(page.mergedInto).toBeNull();
    expect(page.members?.map((member) => [member.displayName, member.role])).toEqual([
      ["Zora Rep", "REPRESENTATIVE"],
      ["Amal Shown", "MEMBER"],
    ]);
  });

  it("opens a proposed organization only to admins and its own members", async () => {
    const own = await createMember(db());
    const organization = await createOrganization(db(), { status: "PROPOSED", members: [own] });
    await expect(organizationPage(viewer, organization.slug)).rejects.toMatchObject({ code: "NOT_FOUND" });
    expect((await organizationPage(await signInAs(own), organization.slug)).organization?.id).toBe(organization.id);
    expect((await organizationPage(await signInAs(await createAdmin(db(), { totpEnabledAt: new Date() })), organization.slug)).organization?.id).toBe(organization.id);
  });

  it("sends a merged duplicate to the organization it was merged into, and knows no malformed address", async () => {
    const survivor = await createOrganization(db());
    const duplicate = await createOrganization(db(), { status: "ARCHIVED", mergedIntoId: survivor.id });
    expect(await organizationPage(viewer, duplicate.slug)).toEqual({ mergedInto: survivor.slug });
    for (const slug of ["no-such-organization", "../x", "UPPER"]) await expect(organizationPage(viewer, slug)).rejects.toMatchObject({ code: "NOT_FOUND" });
  });
});

describe("the organizations list", () => {
  it("filters active organizations by country (based or working there), kind, area and name, page by page", async () => {
    const kenyan = await createOrganization(db(), { name: "Amani Legal Aid", countryCode: "KE", kind: "LEGAL_AID", areasOfWork: ["LEGAL_AID"] });
    const working = await createOrganization(db(), { name: "Borderless Research", countryCode: "UG", workCountryCodes: ["KE"], kind: "RESEARCH", areasOfWork: ["RESEARCH"] });
    await createOrganization(db(), { name: "Proposed In Kenya", countryCode: "KE", status: "PROPOSED" });
    const names = async (filter: Record<string, string>) => (await organizationDirectory(viewer, organizationFilterSchema.parse(filter))).rows.map((row) => row.name);
    expect(await names({ country: "ke" })).toEqual([kenyan.name, working.name]);
    expect(await names({ kind: "RESEARCH" })).toEqual([working.name]);
    expect(await names({ area: "LEGAL_AID" })).toEqual([kenyan.name]);
    expect(await names({ q: "legal" })).toEqual([kenyan.name]);
    expect(await names({ kind: "NOT_A_KIND", country: "KEN" }), "unusable filters are ignored").toEqual([kenyan.name, working.name]);
    const first = await organizationDirectory(viewer, organizationFilterSchema.parse({}));
    expect(first.next).toBeNull();
    expect(first.countries.map((country) => country.code).sort()).toEqual(["KE", "UG"]);
  });
});
