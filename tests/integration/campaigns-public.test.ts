// What the public sees of a campaign, against PostgreSQL (issue 16): live, gone or not found by the campaign's and
// each spotlight's state, built from the approved snapshot only — never the member's live profile, the story the
// team proposed, or a field that was not approved. The real services make the consent; the "publication job" is
// publishedAt set directly.
import { describe, expect, it } from "vitest";
import { addSpotlight, createCampaign, requestConsent } from "@/lib/campaigns/admin-service";
import { answerConsent, consentRequests, withdrawConsent } from "@/lib/campaigns/consent-service";
import { indexablePublicPages, publicCampaign, publicCampaignList, publicCampaignVersions, publicSpotlightPage, publicSpotlightPhotoFile } from "@/lib/campaigns/public-service";
import { campaignSchema, consentAnswerSchema, spotlightSchema } from "@/lib/campaigns/schema";
import { createCampaignRow, createLeakWorld, createSpotlightRow, leakedSentinels } from "@/tests/factories/campaigns";
import { createOrganization } from "@/tests/factories/organizations";
import { createAdmin, createMember } from "@/tests/factories/users";
import { db, signInAs } from "./support/viewers";

const DAY = 24 * 60 * 60 * 1000;

describe("a campaign's public page", () => {
  it("is not found before its publication day, and for an unknown address alike", async () => {
    const later = await createCampaignRow(db(), { publishAt: new Date(Date.now() + DAY) });
    const draft = await createCampaignRow(db(), { publishAt: null });
    expect(await publicCampaign(later.slug, "en")).toEqual({ status: "not-found" });
    expect(await publicCampaign(draft.slug, "en")).toEqual({ status: "not-found" });
    expect(await publicCampaign("no-such-campaign", "en")).toEqual({ status: "not-found" });
    expect((await publicCampaign(later.slug, "en", new Date(Date.now() + 2 * DAY))).status).toBe("live");
  });

  it("shows only the live spotlights, in order, in the visitor's language or the campaign's default", async () => {
    const world = await createLeakWorld(db());
    const result = await publicCampaign(world.campaign.slug, "es");
    expect(result.status).toBe("live");
    if (result.status !== "live") return;
    expect([result.page.locale, result.page.title, result.page.locales.sort()]).toEqual(["es", `Las Reglas de Bangkok cumplen 10 ${world.marker}`, ["en", "es"]]);
    expect(result.page.spotlights.map((spotlight) => spotlight.slug)).toEqual(["rosa", "open"]);
    const [rosa, open] = result.page.spotlights;
    expect(rosa).toMatchObject({ name: world.otherName, hasPhoto: false, countryCode: null, organizationName: null, story: { locale: "es", text: world.story.es }, quote: null });
    // A story only in English is shown in English to a Spanish visitor (the page marks its language).
    expect(open).toMatchObject({ name: world.open.displayName, hasPhoto: true, countryCode: "KE", organizationName: world.openOrganization.name, story: { locale: "en" }, quote: { locale: "en" } });
    // French is not one of the campaign's languages: its default language, English.
    const french = await publicCampaign(world.campaign.slug, "fr");
    expect(french.status === "live" && [french.page.locale, french.page.title]).toEqual(["en", `Bangkok Rules at 10 ${world.marker}`]);
    expect(leakedSentinels(JSON.stringify(result), world.sentinels)).toEqual([]);
  });
});

describe("the list of campaigns", () => {
  it("lists the live campaigns only, newest first, in the visitor's language or the campaign's default", async () => {
    const older = await createCampaignRow(db(), { publishAt: new Date(Date.now() - 5 * DAY), titles: { en: "Older", es: "Anterior" } });
    const newer = await createCampaignRow(db(), { publishAt: new Date(Date.now() - DAY), titles: { en: "Newer" } });
    await createCampaignRow(db(), { publishAt: new Date(Date.now() + DAY) });
    await createCampaignRow(db(), { publishAt: null });
    expect((await publicCampaignList("es")).map((campaign) => [campaign.slug, campaign.locale, campaign.title])).toEqual([
      [newer.slug, "en", "Newer"],
      [older.slug, "es", "Anterior"],
    ]);
  });
});

describe("a spotlight's public page", () => {
  it("is live while approved and put live by the job, gone after a withdrawal, not found in every other state", async () => {
    const world = await createLeakWorld(db());
    const slug = world.campaign.slug;
    const page = (spotlight: string) => publicSpotlightPage(slug, spotlight, "en");
    expect((await page("rosa")).status).toBe("live");
    expect(await page("withdrawn")).toEqual({ status: "gone" });
    for (const spotlight of ["requested", "declined", "tomorrow", "no-such-spotlight"]) expect(await page(spotlight), spotlight).toEqual({ status: "not-found" });
    // The campaign taken back to a later day hides every spotlight, withdrawn ones too: nothing says they existed.
    await db().campaign.update({ where: { id: world.campaign.id }, data: { publishAt: new Date(Date.now() + DAY) } });
    expect(await page("rosa")).toEqual({ status: "not-found" });
    expect(await page("withdrawn")).toEqual({ status: "not-found" });
  });

  it("shows exactly the approved fields, whatever the profile says now", async () => {
    const world = await createLeakWorld(db());
    // The member changes her profile after approving: the public page keeps the snapshot.
    await db().user.update({ where: { id: world.featured.id }, data: { displayName: `Renamed ${world.marker}` } });
    await db().advocateProfile.update({ where: { userId: world.featured.id }, data: { countryCode: "KE" } });
    const result = await publicSpotlightPage(world.campaign.slug, "rosa", "en");
    expect(result.status === "live" && result.page.spotlight).toEqual({
      slug: "rosa",
      subject: "MEMBER",
      name: world.otherName,
      hasPhoto: false,
      countryCode: null,
      organizationName: null,
      workTitle: null,
      story: { locale: "en", text: world.story.en },
      quote: null,
      publishedAt: expect.any(Date),
    });
    expect(leakedSentinels(JSON.stringify(result), [...world.sentinels, `Renamed ${world.marker}`])).toEqual([]);
  });

  it("serves an approved photo only while the spotlight is live, and no unapproved one", async () => {
    const world = await createLeakWorld(db());
    const slug = world.campaign.slug;
    expect(await publicSpotlightPhotoFile(slug, "open")).toBe(world.open.profile.photoId);
    expect(await publicSpotlightPhotoFile(slug, "rosa"), "photo not approved").toBeNull();
    for (const spotlight of ["withdrawn", "requested", "declined", "tomorrow", "nothing"]) expect(await publicSpotlightPhotoFile(slug, spotlight), spotlight).toBeNull();
    await db().campaign.update({ where: { id: world.campaign.id }, data: { publishAt: null } });
    expect(await publicSpotlightPhotoFile(slug, "open"), "campaign unpublished").toBeNull();
  });
});

describe("through the services: approve, go live, withdraw", () => {
  it("makes a spotlight public on approval and its day, and gone at once on withdrawal, bumping the content version", async () => {
    const now = new Date();
    const admin = await signInAs(await createAdmin(db(), { totpEnabledAt: new Date() }));
    const member = await createMember(db(), { displayName: "Amina Wanjiru", profile: { countryCode: "KE" } });
    await createOrganization(db(), { name: "Haki Mama", countryCode: "KE", members: [member] });
    const amina = await signInAs(member);
    const today = now.toISOString().slice(0, 10);
    // Its day is tomorrow: an approval given before the day waits for the publication job.
    const tomorrow = new Date(now.getTime() + DAY).toISOString().slice(0, 10);
    const { id: campaignId } = await createCampaign(admin, campaignSchema.parse({ slug: "brules10", defaultLocale: "en", hashtags: "#BangkokRules10", startsOn: today, publishOn: today, title_en: "Bangkok Rules at 10" }), now);
    const { id: spotlightId } = await addSpotlight(admin, spotlightSchema.parse({ campaignId, slug: "amina", subject: "MEMBER", subjectRef: `@${member.profile.handle}`, publishOn: tomorrow, story_en: "Amina trains prison officers.", quote_en: "Dignity first." }), now);
    const later = new Date(now.getTime() + DAY);
    expect(await publicSpotlightPage("brules10", "amina", "en", later), "not asked yet").toEqual({ status: "not-found" });
    await requestConsent(admin, { spotlightId });
    expect(await publicSpotlightPage("brules10", "amina", "en", later), "asked, not answered").toEqual({ status: "not-found" });
    const [request] = await consentRequests(amina);
    await answerConsent(amina, consentAnswerSchema.parse({ spotlightId, preview: request!.preview, decision: "approve", name: "DISPLAY_NAME", story: "on" }));
    expect(await publicSpotlightPage("brules10", "amina", "en", later), "approved, not yet put live by the job").toEqual({ status: "not-found" });
    await db().campaignSpotlight.update({ where: { id: spotlightId }, data: { publishedAt: new Date(`${tomorrow}T00:00:00Z`) } });
    const live = await publicSpotlightPage("brules10", "amina", "en", later);
    expect(live.status === "live" && [live.page.spotlight.name, live.page.spotlight.countryCode, live.page.spotlight.organizationName, live.page.spotlight.quote]).toEqual(["Amina Wanjiru", null, null, null]);
    const before = (await publicCampaignVersions()).get("brules10")!;
    await withdrawConsent(amina, { spotlightId });
    expect(await publicSpotlightPage("brules10", "amina", "en", later)).toEqual({ status: "gone" });
    const campaign = await publicCampaign("brules10", "en", later);
    expect(campaign.status === "live" && campaign.page.spotlights).toEqual([]);
    expect((await publicCampaignVersions()).get("brules10")).toBeGreaterThan(before);
  });
});

describe("indexable pages", () => {
  it("lists exactly the live pages of the campaigns that chose to be indexed", async () => {
    const world = await createLeakWorld(db(), { indexable: true });
    await createLeakWorld(db()); // not indexable
    const hidden = await createCampaignRow(db(), { indexable: true, publishAt: new Date(Date.now() + DAY) });
    await createSpotlightRow(db(), hidden, 1, { slug: "early", member: world.open, stories: { en: "Early." }, consent: "APPROVED", choices: { story: true } });
    const pages = await indexablePublicPages();
    expect(pages.map((campaign) => [campaign.slug, campaign.spotlights.map((spotlight) => spotlight.slug)])).toEqual([[world.campaign.slug, ["rosa", "open"]]]);
    expect(leakedSentinels(JSON.stringify(pages), world.sentinels)).toEqual([]);
  });
});
