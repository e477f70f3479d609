import type { Page } from "@playwright/test";
import { createMember, TEST_PASSWORD } from "@/tests/factories/users";
import { SecurityPage } from "./support/account";
import { createAdminWithTwoStep } from "./support/applications";
import { areaTitle, MEMBER_AREAS, PUBLIC_PAGES } from "./support/areas";
import { SignInPage, totpCode } from "./support/sign-in";
import { messages } from "./support/messages";
import { expect, test } from "./support/test";

const en = messages("en");
const WIDTH = 360;

test.use({ viewport: { width: WIDTH, height: 740 }, isMobile: true, hasTouch: true });

async function scrollWidth(page: Page): Promise<number> {
  return page.evaluate(() => (document.scrollingElement ?? document.documentElement).scrollWidth);
}

for (const path of PUBLIC_PAGES) {
  test(`${path} does not scroll sideways at ${WIDTH} px`, async ({ page, shell }) => {
    await shell.visit(path);
    expect(await scrollWidth(page)).toBeLessThanOrEqual(WIDTH);
    await shell.openMenu();
    expect(await scrollWidth(page), "with the menu open").toBeLessThanOrEqual(WIDTH);
  });
}

test("the menu works with the keyboard alone", async ({ page, shell, prisma }) => {
  const member = await createMember(prisma);
  await new SignInPage(page, shell).signInAndLand(member.email, TEST_PASSWORD);
  await shell.visit("/");
  await expect(shell.menuToggle).toBeVisible();
  await expect(shell.navLink("/board")).toHaveCount(0);

  // Tab to the menu button, as a keyboard user would.
  let presses = 0;
  while (!(await shell.menuToggle.evaluate((element) => element === document.activeElement))) {
    expect(presses++, "Tab presses to reach the menu").toBeLessThan(25);
    await page.keyboard.press("Tab");
  }
  await expect(shell.menuToggle).toContainText(en.Shell.menu);

  await page.keyboard.press("Enter");
  await expect.poll(() => shell.menuIsOpen()).toBe(true);
  for (const area of MEMBER_AREAS) await expect(shell.navLink(area.href)).toBeVisible();

  // Escape closes it and gives focus back to the button; Space opens it again.
  await page.keyboard.press("Tab");
  await expect(shell.navLink(MEMBER_AREAS[0].href)).toBeFocused();
  await page.keyboard.press("Escape");
  await expect.poll(() => shell.menuIsOpen()).toBe(false);
  await expect(shell.menuToggle).toBeFocused();
  await page.keyboard.press("Space");
  await expect.poll(() => shell.menuIsOpen()).toBe(true);

  // Tab through to the second area and follow it with Enter.
  await page.keyboard.press("Tab");
  await page.keyboard.press("Tab");
  const target = MEMBER_AREAS[1];
  await expect(shell.navLink(target.href)).toBeFocused();
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(target.href);
  await shell.landed();
  await expect(shell.heading).toHaveText(areaTitle(target));
  await expect.poll(() => shell.menuIsOpen(), "the menu closes after navigating").toBe(false);
});

/** The longest display name the forms accept, in one unbroken word (a pasted handle, a long compound). */
const LONG_NAME = "Maximiliana".repeat(8).slice(0, 80);

test(`an ${LONG_NAME.length}-character unbroken name wraps on /welcome and in the admins' member list`, async ({ page, shell, prisma }) => {
  const member = await createMember(prisma, { displayName: LONG_NAME });
  await new SignInPage(page, shell).signInAndLand(member.email, TEST_PASSWORD);
  await expect(shell.heading).toContainText(LONG_NAME);
  expect(await scrollWidth(page), "/welcome").toBeLessThanOrEqual(WIDTH);
  await expect(shell.heading.locator("[dir=auto]")).toHaveText(LONG_NAME);

  await page.context().clearCookies();
  const { admin, totpSecret } = await createAdminWithTwoStep(prisma);
  await new SignInPage(page, shell).signInAndLand(admin.email, TEST_PASSWORD, { totpSecret });
  await shell.visit("/admin/members");
  const name = page.getByRole("main").getByRole("link", { name: LONG_NAME });
  await expect(name).toBeVisible();
  await expect(name).toHaveAttribute("dir", "auto");
  expect(await scrollWidth(page), "/admin/members").toBeLessThanOrEqual(WIDTH);
});

test("recovery codes are never broken inside a code", async ({ page, shell, prisma }) => {
  const member = await createMember(prisma);
  await new SignInPage(page, shell).signInAndLand(member.email, TEST_PASSWORD);
  const security = new SecurityPage(page, shell);
  await security.open();
  const secret = await security.startSetUp();
  const codes = await security.confirm(totpCode(secret));
  expect(codes).toHaveLength(10);
  expect(await scrollWidth(page)).toBeLessThanOrEqual(WIDTH);
  const lineCounts = await page
    .getByRole("list", { name: en.AccountSecurity.recoveryListLabel })
    .getByRole("listitem")
    .evaluateAll((items) =>
      items.map((item) => {
        // One line box per code: the text's rectangles all share one top edge.
        const range = document.createRange();
        range.selectNodeContents(item);
        return new Set([...range.getClientRects()].map((rect) => Math.round(rect.top))).size;
      }),
    );
  expect(lineCounts).toEqual(codes.map(() => 1));
});
