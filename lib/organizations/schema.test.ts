import { describe, expect, it } from "vitest";
import { adminOrganizationFilterSchema, editOrganizationSchema, mergeOrganizationsSchema } from "./schema";

const base = { organizationId: "org1", name: " Amani ", kind: "NGO", countryCode: "ke" };

describe("the organization edit form", () => {
  it("trims, reads a bare domain as https, and leaves the base country out of the countries of work", () => {
    const input = editOrganizationSchema.parse({ ...base, website: "amani.example.org", "workCountries[]": ["UG", "KE", "UG"], "areasOfWork[]": ["LEGAL_AID"] });
    expect(input).toMatchObject({ name: "Amani", countryCode: "KE", website: "https://amani.example.org", workCountries: ["UG"], areasOfWork: ["LEGAL_AID"], description: null });
  });

  it.each(["javascript:alert(1)", "ftp://example.org", "data:text/html,x", "localhost"])("refuses the website %s", (website) => {
    expect(editOrganizationSchema.safeParse({ ...base, website }).error?.issues.map((issue) => issue.path[0])).toEqual(["website"]);
  });

  it("states its limits: name 200, description 2,000 characters", () => {
    expect(editOrganizationSchema.safeParse({ ...base, name: "x".repeat(201) }).success).toBe(false);
    expect(editOrganizationSchema.safeParse({ ...base, description: "x".repeat(2001) }).success).toBe(false);
    expect(editOrganizationSchema.safeParse({ ...base, description: "x".repeat(2000) }).success).toBe(true);
  });

  it("refuses unknown kinds and areas", () => {
    expect(editOrganizationSchema.safeParse({ ...base, kind: "CLUB" }).success).toBe(false);
    expect(editOrganizationSchema.safeParse({ ...base, "areasOfWork[]": ["GARDENING"] }).success).toBe(false);
  });
});

describe("the admins' forms", () => {
  it("refuses merging an organization into itself", () => {
    expect(mergeOrganizationsSchema.safeParse({ duplicateId: "a1", survivorId: "a1" }).error?.issues[0]?.path).toEqual(["survivorId"]);
  });

  it("shows proposed organizations first and ignores unusable filters", () => {
    expect(adminOrganizationFilterSchema.parse({})).toEqual({ status: "PROPOSED", page: 1 });
    expect(adminOrganizationFilterSchema.parse({ status: "GONE", page: "-3" })).toEqual({ status: "PROPOSED", page: 1 });
  });
});
