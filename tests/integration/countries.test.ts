// Countries one works in (lib/applications/data.ts over the seeded reference): territories with no
// permanent population are neither offered nor accepted, though they stay in the ISO reference.
import { describe, expect, it } from "vitest";
import { countryExists, listCountries } from "@/lib/countries/data";
import { db } from "@/lib/db";
import { acceptPreApprovedSchema } from "@/lib/applications/schema";
import { ANONYMOUS } from "@/lib/auth/viewer-types";
import { acceptPreApproved } from "@/lib/invitations/service";
import { createInvitation } from "@/tests/factories/invitations";
import { createAdmin } from "@/tests/factories/users";
import { seedReferenceData } from "@/prisma/seed/reference";
import { CONTEXT, STRONG_PASSWORD } from "./applications-support";
import { serviceOutcome } from "./support/viewers";

const UNINHABITED = ["AQ", "BV", "GS", "HM", "TF", "UM"];

describe("countries one works in", () => {
  it("leave out the territories with no permanent population, and only those", async () => {
    await seedReferenceData(db());

    const offered = (await listCountries()).map((country) => country.code);

    expect(offered.filter((code) => UNINHABITED.includes(code))).toEqual([]);
    expect(offered).toHaveLength((await db().country.count()) - UNINHABITED.length);
    expect(offered).toEqual(expect.arrayContaining(["IR", "AF", "PS", "TW", "XK", "GL", "PN"]));
    for (const code of UNINHABITED) expect([code, await countryExists(code)]).toEqual([code, false]);
    expect(await countryExists("IR")).toBe(true);
  });

  it("are refused on the server when a form is sent with one of those territories", async () => {
    await seedReferenceData(db());
    const admin = await createAdmin(db(), { totpEnabledAt: new Date() });
    const { token } = await createInvitation(db(), { invitedById: admin.id, preApproved: true });
    const answers = { token, name: "Ana", displayName: "Ana", password: STRONG_PASSWORD, countryCode: "AQ", "languages[]": ["es"], consent: "on" };

    expect(await serviceOutcome(acceptPreApproved(ANONYMOUS, acceptPreApprovedSchema.parse(answers), CONTEXT))).toEqual({ ok: false, fields: { countryCode: "unknownCountry" } });
  });
});
