import { createMember } from "@/tests/factories/users";
import { NAV_AREAS } from "./support/areas";
import { demoPeopleData, expectNoMemberData } from "./support/member-data";
import { messages } from "./support/messages";
import { expect, test } from "./support/test";

const en = messages("en");

for (const area of NAV_AREAS) {
  test(`the navigation reaches ${area.href}, which says the feature is coming`, async ({ page, shell, prisma }) => {
    const member = await createMember(prisma);
    await shell.visit("/");
    await shell.navigateTo(area.href);
    const copy = en.Placeholders[area.key];
    await expect(shell.heading).toHaveText(copy.title);
    await expect(page).toHaveTitle(`${copy.title} · ${en.Metadata.siteTitle}`);
    const main = page.getByRole("main");
    await expect(main).toContainText(en.Placeholders.comingSoon);
    await expect(main).toContainText(copy.body);
    await expectNoMemberData(page, demoPeopleData(), { names: [member.name ?? "", member.displayName ?? ""], emails: [member.email] });

    // And back home through the page's own link.
    await main.getByRole("link", { name: en.Placeholders.backHome }).click();
    await expect(page).toHaveURL("/");
    await shell.landed();
  });
}

test("the header's sign-in link reaches the sign-in placeholder", async ({ page, shell }) => {
  await shell.visit("/directory");
  await shell.header.getByRole("link", { name: en.Shell.signIn, exact: true }).click();
  await expect(page).toHaveURL("/sign-in");
  await shell.landed();
  await expect(shell.heading).toHaveText(en.Placeholders.signIn.title);
  await expect(page.getByRole("main")).toContainText(en.Placeholders.signIn.body);
});

test("the skip link moves focus to the main content", async ({ page, shell }) => {
  await shell.visit("/board");
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
