// A member's standing choice whether campaigns may ask to feature her (issue 16): off, a spotlight of her is
// refused when an admin adds it and consent cannot be asked; turning it off declines what waits for her answer,
// in one transaction with its audit entry, and leaves what she approved alone (she withdraws that herself).
import { beforeEach, describe, expect, it } from "vitest";
import type { SignedInViewer } from "@/lib/auth/viewer-types";
import { addSpotlight, createCampaign, requestConsent } from "@/lib/campaigns/admin-service";
import { campaignRequestsSetting, setCampaignRequests } from "@/lib/campaigns/consent-service";
import { campaignSchema, spotlightSchema } from "@/lib/campaigns/schema";
import { createAdmin, createMember } from "@/tests/factories/users";
import { accountOutcome, db, signInAs } from "./support/viewers";

const NOW = new Date("2026-12-04T10:00:00Z");
let admin: SignedInViewer;
let lucia: SignedInViewer;
let luciaHandle: string;
let campaignId: string;

const spotlightForm = (slug: string) =>
  spotlightSchema.parse({ campaignId, slug, subject: "MEMBER", subjectRef: luciaHandle, publishOn: "2026-12-11", story_en: "Lucía runs a legal clinic for women on remand." });

beforeEach(async () => {
  admin = await signInAs(await createAdmin(db(), { totpEnabledAt: new Date() }));
  const member = await createMember(db(), { displayName: "Lucía Prado" });
  luciaHandle = member.profile!.handle;
  lucia = await signInAs(member);
  campaignId = (await createCampaign(admin, campaignSchema.parse({ slug: "bangkok-rules-10", defaultLocale: "en", hashtags: "BangkokRules10", startsOn: "2026-12-10", publishOn: "2026-12-10", title_en: "Bangkok Rules at 10" }), NOW)).id;
});

describe("may campaigns ask to feature me?", () => {
  it("is yes until she says no; then a new spotlight of her and a new request are refused on their field", async () => {
    expect(await campaignRequestsSetting(lucia)).toBe(true);
    const { id: asked } = await addSpotlight(admin, spotlightForm("lucia"), NOW);
    const { id: notYetAsked } = await addSpotlight(admin, spotlightForm("lucia-again"), NOW);
    await requestConsent(admin, { spotlightId: asked });

    expect(await setCampaignRequests(lucia, { allowed: false })).toEqual({ declined: 1 });
    expect(await campaignRequestsSetting(lucia)).toBe(false);
    const spotlights = await db().campaignSpotlight.findMany({ orderBy: { slug: "asc" }, select: { id: true, consent: true, consentById: true } });
    expect(spotlights).toEqual([
      { id: asked, consent: "DECLINED", consentById: lucia.id },
      { id: notYetAsked, consent: "NOT_REQUESTED", consentById: null },
    ]);
    expect(await accountOutcome(addSpotlight(admin, spotlightForm("lucia-third"), NOW))).toBe("VALIDATION:subjectRef");
    expect(await accountOutcome(requestConsent(admin, { spotlightId: notYetAsked }))).toBe("VALIDATION:spotlightId");
    expect(await db().campaignSpotlight.count()).toBe(2);
    const audit = await db().auditLog.findFirstOrThrow({ where: { action: "campaign.requests-setting" }, select: { actorId: true, metadata: true } });
    expect(audit).toEqual({ actorId: lucia.id, metadata: { allowed: false, declined: 1 } });

    await setCampaignRequests(lucia, { allowed: true });
    await requestConsent(admin, { spotlightId: notYetAsked });
    expect((await db().campaignSpotlight.findUniqueOrThrow({ where: { id: notYetAsked } })).consent).toBe("REQUESTED");
  });

  it("leaves what she approved public: only she withdraws it", async () => {
    const { id } = await addSpotlight(admin, spotlightForm("lucia"), NOW);
    await db().campaignSpotlight.update({ where: { id }, data: { consent: "APPROVED", approved: { name: "Lucía", story: { en: "A story." } }, consentById: lucia.id } });
    expect(await setCampaignRequests(lucia, { allowed: false })).toEqual({ declined: 0 });
    expect((await db().campaignSpotlight.findUniqueOrThrow({ where: { id } })).consent).toBe("APPROVED");
  });
});
