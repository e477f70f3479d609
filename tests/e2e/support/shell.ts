// Page object for the app shell around every page: header navigation, the small-screen menu and the
// language switcher. Locators go by role, href and form value, never by CSS classes or copy, so they work
// in every language. Every method that lands on a page runs the accessibility check on it.
import { expect, type Locator, type Page, type Response } from "@playwright/test";
import { expectNoA11yViolations } from "./axe";
import type { Locale } from "./messages";

export class Shell {
  readonly header: Locator;
  readonly mainNav: Locator;
  /** The small-screen menu's toggle (a <summary>); hidden on wide screens. */
  readonly menuToggle: Locator;
  readonly heading: Locator;

  constructor(readonly page: Page) {
    this.header = page.getByRole("banner");
    this.mainNav = this.header.getByRole("navigation");
    this.menuToggle = this.mainNav.locator("summary");
    this.heading = page.getByRole("main").getByRole("heading", { level: 1 });
  }

  /** Loads a page (a full page load) and checks it. */
  async visit(path: string, { status = 200 }: { status?: number } = {}): Promise<Response> {
    const response = await this.page.goto(path);
    if (!response) throw new Error(`No response for ${path}`);
    expect(response.status(), `HTTP status of ${path}`).toBe(status);
    await this.landed();
    return response;
  }

  /** Waits until the page has settled, then runs the accessibility check. */
  async landed(): Promise<void> {
    await this.page.waitForLoadState("load");
    await expect(this.heading).toBeVisible();
    // After a client-side update (e.g. the language switcher's redirect) Next.js briefly removes the
    // <title> while it streams the new one in; a settled page has one.
    await expect(this.page).toHaveTitle(/\S/);
    await expectNoA11yViolations(this.page);
  }

  /** The visible link to `href` in the main navigation (bar or open menu). */
  navLink(href: string): Locator {
    return this.mainNav.locator(`a[href="${href}"]`).filter({ visible: true });
  }

  /** Follows a main-navigation link, opening the small-screen menu first if that is where the link is. */
  async navigateTo(href: string): Promise<void> {
    const viaMenu = await this.menuToggle.isVisible();
    if (viaMenu) await this.openMenu();
    await this.navLink(href).click();
    await expect(this.page).toHaveURL(href);
    if (viaMenu) await expect.poll(() => this.menuIsOpen(), "the menu closes after navigating").toBe(false);
    for (const link of await this.mainNav.locator(`a[href="${href}"]`).all()) {
      await expect(link).toHaveAttribute("aria-current", "page");
    }
    await this.landed();
  }

  async openMenu(): Promise<void> {
    if (!(await this.menuIsOpen())) await this.menuToggle.click();
    await expect.poll(() => this.menuIsOpen()).toBe(true);
  }

  menuIsOpen(): Promise<boolean> {
    return this.mainNav.locator("details").evaluate((details) => (details as HTMLDetailsElement).open);
  }

  languageButton(locale: Locale): Locator {
    return this.header.locator(`button[name="locale"][value="${locale}"]`);
  }

  /** Chooses a language with the switcher; it reloads the current page in that language. */
  async switchLanguage(locale: Locale): Promise<void> {
    const path = new URL(this.page.url()).pathname;
    await this.languageButton(locale).click();
    await expect(this.page.locator("html")).toHaveAttribute("lang", locale);
    await expect(this.languageButton(locale)).toHaveAttribute("aria-current", "true");
    await expect(this.page).toHaveURL(path);
    await this.landed();
  }

  async htmlLang(): Promise<string | null> {
    return this.page.locator("html").getAttribute("lang");
  }
}
