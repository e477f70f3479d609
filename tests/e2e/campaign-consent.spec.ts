// Consent to a public campaign's spotlight, as the featured member gives it (issue 16): on the privacy page she
// sees a preview of exactly what could be public, chooses a name and each field, approves; later she withdraws,
// and the spotlight's snapshot is gone at once. At 360 px with JavaScript, and without it.
import { randomBytes } from "node:crypto";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { createOrganization } from "@/tests/factories/organizations";
import { createAdmin, createMember, TEST_PASSWORD } from "@/tests/factories/users";
import { messages } from "./support/messages";
import { SignInPage, signInOnPage } from "./support/sign-in";
import { expect, test } from "./support/test";

const en = messages("en");

async function askedSpotlight(prisma: PrismaClient) {
  const marker = randomBytes(4).toString("hex");
  const member = await createMember(prisma, { displayName: `Amina ${marker}`, profile: { countryCode: "KE" } });
  await createOrganization(prisma, { name: `Haki Mama ${marker}`, countryCode: "KE", members: [member] });
  const admin = await createAdmin(prisma, { totpEnabledAt: new Date() });
  const campaign = await prisma.campaign.create({
    data: { slug: `brules-${marker}`, hashtags: ["BangkokRules10"], startsOn: new Date("2026-12-10"), publishAt: new Date("2026-12-10"), createdById: admin.id, texts: { create: { locale: "en", title: `Bangkok Rules at 10 ${marker}` } } },
  });
  const spotlight = await prisma.campaignSpotlight.create({
    data: {
      campaignId: campaign.id,
      slug: "amina",
      position: 1,
      subject: "MEMBER",
      memberId: member.id,
      publishAt: new Date("2026-12-11"),
      consent: "REQUESTED",
      consentRequestedAt: new Date(),
      createdById: admin.id,
      texts: { create: { locale: "en", story: `Amina trains officers ${marker}.`, quote: `Dignity ${marker}.` } },
    },
  });
  return { member, spotlight, marker };
}

test("a featured member approves some fields under another name, then withdraws (360 px)", async ({ page, shell, prisma }) => {
  await page.setViewportSize({ width: 360, height: 800 });
  const { member, spotlight, marker } = await askedSpotlight(prisma);
  await new SignInPage(page, shell).signInAndLand(member.email, TEST_PASSWORD);
  await shell.visit("/account/privacy");
  const section = page.getByRole("region", { name: en.CampaignConsent.title });
  await expect(section.getByText(`Bangkok Rules at 10 ${marker}`)).toBeVisible();
  // The preview shows each value as it would be public; nothing is ticked beforehand.
  await expect(section.getByText(`Amina trains officers ${marker}.`)).toBeVisible();
  for (const name of [en.CampaignConsent.fields.country, en.CampaignConsent.fields.organization, en.CampaignConsent.fields.story, en.CampaignConsent.fields.quote]) {
    await expect(section.getByRole("checkbox", { name: new RegExp(name) })).not.toBeChecked();
  }
  await section.getByRole("radio", { name: en.CampaignConsent.anotherName }).check();
  await section.getByLabel(en.CampaignConsent.otherName, { exact: true }).fill("A.");
  await section.getByRole("checkbox", { name: new RegExp(en.CampaignConsent.fields.country) }).check();
  await section.getByRole("checkbox", { name: new RegExp(en.CampaignConsent.fields.story) }).check();
  await section.getByRole("button", { name: en.CampaignConsent.approve }).click();
  await expect(section.getByRole("button", { name: en.CampaignConsent.withdraw })).toBeVisible();
  await shell.landed();

  const approved = await prisma.campaignSpotlight.findUniqueOrThrow({ where: { id: spotlight.id } });
  expect(approved.consent).toBe("APPROVED");
  expect(approved.approved).toMatchObject({ name: "A.", countryCode: "KE", organizationName: null, photoFileId: null, quote: {}, story: { en: `Amina trains officers ${marker}.` } });
  expect(JSON.stringify(approved.approved)).not.toContain(`Amina ${marker}`);

  await section.getByRole("button", { name: en.CampaignConsent.withdraw }).click();
  await expect(section.getByText(en.CampaignConsent.states.WITHDRAWN)).toBeVisible();
  await shell.landed();
  const withdrawn = await prisma.campaignSpotlight.findUniqueOrThrow({ where: { id: spotlight.id } });
  expect([withdrawn.consent, withdrawn.approved]).toEqual(["WITHDRAWN", null]);
});

// Without JavaScript (no accessibility check here: axe runs in the page's JavaScript; the test above checks it).
test("a featured member declines without JavaScript, and an approval needing a name she did not give is refused", async ({ browser, baseURL, prisma }) => {
  const { member, spotlight } = await askedSpotlight(prisma);
  const context = await browser.newContext({ javaScriptEnabled: false, baseURL });
  const page = await context.newPage();
  await signInOnPage(page, member.email, TEST_PASSWORD);
  await page.goto("/account/privacy");
  const section = () => page.getByRole("region", { name: en.CampaignConsent.title });
  await section().getByRole("radio", { name: en.CampaignConsent.anotherName }).check();
  await section().getByRole("button", { name: en.CampaignConsent.approve }).click();
  await expect(section().getByRole("alert").getByRole("link", { name: en.CampaignConsent.otherName, exact: true })).toBeVisible();
  expect((await prisma.campaignSpotlight.findUniqueOrThrow({ where: { id: spotlight.id } })).consent).toBe("REQUESTED");

  await section().getByRole("button", { name: en.CampaignConsent.decline }).click();
  await expect(section().getByText(en.CampaignConsent.declined)).toBeVisible();
  const declined = await prisma.campaignSpotlight.findUniqueOrThrow({ where: { id: spotlight.id } });
  expect([declined.consent, declined.approved]).toEqual(["DECLINED", null]);
  await context.close();
});
