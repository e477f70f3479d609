import { DEMO_ADMIN_EMAIL, DEMO_ADMIN_TOTP_SECRET, DEMO_PASSWORD } from "@/prisma/seed/demo-data";
import { createMember, TEST_PASSWORD } from "@/tests/factories/users";
import { messages } from "./support/messages";
import { SignInPage } from "./support/sign-in";
import { expect, test } from "./support/test";

const en = messages("en");

test("a member signs in with their password, sees their name, and signs out", async ({ page, shell, prisma }) => {
  const member = await createMember(prisma);
  const signIn = new SignInPage(page, shell);

  await signIn.signInAndLand(member.email, TEST_PASSWORD);
  await expect(shell.heading).toContainText(member.displayName!);

  await shell.header.getByRole("button", { name: en.Account.signOut }).click();
  await expect(page).toHaveURL("/");
  await shell.landed();
  await expect(shell.header.getByRole("link", { name: en.Shell.signIn })).toBeVisible();
  await shell.visit("/welcome");
  await expect(page).toHaveURL(/\/sign-in\?next=%2Fwelcome$/);
});

test("a wrong password gets a clear message that does not say whether the address exists", async ({ page, shell, prisma }) => {
  const member = await createMember(prisma);
  const signIn = new SignInPage(page, shell);
  await signIn.open();

  await signIn.signIn(member.email, "not-the-password");
  await expect(page.getByRole("main").getByRole("alert")).toHaveText(en.SignIn.refused["invalid-credentials"]);
  await shell.landed();

  await signIn.signIn("nobody-at-all@example.org", "not-the-password");
  await expect(page.getByRole("main").getByRole("alert")).toHaveText(en.SignIn.refused["invalid-credentials"]);
});

test("the demo admin signs in with two-step verification and reaches the admin area", async ({ page, shell }) => {
  const signIn = new SignInPage(page, shell);

  await signIn.signInAndLand(DEMO_ADMIN_EMAIL, DEMO_PASSWORD, { totpSecret: DEMO_ADMIN_TOTP_SECRET });
  await shell.visit("/admin");
});

test("a magic link from the outbox signs a member in once", async ({ page, shell, prisma }) => {
  const member = await createMember(prisma);
  await shell.visit("/sign-in");
  const form = page.getByRole("main").locator("form").nth(1);
  await form.getByLabel(en.SignIn.email).fill(member.email);
  await form.getByRole("button", { name: en.SignIn.magicLinkSubmit }).click();
  await expect(form.getByRole("status")).toHaveText(en.SignIn.magicLinkSent);

  const email = await prisma.outboxEmail.findFirstOrThrow({ where: { to: member.email, template: "auth.magic-link" } });
  const link = email.text.match(/https?:\/\/\S+\/api\/auth\/callback\/magic-link\S+/)?.[0];
  expect(link, "the email carries the sign-in link").toBeTruthy();
  await page.goto(link!);
  await expect(page).toHaveURL(/\/welcome$/);
  await shell.landed();

  await page.context().clearCookies();
  await page.goto(link!);
  await expect(page).toHaveURL(/\/sign-in\/error/);
  await shell.landed();
  await expect(shell.heading).toHaveText(en.SignIn.errorTitle);
});

test("a suspended member's open browser is refused on its very next request", async ({ page, shell, prisma }) => {
  const member = await createMember(prisma);
  await new SignInPage(page, shell).signInAndLand(member.email, TEST_PASSWORD);

  // What suspending does (lib/members): the status changes and every registered session ends.
  await prisma.$transaction([
    prisma.user.update({ where: { id: member.id }, data: { status: "SUSPENDED", suspendedAt: new Date() } }),
    prisma.session.deleteMany({ where: { userId: member.id } }),
  ]);

  await shell.visit("/welcome");
  await expect(page).toHaveURL(/\/sign-in/);
  await expect(shell.header.getByRole("link", { name: en.Shell.signIn })).toBeVisible();
});

test("signing in from a new browser emails the member an alert", async ({ browser, prisma, baseURL }) => {
  const member = await createMember(prisma);
  for (let i = 0; i < 2; i++) {
    const context = await browser.newContext({ baseURL });
    const page = await context.newPage();
    await page.goto("/sign-in");
    const form = page.getByRole("main").locator("form").first();
    await form.getByLabel(en.SignIn.email).fill(member.email);
    await form.getByLabel(en.SignIn.password).fill(TEST_PASSWORD);
    await form.getByRole("button", { name: en.SignIn.submit }).click();
    await expect(page).toHaveURL(/\/welcome$/);
    await context.close();
  }

  // The first browser ever is not "new"; the second one is.
  await expect.poll(() => prisma.outboxEmail.count({ where: { to: member.email, template: "auth.new-device" } })).toBe(1);
});

// axe needs JavaScript, so this runs in a browser of its own; the same pages are checked with it above.
test("without JavaScript the sign-in form still signs a member in, and refuses a wrong password in place", async ({ browser, baseURL, prisma }) => {
  const member = await createMember(prisma);
  const context = await browser.newContext({ javaScriptEnabled: false, baseURL, extraHTTPHeaders: { "x-forwarded-for": "198.18.200.1" } });
  const page = await context.newPage();
  await page.goto("/sign-in");
  const form = page.getByRole("main").locator("form").first();
  await form.getByLabel(en.SignIn.email).fill(member.email);
  await form.getByLabel(en.SignIn.password).fill("not-the-password");
  await form.getByRole("button", { name: en.SignIn.submit }).click();
  await expect(page.getByRole("main").getByRole("alert")).toHaveText(en.SignIn.refused["invalid-credentials"]);

  const retry = page.getByRole("main").locator("form").first();
  await retry.getByLabel(en.SignIn.email).fill(member.email);
  await retry.getByLabel(en.SignIn.password).fill(TEST_PASSWORD);
  await retry.getByRole("button", { name: en.SignIn.submit }).click();
  await expect(page).toHaveURL(/\/welcome$/);
  await expect(page.getByRole("main").getByRole("heading", { level: 1 })).toContainText(member.displayName!);
  await context.close();
});
