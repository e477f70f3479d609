// Notification settings on a 360 px phone: a member reaches them from the notification centre, changes two
// topics and the time zone (the browser's zone suggested, nothing stored until saved), and finds them kept
// after a reload; the same without JavaScript, where UTC is preselected and the hint says so.
import type { Browser, Locator, Page } from "@playwright/test";
import { createMember, TEST_PASSWORD } from "@/tests/factories/users";
import { ownClientAddress } from "./support/applications";
import { messages } from "./support/messages";
import { Shell } from "./support/shell";
import { SignInPage } from "./support/sign-in";
import { expect, test } from "./support/test";

const en = messages("en");
const settings = en.NotificationSettings;
const PHONE = { width: 360, height: 740 };

test.use({ viewport: PHONE, isMobile: true, hasTouch: true, extraHTTPHeaders: ownClientAddress() });

const scrollWidth = (page: Page) => page.evaluate(() => (document.scrollingElement ?? document.documentElement).scrollWidth);

/** One delivery of one topic, by the topic's legend and the delivery's label. */
function delivery(main: Locator, topic: keyof typeof settings.topics, choice: keyof typeof settings.deliveries): Locator {
  return main.getByRole("group", { name: settings.topics[topic].label, exact: true }).getByRole("radio", { name: settings.deliveries[choice] });
}

test("a member changes two topics and the time zone, and finds them kept", async ({ page, shell, prisma }) => {
  const member = await createMember(prisma);
  await new SignInPage(page, shell).signInAndLand(member.email, TEST_PASSWORD);
  await shell.visit("/notifications");
  const main = page.getByRole("main");
  await main.getByRole("link", { name: en.Notifications.settingsLink }).click();
  await expect(page).toHaveURL(/\/account\/notifications$/);
  await shell.landed();
  expect(await scrollWidth(page)).toBeLessThanOrEqual(PHONE.width);
  await expect(page.getByRole("navigation", { name: en.AccountNav.label }).getByRole("link", { name: en.AccountNav.notifications })).toHaveAttribute("aria-current", "page");

  // Defaults, and the browser's zone (the suite's Pacific/Chatham) suggested but not stored.
  await expect(delivery(main, "MENTION", "IMMEDIATE")).toBeChecked();
  await expect(delivery(main, "REACTION", "WEEKLY")).toBeChecked();
  const zone = main.getByLabel(settings.timeZone);
  await expect(zone).toHaveValue("Pacific/Chatham");
  expect((await prisma.user.findUniqueOrThrow({ where: { id: member.id } })).timeZone).toBeNull();

  await delivery(main, "MENTION", "DAILY").check();
  await delivery(main, "REACTION", "OFF").check();
  await zone.selectOption("Africa/Nairobi");
  await main.getByRole("button", { name: settings.save }).click();
  await expect(main.getByText(settings.saved)).toBeVisible();
  // React resets a form after its action: it must show what was just saved, not what was there before.
  await expect(delivery(main, "MENTION", "DAILY")).toBeChecked();
  await expect(main.getByLabel(settings.timeZone)).toHaveValue("Africa/Nairobi");

  await page.reload();
  await shell.landed();
  await expect(delivery(main, "MENTION", "DAILY")).toBeChecked();
  await expect(delivery(main, "REACTION", "OFF")).toBeChecked();
  await expect(delivery(main, "REPLY", "IMMEDIATE")).toBeChecked();
  await expect(main.getByLabel(settings.timeZone)).toHaveValue("Africa/Nairobi");
  expect(await prisma.user.findUniqueOrThrow({ where: { id: member.id }, select: { timeZone: true, mailShowsTitles: true } })).toEqual({ timeZone: "Africa/Nairobi", mailShowsTitles: false });
});

/** Signed in through the real form, then a phone browser with JavaScript off holding that session. */
async function withoutJavaScript(browser: Browser, baseURL: string, email: string) {
  const signingIn = await browser.newContext({ baseURL, extraHTTPHeaders: ownClientAddress() });
  const signInPage = await signingIn.newPage();
  await new SignInPage(signInPage, new Shell(signInPage)).signInAndLand(email, TEST_PASSWORD);
  const storageState = await signingIn.storageState();
  await signingIn.close();
  const context = await browser.newContext({ baseURL, storageState, javaScriptEnabled: false, viewport: PHONE, extraHTTPHeaders: ownClientAddress() });
  const page = await context.newPage();
  return { context, page, main: page.getByRole("main") };
}

test("without JavaScript, UTC is preselected, the hint says so, and the form still saves", async ({ browser, baseURL, prisma }) => {
  const member = await createMember(prisma);
  // axe cannot run in a page without JavaScript (its colour check never returns): the page passed it above.
  const { context, page, main } = await withoutJavaScript(browser, baseURL!, member.email);
  await page.goto("/account/notifications");
  expect(await scrollWidth(page)).toBeLessThanOrEqual(PHONE.width);
  const zone = main.getByLabel(settings.timeZone);
  await expect(zone).toHaveValue("UTC");
  await expect(main.getByText(settings.timeZoneNotSaved)).toBeVisible();

  await delivery(main, "REPLY", "IN_APP").check();
  await delivery(main, "WATCHING", "OFF").check();
  await zone.selectOption("Europe/Lisbon");
  await main.getByLabel(settings.mailShowsTitles).check();
  await main.getByRole("button", { name: settings.save }).click();
  await expect(main.getByText(settings.saved)).toBeVisible();

  await page.goto("/account/notifications");
  await expect(delivery(main, "REPLY", "IN_APP")).toBeChecked();
  await expect(delivery(main, "WATCHING", "OFF")).toBeChecked();
  await expect(main.getByLabel(settings.timeZone)).toHaveValue("Europe/Lisbon");
  await expect(main.getByLabel(settings.mailShowsTitles)).toBeChecked();
  await expect(main.getByText(settings.timeZoneNotSaved)).toHaveCount(0);
  await context.close();
});
