// Campaigns and consent against PostgreSQL (issue 16): admins prepare a campaign and its spotlights; only the
// featured member (or the organization's representative) answers, field by field, against the exact preview she
// saw; withdrawing takes the snapshot away at once; every step is audited, naming fields, never their values.
import { beforeEach, describe, expect, it } from "vitest";
import type { SignedInViewer } from "@/lib/auth/viewer-types";
import { addSpotlight, createCampaign, requestConsent, updateCampaign } from "@/lib/campaigns/admin-service";
import { answerConsent, consentRequests, withdrawConsent } from "@/lib/campaigns/consent-service";
import { campaignSchema, consentAnswerSchema, spotlightSchema } from "@/lib/campaigns/schema";
import { createOrganization } from "@/tests/factories/organizations";
import { createAdmin, createMember } from "@/tests/factories/users";
import { accountOutcome, db, signInAs } from "./support/viewers";

const NOW = new Date("2026-12-04T10:00:00Z");
let admin: SignedInViewer;
let amina: SignedInViewer;
let other: SignedInViewer;
let aminaHandle: string;

const campaignForm = (fields: Record<string, string> = {}) =>
  campaignSchema.parse({ slug: "bangkok-rules-10", defaultLocale: "en", hashtags: "#BangkokRules10 #womeninprison", startsOn: "2026-12-10", publishOn: "2026-12-10", title_en: "Bangkok Rules at 10", title_es: "Las Reglas de Bangkok cumplen 10", ...fields });
const spotlightForm = (campaignId: string, fields: Record<string, string> = {}) =>
  spotlightSchema.parse({ campaignId, slug: "amina", subject: "MEMBER", subjectRef: `@${aminaHandle}`, publishOn: "2026-12-11", story_en: "Amina trains prison officers in Nairobi.", quote_en: "Dignity first.", ...fields });

beforeEach(async () => {
  admin = await signInAs(await createAdmin(db(), { totpEnabledAt: new Date() }));
  const member = await createMember(db(), { displayName: "Amina Wanjiru", profile: { countryCode: "KE" } });
  aminaHandle = member.profile!.handle;
  await createOrganization(db(), { name: "Haki Mama", countryCode: "KE", members: [member] });
  amina = await signInAs(member);
  other = await signInAs(await createMember(db()));
});

async function preparedSpotlight() {
  const { id: campaignId } = await createCampaign(admin, campaignForm(), NOW);
  const { id: spotlightId } = await addSpotlight(admin, spotlightForm(campaignId), NOW);
  await requestConsent(admin, { spotlightId });
  return { campaignId, spotlightId };
}

const answer = (spotlightId: string, preview: string, fields: Record<string, string> = {}) =>
  consentAnswerSchema.parse({ spotlightId, preview, decision: "approve", name: "DISPLAY_NAME", country: "on", story: "on", ...fields });

describe("preparing a campaign", () => {
  it("refuses scheduling in the past, a taken address, and a spotlight without its story in the default language", async () => {
    expect(await accountOutcome(createCampaign(admin, campaignForm({ publishOn: "2026-12-03" }), NOW))).toBe("VALIDATION:publishOn");
    const { id: campaignId } = await createCampaign(admin, campaignForm(), NOW);
    expect(await accountOutcome(createCampaign(admin, campaignForm(), NOW))).toBe("CONFLICT:slug");
    expect(await accountOutcome(addSpotlight(admin, spotlightForm(campaignId, { story_en: "", story_es: "Solo en español." }), NOW))).toBe("VALIDATION:story_en");
    expect(await accountOutcome(addSpotlight(admin, spotlightForm(campaignId, { publishOn: "2026-12-09" }), NOW)), "before its campaign").toBe("VALIDATION:publishOn");
    expect(await accountOutcome(addSpotlight(admin, spotlightForm(campaignId, { subjectRef: "nobody-here" }), NOW))).toBe("VALIDATION:subjectRef");
    expect(await db().campaignSpotlight.count()).toBe(0);
    expect(await db().campaign.count()).toBe(1);
  });

  it("keeps a passed publication day when it is not moved, and bumps the content version on every change", async () => {
    const { id: campaignId } = await createCampaign(admin, campaignForm(), NOW);
    const later = new Date("2026-12-20T10:00:00Z");
    await updateCampaign(admin, campaignId, campaignForm({ indexable: "on" }), later);
    expect(await accountOutcome(updateCampaign(admin, campaignId, campaignForm({ publishOn: "2026-12-12" }), later))).toBe("VALIDATION:publishOn");
    const saved = await db().campaign.findUniqueOrThrow({ where: { id: campaignId }, include: { texts: true } });
    expect([saved.indexable, saved.contentVersion, saved.texts.map((text) => text.locale).sort()]).toEqual([true, 2, ["en", "es"]]);
  });

  it("is for admins with two-step only", async () => {
    for (const viewer of [amina, await signInAs(await createAdmin(db()))]) expect(await accountOutcome(createCampaign(viewer, campaignForm(), NOW))).toBe("FORBIDDEN");
  });
});

describe("consent, field by field", () => {
  it("shows the featured member her preview, and stores exactly the fields she approved", async () => {
    const { spotlightId, campaignId } = await preparedSpotlight();
    expect(await consentRequests(other)).toEqual([]);
    const [request] = await consentRequests(amina);
    expect(request!.candidate).toMatchObject({ name: "Amina Wanjiru", countryCode: "KE", organizationName: "Haki Mama", stories: { en: "Amina trains prison officers in Nairobi." } });
    await answerConsent(amina, answer(spotlightId, request!.preview));
    const saved = await db().campaignSpotlight.findUniqueOrThrow({ where: { id: spotlightId } });
    expect(saved.consent).toBe("APPROVED");
    expect(saved.approved).toEqual({ name: "Amina Wanjiru", photoFileId: null, countryCode: "KE", organizationName: null, workTitle: null, story: { en: "Amina trains prison officers in Nairobi." }, quote: {} });
    const entry = await db().auditLog.findFirstOrThrow({ where: { action: "campaign.consent-approved" } });
    expect([entry.actorId, entry.metadata]).toEqual([amina.id, { fields: ["name", "country", "story"] }]);
    expect(JSON.stringify(entry.metadata)).not.toContain("Amina");
    expect((await db().campaign.findUniqueOrThrow({ where: { id: campaignId } })).contentVersion).toBe(2);
  });

  it("refuses an approval of a preview that has changed since, saving nothing", async () => {
    const { spotlightId } = await preparedSpotlight();
    const [request] = await consentRequests(amina);
    await db().campaignSpotlightText.update({ where: { spotlightId_locale: { spotlightId, locale: "en" } }, data: { story: "A different story." } });
    expect(await accountOutcome(answerConsent(amina, answer(spotlightId, request!.preview)))).toBe("CONFLICT");
    await db().user.update({ where: { id: amina.id }, data: { displayName: "Amina W." } });
    const [again] = await consentRequests(amina);
    expect(again!.preview).not.toBe(request!.preview);
    expect((await db().campaignSpotlight.findUniqueOrThrow({ where: { id: spotlightId } })).consent).toBe("REQUESTED");
  });

  it("lets nobody else answer, admins included, and nobody answer before being asked", async () => {
    const { id: campaignId } = await createCampaign(admin, campaignForm(), NOW);
    const { id: spotlightId } = await addSpotlight(admin, spotlightForm(campaignId), NOW);
    const preview = "0".repeat(64);
    expect(await accountOutcome(answerConsent(amina, answer(spotlightId, preview))), "not asked yet").toBe("NOT_FOUND");
    await requestConsent(admin, { spotlightId });
    for (const viewer of [admin, other]) expect(await accountOutcome(answerConsent(viewer, answer(spotlightId, preview)))).toBe("NOT_FOUND");
    expect(await accountOutcome(requestConsent(admin, { spotlightId })), "asked once").toBe("CONFLICT");
  });

  it("withdraws at once: the snapshot goes, audited; declining stores nothing", async () => {
    const { spotlightId } = await preparedSpotlight();
    const [request] = await consentRequests(amina);
    await answerConsent(amina, answer(spotlightId, request!.preview, { photo: "on", quote: "on" }));
    expect(await accountOutcome(withdrawConsent(other, { spotlightId }))).toBe("NOT_FOUND");
    await withdrawConsent(amina, { spotlightId });
    const gone = await db().campaignSpotlight.findUniqueOrThrow({ where: { id: spotlightId } });
    expect([gone.consent, gone.approved]).toEqual(["WITHDRAWN", null]);
    expect(await db().auditLog.count({ where: { action: "campaign.consent-withdrawn", actorId: amina.id } })).toBe(1);
    expect(await accountOutcome(withdrawConsent(amina, { spotlightId })), "once").toBe("NOT_FOUND");

    await requestConsent(admin, { spotlightId });
    const [asked] = await consentRequests(amina);
    await answerConsent(amina, consentAnswerSchema.parse({ spotlightId, preview: asked!.preview, decision: "decline" }));
    const declined = await db().campaignSpotlight.findUniqueOrThrow({ where: { id: spotlightId } });
    expect([declined.consent, declined.approved]).toEqual(["DECLINED", null]);
  });

  it("has the representative answer for an organization's spotlight", async () => {
    const rep = await createMember(db());
    const organization = await createOrganization(db(), { name: "Amani", countryCode: "KE", representative: rep, members: [await createMember(db())] });
    const representative = await signInAs(rep);
    const { id: campaignId } = await createCampaign(admin, campaignForm(), NOW);
    const { id: spotlightId } = await addSpotlight(admin, spotlightForm(campaignId, { subject: "ORGANIZATION", subjectRef: organization.slug, slug: "amani" }), NOW);
    await requestConsent(admin, { spotlightId });
    expect(await consentRequests(amina)).toEqual([]);
    const [request] = await consentRequests(representative);
    expect(request!.candidate).toMatchObject({ name: "Amani", countryCode: "KE" });
    await answerConsent(representative, answer(spotlightId, request!.preview));
    expect((await db().campaignSpotlight.findUniqueOrThrow({ where: { id: spotlightId } })).consentById).toBe(rep.id);
  });
});
