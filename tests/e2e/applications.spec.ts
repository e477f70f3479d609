// The membership journey end to end: a visitor applies, confirms the address with the emailed link, an
// admin approves, and the new member signs in. Every page visited passes the accessibility check.
import { createOrganization } from "@/tests/factories/organizations";
import { createApplicant, createMember, TEST_PASSWORD } from "@/tests/factories/users";
import { uniqueEmail } from "@/tests/factories/unique";
import { ApplyPage, createAdminWithTwoStep, emailTo, InvitationPages, labelled, linkIn, ownClientAddress, ReviewPages, type Answers } from "./support/applications";
import { messages } from "./support/messages";
import { Shell } from "./support/shell";
import { SignInPage } from "./support/sign-in";
import { expect, test } from "./support/test";

const en = messages("en");

test.use({ extraHTTPHeaders: ownClientAddress() });

function answers(): Answers {
  const suffix = Math.random().toString(36).slice(2, 8);
  return {
    name: `Wanjiru Kamau ${suffix}`,
    displayName: `Wanjiru ${suffix}`,
    email: uniqueEmail("e2e-applicant"),
    password: "lantern-orchid-gravel-mosaic-41",
    country: "Kenya",
    languages: ["English", "Swahili"],
    work: "I visit women held before trial in Nairobi and help them find lawyers.",
    livedExperience: `Private account ${suffix}: I was held at Langata for a year.`,
  };
}

test("a visitor applies, confirms the emailed link, an admin approves, and the new member signs in", async ({ page, shell, prisma }) => {
  // The whole journey: three people sign in (argon2id each time) and a dozen pages get the accessibility check.
  test.slow();
  const applicant = answers();
  const apply = new ApplyPage(page, shell);
  await apply.open();
  // Sent empty: every problem is listed, each field says its own, and the page still passes the check.
  await apply.submit();
  await expect(page.getByRole("main").getByText(en.Errors.validation)).toBeVisible();
  await expect(page.getByRole("main").getByRole("link", { name: en.Apply.work.label })).toBeVisible();
  await shell.landed();
  await apply.fill(applicant);
  await apply.submit();
  await apply.expectSent();

  // The confirmation link, as the applicant receives it.
  const verification = await emailTo(prisma, applicant.email, "application.verify-email");
  expect(verification.text).not.toContain(applicant.livedExperience!);
  const link = linkIn(verification.text, "/verify-email?token=");
  await page.goto(link);
  await shell.landed();
  await expect(shell.heading).toHaveText(en.VerifyEmail.title);
  await page.getByRole("main").getByRole("button", { name: en.VerifyEmail.submit }).click();
  await expect(page).toHaveURL("/verify-email/confirmed");
  await shell.landed();

  // The link works once.
  await page.goto(link);
  await shell.landed();
  await expect(shell.heading).toHaveText(en.VerifyEmail.usedTitle);

  // The applicant follows their application, and sees nothing of the member area.
  const signIn = new SignInPage(page, shell);
  await signIn.signInAndLand(applicant.email, applicant.password);
  await page.getByRole("main").getByRole("link", { name: en.Welcome.viewApplication }).click();
  await expect(page).toHaveURL("/application");
  await shell.landed();
  await expect(page.getByRole("main")).toContainText(en.ApplicationStatus.status.PENDING);
  await shell.visit("/admin/applications", { status: 404 });
  await page.context().clearCookies();

  // An admin reviews it, with the private account in view, and approves.
  const { admin, totpSecret } = await createAdminWithTwoStep(prisma);
  await signIn.signInAndLand(admin.email, TEST_PASSWORD, { totpSecret });
  const review = new ReviewPages(page, shell);
  await shell.visit("/admin");
  await expect(review.queueLink()).toHaveAccessibleName(/waiting for review/);
  await review.openApplication(applicant.displayName);
  await expect(page.getByRole("main")).toContainText(applicant.name);
  await expect(page.getByRole("main")).toContainText(applicant.livedExperience!);
  await review.approve("MEMBER");
  await expect(page).toHaveURL("/admin/applications?done=approved");
  const approved = await emailTo(prisma, applicant.email, "application.approved");
  expect(approved.locale).toBe("en");
  expect(await prisma.auditLog.count({ where: { action: "application.approved", actorId: admin.id } })).toBe(1);
  await page.context().clearCookies();

  // The new member signs in and is welcomed as a member.
  await signIn.signInAndLand(applicant.email, applicant.password);
  await expect(shell.heading).toContainText(applicant.displayName);
  await expect(page.getByRole("main")).toContainText(en.Welcome.memberBody);
});

test("an applicant withdraws their application, and their account is deleted", async ({ page, shell, prisma }) => {
  const user = await createApplicant(prisma);
  await prisma.membershipApplication.create({
    data: { userId: user.id, kind: "INDIVIDUAL", status: "PENDING", countryCode: "KE", languages: ["en"], workDescription: "Legal aid", consentedAt: new Date(), submittedAt: new Date() },
  });
  await new SignInPage(page, shell).signInAndLand(user.email, TEST_PASSWORD);
  await shell.visit("/application");

  const main = page.getByRole("main");
  await main.getByRole("button", { name: en.ApplicationStatus.withdrawSubmit }).click();
  await expect(main.getByRole("link", { name: en.ApplicationStatus.withdrawConfirm })).toBeVisible();
  await shell.landed();
  await main.getByRole("checkbox", { name: en.ApplicationStatus.withdrawConfirm }).check();
  await main.getByRole("button", { name: en.ApplicationStatus.withdrawSubmit }).click();
  await expect(page).toHaveURL("/application/withdrawn");
  await shell.landed();
  expect(await prisma.user.count({ where: { id: user.id } })).toBe(0);
  await shell.visit("/application");
  await expect(page).toHaveURL(/\/sign-in\?next=%2Fapplication$/);
});

// Without JavaScript axe cannot run, so these use a browser of their own; the same pages pass the
// accessibility check with JavaScript above.
test("without JavaScript and at 360 px, the form refuses bad input field by field, keeps what was typed, then applies", async ({ browser, baseURL, prisma }) => {
  const context = await browser.newContext({ javaScriptEnabled: false, baseURL, viewport: { width: 360, height: 740 }, extraHTTPHeaders: ownClientAddress() });
  const page = await context.newPage();
  const apply = new ApplyPage(page);
  const main = apply.main;
  await apply.open();
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);

  const applicant = answers();
  await main.getByLabel(labelled(en.Apply.name.label)).fill(applicant.name);
  await main.getByLabel(labelled(en.Apply.email.label)).fill(applicant.email);
  await main.getByLabel(labelled(en.Apply.password.label)).fill("password123");
  await apply.submit();

  await expect(main.getByText(en.Errors.validation)).toBeVisible();
  await expect(main.getByText(en.Apply.consent.error)).toBeVisible();
  await expect(main.getByLabel(labelled(en.Apply.displayName.label))).toHaveAttribute("aria-invalid", "true");
  await expect(main.getByLabel(labelled(en.Apply.name.label))).toHaveValue(applicant.name);
  await expect(main.getByLabel(labelled(en.Apply.password.label))).toHaveValue("");
  expect(await prisma.user.count({ where: { email: applicant.email } })).toBe(0);

  await apply.fill({ ...applicant, password: "password123" });
  await apply.submit();
  await expect(main.getByText(en.ApplicationErrors.weakPassword)).toBeVisible();
  expect(await prisma.user.count({ where: { email: applicant.email } })).toBe(0);

  await apply.fill(applicant);
  await apply.submit();
  await expect(main.getByText(en.Apply.sentBody)).toBeVisible();
  expect(await prisma.user.findUnique({ where: { email: applicant.email }, select: { status: true } })).toEqual({ status: "UNVERIFIED" });
  await context.close();
});

test("an admin's pre-approved invitation opens an account at once; the link then works no more", async ({ page, shell, prisma }) => {
  const { admin, totpSecret } = await createAdminWithTwoStep(prisma);
  const signIn = new SignInPage(page, shell);
  await signIn.signInAndLand(admin.email, TEST_PASSWORD, { totpSecret });
  const invitee = uniqueEmail("e2e-invitee");
  await new InvitationPages(page, shell).inviteAsAdmin(invitee, { preApproved: true });
  await page.context().clearCookies();

  const invitation = await emailTo(prisma, invitee, "invitation");
  const link = linkIn(invitation.text, "/invitations/");
  await page.goto(link);
  await shell.landed();
  const main = page.getByRole("main");
  await expect(main.getByLabel(labelled(en.Apply.email.label))).toHaveValue(invitee);
  await main.getByLabel(labelled(en.Apply.name.label)).fill("Ana Paula Souza");
  await main.getByLabel(labelled(en.Apply.displayName.label)).fill("Ana Paula");
  await main.getByLabel(labelled(en.Apply.password.label)).fill("harbor-violet-meadow-copper-88");
  await main.getByLabel(labelled(en.Apply.country.label)).selectOption({ label: "Brazil" });
  await main.getByRole("checkbox", { name: "Portuguese", exact: true }).check();
  await main.getByRole("checkbox", { name: en.InvitationAccept.preApprovedForm.consentLabel }).check();
  await main.getByRole("button", { name: en.InvitationAccept.createAccount }).click();
  await expect(main.getByText(en.InvitationAccept.createdBody)).toBeVisible();
  await shell.landed();

  await page.goto(link);
  await shell.landed();
  await expect(shell.heading).toHaveText(en.InvitationAccept.usedTitle);
  await signIn.signInAndLand(invitee, "harbor-violet-meadow-copper-88");
  await expect(page.getByRole("main")).toContainText(en.Welcome.memberBody);
});

test("an admin suspends a member: the member's open browser is refused on its very next request", async ({ page, shell, prisma, browser, baseURL }) => {
  const member = await createMember(prisma);
  const memberContext = await browser.newContext({ baseURL });
  const memberPage = await memberContext.newPage();
  const memberShell = new Shell(memberPage);
  await new SignInPage(memberPage, memberShell).signInAndLand(member.email, TEST_PASSWORD);

  const { admin, totpSecret } = await createAdminWithTwoStep(prisma);
  await new SignInPage(page, shell).signInAndLand(admin.email, TEST_PASSWORD, { totpSecret });
  await shell.visit(`/admin/members/${member.id}`);
  const main = page.getByRole("main");
  await main.getByRole("button", { name: en.AdminMembers.suspend.submit }).click();
  await expect(main.getByRole("link", { name: en.AdminMembers.suspend.label })).toBeVisible();
  await shell.landed();
  await main.getByLabel(labelled(en.AdminMembers.suspend.label)).fill("Shared a member's address outside the network");
  await main.getByRole("button", { name: en.AdminMembers.suspend.submit }).click();
  await expect(main.getByText(en.AdminMembers.suspend.done)).toBeVisible();
  await expect(main.getByRole("button", { name: en.AdminMembers.reinstate.submit })).toBeVisible();
  await shell.landed();

  await memberShell.visit("/welcome");
  await expect(memberPage).toHaveURL(/\/sign-in\?next=%2Fwelcome&reason=suspended$/);
  expect(await prisma.auditLog.count({ where: { action: "member.suspended", actorId: admin.id, targetId: member.id } })).toBe(1);
  await memberContext.close();
});

test("a representative invites someone to their organization; the invitee's application, fixed to both, goes to review", async ({ page, shell, prisma }) => {
  const organization = await createOrganization(prisma, { representative: "create" });
  const representative = organization.createdRepresentative!;
  const signIn = new SignInPage(page, shell);
  await signIn.signInAndLand(representative.email, TEST_PASSWORD);
  const invitee = uniqueEmail("e2e-org-invitee");
  await shell.visit(`/organizations/${organization.id}/invitations`);
  const main = page.getByRole("main");
  await expect(main.getByRole("checkbox", { name: en.AdminInvitations.preApproved })).toHaveCount(0);
  await main.getByLabel(labelled(en.AdminInvitations.email)).fill(invitee);
  await main.getByRole("button", { name: en.AdminInvitations.submit }).click();
  await expect(main.getByText(en.OrganizationInvitations.sent)).toBeVisible();
  await shell.landed();
  await page.context().clearCookies();

  await page.goto(linkIn((await emailTo(prisma, invitee, "invitation")).text, "/invitations/"));
  await shell.landed();
  await expect(main).toContainText(organization.name);
  await expect(main.getByLabel(labelled(en.Apply.email.label))).toHaveValue(invitee);
  await expect(main.getByRole("radio", { name: en.Apply.kind.organization })).toHaveCount(0);
  const apply = new ApplyPage(page, shell);
  await main.getByLabel(labelled(en.Apply.name.label)).fill("Achieng Otieno");
  await main.getByLabel(labelled(en.Apply.displayName.label)).fill("Achieng");
  await main.getByLabel(labelled(en.Apply.country.label)).selectOption({ label: "Kenya" });
  await main.getByRole("checkbox", { name: "Swahili", exact: true }).check();
  await main.getByLabel(labelled(en.Apply.work.label)).fill("Paralegal support for women on remand in Kisumu.");
  await main.getByLabel(labelled(en.Apply.password.label)).fill("harbor-violet-meadow-copper-88");
  await main.getByRole("checkbox", { name: en.Apply.consent.label }).check();
  await apply.submit();
  await expect(main.getByText(en.InvitationAccept.submittedBody)).toBeVisible();
  await shell.landed();

  const user = await prisma.user.findUniqueOrThrow({ where: { email: invitee }, include: { applications: true } });
  expect(user.status).toBe("PENDING");
  expect(user.applications[0]).toMatchObject({ status: "PENDING", kind: "ORGANIZATION", organizationId: organization.id });
});
