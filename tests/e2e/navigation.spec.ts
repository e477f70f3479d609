import { createMember, TEST_PASSWORD } from "@/tests/factories/users";
import { MEMBER_AREAS } from "./support/areas";
import { demoPeopleData, expectNoMemberData } from "./support/member-data";
import { messages } from "./support/messages";
import { SignInPage } from "./support/sign-in";
import { expect, test } from "./support/test";

const en = messages("en");

for (const area of MEMBER_AREAS) {
  test(`a member's navigation reaches ${area.href}, which says the feature is coming`, async ({ page, shell, prisma }) => {
    const member = await createMember(prisma);
    const other = await createMember(prisma);
    await new SignInPage(page, shell).signInAndLand(member.email, TEST_PASSWORD);
    await shell.navigateTo(area.href);
    const copy = en.Placeholders[area.key];
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
});
