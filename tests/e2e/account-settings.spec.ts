// Account settings: every page at phone width, the display name and language (which applies at once),
// an email change through the emailed link, and the forms working before or without JavaScript.
import type { Page } from "@playwright/test";
import { createMember, TEST_PASSWORD } from "@/tests/factories/users";
import { uniqueEmail } from "@/tests/factories/unique";
import { field, latestEmail, linkTo } from "./support/account";
import { messages } from "./support/messages";
import { signInOnPage, SignInPage } from "./support/sign-in";
import { expect, test } from "./support/test";

const en = messages("en");
const es = messages("es");
const ACCOUNT_PAGES = ["/account", "/account/password", "/account/email", "/account/security", "/account/sessions", "/reset-password"];

async function scrollWidth(page: Page): Promise<number> {
  return page.evaluate(() => (document.scrollingElement ?? document.documentElement).scrollWidth);
}

test.describe("on a phone", () => {
  test.use({ viewport: { width: 360, height: 740 }, isMobile: true, hasTouch: true });

  test("every account page fits 360 px and passes the accessibility check", async ({ page, shell, prisma }) => {
    const member = await createMember(prisma, { email: uniqueEmail("a-rather-long-address-for-a-small-screen") });
    await new SignInPage(page, shell).signInAndLand(member.email, TEST_PASSWORD);
    for (const path of ACCOUNT_PAGES) {
      await shell.visit(path);
      expect(await scrollWidth(page), path).toBeLessThanOrEqual(360);
    }
    // The set-up step, with its QR code, fits too.
    await shell.visit("/account/security");
    await page.getByRole("main").getByRole("button", { name: en.AccountSecurity.setUp }).click();
    await expect(page.getByRole("main").getByRole("img", { name: en.AccountSecurity.qrLabel })).toBeVisible();
    await shell.landed();
    expect(await scrollWidth(page)).toBeLessThanOrEqual(360);
  });
});

test("a member renames themselves and switches the interface to Spanish, which applies at once", async ({ page, shell, prisma }) => {
  const member = await createMember(prisma);
  await new SignInPage(page, shell).signInAndLand(member.email, TEST_PASSWORD);
  await shell.visit("/account");
  const main = page.getByRole("main");

  await main.getByLabel(field(en.AccountOverview.displayName)).fill("   ");
  await main.getByRole("button", { name: en.AccountOverview.displayNameSave }).click();
  await expect(main.getByText(en.Errors.fields.required)).toBeVisible();
  // The refusal takes focus, so keyboard and screen-reader users land on it, and links to the field to correct.
  const refusal = main.getByRole("alert");
  await expect(refusal).toBeFocused();
  await expect(refusal).toContainText(en.Errors.validation);
  await refusal.getByRole("link", { name: en.AccountOverview.displayName, exact: true }).click();
  await expect(main.getByLabel(field(en.AccountOverview.displayName))).toBeFocused();
  await main.getByLabel(field(en.AccountOverview.displayName)).fill("Nadia R.");
  await main.getByRole("button", { name: en.AccountOverview.displayNameSave }).click();
  await expect(main.getByText(en.AccountOverview.displayNameSaved)).toBeVisible();
  await shell.landed();
  expect((await prisma.user.findUniqueOrThrow({ where: { id: member.id } })).displayName).toBe("Nadia R.");

  await main.getByLabel(field(en.AccountOverview.language)).selectOption("es");
  await main.getByRole("button", { name: en.AccountOverview.languageSave }).click();
  await expect(page.locator("html")).toHaveAttribute("lang", "es");
  await expect(shell.heading).toHaveText(es.AccountOverview.title);
  await expect(page.getByRole("main").getByText(es.AccountOverview.languageSaved)).toBeVisible();
  await shell.landed();
  expect((await prisma.user.findUniqueOrThrow({ where: { id: member.id } })).locale).toBe("es");
  const cookies = await page.context().cookies();
  expect(cookies.find((cookie) => cookie.name === "NEXT_LOCALE")?.value).toBe("es");
});

test("a member moves to a new address through the link sent there; the old address is told", async ({ page, shell, prisma }) => {
  const member = await createMember(prisma);
  const newEmail = uniqueEmail("moved");
  await new SignInPage(page, shell).signInAndLand(member.email, TEST_PASSWORD);
  await shell.visit("/account/email");
  const main = page.getByRole("main");

  await main.getByLabel(field(en.AccountEmail.newEmail)).fill(newEmail);
  await main.getByLabel(field(en.AccountEmail.currentPassword)).fill("not-my-password");
  await main.getByRole("button", { name: en.AccountEmail.submit }).click();
  await expect(main.getByText(en.AccountErrors["wrong-password"])).toBeVisible();
  await expect(main.getByLabel(field(en.AccountEmail.newEmail))).toHaveValue(newEmail);
  // A refusal the service made (not the form's schema) is shown the same way: focused, naming the field.
  await expect(main.getByRole("alert")).toBeFocused();
  await expect(main.getByRole("alert").getByRole("link", { name: en.AccountEmail.currentPassword, exact: true })).toHaveAttribute(
    "href",
    `#${await main.getByLabel(field(en.AccountEmail.currentPassword)).getAttribute("id")}`,
  );
  await shell.landed();

  await main.getByLabel(field(en.AccountEmail.currentPassword)).fill(TEST_PASSWORD);
  await main.getByRole("button", { name: en.AccountEmail.submit }).click();
  await expect(main.getByRole("heading", { name: en.AccountEmail.pendingTitle })).toBeVisible();
  await shell.landed();

  const notice = await latestEmail(prisma, member.email, "auth.email-change-notice");
  expect(notice.text).toContain("m•••@example.org");
  expect(notice.text).not.toContain(newEmail);
  const verify = await latestEmail(prisma, newEmail, "auth.email-change-verify");
  await page.goto(linkTo(verify.text, "/confirm-email?token="));
  await shell.landed();
  await expect(shell.heading).toHaveText(en.EmailConfirmation.title);
  await page.getByRole("main").getByRole("button", { name: en.EmailConfirmation.submit }).click();
  await expect(shell.heading).toHaveText(en.EmailConfirmation.doneTitle);
  await expect(shell.heading).toBeFocused();
  await shell.landed();
  expect((await prisma.user.findUniqueOrThrow({ where: { id: member.id } })).email).toBe(newEmail);
});

// Without JavaScript axe cannot run, so this journey uses a browser of its own; the same pages pass the
// accessibility check with JavaScript in the tests above.
test("without JavaScript, changing the password works, and wrong or weak input is refused in place", async ({ browser, baseURL, prisma }) => {
  const member = await createMember(prisma);
  const context = await browser.newContext({ javaScriptEnabled: false, baseURL });
  const page = await context.newPage();
  const main = page.getByRole("main");
  await signInOnPage(page, member.email, TEST_PASSWORD);

  await page.goto("/account/password");
  const submit = async (current: string, next: string) => {
    await main.getByLabel(field(en.AccountPassword.currentPassword)).fill(current);
    await main.getByLabel(field(en.AccountPassword.newPassword)).fill(next);
    await main.getByLabel(field(en.AccountPassword.confirmPassword)).fill(next);
    await main.getByRole("button", { name: en.AccountPassword.submit }).click();
  };
  await submit("not-my-password", "lantern-orchard-quietly-62");
  await expect(main.getByText(en.AccountErrors["wrong-password"])).toBeVisible();
  await submit(TEST_PASSWORD, "password123456");
  await expect(main.getByText(en.AccountErrors["weak-password"])).toBeVisible();
  await submit(TEST_PASSWORD, "lantern-orchard-quietly-62");
  await expect(main.getByText(en.AccountPassword.changed)).toBeVisible();
  expect(await prisma.outboxEmail.count({ where: { to: member.email, template: "auth.password-changed" } })).toBe(1);
  await context.close();
});
