// Preparing campaigns against PostgreSQL (issue 16): editing, ordering and removing spotlights (every change
// bumps the campaign's contentVersion, the public cache's key; an edit of what was approved asks again), consent
// requests notifying whoever answers, the publication job (only due, approved spotlights of a published
// campaign; idempotent), and erasure and suspension taking a member's spotlights down.
import { beforeEach, describe, expect, it } from "vitest";
import type { SignedInViewer } from "@/lib/auth/viewer-types";
import { addSpotlight, campaignForAdmin, campaignsForAdmin, createCampaign, moveSpotlight, removeSpotlight, requestConsent, updateSpotlight } from "@/lib/campaigns/admin-service";
import { answerConsent, consentRequests } from "@/lib/campaigns/consent-service";
import { publishDueSpotlights } from "@/lib/campaigns/mutations";
import { campaignSchema, consentAnswerSchema, spotlightEditSchema, spotlightSchema } from "@/lib/campaigns/schema";
import { jobHandlers } from "@/lib/jobs/registry";
import { erasePerson } from "@/lib/members/mutations";
import { suspend } from "@/lib/members/service";
import { notificationHref } from "@/lib/notifications/format";
import { createOrganization } from "@/tests/factories/organizations";
import { createAdmin, createMember } from "@/tests/factories/users";
import { accountOutcome, db, signInAs } from "./support/viewers";

// Days far ahead of the machine's clock, so that what is "due" never depends on when the tests run (an
// approval given after the day publishes at once, with the real clock).
const PREPARED = new Date("2099-01-01T10:00:00Z");
const CAMPAIGN_DAY = "2099-01-10";
let admin: SignedInViewer;
let amina: SignedInViewer;
let handles: string[];

const campaignForm = (fields: Record<string, string> = {}) =>
  campaignSchema.parse({ slug: "bangkok-rules-10", defaultLocale: "en", hashtags: "#BangkokRules10", startsOn: CAMPAIGN_DAY, publishOn: CAMPAIGN_DAY, title_en: "Bangkok Rules at 10", ...fields });
const spotlightForm = (campaignId: string, index: number, fields: Record<string, string> = {}) =>
  spotlightSchema.parse({ campaignId, slug: `spotlight-${index}`, subject: "MEMBER", subjectRef: handles[index], publishOn: `2099-01-1${index}`, story_en: `Story number ${index}.`, ...fields });
const version = async (campaignId: string) => (await db().campaign.findUniqueOrThrow({ where: { id: campaignId } })).contentVersion;
const spotlightRow = (id: string) => db().campaignSpotlight.findUniqueOrThrow({ where: { id } });

beforeEach(async () => {
  admin = await signInAs(await createAdmin(db(), { totpEnabledAt: new Date() }));
  const members = await Promise.all([0, 1, 2].map((index) => createMember(db(), { displayName: `Member ${index}`, profile: { countryCode: "KE" } })));
  handles = members.map((member) => member.profile!.handle);
  amina = await signInAs(members[0]!);
});

async function campaignWith(count: number, now = PREPARED) {
  const { id: campaignId } = await createCampaign(admin, campaignForm(), now);
  const spotlightIds: string[] = [];
  for (let index = 0; index < count; index++) spotlightIds.push((await addSpotlight(admin, spotlightForm(campaignId, index), now)).id);
  return { campaignId, spotlightIds };
}

/** Asked, then approved by the member herself (name and story). */
async function approved(spotlightId: string, viewer: SignedInViewer) {
  await requestConsent(admin, { spotlightId });
  const request = (await consentRequests(viewer)).find((item) => item.id === spotlightId)!;
  await answerConsent(viewer, consentAnswerSchema.parse({ spotlightId, preview: request.preview, decision: "approve", name: "DISPLAY_NAME", story: "on" }));
}

describe("editing a spotlight", () => {
  it("asks for consent again when what was approved is edited, and keeps the approval for a new day alone", async () => {
    const { campaignId, spotlightIds: [spotlightId] } = await campaignWith(1);
    await approved(spotlightId!, amina);
    const before = await version(campaignId);

    const later = new Date("2099-01-05T10:00:00Z");
    await updateSpotlight(admin, spotlightEditSchema.parse({ spotlightId, publishOn: "2099-01-20", story_en: "Story number 0." }), later);
    expect((await spotlightRow(spotlightId!)).consent, "a new day alone").toBe("APPROVED");
    expect(await version(campaignId)).toBe(before + 1);

    expect(await updateSpotlight(admin, spotlightEditSchema.parse({ spotlightId, publishOn: "2099-01-20", story_en: "An edited story." }), later)).toMatchObject({ consentReset: true });
    const edited = await spotlightRow(spotlightId!);
    expect([edited.consent, edited.approved, edited.publishedAt]).toEqual(["REQUESTED", null, null]);
    expect(await version(campaignId)).toBe(before + 2);
    expect(await db().auditLog.count({ where: { action: "campaign.spotlight-updated", targetId: spotlightId } })).toBe(2);
    expect(await db().notification.count({ where: { userId: amina.id, type: "CAMPAIGN_CONSENT_REQUESTED" } }), "asked again").toBeGreaterThanOrEqual(1);
    const [again] = await consentRequests(amina);
    expect(again!.candidate.stories).toEqual({ en: "An edited story." });
  });

  it("puts an approved spotlight live at once when its day is moved to today", async () => {
    const { spotlightIds: [, spotlightId] } = await campaignWith(2);
    await approved(spotlightId!, (await signInAs({ id: (await db().advocateProfile.findFirstOrThrow({ where: { handle: handles[1] } })).userId })));
    const today = new Date("2099-01-10T09:00:00Z");
    await updateSpotlight(admin, spotlightEditSchema.parse({ spotlightId, publishOn: "2099-01-10", story_en: "Story number 1." }), today);
    expect((await spotlightRow(spotlightId!)).publishedAt).toEqual(today);
  });

  it("refuses a day in the past, a day before its campaign, and no story in the default language", async () => {
    const { spotlightIds: [spotlightId] } = await campaignWith(1);
    const edit = (fields: Record<string, string>, now = PREPARED) => accountOutcome(updateSpotlight(admin, spotlightEditSchema.parse({ spotlightId, publishOn: "2099-01-12", story_en: "Story.", ...fields }), now));
    expect(await edit({}, new Date("2099-01-15T00:00:00Z")), "moved into the past").toBe("VALIDATION:publishOn");
    expect(await edit({ publishOn: "2099-01-09" })).toBe("VALIDATION:publishOn");
    expect(await edit({ story_en: "", story_fr: "Seulement en français." })).toBe("VALIDATION:story_en");
    expect(await edit({ publishOn: "2099-01-10" }, new Date("2099-01-15T00:00:00Z")), "a passed day kept as it was").toBe("ok");
    expect(await accountOutcome(updateSpotlight(admin, spotlightEditSchema.parse({ spotlightId: "nosuchspotlight", publishOn: "2099-01-12", story_en: "Story." }), PREPARED))).toBe("NOT_FOUND");
  });
});

describe("ordering and removing spotlights", () => {
  it("moves a spotlight up and down (not past either end), bumping the content version, audited", async () => {
    const { campaignId, spotlightIds } = await campaignWith(3);
    const order = async () => (await campaignForAdmin(admin, campaignId)).campaign.spotlights.map((spotlight) => spotlight.id);
    expect(await moveSpotlight(admin, { spotlightId: spotlightIds[2]!, direction: "up" })).toMatchObject({ moved: true });
    expect(await order()).toEqual([spotlightIds[0], spotlightIds[2], spotlightIds[1]]);
    expect(await moveSpotlight(admin, { spotlightId: spotlightIds[0]!, direction: "up" })).toMatchObject({ moved: false });
    expect(await moveSpotlight(admin, { spotlightId: spotlightIds[0]!, direction: "down" })).toMatchObject({ moved: true });
    expect(await order()).toEqual([spotlightIds[2], spotlightIds[0], spotlightIds[1]]);
    expect(await version(campaignId)).toBe(3);
    expect(await db().auditLog.count({ where: { action: "campaign.spotlight-moved" } })).toBe(2);
  });

  it("removes a spotlight with the notifications that asked about it", async () => {
    const { campaignId, spotlightIds: [first, second] } = await campaignWith(2);
    await requestConsent(admin, { spotlightId: first! });
    expect(await db().notification.count({ where: { subjectId: first } })).toBe(1);
    await removeSpotlight(admin, { spotlightId: first! });
    expect(await db().campaignSpotlight.count({ where: { campaignId } })).toBe(1);
    expect(await db().notification.count({ where: { subjectId: first } })).toBe(0);
    expect(await db().auditLog.count({ where: { action: "campaign.spotlight-removed", targetId: first } })).toBe(1);
    expect(await version(campaignId)).toBe(2);
    expect(await moveSpotlight(admin, { spotlightId: second!, direction: "up" }), "the only one left").toMatchObject({ moved: false });
    expect(await accountOutcome(removeSpotlight(admin, { spotlightId: first! }))).toBe("NOT_FOUND");
  });
});

describe("asking for consent", () => {
  it("notifies the member, linking to her privacy page", async () => {
    const { spotlightIds: [spotlightId] } = await campaignWith(1);
    await requestConsent(admin, { spotlightId: spotlightId! });
    const [notice] = await db().notification.findMany({ where: { type: "CAMPAIGN_CONSENT_REQUESTED" } });
    expect([notice!.userId, notice!.subjectId, notice!.payload]).toEqual([amina.id, spotlightId, { title: "Bangkok Rules at 10" }]);
    expect(notificationHref(notice!.type, {})).toBe("/account/privacy");
    expect((await db().auditLog.findFirstOrThrow({ where: { action: "campaign.consent-requested" } })).metadata).toEqual({ notified: 1 });
  });

  it("notifies an organization's representatives, not its other members", async () => {
    const [rep, plain] = [await createMember(db()), await createMember(db())];
    const organization = await createOrganization(db(), { name: "Amani", countryCode: "KE", representative: rep, members: [plain] });
    const { id: campaignId } = await createCampaign(admin, campaignForm(), PREPARED);
    const { id: spotlightId } = await addSpotlight(admin, spotlightForm(campaignId, 0, { subject: "ORGANIZATION", subjectRef: organization.slug }), PREPARED);
    await requestConsent(admin, { spotlightId });
    expect((await db().notification.findMany({ where: { type: "CAMPAIGN_CONSENT_REQUESTED" } })).map((notice) => notice.userId)).toEqual([rep.id]);
  });
});

describe("the publication job", () => {
  it("puts live only approved spotlights whose day has come in a published campaign, once", async () => {
    const { campaignId, spotlightIds: [due, notYet, unconsented] } = await campaignWith(3);
    const { id: unpublishedCampaign } = await createCampaign(admin, campaignForm({ slug: "not-yet-public", publishOn: "" }), PREPARED);
    const { id: hidden } = await addSpotlight(admin, spotlightForm(unpublishedCampaign, 0, { slug: "hidden" }), PREPARED);
    const second = await signInAs({ id: (await db().advocateProfile.findFirstOrThrow({ where: { handle: handles[1] } })).userId });
    await approved(due!, amina);
    await approved(notYet!, second);
    await approved(hidden, amina);
    await requestConsent(admin, { spotlightId: unconsented! });
    const before = await version(campaignId);

    const day10 = new Date("2099-01-10T12:00:00Z");
    expect(await publishDueSpotlights(day10)).toEqual({ published: 1 });
    expect((await spotlightRow(due!)).publishedAt).toEqual(day10);
    for (const id of [notYet!, unconsented!, hidden]) expect((await spotlightRow(id)).publishedAt).toBeNull();
    expect(await version(campaignId)).toBe(before + 1);
    expect(await db().auditLog.count({ where: { action: "campaign.spotlight-published", targetId: due, actorId: null } })).toBe(1);

    expect(await publishDueSpotlights(new Date("2099-01-10T13:00:00Z")), "idempotent").toEqual({ published: 0 });
    expect((await spotlightRow(due!)).publishedAt).toEqual(day10);
    expect(await version(campaignId)).toBe(before + 1);

    expect(await publishDueSpotlights(new Date("2099-01-13T00:01:00Z"))).toEqual({ published: 1 });
    expect((await spotlightRow(notYet!)).publishedAt).not.toBeNull();
    expect((await spotlightRow(unconsented!)).publishedAt, "never without consent").toBeNull();
    expect((await spotlightRow(hidden)).publishedAt, "never before its campaign is published").toBeNull();
  });

  it("runs from the job registry, and an approval after the day goes live at once", async () => {
    const past = new Date("2026-01-01T10:00:00Z");
    const { id: campaignId } = await createCampaign(admin, campaignForm({ startsOn: "2026-01-10", publishOn: "2026-01-10" }), past);
    const { id: spotlightId } = await addSpotlight(admin, spotlightForm(campaignId, 0, { publishOn: "2026-01-10" }), past);
    await approved(spotlightId, amina);
    expect((await spotlightRow(spotlightId)).publishedAt, "approved after its day: live at once").not.toBeNull();
    expect(await version(campaignId), "created, then approved and live in one change").toBe(2);
    expect(await db().auditLog.count({ where: { action: "campaign.spotlight-published", targetId: spotlightId } })).toBe(1);
    expect(await jobHandlers({ transport: null })["campaign-publication"]({}, { stopping: () => false, jobId: "test" } as never)).toEqual({ published: 0 });
  });
});

describe("taking spotlights down", () => {
  it("withdraws a suspended member's approved spotlights at once, audited", async () => {
    const { campaignId, spotlightIds: [spotlightId, other] } = await campaignWith(2);
    await approved(spotlightId!, amina);
    expect(await publishDueSpotlights(new Date("2099-01-11T00:30:00Z"))).toEqual({ published: 1 });
    const before = await version(campaignId);
    await suspend(admin, { userId: amina.id, reason: "Test" });
    const gone = await spotlightRow(spotlightId!);
    expect([gone.consent, gone.approved, gone.publishedAt]).toEqual(["WITHDRAWN", null, null]);
    expect((await spotlightRow(other!)).consent, "someone else's").toBe("NOT_REQUESTED");
    expect(await version(campaignId)).toBe(before + 1);
    expect((await db().auditLog.findFirstOrThrow({ where: { action: "campaign.consent-withdrawn", targetId: spotlightId } })).metadata).toEqual({ cause: "suspended" });
  });

  it("withdraws an erased member's approved spotlights, then deletes those featuring her, in the erasure's transaction", async () => {
    const { campaignId, spotlightIds: [spotlightId] } = await campaignWith(1);
    await approved(spotlightId!, amina);
    const before = await version(campaignId);
    expect(await erasePerson(amina.id, { reason: "account-deleted", actorId: amina.id })).toBe("anonymized");
    // Its story is about her: the row goes with her (the withdrawal stays in the audit log).
    expect(await db().campaignSpotlight.findUnique({ where: { id: spotlightId! } })).toBeNull();
    expect(await version(campaignId)).toBeGreaterThan(before);
    expect((await db().auditLog.findFirstOrThrow({ where: { action: "campaign.consent-withdrawn", targetId: spotlightId } })).metadata).toEqual({ cause: "erased" });
  });
});

describe("the team's pages", () => {
  it("lists campaigns with their state and shows the schedule, flagging a day that comes without consent", async () => {
    const { campaignId, spotlightIds: [first, second] } = await campaignWith(2);
    await approved(first!, amina);
    await createCampaign(admin, campaignForm({ slug: "being-prepared", publishOn: "" }), PREPARED);
    const states = Object.fromEntries((await campaignsForAdmin(admin, new Date("2099-01-05T00:00:00Z"))).map((campaign) => [campaign.slug, campaign.state]));
    expect(states).toEqual({ "bangkok-rules-10": "scheduled", "being-prepared": "preparing" });
    const { schedule, state } = await campaignForAdmin(admin, campaignId, new Date("2099-01-10T12:00:00Z"));
    expect(state).toBe("live");
    expect(schedule.map((day) => [day.day, day.campaignGoesLive, day.spotlights.map((entry) => [entry.spotlight.id, entry.warnings])])).toEqual([
      ["2099-01-10", true, [[first, []]]],
      ["2099-01-11", false, [[second, ["withoutConsent"]]]],
    ]);
    expect(await accountOutcome(campaignForAdmin(amina, campaignId))).toBe("FORBIDDEN");
  });
});
