// Profiles: a new member follows the welcome prompt, fills in the profile with a visibility per field,
// previews it as another member, and another member sees exactly that; at 360 px, in Spanish, and a
// refused save without JavaScript that keeps what was typed.
import { jpegWithLocation } from "@/tests/factories/images";
import { createMember, TEST_PASSWORD } from "@/tests/factories/users";
import { field } from "./support/account";
import { ownClientAddress } from "./support/applications";
import { messages } from "./support/messages";
import { Shell } from "./support/shell";
import { SignInPage, signInOnPage } from "./support/sign-in";
import { expect, test } from "./support/test";

const en = messages("en");
const es = messages("es");

test.use({ extraHTTPHeaders: ownClientAddress() });

test("a member completes the profile from the welcome prompt, keeps the country to admins, and another member sees the rest", async ({ page, shell, prisma, browser, baseURL }) => {
  const member = await createMember(prisma, { displayName: "Asha K." });
  await new SignInPage(page, shell).signInAndLand(member.email, TEST_PASSWORD);
  const main = page.getByRole("main");
  await expect(main.getByRole("heading", { name: en.Welcome.profilePromptTitle })).toBeVisible();
  await main.getByRole("link", { name: en.Welcome.profilePromptAction }).click();
  await expect(page).toHaveURL(/\/account\/profile$/);
  await shell.landed();

  await main.getByLabel(field(en.ProfileForm.bio)).fill("Coordinates monitoring visits to women's prisons.");
  await main.getByLabel(field(en.ProfileForm.country)).selectOption("KE");
  await main.getByLabel(new RegExp(`${en.ProfileForm.visibilityLegend}.*${en.ProfileForm.country}`)).selectOption("ADMINS");
  await main.getByRole("checkbox", { name: en.AreasOfWork.MONITORING }).check();
  await main.getByLabel(field(en.ProfileForm.keywords)).fill("pre-trial detention, HIV");
  await main.getByText(en.BangkokRules.parts.I).click();
  await main.getByRole("group", { name: en.BangkokRules.sections.I_7_a }).getByRole("checkbox", { name: "Rule 19" }).check();
  await main.getByLabel(field(en.ProfileForm.canHelpWith)).fill("Training on the Bangkok Rules for prison staff");
  await main.getByRole("button", { name: en.ProfileForm.save }).click();
  await expect(main.getByText(en.ProfileForm.saved)).toBeVisible();

  // A phone photo, with the place it was taken: stored without it, shown back to the member.
  await main.getByLabel(en.ProfileForm.photoChoose).setInputFiles({ name: "photo.jpg", mimeType: "image/jpeg", buffer: await jpegWithLocation() });
  await main.getByRole("button", { name: en.ProfileForm.photoUpload }).click();
  await expect(main.getByText(en.ProfileForm.photoSaved)).toBeVisible();
  await expect(main.getByRole("img", { name: en.ProfileForm.photoCurrent })).toBeVisible();

  const saved = await prisma.advocateProfile.findUniqueOrThrow({ where: { userId: member.id }, include: { ruleInterests: true } });
  expect(saved).toMatchObject({ countryCode: "KE", countryVisibility: "ADMINS", areasOfWork: ["MONITORING"], keywords: ["pre-trial detention", "HIV"] });
  expect(saved.ruleInterests.map((interest) => interest.ruleNumber)).toEqual([19]);

  // The preview shows what another member sees: everything but the country.
  await main.getByRole("link", { name: en.ProfileForm.previewLink }).click();
  await expect(page).toHaveURL(/\/account\/profile\/preview$/);
  await shell.landed();
  await expect(main.getByText("Coordinates monitoring visits")).toBeVisible();
  await expect(main.getByText(en.ProfilePreview.notShown.split(":")[0]!)).toContainText(en.ProfileFields.country);

  // Another member, in Spanish, sees the same on the profile page.
  const other = await createMember(prisma, { locale: "es" });
  const context = await browser.newContext({ baseURL, extraHTTPHeaders: ownClientAddress() });
  const otherPage = await context.newPage();
  const otherShell = new Shell(otherPage);
  await new SignInPage(otherPage, otherShell).signInAndLand(other.email, TEST_PASSWORD);
  await otherShell.visit(`/members/${saved.handle}`);
  const otherMain = otherPage.getByRole("main");
  await expect(otherMain.getByRole("heading", { level: 1 })).toHaveText("Asha K.");
  // The photo loads for another member (members-only, from the app itself).
  await expect.poll(() => otherMain.locator(`img[src="/files/${saved.photoId}"]`).evaluate((image: HTMLImageElement) => image.naturalWidth)).toBe(256);
  await expect(otherMain.getByText(es.AreasOfWork.MONITORING)).toBeVisible();
  await expect(otherMain.getByText(es.ProfileFields.canHelpWith)).toBeVisible();
  await expect(otherMain.getByText(es.ProfileFields.country)).toHaveCount(0);
  await expect(otherMain.getByRole("link", { name: es.MemberProfile.showPrivate })).toHaveCount(0);
  await context.close();
});

test.describe("on a phone", () => {
  test.use({ viewport: { width: 360, height: 740 }, isMobile: true, hasTouch: true });

  test("the profile pages fit 360 px and pass the accessibility check", async ({ page, shell, prisma }) => {
    const member = await createMember(prisma, { profile: { bio: "A bio", ruleNumbers: [1, 48] } });
    await new SignInPage(page, shell).signInAndLand(member.email, TEST_PASSWORD);
    for (const path of ["/account/profile", "/account/profile/preview", "/account/privacy", `/members/${member.profile.handle}`]) {
      await shell.visit(path);
      expect(await page.evaluate(() => (document.scrollingElement ?? document.documentElement).scrollWidth), path).toBeLessThanOrEqual(360);
    }
  });
});

test("without JavaScript a refused save keeps what was typed, and a correct one saves", async ({ browser, baseURL, prisma }) => {
  const member = await createMember(prisma);
  const context = await browser.newContext({ javaScriptEnabled: false, baseURL, extraHTTPHeaders: ownClientAddress() });
  const page = await context.newPage();
  await signInOnPage(page, member.email, TEST_PASSWORD);

  await page.goto("/account/profile");
  const main = page.getByRole("main");
  await main.getByLabel(field(en.ProfileForm.bio)).fill("Kept after the refusal");
  await main.getByLabel(field(en.ProfileForm.keywords)).fill("one, two, three, four, five, six");
  await main.getByRole("button", { name: en.ProfileForm.save }).click();
  await expect(main.getByRole("alert")).toContainText(en.Errors.validation);
  await expect(main.getByText(en.Errors.fields.tooManyKeywords.replace("{max, number}", "5"))).toBeVisible();
  await expect(main.getByLabel(field(en.ProfileForm.bio))).toHaveValue("Kept after the refusal");
  expect((await prisma.advocateProfile.findUniqueOrThrow({ where: { userId: member.id } })).bio).toBeNull();

  await main.getByLabel(field(en.ProfileForm.keywords)).fill("one, two");
  await main.getByRole("button", { name: en.ProfileForm.save }).click();
  await expect(main.getByText(en.ProfileForm.saved)).toBeVisible();
  expect(await prisma.advocateProfile.findUniqueOrThrow({ where: { userId: member.id } })).toMatchObject({ bio: "Kept after the refusal", keywords: ["one", "two"] });
  await context.close();
});
