// The member directory as members use it: a search that ignores accents, filters through the GET form,
// removable filter chips and pages, on a phone with JavaScript and on a browser without it.
import { randomBytes } from "node:crypto";
import { createMember, TEST_PASSWORD } from "@/tests/factories/users";
import { messages } from "./support/messages";
import { signInOnPage, SignInPage } from "./support/sign-in";
import { expect, test } from "./support/test";

const en = messages("en");
const word = () => `zq${randomBytes(4).toString("hex")}`;

test.describe("on a phone", () => {
  test.use({ viewport: { width: 360, height: 740 }, isMobile: true, hasTouch: true });

  test("a member finds another by a word of her bio typed without accents, narrows by country, and drops the filter", async ({ page, shell, prisma }) => {
    const marker = word();
    const member = await createMember(prisma);
    await createMember(prisma, { displayName: `Lucía ${marker}`, profile: { countryCode: "CO", bio: `Trabajo en Bogotá, ${marker}.`, areasOfWork: ["LEGAL_AID"] } });
    await createMember(prisma, { displayName: `Hidden ${marker}`, profile: { hiddenFromDirectory: true, bio: "Bogotá" } });
    await new SignInPage(page, shell).signInAndLand(member.email, TEST_PASSWORD);
    await shell.navigateTo("/directory");
    await expect(shell.heading).toHaveText(en.Directory.title);

    const main = page.getByRole("main");
    await main.getByLabel(en.Directory.search).fill(`BOGOTA ${marker.slice(0, 6)}`);
    await main.getByRole("button", { name: en.Directory.apply }).click();
    await expect(page).toHaveURL(/q=BOGOTA/);
    await shell.landed();
    const results = main.getByRole("region", { name: en.Directory.resultsLabel });
    await expect(results.getByRole("link", { name: `Lucía ${marker}` })).toBeVisible();
    await expect(results.getByText("Colombia")).toBeVisible();
    await expect(main.getByText(`Hidden ${marker}`)).toHaveCount(0);

    await main.getByLabel(en.Directory.country).selectOption("CO");
    await main.getByRole("button", { name: en.Directory.apply }).click();
    await expect(page).toHaveURL(/country=CO/);
    await shell.landed();
    await expect(results.getByRole("link", { name: `Lucía ${marker}` })).toBeVisible();

    await main.getByRole("link", { name: en.Directory.remove.replace("{label}", `${en.Directory.country}: Colombia`) }).click();
    await expect(page).not.toHaveURL(/country=/);
    await shell.landed();
    await expect(main.getByLabel(en.Directory.country)).toHaveValue("");
    await expect(results.getByRole("link", { name: `Lucía ${marker}` })).toBeVisible();
  });
});

// Without JavaScript axe cannot run, so this journey uses a browser of its own; the same page passes the
// accessibility check with JavaScript above.
test("without JavaScript, the directory searches, filters and pages", async ({ browser, baseURL, prisma }) => {
  const marker = word();
  const member = await createMember(prisma);
  await createMember(prisma, { displayName: `Ngozi ${marker}`, profile: { countryCode: "NG", languages: ["yo"], areasOfWork: ["HEALTH"] } });
  await createMember(prisma, { displayName: `Other ${marker}`, profile: { countryCode: "NG", languages: ["ha"] } });
  const context = await browser.newContext({ javaScriptEnabled: false, baseURL });
  const page = await context.newPage();
  const main = page.getByRole("main");
  await signInOnPage(page, member.email, TEST_PASSWORD);

  await page.goto("/directory");
  await main.getByLabel(en.Directory.search).fill(marker);
  await main.getByLabel(en.Directory.language).selectOption("yo");
  await main.getByRole("button", { name: en.Directory.apply }).click();
  await expect(page).toHaveURL(/language=yo/);
  await expect(main.getByRole("link", { name: `Ngozi ${marker}` })).toBeVisible();
  await expect(main.getByRole("link", { name: `Other ${marker}` })).toHaveCount(0);

  // The demo network has more members than one page holds: the next page has others, and leads back.
  await page.goto("/directory");
  const firstPage = await main.getByRole("region", { name: en.Directory.resultsLabel }).getByRole("link").allTextContents();
  await main.getByRole("link", { name: en.Directory.next }).click();
  const secondPage = await main.getByRole("region", { name: en.Directory.resultsLabel }).getByRole("link").allTextContents();
  expect(secondPage.length).toBeGreaterThan(0);
  expect(secondPage.filter((name) => firstPage.includes(name))).toEqual([]);
  await main.getByRole("link", { name: en.Directory.first }).click();
  await expect(page).toHaveURL("/directory");
  await context.close();
});
