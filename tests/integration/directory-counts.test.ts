// The directory's tokens and kept counts (AdvocateProfile."directoryTokens", DirectoryFacetCount), which
// database triggers maintain: after every kind of write — a profile change, a suspension, a membership, an
// organization archived, a rule dropped, an erasure — they must equal a recomputation from scratch, and the
// counts the directory shows must be the members' own.
import { beforeEach, describe, expect, it } from "vitest";
import type { SignedInViewer } from "@/lib/auth/viewer-types";
import { searchDirectory } from "@/lib/directory/data";
import { directoryFilterSchema } from "@/lib/directory/schema";
import { memberDirectory } from "@/lib/directory/service";
import { seedReferenceData } from "@/prisma/seed/reference";
import { createOrganization } from "@/tests/factories/organizations";
import { createMember } from "@/tests/factories/users";
import { db, signInAs } from "./support/viewers";

let viewer: SignedInViewer;

beforeEach(async () => {
  await seedReferenceData(db());
  viewer = await signInAs(await createMember(db(), { displayName: "Viewer", profile: { hiddenFromDirectory: true } }));
});

/** Differences between what the triggers kept and a recomputation; empty when they agree. */
async function drift() {
  const stale = await db().$queryRaw<Array<{ userId: string }>>`
    SELECT "userId" FROM "AdvocateProfile" p WHERE "directoryTokens" IS DISTINCT FROM directory_tokens(p)`;
  const counts = await db().$queryRaw<Array<{ filterToken: string; token: string; kept: number | null; actual: number | null }>>`
    WITH actual AS (
      SELECT pairs."filterToken", pairs.token, count(*)::int AS count
        FROM "AdvocateProfile", directory_facet_pairs("directoryTokens") pairs GROUP BY 1, 2),
    kept AS (SELECT "filterToken", token, count FROM "DirectoryFacetCount" WHERE count <> 0)
    SELECT coalesce(k."filterToken", a."filterToken") AS "filterToken", coalesce(k.token, a.token) AS token, k.count AS kept, a.count AS actual
      FROM kept k FULL JOIN actual a ON a."filterToken" = k."filterToken" AND a.token = k.token
     WHERE k.count IS DISTINCT FROM a.count`;
  return { stale, counts };
}

const countOf = async (filter: Record<string, string>, facet: "languages" | "areas" | "rules", value: string) =>
  (await memberDirectory(viewer, directoryFilterSchema.parse(filter))).facets[facet].find((row) => row.value === value)?.count ?? 0;

const countryCount = async (filter: Record<string, string>, code: string) =>
  (await memberDirectory(viewer, directoryFilterSchema.parse(filter))).facets.countries.find((row) => row.country.code === code)?.count ?? 0;

describe("the directory's kept counts", () => {
  it("follow every kind of write, and always equal a recomputation", async () => {
    const ana = await createMember(db(), { displayName: "Ana", profile: { countryCode: "KE", languages: ["sw", "en"], areasOfWork: ["HEALTH"], ruleNumbers: [23, 24] } });
    const bea = await createMember(db(), { displayName: "Bea", profile: { countryCode: "KE", languages: ["sw"], areasOfWork: ["HEALTH", "LEGAL_AID"], ruleNumbers: [23] } });
    const organization = await createOrganization(db(), { members: [ana, bea] });
    expect(await drift()).toEqual({ stale: [], counts: [] });
    expect(await countryCount({}, "KE")).toBe(2);
    expect(await countOf({ country: "KE" }, "rules", "23")).toBe(2);
    expect(await countOf({ area: "LEGAL_AID" }, "languages", "sw")).toBe(1);

    await db().user.update({ where: { id: bea.id }, data: { status: "SUSPENDED" } });
    expect(await countryCount({}, "KE")).toBe(1);
    await db().advocateProfile.update({ where: { userId: ana.id }, data: { countryVisibility: "ADMINS" } });
    expect(await countryCount({}, "KE")).toBe(0);
    await db().profileRuleInterest.deleteMany({ where: { userId: ana.id, ruleNumber: 24 } });
    expect(await countOf({}, "rules", "24")).toBe(0);
    await db().organization.update({ where: { id: organization.id }, data: { status: "ARCHIVED" } });
    expect((await memberDirectory(viewer, directoryFilterSchema.parse({}))).facets.organizations).toEqual([]);
    expect(await drift()).toEqual({ stale: [], counts: [] });

    await db().user.update({ where: { id: bea.id }, data: { status: "ACTIVE" } });
    await db().organization.update({ where: { id: organization.id }, data: { status: "ACTIVE" } });
    await db().organizationMembership.delete({ where: { organizationId_userId: { organizationId: organization.id, userId: ana.id } } });
    await db().advocateProfile.update({ where: { userId: bea.id }, data: { hiddenFromDirectory: true } });
    await db().user.delete({ where: { id: ana.id } });
    expect(await drift()).toEqual({ stale: [], counts: [] });
    expect(await countryCount({}, "KE")).toBe(0);
    expect(await countOf({}, "languages", "sw")).toBe(0);
  });

  it("count a single filter from the kept counts exactly as two filters are counted over the matches", async () => {
    for (const [index, code] of ["KE", "KE", "UG", "BR"].entries()) {
      await createMember(db(), { displayName: `Member ${index}`, profile: { countryCode: code, languages: index % 2 ? ["en"] : ["en", "pt"], areasOfWork: ["HEALTH"], ruleNumbers: [1 + index] } });
    }
    // area HEALTH is every member's, so adding it as a second filter changes nothing but the way of counting.
    for (const [facet, value] of [["languages", "pt"], ["rules", "3"], ["areas", "HEALTH"]] as const) {
      expect(await countOf({ country: "KE" }, facet, value)).toBe(await countOf({ country: "KE", area: "HEALTH" }, facet, value));
    }
    expect(await countryCount({ language: "pt" }, "KE")).toBe(1);
    expect(await countryCount({ language: "pt", area: "HEALTH" }, "KE")).toBe(1);
  });

  it("say when a text search or two filters match more members than the counts are taken over", async () => {
    for (const name of ["Ana Uno", "Ana Dos", "Ana Tres"]) await createMember(db(), { displayName: name, profile: { countryCode: "KE", languages: ["en"], areasOfWork: ["HEALTH"] } });
    const counted = async (filter: Record<string, string>, limit: number) => {
      const { facets, countsCapped } = await searchDirectory(directoryFilterSchema.parse(filter), null, 10, limit);
      return { capped: countsCapped, kenya: facets.geography.find((row) => row.value === "KE")?.count };
    };
    expect(await counted({ q: "ana" }, 3)).toEqual({ capped: false, kenya: 3 });
    expect(await counted({ q: "ana" }, 2)).toEqual({ capped: true, kenya: 3 });
    expect(await counted({ language: "en", area: "HEALTH" }, 2)).toMatchObject({ capped: true });
    // One filter reads the kept counts, which are exact whatever the limit.
    expect(await counted({ language: "en" }, 2)).toEqual({ capped: false, kenya: 3 });
  });
});
