// Preparing a public campaign, as the campaign team does it (issue 16): an admin creates the campaign, adds a
// member's and an organization's spotlights, reorders them, asks for consent (the member is notified), and reads
// the schedule, which flags the day that comes without consent. Every page is checked with axe on landing.
import type { Browser } from "@playwright/test";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { createOrganization } from "@/tests/factories/organizations";
import { uniqueSuffix } from "@/tests/factories/unique";
import { createMember, TEST_PASSWORD } from "@/tests/factories/users";
import { field } from "./support/account";
import { createAdminWithTwoStep, ownClientAddress } from "./support/applications";
import { messages } from "./support/messages";
import { Shell } from "./support/shell";
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
  await expect(page).toHaveURL(/\/admin\/campaigns\/new$/);
  await shell.landed();
  await main.getByLabel(field(t.form.slug)).fill(`campaign-${suffix}`);
  const english = main.getByRole("group", { name: t.form.textsLegend.replace("{language}", t.form.languages.en) });
  await english.getByLabel(t.form.title, { exact: true }).fill(`Bangkok Rules at 10 ${suffix}`);
  await english.getByLabel(t.form.introduction, { exact: true }).fill("Ten years of the Bangkok Rules.");
  await main.getByLabel(field(t.form.hashtags)).fill("#BangkokRules10 #womeninprison");
  await main.getByLabel(field(t.form.startsOn)).fill(daysFromNow(2));
  await main.getByLabel(field(t.form.publishOn)).fill(daysFromNow(2));
  await main.getByRole("button", { name: t.form.create }).click();
  await expect(page).toHaveURL(/\?done=created$/);
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
  await expect(page).toHaveURL(/\?done=moved#spotlights$/);
  await expect(main.getByText(t.done.moved)).toBeVisible();
  await shell.landed();
  await expect(main.getByRole("group", { name: t.actionsLabel.replace("{position}", "1") })).toBeVisible();
  const order = await prisma.campaignSpotlight.findMany({ where: { campaignId: campaign.id }, orderBy: { position: "asc" }, select: { slug: true } });
  expect(order.map((spotlight) => spotlight.slug)).toEqual(["haki-mama", "amina"]);
  await expect(main.getByRole("listitem").filter({ hasText: `Amina ${suffix}` }).first()).toContainText(t.position.replace("{position}", "2"));

  // Asking for consent notifies the member.
  await main.getByRole("group", { name: t.actionsLabel.replace("{position}", "2") }).getByRole("button", { name: t.askConsent }).click();
  await expect(page).toHaveURL(/\?done=asked#spotlights$/);
  await expect(main.getByText(t.done.asked)).toBeVisible();
  await shell.landed();
  await expect(main.getByText(t.consent.REQUESTED).first()).toBeVisible();
  expect(await prisma.notification.count({ where: { userId: member.id, type: "CAMPAIGN_CONSENT_REQUESTED" } })).toBe(1);

  // The campaign becomes indexable; the organization's spotlight moves a day later.
  await main.getByRole("link", { name: t.editCampaign }).click();
  await expect(page).toHaveURL(/\/edit$/);
  await shell.landed();
  await expect(main.getByLabel(field(t.form.slug))).toHaveValue(`campaign-${suffix}`);
  await main.getByRole("checkbox", { name: t.form.indexable }).check();
  await main.getByRole("button", { name: t.form.save }).click();
  await expect(page).toHaveURL(/\?done=saved$/);
  await expect(main.getByText(t.done.saved)).toBeVisible();
  await shell.landed();
  expect((await prisma.campaign.findUniqueOrThrow({ where: { id: campaign.id } })).indexable).toBe(true);
  await main.getByRole("link", { name: `${t.editSpotlight} — ${t.position.replace("{position}", "1")}` }).click();
  await expect(page).toHaveURL(/\/spotlights\//);
  await shell.landed();
  await main.getByLabel(field(t.form.spotlight.publishOn)).fill(daysFromNow(4));
  await main.getByRole("button", { name: t.form.spotlight.save }).click();
  await expect(page).toHaveURL(/\?done=spotlightSaved#spotlights$/);
  await expect(main.getByText(t.done.spotlightSaved)).toBeVisible();
  await shell.landed();

  // The schedule: the campaign's day, each spotlight's day, and neither has consent yet.
  const schedule = main.getByRole("region", { name: t.scheduleTitle });
  const days = schedule.getByRole("list").first().locator(":scope > li");
  await expect(days).toHaveCount(2);
  await expect(days.nth(0).getByText(t.campaignGoesPublic, { exact: true })).toBeVisible();
  await expect(days.nth(0)).toContainText(`Amina ${suffix}`);
  await expect(days.nth(1)).toContainText(`Haki Mama ${suffix}`);
  await expect(days.nth(1).locator("time")).toHaveAttribute("datetime", daysFromNow(4));
  await expect(schedule.getByText(t.warnings.withoutConsent)).toHaveCount(2);
});

/** A phone (360 px) without JavaScript, signed in as a fresh admin through the real form (with JavaScript). */
async function adminPhoneWithoutScript(browser: Browser, baseURL: string, prisma: PrismaClient) {
  const { admin, totpSecret } = await createAdminWithTwoStep(prisma);
  const signingIn = await browser.newContext({ baseURL });
  const signInPage = await signingIn.newPage();
  await signInPage.goto("/sign-in");
  await new SignInPage(signInPage, new Shell(signInPage)).signIn(admin.email, TEST_PASSWORD, { totpSecret });
  await expect(signInPage).toHaveURL(/\/welcome$/);
  const storageState = await signingIn.storageState();
  await signingIn.close();
  const context = await browser.newContext({ baseURL, storageState, javaScriptEnabled: false, viewport: { width: 360, height: 800 } });
  return { admin, context, page: await context.newPage() };
}

// Without JavaScript axe cannot run in the page; the same pages are checked with it in the test above.
test("without JavaScript, on a 360 px phone: reordering, asking for consent and a refused day work", async ({ browser, baseURL, prisma }) => {
  const suffix = uniqueSuffix().toLowerCase().replace(/[^a-z0-9]/g, "");
  const { admin, context, page } = await adminPhoneWithoutScript(browser, baseURL!, prisma);
  const members = [await createMember(prisma, { displayName: `Ana ${suffix}` }), await createMember(prisma, { displayName: `Bea ${suffix}` })];
  const day = new Date(`${daysFromNow(5)}T00:00:00Z`);
  const campaign = await prisma.campaign.create({
    data: { slug: `phone-${suffix}`, hashtags: [], startsOn: day, publishAt: day, createdById: admin.id, texts: { create: { locale: "en", title: `Phone campaign ${suffix}` } } },
  });
  for (const [index, member] of members.entries()) {
    await prisma.campaignSpotlight.create({ data: { campaignId: campaign.id, slug: `s-${index}`, position: index + 1, subject: "MEMBER", memberId: member.id, publishAt: day, createdById: admin.id, texts: { create: { locale: "en", story: `Story ${index}` } } } });
  }
  const main = page.getByRole("main");
  await page.goto(`/admin/campaigns/${campaign.id}`);
  await main.getByRole("group", { name: t.actionsLabel.replace("{position}", "1") }).getByRole("button", { name: t.moveDown }).click();
  await expect(main.getByText(t.done.moved)).toBeVisible();
  const order = await prisma.campaignSpotlight.findMany({ where: { campaignId: campaign.id }, orderBy: { position: "asc" }, select: { slug: true } });
  expect(order.map((spotlight) => spotlight.slug)).toEqual(["s-1", "s-0"]);

  await main.getByRole("group", { name: t.actionsLabel.replace("{position}", "1") }).getByRole("button", { name: t.askConsent }).click();
  await expect(main.getByText(t.done.asked)).toBeVisible();
  expect((await prisma.campaignSpotlight.findFirstOrThrow({ where: { campaignId: campaign.id, slug: "s-1" } })).consent).toBe("REQUESTED");

  // A day before the campaign's is refused on its field, and what was typed is kept.
  const form = main.locator("form").filter({ has: page.getByRole("button", { name: t.form.spotlight.add }) });
  await form.getByLabel(field(t.form.spotlight.slug)).fill("too-early");
  await form.getByLabel(field(t.form.spotlight.subjectRef)).fill("someone");
  await form.getByLabel(field(t.form.spotlight.publishOn)).fill(daysFromNow(4));
  await form.getByRole("group", { name: t.form.spotlight.textsLegend.replace("{language}", t.form.languages.en) }).getByLabel(t.form.spotlight.story, { exact: true }).fill("A story typed once.");
  await form.getByRole("button", { name: t.form.spotlight.add }).click();
  await expect(main.getByText(en.CampaignErrors.beforeCampaign).first()).toBeVisible();
  await expect(main.getByLabel(field(t.form.spotlight.slug))).toHaveValue("too-early");
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
  await context.close();
});
