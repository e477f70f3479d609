import { DEMO_ADMIN_EMAIL, DEMO_ADMIN_TOTP_SECRET, DEMO_PASSWORD } from "@/prisma/seed/demo-data";
import { createMember, TEST_PASSWORD } from "@/tests/factories/users";
import { messages } from "./support/messages";
import { createAdminWithTwoStep } from "./support/applications";
import { signInOnPage, SignInPage, totpCode } from "./support/sign-in";
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
  await expect(page).toHaveURL(/\/sign-in\?next=%2Fwelcome&reason=suspended$/);
  await expect(page.getByRole("main").getByText(en.SignIn.ended.suspended)).toBeVisible();
  await expect(shell.header.getByRole("link", { name: en.Shell.signIn })).toBeVisible();
});

test("a session ended from elsewhere sends its browser to sign-in with the reason; a crafted link shows none", async ({ page, shell, prisma, browser, baseURL }) => {
  const member = await createMember(prisma);
  await new SignInPage(page, shell).signInAndLand(member.email, TEST_PASSWORD);

  // What "end this session" on another browser, or a password change, does.
  await prisma.session.deleteMany({ where: { userId: member.id } });

  await shell.visit("/account");
  await expect(page).toHaveURL(/\/sign-in\?next=%2Faccount&reason=session-ended$/);
  await expect(page.getByRole("main").getByText(en.SignIn.ended["session-ended"])).toBeVisible();

  const stranger = await browser.newContext({ baseURL });
  const strangerPage = await stranger.newPage();
  await strangerPage.goto("/sign-in?reason=suspended");
  await expect(strangerPage.getByRole("main").getByRole("heading", { level: 1 })).toHaveText(en.SignIn.title);
  await expect(strangerPage.getByRole("main").getByText(en.SignIn.ended.suspended)).toHaveCount(0);
  await expect(strangerPage.getByRole("main").getByText(en.SignIn.ended["session-ended"])).toHaveCount(0);
  await stranger.close();
});

test("a sign-in link for a two-step account opens only the code step; the code then signs in", async ({ page, shell, prisma }) => {
  const { admin, totpSecret } = await createAdminWithTwoStep(prisma);
  await shell.visit("/sign-in");
  const form = page.getByRole("main").locator("form").nth(1);
  await form.getByLabel(en.SignIn.email).fill(admin.email);
  await form.getByRole("button", { name: en.SignIn.magicLinkSubmit }).click();
  await expect(form.getByRole("status")).toHaveText(en.SignIn.magicLinkSent);
  const email = await prisma.outboxEmail.findFirstOrThrow({ where: { to: admin.email, template: "auth.magic-link" } });
  const link = email.text.match(/https?:\/\/\S+\/api\/auth\/callback\/magic-link\S+/)![0];

  await page.context().clearCookies();
  await page.goto(link);
  await expect(page).toHaveURL(/\/sign-in\?challenge=/);
  await shell.landed();
  const codeStep = page.url();
  await expect(page.getByRole("main").getByLabel(en.SignIn.code)).toBeVisible();
  await expect(page.getByRole("main").getByLabel(en.SignIn.password)).toHaveCount(0);
  expect(await prisma.session.count({ where: { userId: admin.id } })).toBe(0);

  // Nothing opens without the code.
  await shell.visit("/admin/members");
  await expect(page).toHaveURL(/\/sign-in\?next=%2Fadmin%2Fmembers$/);

  await page.goto(codeStep);
  await shell.landed();
  const code = page.getByRole("main").getByLabel(en.SignIn.code);
  await code.fill("000000");
  await page.getByRole("main").getByRole("button", { name: en.SignIn.submit }).click();
  await expect(page.getByRole("main").getByRole("alert")).toHaveText(en.SignIn.refused["two-factor-invalid"]);
  await shell.landed();
  await page.getByRole("main").getByLabel(en.SignIn.code).fill(totpCode(totpSecret, 30));
  await page.getByRole("main").getByRole("button", { name: en.SignIn.submit }).click();
  await expect(page).toHaveURL(/\/welcome$/);
  await shell.landed();
  await shell.visit("/admin/members");
});

test("Auth.js's own endpoints are not served: no session id for JavaScript, no sign-in or sign-out behind the app's back", async ({ page, shell, prisma }) => {
  const member = await createMember(prisma);
  await new SignInPage(page, shell).signInAndLand(member.email, TEST_PASSWORD);
  const api = page.request;

  expect((await api.get("/api/auth/session")).status()).toBe(404);
  expect((await api.get("/api/auth/csrf")).status()).toBe(404);
  expect((await api.get("/api/auth/providers")).status()).toBe(404);
  expect((await api.get("/api/auth/signin")).status()).toBe(404);
  expect((await api.post("/api/auth/signout", { form: { csrfToken: "x" } })).status()).toBe(404);
  expect((await api.post("/api/auth/signin/magic-link", { form: { email: member.email, csrfToken: "x" } })).status()).toBe(404);
  expect((await api.post("/api/auth/callback/credentials", { form: { email: member.email, password: TEST_PASSWORD } })).status()).toBe(404);
  expect(await prisma.outboxEmail.count({ where: { to: member.email, template: "auth.magic-link" } })).toBe(0);
  expect(await prisma.verificationToken.count({ where: { identifier: member.email } })).toBe(0);
  // Still signed in: nothing above changed anything.
  await shell.visit("/account");
});

test("signing out ends the session itself: the old cookie no longer opens /account", async ({ page, shell, prisma, browser, baseURL }) => {
  const member = await createMember(prisma);
  await new SignInPage(page, shell).signInAndLand(member.email, TEST_PASSWORD);
  const cookies = await page.context().cookies();

  await shell.header.getByRole("button", { name: en.Account.signOut }).click();
  await expect(page).toHaveURL("/");
  await shell.landed();
  expect(await prisma.session.count({ where: { userId: member.id } })).toBe(0);

  const replay = await browser.newContext({ baseURL });
  await replay.addCookies(cookies);
  const replayPage = await replay.newPage();
  await replayPage.goto("/account");
  await expect(replayPage).toHaveURL(/\/sign-in\?next=%2Faccount/);
  await replay.close();
});

test("a sign-in link is only made for addresses that can sign in, with the same answer for all", async ({ page, shell, prisma }) => {
  const suspended = await createMember(prisma, { status: "SUSPENDED" });
  const unknown = `nobody-${Date.now()}@example.org`;
  await shell.visit("/sign-in");
  for (const address of [suspended.email, unknown]) {
    const form = page.getByRole("main").locator("form").nth(1);
    await form.getByLabel(en.SignIn.email).fill(address);
    await form.getByRole("button", { name: en.SignIn.magicLinkSubmit }).click();
    await expect(form.getByRole("status")).toHaveText(en.SignIn.magicLinkSent);
    await shell.landed();
  }
  expect(await prisma.verificationToken.count({ where: { identifier: { in: [suspended.email, unknown] } } })).toBe(0);
  expect(await prisma.outboxEmail.count({ where: { to: { in: [suspended.email, unknown] } } })).toBe(0);
  expect(await prisma.user.count({ where: { email: unknown } })).toBe(0);
});

test("signing in from a new browser emails the member an alert", async ({ browser, prisma, baseURL }) => {
  const member = await createMember(prisma);
  for (let i = 0; i < 2; i++) {
    const context = await browser.newContext({ baseURL });
    await signInOnPage(await context.newPage(), member.email, TEST_PASSWORD);
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
  // The address is kept; the password is typed again.
  await expect(retry.getByLabel(en.SignIn.email)).toHaveValue(member.email);
  await expect(retry.getByLabel(en.SignIn.password)).toHaveValue("");
  await retry.getByLabel(en.SignIn.password).fill(TEST_PASSWORD);
  await retry.getByRole("button", { name: en.SignIn.submit }).click();
  await expect(page).toHaveURL(/\/welcome$/);
  await expect(page.getByRole("main").getByRole("heading", { level: 1 })).toContainText(member.displayName!);
  await context.close();
});

test("without JavaScript a two-step sign-in keeps its first step: the code step needs only the code", async ({ browser, baseURL, prisma }) => {
  const { admin, totpSecret } = await createAdminWithTwoStep(prisma);
  const context = await browser.newContext({ javaScriptEnabled: false, baseURL, extraHTTPHeaders: { "x-forwarded-for": "198.18.200.2" } });
  const page = await context.newPage();
  await page.goto("/sign-in");
  const form = page.getByRole("main").locator("form").first();
  await form.getByLabel(en.SignIn.email).fill(admin.email);
  await form.getByLabel(en.SignIn.password).fill(TEST_PASSWORD);
  await form.getByRole("button", { name: en.SignIn.submit }).click();

  const codeStep = page.getByRole("main").locator("form").first();
  await expect(codeStep.getByLabel(en.SignIn.code)).toBeVisible();
  await expect(codeStep.locator('input[name="password"]')).toHaveCount(0);
  // Sent empty, the code step stays, saying what is missing.
  await codeStep.getByRole("button", { name: en.SignIn.submit }).click();
  await expect(page.getByRole("main").locator("form").first().getByText(en.Errors.fields.required)).toBeVisible();
  await codeStep.getByLabel(en.SignIn.code).fill("000000");
  await codeStep.getByRole("button", { name: en.SignIn.submit }).click();
  await expect(page.getByRole("main").getByRole("alert")).toHaveText(en.SignIn.refused["two-factor-invalid"]);

  const retry = page.getByRole("main").locator("form").first();
  await retry.getByLabel(en.SignIn.code).fill(totpCode(totpSecret, 30));
  await retry.getByRole("button", { name: en.SignIn.submit }).click();
  await expect(page).toHaveURL(/\/welcome$/);
  await context.close();
});

test("strangers asking for a member's sign-in links cannot stop her getting one in a browser she used before", async ({ page, shell, prisma, browser, baseURL }) => {
  const member = await createMember(prisma);
  await new SignInPage(page, shell).signInAndLand(member.email, TEST_PASSWORD);
  await shell.header.getByRole("button", { name: en.Account.signOut }).click();
  await expect(page).toHaveURL("/");
  await shell.landed();

  const stranger = await browser.newContext({ baseURL, extraHTTPHeaders: { "x-forwarded-for": "198.18.201.7" } });
  const strangerPage = await stranger.newPage();
  await strangerPage.goto("/sign-in");
  const answers: string[] = [];
  for (let attempt = 0; attempt < 4; attempt++) {
    const form = strangerPage.getByRole("main").locator("form").nth(1);
    await form.getByLabel(en.SignIn.email).fill(member.email);
    await form.getByRole("button", { name: en.SignIn.magicLinkSubmit }).click();
    const answer = form.getByRole("status").or(form.getByRole("alert"));
    await expect(answer).toBeVisible();
    answers.push((await answer.getAttribute("role")) ?? "");
    await strangerPage.reload();
  }
  expect(answers).toEqual(["status", "status", "status", "alert"]);
  await stranger.close();

  await shell.visit("/sign-in");
  const form = page.getByRole("main").locator("form").nth(1);
  await form.getByLabel(en.SignIn.email).fill(member.email);
  await form.getByRole("button", { name: en.SignIn.magicLinkSubmit }).click();
  await expect(form.getByRole("status")).toHaveText(en.SignIn.magicLinkSent);
  await shell.landed();
  expect(await prisma.outboxEmail.count({ where: { to: member.email, template: "auth.magic-link" } })).toBe(4);
});
