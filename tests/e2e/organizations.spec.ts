// Organization management as people do it: a member asks to join; the representative edits the organization
// (a refused website first), sees the request and accepts it; an admin verifies a proposed organization and
// merges a duplicate into it, whose old address then leads to the survivor.
import type { Browser, Page } from "@playwright/test";
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

test.use({ extraHTTPHeaders: ownClientAddress() });

/** A browser signed in through the real form; optionally without JavaScript afterwards, on a 360 px phone. */
async function signedIn(browser: Browser, baseURL: string, email: string, { phoneWithoutJavaScript = false } = {}) {
  const signingIn = await browser.newContext({ baseURL, extraHTTPHeaders: ownClientAddress() });
  const signInPage = await signingIn.newPage();
  await new SignInPage(signInPage, new Shell(signInPage)).signInAndLand(email, TEST_PASSWORD);
  if (!phoneWithoutJavaScript) return { context: signingIn, page: signInPage, shell: new Shell(signInPage), main: signInPage.getByRole("main") };
  const storageState = await signingIn.storageState();
  await signingIn.close();
  const context = await browser.newContext({ baseURL, storageState, javaScriptEnabled: false, viewport: { width: 360, height: 740 }, extraHTTPHeaders: ownClientAddress() });
  const page = await context.newPage();
  return { context, page, shell: new Shell(page), main: page.getByRole("main") };
}

const scrollWidth = (page: Page) => page.evaluate(() => (document.scrollingElement ?? document.documentElement).scrollWidth);

test("a member asks to join; the representative edits the organization and accepts the request", async ({ page, shell, prisma, browser, baseURL }) => {
  const organization = await createOrganization(prisma, { representative: "create", name: `Amani Circle ${uniqueSuffix()}` });
  const member = await createMember(prisma, { displayName: `Wanjiru ${uniqueSuffix()}` });

  // The member asks, with a note.
  await new SignInPage(page, shell).signInAndLand(member.email, TEST_PASSWORD);
  const main = page.getByRole("main");
  await shell.visit(`/organizations/${organization.slug}`);
  await main.getByLabel(en.OrganizationJoin.message).fill("I run the reading group in Lang'ata.");
  await main.getByRole("button", { name: en.OrganizationJoin.ask }).click();
  await expect(main.getByText(en.OrganizationManage.done.requested)).toBeVisible();
  await shell.landed();
  await expect(main.getByRole("button", { name: en.OrganizationJoin.withdraw })).toBeVisible();

  // The representative edits the organization: a website that is not http(s) is refused, then saved.
  const rep = await signedIn(browser, baseURL!, organization.createdRepresentative!.email);
  await rep.shell.visit(`/organizations/${organization.slug}`);
  await rep.main.getByRole("link", { name: en.OrganizationManage.edit }).click();
  await expect(rep.page).toHaveURL(new RegExp(`/organizations/${organization.slug}/edit$`));
  await rep.shell.landed();
  const renamed = `${organization.name} Trust`;
  await rep.main.getByLabel(field(en.OrganizationEdit.name)).fill(renamed);
  await rep.main.getByLabel(field(en.OrganizationEdit.description)).fill("Legal aid and reentry support for women in Nairobi.");
  await rep.main.getByLabel(field(en.OrganizationEdit.website)).fill("javascript:alert(1)");
  await rep.main.getByRole("group", { name: en.OrganizationEdit.workCountries }).getByRole("checkbox", { name: "Uganda", exact: true }).check();
  await rep.main.getByRole("checkbox", { name: en.AreasOfWork.LEGAL_AID }).check();
  await rep.main.getByRole("button", { name: en.OrganizationEdit.save }).click();
  await expect(rep.main.getByRole("alert")).toContainText(en.OrganizationEdit.website);
  await rep.shell.landed();
  expect((await prisma.organization.findUniqueOrThrow({ where: { id: organization.id } })).name, "nothing is saved").toBe(organization.name);
  await expect(rep.main.getByLabel(field(en.OrganizationEdit.name)), "what was typed is kept").toHaveValue(renamed);
  await rep.main.getByLabel(field(en.OrganizationEdit.website)).fill("amani.example.org");
  await rep.main.getByRole("button", { name: en.OrganizationEdit.save }).click();
  await expect(rep.main.getByText(en.OrganizationManage.done.updated)).toBeVisible();
  await rep.shell.landed();
  await expect(rep.main.getByRole("heading", { level: 1 })).toHaveText(renamed);
  await expect(rep.main.getByRole("link", { name: "Uganda" })).toBeVisible();

  // …sees the request and accepts it.
  await rep.main.getByRole("link", { name: en.OrganizationManage.requests }).click();
  await expect(rep.page).toHaveURL(new RegExp(`/organizations/${organization.slug}/requests$`));
  await rep.shell.landed();
  const request = rep.main.getByRole("listitem").filter({ hasText: member.displayName! });
  await expect(request).toContainText("I run the reading group");
  await request.getByRole("button", { name: en.OrganizationRequests.accept }).click();
  await expect(rep.main.getByText(en.OrganizationRequests.done.accepted)).toBeVisible();
  await rep.shell.landed();
  await expect(rep.main.getByText(en.OrganizationRequests.empty)).toBeVisible();
  expect(await prisma.organizationMembership.findUnique({ where: { organizationId_userId: { organizationId: organization.id, userId: member.id } } })).toMatchObject({ role: "MEMBER" });
  await rep.context.close();

  // The member is now in it, and may leave.
  await shell.visit(`/organizations/${organization.slug}`);
  await expect(main.getByText(en.OrganizationJoin.memberNotice)).toBeVisible();
  await expect(main.getByRole("button", { name: en.OrganizationJoin.leave })).toBeVisible();
});

test("an admin verifies a proposed organization and merges a duplicate into it", async ({ page, shell, prisma }) => {
  const proposed = await createOrganization(prisma, { status: "PROPOSED", representative: "create", name: `Mothers Inside ${uniqueSuffix()}` });
  const duplicate = await createOrganization(prisma, { representative: "create", name: `Mothers Inside (duplicate) ${uniqueSuffix()}`, workCountryCodes: ["TZ"] });
  const { admin, totpSecret } = await createAdminWithTwoStep(prisma);
  await new SignInPage(page, shell).signInAndLand(admin.email, TEST_PASSWORD, { totpSecret });
  const main = page.getByRole("main");

  await shell.visit("/admin/organizations");
  await main.getByRole("listitem").filter({ hasText: proposed.name }).getByRole("button", { name: en.AdminOrganizations.verify }).click();
  await expect(main.getByText(en.AdminOrganizations.done.verified)).toBeVisible();
  await shell.landed();
  expect((await prisma.organization.findUniqueOrThrow({ where: { id: proposed.id } })).status).toBe("ACTIVE");

  await main.getByLabel(field(en.AdminOrganizations.duplicate)).selectOption(duplicate.id);
  await main.getByLabel(field(en.AdminOrganizations.survivor)).selectOption(proposed.id);
  await main.getByRole("button", { name: en.AdminOrganizations.merge }).click();
  await expect(main.getByText(en.AdminOrganizations.done.merged)).toBeVisible();
  await shell.landed();
  await expect(main.getByRole("listitem").filter({ hasText: duplicate.name })).toContainText(proposed.name);

  const survivor = await prisma.organization.findUniqueOrThrow({ where: { id: proposed.id }, include: { members: true, workCountries: true } });
  expect(survivor.members.map((member) => member.userId).sort()).toEqual([proposed.createdRepresentative!.id, duplicate.createdRepresentative!.id].sort());
  expect(survivor.workCountries.map((row) => row.countryCode)).toContain("TZ");
  const audit = await prisma.auditLog.findFirstOrThrow({ where: { action: "organization.merged", targetId: proposed.id } });
  expect(audit.metadata).toMatchObject({ duplicateId: duplicate.id, survivorId: proposed.id });

  await page.goto(`/organizations/${duplicate.slug}`);
  await expect(page).toHaveURL(new RegExp(`/organizations/${proposed.slug}$`));
  await shell.landed();
});

// Without JavaScript axe cannot run in the page; the same pages are checked with it in the tests above.
test("without JavaScript, on a 360 px phone: a member asks and withdraws, the representative is refused a bad website, declines and sees no pending requests", async ({ browser, baseURL, prisma }) => {
  const organization = await createOrganization(prisma, { representative: "create" });
  const member = await createMember(prisma);
  const phone = await signedIn(browser, baseURL!, member.email, { phoneWithoutJavaScript: true });
  await phone.page.goto(`/organizations/${organization.slug}`);
  await phone.main.getByLabel(en.OrganizationJoin.message).fill("Please add me.");
  await phone.main.getByRole("button", { name: en.OrganizationJoin.ask }).click();
  await expect(phone.main.getByText(en.OrganizationManage.done.requested)).toBeVisible();
  expect(await scrollWidth(phone.page)).toBeLessThanOrEqual(360);
  await phone.main.getByRole("button", { name: en.OrganizationJoin.withdraw }).click();
  await expect(phone.main.getByText(en.OrganizationManage.done.withdrawn)).toBeVisible();
  await phone.main.getByRole("button", { name: en.OrganizationJoin.ask }).click();
  await expect(phone.main.getByText(en.OrganizationManage.done.requested)).toBeVisible();
  await phone.context.close();

  const rep = await signedIn(browser, baseURL!, organization.createdRepresentative!.email, { phoneWithoutJavaScript: true });
  await rep.page.goto(`/organizations/${organization.slug}/edit`);
  expect(await scrollWidth(rep.page), "the edit form").toBeLessThanOrEqual(360);
  await rep.main.getByLabel(field(en.OrganizationEdit.website)).fill("ftp://files.example.org");
  await rep.main.getByRole("button", { name: en.OrganizationEdit.save }).click();
  await expect(rep.main.getByRole("alert")).toContainText(en.OrganizationEdit.website);
  await expect(rep.main.getByLabel(field(en.OrganizationEdit.website)), "what was typed is kept").toHaveValue("ftp://files.example.org");
  await rep.page.goto(`/organizations/${organization.slug}/requests`);
  expect(await scrollWidth(rep.page), "the requests page").toBeLessThanOrEqual(360);
  await rep.main.getByRole("button", { name: en.OrganizationRequests.decline }).click();
  await expect(rep.main.getByText(en.OrganizationRequests.done.declined)).toBeVisible();
  await expect(rep.main.getByText(en.OrganizationRequests.empty)).toBeVisible();
  expect(await prisma.organizationJoinRequest.findMany({ where: { userId: member.id }, select: { status: true }, orderBy: { createdAt: "asc" } })).toEqual([{ status: "WITHDRAWN" }, { status: "DECLINED" }]);
  await rep.context.close();
});
