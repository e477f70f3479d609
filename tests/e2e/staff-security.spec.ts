// The account-security follow-ups of issue 13, end to end: an admin's invitation tied to an organization with a
// role in it; a rejected applicant applying again after the waiting period admins set; and a staff member's
// two-step verification reset by two admins, after which they must enrol again.
import { createOrganization } from "@/tests/factories/organizations";
import { ensureCountry } from "@/tests/factories/reference";
import { uniqueEmail } from "@/tests/factories/unique";
import { createModerator, createUser, TEST_PASSWORD } from "@/tests/factories/users";
import { ApplyPage, createAdminWithTwoStep, emailTo, labelled, linkIn, ownClientAddress } from "./support/applications";
import { messages } from "./support/messages";
import { Shell } from "./support/shell";
import { SignInPage } from "./support/sign-in";
import { expect, test } from "./support/test";

const en = messages("en");

test.use({ extraHTTPHeaders: ownClientAddress() });

test("an admin invites someone to an organization as its representative, approved in advance; they join as one", async ({ page, shell, prisma }) => {
  const organization = await createOrganization(prisma);
  const { admin, totpSecret } = await createAdminWithTwoStep(prisma);
  const signIn = new SignInPage(page, shell);
  await signIn.signInAndLand(admin.email, TEST_PASSWORD, { totpSecret });
  const invitee = uniqueEmail("e2e-representative");
  await shell.visit(`/organizations/${organization.id}/invitations`);
  const main = page.getByRole("main");
  await main.getByLabel(labelled(en.AdminInvitations.email)).fill(invitee);
  await main.getByRole("checkbox", { name: en.AdminInvitations.preApproved }).check();
  await main.getByLabel(labelled(en.AdminInvitations.organizationRole)).selectOption("REPRESENTATIVE");
  await main.getByRole("button", { name: en.AdminInvitations.submit }).click();
  await expect(main.getByText(en.OrganizationInvitations.sent)).toBeVisible();
  await expect(main.getByRole("listitem").filter({ hasText: invitee })).toContainText(en.AdminInvitations.organizationRoles.REPRESENTATIVE);
  await shell.landed();
  await page.context().clearCookies();

  await page.goto(linkIn((await emailTo(prisma, invitee, "invitation")).text, "/invitations/"));
  await shell.landed();
  await expect(main).toContainText(en.InvitationAccept.joinsOrganization.REPRESENTATIVE.replace("{organizationName}", organization.name));
  await main.getByLabel(labelled(en.Apply.name.label)).fill("Achieng Otieno");
  await main.getByLabel(labelled(en.Apply.displayName.label)).fill("Achieng");
  await main.getByLabel(labelled(en.Apply.password.label)).fill("harbor-violet-meadow-copper-88");
  await main.getByLabel(labelled(en.Apply.country.label)).selectOption({ label: "Kenya" });
  await main.getByRole("checkbox", { name: "Swahili", exact: true }).check();
  await main.getByRole("checkbox", { name: en.InvitationAccept.preApprovedForm.consentLabel }).check();
  await main.getByRole("button", { name: en.InvitationAccept.createAccount }).click();
  await expect(main.getByText(en.InvitationAccept.createdBody)).toBeVisible();
  await shell.landed();

  // A representative may invite for the organization: its invitations page opens for them.
  await signIn.signInAndLand(invitee, "harbor-violet-meadow-copper-88");
  await shell.visit(`/organizations/${organization.id}/invitations`);
  await expect(main.getByRole("checkbox", { name: en.AdminInvitations.preApproved })).toHaveCount(0);
});

test("admins set the waiting period after a rejection; a rejected applicant then applies again and confirms", async ({ page, shell, prisma, browser, baseURL }) => {
  await ensureCountry(prisma, "KE");
  const email = uniqueEmail("e2e-rejected");
  const rejected = await createUser(prisma, { email, status: "REJECTED", displayName: "Wairimu" });
  await prisma.membershipApplication.create({
    data: { userId: rejected.id, kind: "INDIVIDUAL", status: "REJECTED", countryCode: "KE", languages: ["en"], workDescription: "First try", consentedAt: new Date(), decidedAt: new Date(Date.now() - 86_400_000), decisionReason: "We could not confirm your work." },
  });

  const { admin, totpSecret } = await createAdminWithTwoStep(prisma);
  await new SignInPage(page, shell).signInAndLand(admin.email, TEST_PASSWORD, { totpSecret });
  await shell.visit("/admin/applications");
  await page.getByRole("main").getByRole("link", { name: en.MembershipSettings.settingsLink }).click();
  await expect(page).toHaveURL(/\/admin\/applications\/settings$/);
  await shell.landed();
  const settings = page.getByRole("main");
  await settings.getByLabel(labelled(en.MembershipSettings.monthsLabel)).fill("61");
  await settings.getByRole("button", { name: en.MembershipSettings.save }).click();
  await expect(settings.getByRole("alert")).toContainText(en.MembershipSettings.monthsLabel);
  await settings.getByLabel(labelled(en.MembershipSettings.monthsLabel)).fill("0");
  await settings.getByRole("button", { name: en.MembershipSettings.save }).click();
  await expect(settings.getByText(en.MembershipSettings.saved)).toBeVisible();

  const visitor = await browser.newContext({ baseURL, extraHTTPHeaders: ownClientAddress() });
  const visitorPage = await visitor.newPage();
  const visitorShell = new Shell(visitorPage);
  const apply = new ApplyPage(visitorPage, visitorShell);
  await apply.open();
  await apply.fill({ name: "Wairimu Njeri", displayName: "Wairimu", email, password: "lantern-orchid-gravel-mosaic-41", country: "Kenya", languages: ["English"], work: "Second try: I now run a re-entry group in Nakuru." });
  await apply.submit();
  await apply.expectSent();
  await visitorPage.goto(linkIn((await emailTo(prisma, email, "application.verify-email")).text, "/verify-email?token="));
  await visitorShell.landed();
  await visitorPage.getByRole("main").getByRole("button", { name: en.VerifyEmail.submit }).click();
  await expect(visitorPage).toHaveURL("/verify-email/confirmed");
  await visitorShell.landed();
  await visitor.close();

  // The reviewer sees the new application, and the earlier rejection beside it.
  await shell.visit("/admin/applications");
  await page.getByRole("main").getByRole("link", { name: "Wairimu", exact: true }).click();
  await expect(page).toHaveURL(/\/admin\/applications\/[^/]+$/);
  await shell.landed();
  await expect(page.getByRole("main")).toContainText("Second try: I now run a re-entry group in Nakuru.");
  await expect(page.getByRole("main")).toContainText("We could not confirm your work.");
});

test("two admins reset a moderator's two-step verification; the moderator signs in with the password and must enrol again", async ({ page, shell, prisma, browser, baseURL }) => {
  const { admin: first, totpSecret } = await createAdminWithTwoStep(prisma);
  const { admin: second } = await createAdminWithTwoStep(prisma);
  const demo = await prisma.user.findFirstOrThrow({ where: { id: first.id }, select: { totpSecret: true } });
  const moderator = await createModerator(prisma, { totpSecret: demo.totpSecret, totpEnabledAt: new Date(), displayName: "Moderator Lina" });

  await new SignInPage(page, shell).signInAndLand(first.email, TEST_PASSWORD, { totpSecret });
  await shell.visit(`/admin/members/${moderator.id}`);
  const main = page.getByRole("main");
  await main.getByLabel(labelled(en.StaffTwoFactorReset.reasonLabel)).fill("Lost her phone; I called her back on the number we hold and she confirmed.");
  await main.getByRole("button", { name: en.StaffTwoFactorReset.request }).click();
  await expect(main.getByText(en.StaffTwoFactorReset.done.resetRequested)).toBeVisible();
  await expect(main.getByText(en.StaffTwoFactorReset.waitingForSecond)).toBeVisible();
  await expect(main.getByRole("button", { name: en.StaffTwoFactorReset.approve })).toHaveCount(0);
  await shell.landed();

  const other = await browser.newContext({ baseURL });
  const otherPage = await other.newPage();
  const otherShell = new Shell(otherPage);
  await new SignInPage(otherPage, otherShell).signInAndLand(second.email, TEST_PASSWORD, { totpSecret });
  await otherShell.visit(`/admin/members/${moderator.id}`);
  await expect(otherPage.getByRole("main")).toContainText("Lost her phone");
  await otherPage.getByRole("main").getByRole("button", { name: en.StaffTwoFactorReset.approve }).click();
  await expect(otherPage.getByRole("main").getByText(en.StaffTwoFactorReset.done.resetApproved)).toBeVisible();
  await otherShell.landed();
  await other.close();
  await emailTo(prisma, moderator.email, "account.two-factor-reset");

  await page.context().clearCookies();
  await new SignInPage(page, shell).signInAndLand(moderator.email, TEST_PASSWORD);
  await page.goto("/admin/moderation");
  await expect(page).toHaveURL(/\/account\/security\?required=1$/);
  await shell.landed();
});
