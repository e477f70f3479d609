// Signing in through the real form, as a person would. Staff accounts need a code from their
// authenticator app: `totpSecret` is the base32 secret the account was enrolled with.
import { expect, type Page } from "@playwright/test";
import { Secret, TOTP } from "otpauth";
import { messages } from "./messages";
import type { Shell } from "./shell";

const en = messages("en");

/** The app's code for now, or `offsetSeconds` later (the app accepts the next 30-second step too). */
export function totpCode(secret: string, offsetSeconds = 0): string {
  return new TOTP({ secret: Secret.fromBase32(secret), algorithm: "SHA1", digits: 6, period: 30 }).generate({ timestamp: Date.now() + offsetSeconds * 1000 });
}

export class SignInPage {
  constructor(
    private readonly page: Page,
    private readonly shell: Shell,
  ) {}

  async open(next?: string): Promise<void> {
    await this.shell.visit(next ? `/sign-in?next=${encodeURIComponent(next)}` : "/sign-in");
  }

  /** Fills the password form; with `totpSecret`, answers the second step too. */
  async signIn(email: string, password: string, options: { totpSecret?: string } = {}): Promise<void> {
    const form = this.page.getByRole("main").locator("form").first();
    await form.getByLabel(en.SignIn.email).fill(email);
    await form.getByLabel(en.SignIn.password).fill(password);
    await form.getByRole("button", { name: en.SignIn.submit }).click();
    if (options.totpSecret) {
      const code = form.getByLabel(en.SignIn.code);
      await expect(code).toBeVisible();
      await this.shell.landed();
      // The next step's code: each code works once, and a test may just have used the current one.
      await code.fill(totpCode(options.totpSecret, 30));
      await form.getByRole("button", { name: en.SignIn.submit }).click();
    }
  }

  /** Signs in and waits for the welcome page. */
  async signInAndLand(email: string, password: string, options: { totpSecret?: string } = {}): Promise<void> {
    await this.open();
    await this.signIn(email, password, options);
    await expect(this.page).toHaveURL(/\/welcome$/);
    await this.shell.landed();
  }
}

/** Signs in through the form on a page of its own (no Shell: works with JavaScript off), landing on /welcome. */
export async function signInOnPage(page: Page, email: string, password: string): Promise<void> {
  await page.goto("/sign-in");
  const form = page.getByRole("main").locator("form").first();
  await form.getByLabel(en.SignIn.email).fill(email);
  await form.getByLabel(en.SignIn.password).fill(password);
  await form.getByRole("button", { name: en.SignIn.submit }).click();
  await expect(page).toHaveURL(/\/welcome$/);
}
