// Preparing a public campaign, as the campaign team does it (issue 16): an admin creates the campaign, adds a
// member's and an organization's spotlights, reorders them, asks for consent (the member is notified), and reads
// the schedule, which flags the day that comes without consent. Every page is checked with axe on landing.
import { createOrganization } from "@/tests/factories/organizations";
import { uniqueSuffix } from "@/tests/factories/unique";
import { createMember, TEST_PASSWORD } from "@/tests/factories/users";
import { field } from "./support/account";
import { createAdminWithTwoStep, ownClientAddress } from "./support/applications";
import { messages } from "./support/messages";
import { SignInPage } from "./support/sign-in";
import { expect, test } from "./support/test";

const en = messages("en");
const t = en.CampaignAdmin;
const daysFromNow = (days: number) => new Date(Date.now() + days * 24 * 60 * 60_000).toISOString().slice(0, 10);

test.use({ extraHTTPHeaders: ownClientAddress() });

test("an admin prepares a campaign with spotlights, asks for consent and reads the schedule", async ({ page, shell, prisma }) => {
  const suffix = uniqueSuffix().toLowerCase().replace(/[^a-z0-9]/g, "");
  const member = await createMember(prisma, { displayName: `Amina ${suffix}`, profile: { countryCode: "KE" } });
  const organization = await createOrganization(prisma, { name: `Haki Mama ${suffix}`, countryCode: "KE", representative: "create" });
  const { admin, totpSecret } = await createAdminWithTwoStep(prisma);
  await new SignInPage(page, shell).signInAndLand(admin.email, TEST_PASSWORD, { totpSecret });
  const main = page.getByRole("main");

  await shell.visit("/admin/campaigns");
  await main.getByRole("link", { name: t.newCampaign }).click();
  await shell.landed();
  await main.getByLabel(field(t.form.slug)).fill(`campaign-${suffix}`);
  const english = main.getByRole("group", { name: t.form.textsLegend.replace("{language}", t.form.languages.en) });
  await english.getByLabel(t.form.title, { exact: true }).fill(`Bangkok Rules at 10 ${suffix}`);
  await english.getByLabel(t.form.introduction, { exact: true }).fill("Ten years of the Bangkok Rules.");
  await main.getByLabel(field(t.form.hashtags)).fill("#BangkokRules10 #womeninprison");
  await main.getByLabel(field(t.form.startsOn)).fill(daysFromNow(2));
  await main.getByLabel(field(t.form.publishOn)).fill(daysFromNow(2));
  await main.getByRole("button", { name: t.form.create }).click();
  await expect(main.getByText(t.done.created)).toBeVisible();
  await shell.landed();
  const campaign = await prisma.campaign.findUniqueOrThrow({ where: { slug: `campaign-${suffix}` }, select: { id: true, hashtags: true } });
  expect(campaign.hashtags).toEqual(["BangkokRules10", "womeninprison"]);

  // A member's spotlight on the campaign's day (the form starts there), then an organization's the day after.
  const addSpotlight = async (slug: string, subject: string | null, ref: string, day: string | null, story: string) => {
    const form = main.locator("form").filter({ has: page.getByRole("button", { name: t.form.spotlight.add }) });
    await form.getByLabel(field(t.form.spotlight.slug)).fill(slug);
    if (subject) await form.getByLabel(field(t.form.spotlight.subject)).selectOption(subject);
    await form.getByLabel(field(t.form.spotlight.subjectRef)).fill(ref);
    if (day) await form.getByLabel(field(t.form.spotlight.publishOn)).fill(day);
    await form.getByRole("group", { name: t.form.spotlight.textsLegend.replace("{language}", t.form.languages.en) }).getByLabel(t.form.spotlight.story, { exact: true }).fill(story);
    await form.getByRole("button", { name: t.form.spotlight.add }).click();
    await expect(main.getByText(t.done.spotlightAdded)).toBeVisible();
    await shell.landed();
  };
  await addSpotlight("amina", null, `@${member.profile!.handle}`, null, "Amina trains prison officers.");
  await addSpotlight("haki-mama", "ORGANIZATION", organization.slug, daysFromNow(3), "Haki Mama meets women at the gate.");

  // The organization's spotlight moves up: the campaign page will show it first.
  await main.getByRole("group", { name: t.actionsLabel.replace("{position}", "2") }).getByRole("button", { name: t.moveUp }).click();
  await expect(main.getByText(t.done.moved)).toBeVisible();
  await shell.landed();
  await expect(main.getByRole("group", { name: t.actionsLabel.replace("{position}", "1") })).toBeVisible();
  const order = await prisma.campaignSpotlight.findMany({ where: { campaignId: campaign.id }, orderBy: { position: "asc" }, select: { slug: true } });
  expect(order.map((spotlight) => spotlight.slug)).toEqual(["haki-mama", "amina"]);
  await expect(main.getByRole("listitem").filter({ hasText: `Amina ${suffix}` }).first()).toContainText(t.position.replace("{position}", "2"));

  // Asking for consent notifies the member.
  await main.getByRole("group", { name: t.actionsLabel.replace("{position}", "2") }).getByRole("button", { name: t.askConsent }).click();
  await expect(main.getByText(t.done.asked)).toBeVisible();
  await shell.landed();
  await expect(main.getByText(t.consent.REQUESTED).first()).toBeVisible();
  expect(await prisma.notification.count({ where: { userId: member.id, type: "CAMPAIGN_CONSENT_REQUESTED" } })).toBe(1);

  // The schedule: the campaign's day, each spotlight's day, and neither has consent yet.
  await shell.visit(`/admin/campaigns/${campaign.id}`);
  const schedule = main.getByRole("region", { name: t.scheduleTitle });
  const days = schedule.getByRole("list").first().locator(":scope > li");
  await expect(days).toHaveCount(2);
  await expect(days.nth(0).getByText(t.campaignGoesPublic, { exact: true })).toBeVisible();
  await expect(days.nth(0)).toContainText(`Amina ${suffix}`);
  await expect(days.nth(1)).toContainText(`Haki Mama ${suffix}`);
  await expect(schedule.getByText(t.warnings.withoutConsent)).toHaveCount(2);
});
