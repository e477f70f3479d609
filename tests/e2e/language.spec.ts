import { createMember, TEST_PASSWORD } from "@/tests/factories/users";
import { messages, type Locale } from "./support/messages";
import { SignInPage } from "./support/sign-in";
import { expect, test } from "./support/test";

const en = messages("en");

for (const locale of ["es", "fr", "pt"] as const satisfies Locale[]) {
  test(`switching to ${locale} translates the pages and stays chosen`, async ({ page, shell, prisma }) => {
    const t = messages(locale);
    const member = await createMember(prisma);
    await new SignInPage(page, shell).signInAndLand(member.email, TEST_PASSWORD);
    await shell.visit("/");
    expect(await shell.htmlLang()).toBe("en");
    await expect(shell.heading).toHaveText(en.Home.title);

    await shell.switchLanguage(locale);
    await expect(shell.heading).toHaveText(t.Home.title);
    expect(t.Home.title, "the catalogue really translates this").not.toBe(en.Home.title);
    await expect(shell.navLink("/collaborations")).toHaveText(t.Nav.collaborations);

    // Client-side navigation keeps the language...
    await shell.navigateTo("/collaborations");
    await expect(page.locator("html")).toHaveAttribute("lang", locale);
    await expect(shell.heading).toHaveText(t.Collaborations.title);
    await expect(page.getByRole("main").getByRole("heading", { name: t.Collaborations.matchesTitle })).toBeVisible();

    // ...and so does a full page load of another page.
    await shell.visit("/countries");
    await expect(page.locator("html")).toHaveAttribute("lang", locale);
    await expect(shell.heading).toHaveText(t.Countries.title);
    await expect(page).toHaveTitle(`${t.Countries.title} · ${t.Metadata.siteTitle}`);

    // A member's choice is saved with their account, so it follows them to other browsers.
    await expect.poll(async () => (await prisma.user.findUniqueOrThrow({ where: { id: member.id } })).locale).toBe(locale);

    // And back to English.
    await shell.switchLanguage("en");
    await expect(shell.heading).toHaveText(en.Countries.title);
  });
}

test.describe("with a Spanish browser", () => {
  test.use({ locale: "es-ES" });

  test("the Accept-Language header picks Spanish", async ({ page, shell }) => {
    await shell.visit("/");
    await expect(page.locator("html")).toHaveAttribute("lang", "es");
    await expect(shell.heading).toHaveText(messages("es").Home.title);
    await expect(shell.languageButton("es")).toHaveAttribute("aria-current", "true");
  });

  test("a chosen language wins over the browser's", async ({ page, shell }) => {
    await shell.visit("/sign-in");
    await shell.switchLanguage("fr");
    await expect(shell.heading).toHaveText(messages("fr").SignIn.title);
    await shell.visit("/");
    await expect(page.locator("html")).toHaveAttribute("lang", "fr");
    await expect(shell.heading).toHaveText(messages("fr").Home.title);
  });
});

test.describe("with a browser in an unsupported language", () => {
  test.use({ locale: "de-DE" });

  test("pages fall back to English", async ({ page, shell }) => {
    await shell.visit("/");
    await expect(page.locator("html")).toHaveAttribute("lang", "en");
    await expect(shell.heading).toHaveText(en.Home.title);
  });
});
