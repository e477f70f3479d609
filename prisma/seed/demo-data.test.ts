import { describe, expect, it } from "vitest";
import { buildCountryRow } from "../../lib/countries/reference-data";
import { AreaOfWork, OrganizationKind } from "../../lib/generated/prisma/enums";
import { DEMO_ADMIN_EMAIL, DEMO_SIGN_INS, buildDemoData } from "./demo-data";

const data = buildDemoData();
const userByEmail = new Map(data.users.map((user) => [user.email, user]));

describe("buildDemoData", () => {
  it("is deterministic", () => {
    expect(buildDemoData()).toEqual(data);
  });

  it("has about 50 advocates, staff and a few applicants", () => {
    const active = data.users.filter((user) => user.status === "ACTIVE");
    expect(active.filter((user) => user.role === "MEMBER")).toHaveLength(51);
    expect(active.filter((user) => user.role === "ADMIN").map((user) => user.email)).toEqual([DEMO_ADMIN_EMAIL]);
    expect(active.filter((user) => user.role === "MODERATOR")).toHaveLength(1);
    const applicants = data.users.filter((user) => user.status !== "ACTIVE");
    expect(applicants.map((user) => user.status).sort()).toEqual(["MORE_INFO_REQUESTED", "PENDING", "PENDING", "UNVERIFIED"]);
    for (const applicant of applicants) expect(applicant.approvedAt).toBeNull();
    expect(applicants.find((user) => user.status === "UNVERIFIED")?.emailVerified).toBeNull();
  });

  it("uses unique, reserved-domain emails and plainly fictional names", () => {
    expect(new Set(data.users.map((user) => user.email)).size).toBe(data.users.length);
    for (const user of data.users) {
      expect(user.email).toMatch(/^[a-z.-]+@example\.org$/);
      expect(user.name).toMatch(/(Example|Sample|Placeholder|Fictional|Exemple|Fictive|Ejemplo|Muestra|Ficticia|Exemplo|Amostra|Fictícia|Administrator|Moderator)$/);
      expect(["en", "es", "fr", "pt"]).toContain(user.locale);
    }
    expect(data.users.filter((user) => user.displayName !== user.name).length).toBeGreaterThanOrEqual(5);
  });

  it("has 36 organizations: active, two proposed and one archived, each with a representative", () => {
    expect(data.organizations).toHaveLength(36);
    expect(data.organizations.filter((org) => org.status !== "ACTIVE").map((org) => org.status).sort()).toEqual(["ARCHIVED", "PROPOSED", "PROPOSED"]);
    for (const org of data.organizations) {
      expect(org.name).toMatch(/Demo|Démo/);
      const members = data.memberships.filter((m) => m.slug === org.slug);
      expect(members.some((m) => m.role === "REPRESENTATIVE"), org.slug).toBe(true);
      if (org.status === "ACTIVE") {
        for (const m of members) expect(userByEmail.get(m.email)?.status, `${m.email} in ${org.slug}`).toBe("ACTIVE");
      }
    }
    const slugs = new Set(data.organizations.map((org) => org.slug));
    expect(slugs.size).toBe(data.organizations.length);
    for (const m of data.memberships) expect(slugs.has(m.slug), m.slug).toBe(true);
    expect(new Set(data.memberships.map((m) => `${m.slug} ${m.email}`)).size).toBe(data.memberships.length);
  });

  it("has open join requests from active members who are not in those active organizations yet", () => {
    expect(data.joinRequests.length).toBeGreaterThanOrEqual(3);
    for (const request of data.joinRequests) {
      expect(userByEmail.get(request.email)?.status, request.email).toBe("ACTIVE");
      expect(data.organizations.find((org) => org.slug === request.slug)?.status, request.slug).toBe("ACTIVE");
      expect(data.memberships.some((m) => m.slug === request.slug && m.email === request.email), `${request.email} in ${request.slug}`).toBe(false);
    }
  });

  it("verifies active and archived organizations, leaves proposed ones unverified and dates archiving", () => {
    for (const org of data.organizations) {
      if (org.status === "PROPOSED") expect(org.verifiedAt, org.slug).toBeNull();
      else expect(org.verifiedAt!.getTime(), org.slug).toBeGreaterThan(org.createdAt.getTime());
      if (org.status === "ARCHIVED") expect(org.archivedAt!.getTime(), org.slug).toBeGreaterThan(org.verifiedAt!.getTime());
      else expect(org.archivedAt, org.slug).toBeNull();
    }
  });

  it("describes every organization in one to three fictional sentences, several in Spanish, French or Portuguese", () => {
    for (const org of data.organizations) {
      expect(org.description.split(/(?<=[.!?])\s+/).length, org.slug).toBeLessThanOrEqual(3);
      expect(org.description, org.slug).toMatch(/\b(fictional|ficticio|ficticia|fictif|fictive|fictício|fictícia)\b/i);
    }
    expect(data.organizations.filter((org) => !/\bfictional\b/.test(org.description)).length).toBeGreaterThanOrEqual(8);
  });

  it("gives organizations curated areas, every kind, and websites only on reserved example domains", () => {
    const areas = new Set<string>(Object.values(AreaOfWork));
    for (const org of data.organizations) {
      expect(org.areasOfWork.length, org.slug).toBeGreaterThanOrEqual(1);
      expect(org.areasOfWork.length, org.slug).toBeLessThanOrEqual(4);
      expect(new Set(org.areasOfWork).size, org.slug).toBe(org.areasOfWork.length);
      for (const area of org.areasOfWork) expect(areas.has(area), `${org.slug}: ${area}`).toBe(true);
      if (org.website) expect(org.website).toMatch(/^https:\/\/[a-z0-9-]+\.example\.(org|net)$/);
    }
    expect(data.organizations.filter((org) => org.website).length).toBeGreaterThanOrEqual(10);
    expect(new Set(data.organizations.map((org) => org.kind))).toEqual(new Set(Object.values(OrganizationKind)));
  });

  it("lists one to four work countries beyond the base for some organizations", () => {
    const slugs = new Set(data.organizationCountries.map((row) => row.slug));
    expect(slugs.size).toBeGreaterThanOrEqual(10);
    for (const slug of slugs) {
      const codes = data.organizationCountries.filter((row) => row.slug === slug).map((row) => row.countryCode);
      expect(codes.length, slug).toBeLessThanOrEqual(4);
      expect(codes, slug).not.toContain(data.organizations.find((org) => org.slug === slug)!.countryCode);
    }
  });

  it("spans 27 countries (36 with organizations' work countries) on every inhabited continent", () => {
    const based = new Set([...data.profiles, ...data.organizations].map((row) => row.countryCode));
    const codes = new Set([...based, ...data.organizationCountries.map((row) => row.countryCode)]);
    expect(based.size).toBe(27);
    expect(codes.size).toBe(36);
    for (const code of codes) expect(buildCountryRow(code), code).toBeDefined();
    const continents = new Set([...codes].map((code) => buildCountryRow(code)?.continentCode));
    expect([...continents].sort()).toEqual(["AF", "AS", "EU", "NA", "OC", "SA"]);
  });

  it("lists sign-ins that exist with the expected roles and statuses", () => {
    const expected = { Admin: ["ADMIN", "ACTIVE"], Moderator: ["MODERATOR", "ACTIVE"], Member: ["MEMBER", "ACTIVE"] } as const;
    for (const signIn of DEMO_SIGN_INS) {
      const user = userByEmail.get(signIn.email);
      expect(user, signIn.email).toBeDefined();
      const want = expected[signIn.role as keyof typeof expected];
      if (want) expect([user!.role, user!.status]).toEqual(want);
    }
    const rep = DEMO_SIGN_INS.find((s) => s.role === "Organization representative")!;
    expect(data.memberships.some((m) => m.email === rep.email && m.role === "REPRESENTATIVE")).toBe(true);
    const member = DEMO_SIGN_INS.find((s) => s.role === "Member")!;
    expect(data.memberships.some((m) => m.email === member.email && m.role === "REPRESENTATIVE")).toBe(false);
    expect(userByEmail.get(DEMO_SIGN_INS.find((s) => s.role.startsWith("Applicant"))!.email)?.status).toBe("PENDING");
  });

  it("gives each applicant one open application in the state of their account, and nobody else one", () => {
    const applicants = data.users.filter((user) => user.status !== "ACTIVE");
    expect(data.applications.map((application) => application.email).sort()).toEqual(applicants.map((user) => user.email).sort());
    for (const application of data.applications) {
      const user = userByEmail.get(application.email)!;
      expect(application.status, application.email).toBe(user.status);
      expect(application.submittedAt, application.email).toEqual(user.emailVerified);
      expect(Boolean(application.infoRequest), application.email).toBe(user.status === "MORE_INFO_REQUESTED");
      if (application.organizationSlug) expect(data.organizations.some((org) => org.slug === application.organizationSlug)).toBe(true);
    }
  });
});
