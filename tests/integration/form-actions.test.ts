// Server actions called as a browser's form post would call them (see support/action-request.ts): what
// a visitor gets back for hostile or careless input, and that nothing of it reaches the database.
import { beforeEach, describe, expect, it, vi } from "vitest";
import { applyAction } from "@/lib/applications/actions";
import { db } from "@/lib/db";
import { ensureCountry } from "@/tests/factories/reference";
import { applicationForm, membershipCounts } from "./applications-support";
import { actionRequest, formData, newActionRequest } from "./support/action-request";

vi.mock("next/headers", async () => (await import("./support/action-request")).nextHeadersModule);
vi.mock("next-intl/server", async () => (await import("./support/action-request")).nextIntlServerModule);

beforeEach(async () => {
  newActionRequest({ address: "192.0.2.60" });
  await ensureCountry(db(), "KE");
});

const apply = (values: Record<string, string | string[]>) => applyAction(null, formData(applicationForm(values)));

describe("the application form's action", () => {
  it("counts every post from an address before parsing it, so invalid posts are limited too", async () => {
    const invalid = { email: "not an email", password: "x".repeat(200) };
    for (let attempt = 0; attempt < 5; attempt++) expect(await apply(invalid)).toMatchObject({ ok: false, code: "VALIDATION" });

    expect(await apply(invalid)).toMatchObject({ ok: false, code: "RATE_LIMITED" });
    // A valid application from that address is refused too; another address still applies.
    expect(await apply({})).toMatchObject({ ok: false, code: "RATE_LIMITED" });
    newActionRequest({ address: "192.0.2.61" });
    expect(await apply({})).toMatchObject({ ok: true });
    expect(actionRequest.headers.get("x-forwarded-for")).toBe("192.0.2.61");
    expect((await membershipCounts()).applications).toBe(1);
  });

  it("says what is wrong with too-long or malformed answers, and the limit, creating nothing", async () => {
    const result = await apply({ name: "n".repeat(5000), workDescription: "w".repeat(20_000), kind: "ORGANIZATION", organizationChoice: "new", proposedOrgName: "Mães do Cárcere", proposedOrgCountryCode: "KE", proposedOrgWebsite: "javascript:alert(1)" });

    expect(result).toMatchObject({ ok: false, code: "VALIDATION" });
    expect(result.ok ? {} : result.fieldErrors).toEqual({
      name: ["Too long: at most 200 characters."],
      workDescription: ["Too long: at most 5,000 characters."],
      proposedOrgWebsite: ["Must be a web address starting with https:// or http://, like https://example.org."],
    });
    expect(await membershipCounts()).toMatchObject({ users: 0, applications: 0, organizations: 0 });
  });

  it("refuses a NUL byte in any field with a field error, not a server error, and keeps what was typed", async () => {
    const errors = vi.spyOn(console, "error");
    newActionRequest({ address: "192.0.2.62", locale: "es" });
    const result = await apply({ name: "Amara\u0000Okafor", organizationId: "\u0000", password: "lantern-orchid\u0000gravel" });

    expect(result).toMatchObject({ ok: false, code: "VALIDATION" });
    const fieldErrors = result.ok ? {} : (result.fieldErrors ?? {});
    expect(Object.keys(fieldErrors).sort()).toEqual(["name", "organizationId", "password"]);
    expect(fieldErrors.name).toEqual([expect.stringMatching(/^Contiene caracteres de control invisibles/)]);
    expect(errors).not.toHaveBeenCalled();
    expect("values" in result && result.values).toMatchObject({ name: "Amara\u0000Okafor", countryCode: "KE" });
    expect("values" in result && result.values).not.toHaveProperty("password");
    expect(await membershipCounts()).toMatchObject({ users: 0, applications: 0 });
  });

  it.each([
    ["a JSON object", { name: "Amara" }],
    ["a string", "name=Amara"],
    ["nothing", undefined],
  ])("refuses a replayed post whose payload is not a form (%s) without a server error", async (_kind, payload) => {
    expect(await applyAction(null, payload as unknown as FormData)).toMatchObject({ ok: false, code: "VALIDATION" });
    expect(await membershipCounts()).toMatchObject({ users: 0 });
  });
});
