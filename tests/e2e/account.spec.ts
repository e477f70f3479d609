// The account journeys: resetting a password with the emailed link, turning on two-step verification,
// and seeing and ending sessions. Every page visited passes the accessibility check.
import { createAdmin, createMember, TEST_PASSWORD } from "@/tests/factories/users";
import { field, latestEmail, linkTo, PasswordResetPages, SecurityPage, SessionsPage } from "./support/account";
import { messages } from "./support/messages";
import { Shell } from "./support/shell";
import { SignInPage, totpCode } from "./support/sign-in";
import { expect, test } from "./support/test";

const en = messages("en");
const NEW_PASSWORD = "lantern-orchard-quietly-62";

test("a member resets a forgotten password with the emailed link, once, and every old session ends", async ({ page, shell, prisma, browser }) => {
  const member = await createMember(prisma);
  // Another browser that was signed in before the reset.
  const otherContext = await browser.newContext();
  const otherPage = await otherContext.newPage();
  const otherShell = new Shell(otherPage);
  await new SignInPage(otherPage, otherShell).signInAndLand(member.email, TEST_PASSWORD);

  const reset = new PasswordResetPages(page, shell);
  await shell.visit("/sign-in");
  await page.getByRole("main").getByRole("link", { name: en.SignIn.forgotPassword }).click();
  await expect(page).toHaveURL("/reset-password");
  await shell.landed();
  await reset.request(member.email);

  // The answer for an address nobody has is exactly the same.
  await reset.request("nobody-has-this-address@example.org");

  const email = await latestEmail(prisma, member.email, "auth.password-reset");
  const link = linkTo(email.text, "/reset-password/");
  await reset.choosePassword(link, NEW_PASSWORD);

  await page.getByRole("main").getByRole("link", { name: en.PasswordReset.signIn }).click();
  await expect(page).toHaveURL("/sign-in");
  await shell.landed();
  await new SignInPage(page, shell).signIn(member.email, NEW_PASSWORD);
  await expect(page).toHaveURL("/welcome");
  await shell.landed();

  // The link worked once.
  await page.goto(link);
  await shell.landed();
  await expect(shell.heading).toHaveText(en.PasswordReset.invalidTitle);
  await expect(page.getByRole("main")).toContainText(en.PasswordReset.usedBody);

  // The browser signed in before the reset is signed out.
  await otherShell.visit("/account");
  await expect(otherPage).toHaveURL(/\/sign-in\?next=%2Faccount&reason=session-ended$/);
  await expect(otherPage.getByRole("main").getByText(en.SignIn.ended["session-ended"])).toBeVisible();
  await otherContext.close();

  expect(await prisma.outboxEmail.count({ where: { to: member.email, template: "auth.password-changed" } })).toBe(1);
});

test("a forged reset link gets a clear page, not an error", async ({ page, shell }) => {
  await shell.visit("/reset-password/not-a-real-token-at-all");
  await expect(shell.heading).toHaveText(en.PasswordReset.invalidTitle);
  await page.getByRole("main").getByRole("link", { name: en.PasswordReset.requestNew }).click();
  await expect(page).toHaveURL("/reset-password");
  await shell.landed();
});

test("an admin without two-step verification is sent to set it up, and does, with codes from the app", async ({ page, shell, prisma }) => {
  const admin = await createAdmin(prisma);
  await new SignInPage(page, shell).signInAndLand(admin.email, TEST_PASSWORD);

  await page.goto("/admin");
  await expect(page).toHaveURL("/account/security?required=1");
  await shell.landed();
  await expect(page.getByRole("main")).toContainText(en.AccountSecurity.requiredTitle);

  const security = new SecurityPage(page, shell);
  const secret = await security.startSetUp();
  await page.getByRole("main").getByLabel(field(en.AccountSecurity.code)).fill("000000");
  await page.getByRole("main").getByRole("button", { name: en.AccountSecurity.confirm }).click();
  await expect(page.getByRole("main")).toContainText(en.AccountErrors["invalid-code"]);
  await shell.landed();

  const codes = await security.confirm(totpCode(secret));
  expect(new Set(codes).size).toBe(10);
  await page.getByRole("main").getByRole("link", { name: en.AccountSecurity.recoveryDone }).click();
  await expect(page.getByRole("main")).toContainText(en.AccountSecurity.statusOn.split("{")[0]!);
  await expect(page.getByRole("main")).toContainText(en.AccountSecurity.staffMustKeep);
  await expect(page.getByRole("main").getByRole("button", { name: en.AccountSecurity.disable })).toHaveCount(0);
  await security.open();

  // The admin area opens now, and the next sign-in asks for a code; a recovery code works once.
  await shell.visit("/admin");
  await page.context().clearCookies();
  await new SignInPage(page, shell).signInAndLand(admin.email, TEST_PASSWORD, { totpSecret: secret });
  const stored = await prisma.recoveryCode.findMany({ where: { userId: admin.id } });
  expect(stored).toHaveLength(10);
  expect(stored.some((row) => codes.includes(row.codeHash))).toBe(false);
});

test("a member sees where they are signed in, ends another session, then signs out here", async ({ page, shell, prisma, browser }) => {
  const member = await createMember(prisma);
  const phone = await browser.newContext({
    userAgent: "Mozilla/5.0 (Linux; Android 14; Pixel 8) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/126.0 Mobile Safari/537.36",
  });
  const phonePage = await phone.newPage();
  const phoneShell = new Shell(phonePage);
  await new SignInPage(phonePage, phoneShell).signInAndLand(member.email, TEST_PASSWORD);
  await new SignInPage(page, shell).signInAndLand(member.email, TEST_PASSWORD);

  const sessions = new SessionsPage(page, shell);
  await sessions.open();
  await expect(sessions.rows).toHaveCount(2);
  await expect(sessions.current).toHaveCount(1);
  const other = sessions.rows.filter({ hasText: "Chrome on Android" });
  await expect(other).toHaveCount(1);

  await other.getByRole("button", { name: en.AccountSessions.end }).click();
  await expect(page.getByRole("main")).toContainText(en.AccountSessions.ended);
  await expect(sessions.rows).toHaveCount(1);
  await expect(page.getByRole("main")).toContainText(en.AccountSessions.noOthersTitle);
  await shell.landed();
  expect(await prisma.auditLog.count({ where: { actorId: member.id, action: "auth.session-ended" } })).toBe(1);

  await phoneShell.visit("/account/sessions");
  await expect(phonePage).toHaveURL(/\/sign-in\?next=%2Faccount%2Fsessions&reason=session-ended$/);
  await phone.close();

  await sessions.current.getByRole("button", { name: en.AccountSessions.endCurrent }).click();
  await expect(page).toHaveURL("/sign-in");
  await shell.landed();
  await expect(shell.header.getByRole("link", { name: en.Shell.signIn })).toBeVisible();
});
