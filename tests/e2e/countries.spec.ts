// The country select as applicants see it: common short names in their language, sorted by that
// language's collation, with no uninhabited territory among the countries one works in.
import { messages, type Locale } from "./support/messages";
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
