import type { APIResponse, Page } from "@playwright/test";
import { createApplicant, createMember, TEST_PASSWORD } from "@/tests/factories/users";
import { createAdminWithTwoStep } from "./support/applications";
import { areaTitle, MEMBER_AREAS } from "./support/areas";
import { demoPeopleData, expectNoMemberData } from "./support/member-data";
import { messages } from "./support/messages";
import { SignInPage } from "./support/sign-in";
import type { Shell } from "./support/shell";
import { expect, test } from "./support/test";

const en = messages("en");
const MEMBER_HREFS = MEMBER_AREAS.map((area) => area.href);

/** Where the main navigation's links go, as the viewer sees them (the bar, at this width). */
function navHrefs(shell: Shell): Promise<(string | null)[]> {
  return shell.mainNav.locator("a").filter({ visible: true }).evaluateAll((links) => links.map((link) => link.getAttribute("href")));
}

/** The footer offers signing in to visitors, and the account and signing out to everyone signed in. */
async function expectFooterFor(page: Page, signedIn: boolean): Promise<void> {
  const footer = page.getByRole("contentinfo");
  await expect(footer.getByRole("link", { name: en.Shell.signIn, exact: true })).toHaveCount(signedIn ? 0 : 1);
  await expect(footer.getByRole("link", { name: en.Account.account, exact: true })).toHaveCount(signedIn ? 1 : 0);
  await expect(footer.getByRole("button", { name: en.Account.signOut, exact: true })).toHaveCount(signedIn ? 1 : 0);
}

test("a visitor's navigation offers only what a visitor can open", async ({ page, shell }) => {
  await shell.visit("/");
  expect(await navHrefs(shell)).toEqual(["/apply"]);
  await expectFooterFor(page, false);
});

test("an applicant's navigation leads to their application, which /welcome summarizes", async ({ page, shell, prisma }) => {
  const applicant = await createApplicant(prisma);
  await new SignInPage(page, shell).signInAndLand(applicant.email, TEST_PASSWORD);
  await expect(page.getByRole("main")).toContainText(en.ApplicationStatus.status.PENDING);
  expect(await navHrefs(shell)).toEqual(["/application"]);
  await expectFooterFor(page, true);
});

test("a member's navigation has the member areas and no admin", async ({ page, shell, prisma }) => {
  const member = await createMember(prisma);
  await new SignInPage(page, shell).signInAndLand(member.email, TEST_PASSWORD);
  expect(await navHrefs(shell)).toEqual(MEMBER_HREFS);
  await expectFooterFor(page, true);
});

test("an admin's navigation adds the admin area, which opens", async ({ page, shell, prisma }) => {
  const { admin, totpSecret } = await createAdminWithTwoStep(prisma);
  await new SignInPage(page, shell).signInAndLand(admin.email, TEST_PASSWORD, { totpSecret });
  expect(await navHrefs(shell)).toEqual([...MEMBER_HREFS, "/admin"]);
  await expectFooterFor(page, true);
  await shell.navigateTo("/admin");
  await expect(shell.heading).toHaveText(en.AdminHome.title);
});

test("an applicant opening a members-only page is told their application is not decided yet", async ({ page, shell, prisma }) => {
  const applicant = await createApplicant(prisma);
  await new SignInPage(page, shell).signInAndLand(applicant.email, TEST_PASSWORD);
  for (const area of MEMBER_AREAS) {
    await shell.visit(area.href);
    await expect(shell.heading).toHaveText(en.Placeholders.membersOnly.title);
    await expect(page.getByRole("main")).toContainText(en.Placeholders.membersOnly.body);
    await expect(page.getByRole("main")).not.toContainText(en.Placeholders.comingSoon);
    await expect(page.getByRole("main")).not.toContainText(en.Countries.mapTitle);
  }
  await page.getByRole("main").getByRole("link", { name: en.Placeholders.membersOnly.link }).click();
  await expect(page).toHaveURL("/application");
  await shell.landed();
});

for (const area of MEMBER_AREAS.filter((entry) => !entry.built)) {
  test(`a member's navigation reaches ${area.href}, which says the feature is coming`, async ({ page, shell, prisma }) => {
    const member = await createMember(prisma);
    const other = await createMember(prisma);
    await new SignInPage(page, shell).signInAndLand(member.email, TEST_PASSWORD);
    await shell.navigateTo(area.href);
    const copy = (en.Placeholders as unknown as Record<string, { title: string; body: string }>)[area.key]!;
    await expect(shell.heading).toHaveText(copy.title);
    await expect(page).toHaveTitle(`${copy.title} · ${en.Metadata.siteTitle}`);
    const main = page.getByRole("main");
    await expect(main).toContainText(en.Placeholders.comingSoon);
    await expect(main).toContainText(copy.body);
    await expectNoMemberData(page, demoPeopleData(), { names: [other.name ?? "", other.displayName ?? ""], emails: [other.email] });

    // And back home through the page's own link.
    await main.getByRole("link", { name: en.Placeholders.backHome }).click();
    await expect(page).toHaveURL("/");
    await shell.landed();
  });

  test(`${area.href} asks a visitor to sign in first, and returns there afterwards`, async ({ page, shell, prisma }) => {
    await shell.visit(area.href);
    await expect(page).toHaveURL(`/sign-in?next=${encodeURIComponent(area.href)}`);
    await expect(shell.heading).toHaveText(en.SignIn.title);

    const member = await createMember(prisma);
    await new SignInPage(page, shell).signIn(member.email, TEST_PASSWORD);
    await expect(page).toHaveURL(area.href);
    await shell.landed();
  });
}

test("the admin area does not exist for a member", async ({ page, shell, prisma }) => {
  const member = await createMember(prisma);
  await new SignInPage(page, shell).signInAndLand(member.email, TEST_PASSWORD);
  await shell.visit("/admin", { status: 404 });
  await expect(shell.heading).toHaveText(en.Errors.notFoundTitle);
  for (const path of ["/admin", "/admin/members/no-such-member"]) {
    const response = await page.request.get(path);
    expect(response.status(), path).toBe(404);
    expect(await robotsDirectives(response), path).toContain("noindex, nofollow");
  }
});

test("the header's sign-in link reaches the sign-in page", async ({ page, shell }) => {
  await shell.visit("/");
  await shell.header.getByRole("link", { name: en.Shell.signIn, exact: true }).click();
  await expect(page).toHaveURL("/sign-in");
  await shell.landed();
  await expect(shell.heading).toHaveText(en.SignIn.title);
});

test("the skip link moves focus to the main content", async ({ page, shell }) => {
  await shell.visit("/sign-in");
  await page.keyboard.press("Tab");
  const skipLink = page.getByRole("link", { name: en.Shell.skipToContent });
  await expect(skipLink).toBeFocused();
  await page.keyboard.press("Enter");
  await expect(page.getByRole("main")).toBeFocused();
});

test("an unknown address shows a helpful page with a 404 status", async ({ page, shell }) => {
  await shell.visit("/no-such-page", { status: 404 });
  await expect(shell.heading).toHaveText(en.Errors.notFoundTitle);
  await expect(page.getByRole("main").getByRole("link", { name: en.Errors.goHome })).toHaveAttribute("href", "/");
  await expect(page.locator('meta[name="robots"][content="noindex, nofollow"]')).toHaveCount(1);
});

/** The robots directives of a page's HTML, as sent (before any JavaScript). */
async function robotsDirectives(response: APIResponse): Promise<(string | undefined)[]> {
  return [...(await response.text()).matchAll(/<meta name="robots" content="([^"]*)"/g)].map((match) => match[1]);
}

test("a 404 page tells search engines not to index it or follow its links, in the HTML itself", async ({ request }) => {
  const response = await request.get("/no-such-page");
  expect(response.status()).toBe(404);
  expect(await robotsDirectives(response)).toContain("noindex, nofollow");
});

for (const area of MEMBER_AREAS.filter((entry) => entry.built)) {
  test(`a member's navigation reaches ${area.href}, which shows no other member's private details`, async ({ page, shell, prisma }) => {
    const member = await createMember(prisma);
    // Hidden from the directory, with a country kept to admins: named on none of these pages.
    const other = await createMember(prisma, { profile: { countryCode: "KE", countryVisibility: "ADMINS", hiddenFromDirectory: true } });
    await new SignInPage(page, shell).signInAndLand(member.email, TEST_PASSWORD);
    await shell.navigateTo(area.href);
    await expect(shell.heading).toHaveText(areaTitle(area));
    await expect(page).toHaveTitle(`${areaTitle(area)} · ${en.Metadata.siteTitle}`);
    // The directory names listed members by design, and the collaboration list and the library name each request's
    // author and resource's sharer (by the name they show, as the board names a post's); their emails and private
    // accounts still never show.
    const demo = demoPeopleData();
    await expectNoMemberData(page, area.href === "/directory" || area.href === "/collaborations" || area.href === "/resources" ? { ...demo, names: [] } : demo, { names: [other.name ?? "", other.displayName ?? ""], emails: [other.email] });
  });
}
