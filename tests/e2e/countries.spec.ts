// The country select as applicants see it: common short names in their language, sorted by that
// language's collation, with no uninhabited territory among the countries one works in. Then the network's
// countries page and a country's page, as a member sees them.
import { createMember, TEST_PASSWORD } from "@/tests/factories/users";
import { messages, type Locale } from "./support/messages";
import { SignInPage } from "./support/sign-in";
import { expect, test } from "./support/test";

const expected: Record<"en" | "fr", { present: string[]; absent: string[]; neighbours: [string, string, string] }> = {
  en: { present: ["Iran", "China", "Syria", "South Korea", "Russia"], absent: ["Antarctica", "Bouvet Island", "Islamic Republic of Iran"], neighbours: ["Indonesia", "Iran", "Iraq"] },
  fr: { present: ["Iran", "Chine", "Syrie", "Corée du Sud", "Russie"], absent: ["Antarctique", "Île Bouvet", "République islamique d’Iran"], neighbours: ["Dominique", "Égypte", "Émirats arabes unis"] },
};

for (const locale of ["en", "fr"] as const satisfies Locale[]) {
  test.describe(`in ${locale}`, () => {
    test.use({ locale, extraHTTPHeaders: { "accept-language": locale } });

    test("the apply form offers countries by their short names, in the language's alphabetical order", async ({ page, shell }) => {
      const t = messages(locale);
      await shell.visit("/apply");
      const select = page.getByRole("main").getByRole("combobox", { name: t.Apply.country.label });

      const names = (await select.locator("option").allTextContents()).filter((name) => name !== t.Apply.country.placeholder);

      expect(names.length).toBeGreaterThan(240);
      expect(names).toEqual([...names].sort(new Intl.Collator(locale).compare));
      expect(names).toEqual(expect.arrayContaining(expected[locale].present));
      for (const name of expected[locale].absent) expect(names).not.toContain(name);
      const [before, name, after] = expected[locale].neighbours;
      expect(names.slice(names.indexOf(name) - 1, names.indexOf(name) + 2)).toEqual([before, name, after]);
    });
  });
}

test.describe("the network's countries", () => {
  test.use({ viewport: { width: 360, height: 740 }, isMobile: true, hasTouch: true });

  test("a member finds a country on the map and in the list, and opens its page, at 360 px", async ({ page, shell, prisma }) => {
    const en = messages("en");
    const member = await createMember(prisma, { displayName: "Wairimu K.", profile: { countryCode: "KE", areasOfWork: ["LEGAL_AID"] } });
    await createMember(prisma, { displayName: "Not on the map", profile: { countryCode: "MN", hiddenFromDirectory: true } });
    await new SignInPage(page, shell).signInAndLand(member.email, TEST_PASSWORD);
    await shell.visit("/countries");
    const main = page.getByRole("main");
    const map = main.getByRole("group", { name: en.Countries.mapTitle });
    await expect(map.getByRole("link", { name: /^Kenya: / })).toHaveAttribute("href", "/countries/ke");
    await expect(main.getByRole("link", { name: "Mongolia", exact: true })).toHaveCount(0);
    expect(await page.evaluate(() => (document.scrollingElement ?? document.documentElement).scrollWidth)).toBeLessThanOrEqual(360);

    await main.locator("#country-list").getByRole("link", { name: "Kenya", exact: true }).click();
    await expect(page).toHaveURL(/\/countries\/ke$/);
    await shell.landed();
    await expect(main.getByRole("heading", { level: 1 })).toHaveText("Kenya");
    const card = main.getByRole("listitem").filter({ has: page.getByRole("link", { name: "Wairimu K." }) });
    await expect(card.getByRole("link")).toHaveAttribute("href", `/members/${member.profile.handle}`);
    await expect(card.getByText(en.AreasOfWork.LEGAL_AID)).toBeVisible();
    expect(await page.evaluate(() => (document.scrollingElement ?? document.documentElement).scrollWidth)).toBeLessThanOrEqual(360);

    // An organization working there opens on its own page, with its members.
    const organizations = main.getByRole("region", { name: en.Countries.countryOrganizations });
    const first = organizations.getByRole("link").first();
    const name = (await first.textContent()) ?? "";
    await first.click();
    await expect(page).toHaveURL(/\/organizations\/[a-z0-9-]+$/);
    await shell.landed();
    await expect(main.getByRole("heading", { level: 1 })).toHaveText(name);
    await expect(main.getByRole("heading", { name: en.OrganizationPage.members })).toBeVisible();
    expect(await page.evaluate(() => (document.scrollingElement ?? document.documentElement).scrollWidth)).toBeLessThanOrEqual(360);
  });
});
