// Page objects for the account pages: password reset, two-step verification and sessions. Labels come from
// the catalogues; every method that lands on a page runs the accessibility check on it (Shell.landed).
import { expect, type Locator, type Page } from "@playwright/test";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { messages } from "./messages";
import type { Shell } from "./shell";

const en = messages("en");

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

/** A form field's label exactly, with or without the "(required)" the form adds to it. */
export function field(label: string): RegExp {
  return new RegExp(`^${escape(label)}(\\s+${escape(en.ui.formField.required)})?$`);
}

/** The newest email of a template to an address, from the outbox (the e2e run sends nothing). */
export async function latestEmail(prisma: PrismaClient, to: string, template: string) {
  return expect
    .poll(() => prisma.outboxEmail.findFirst({ where: { to, template }, orderBy: { createdAt: "desc" } }), { message: `a ${template} email to ${to}` })
    .toBeTruthy()
    .then(() => prisma.outboxEmail.findFirstOrThrow({ where: { to, template }, orderBy: { createdAt: "desc" } }));
}

/** The one link in an email's text that goes to `path`. */
export function linkTo(text: string, path: string): string {
  const link = text.match(new RegExp(`https?://\\S+${escape(path)}\\S*`))?.[0];
  if (!link) throw new Error(`No link to ${path} in: ${text}`);
  return link;
}

export class PasswordResetPages {
  constructor(
    private readonly page: Page,
    private readonly shell: Shell,
  ) {}

  get main(): Locator {
    return this.page.getByRole("main");
  }

  /** Asks for a reset link from /reset-password and waits for the (always identical) answer. */
  async request(email: string): Promise<void> {
    await this.shell.visit("/reset-password");
    await this.main.getByLabel(field(en.PasswordReset.email)).fill(email);
    await this.main.getByRole("button", { name: en.PasswordReset.submit }).click();
    await expect(this.main.getByText(en.PasswordReset.sent)).toBeVisible();
    await this.shell.landed();
  }

  /** Opens a reset link and chooses a new password; waits for the confirmation. */
  async choosePassword(link: string, password: string): Promise<void> {
    await this.page.goto(link);
    await this.shell.landed();
    await expect(this.shell.heading).toHaveText(en.PasswordReset.newTitle);
    await this.main.getByLabel(field(en.PasswordReset.password)).fill(password);
    await this.main.getByLabel(field(en.PasswordReset.confirmPassword)).fill(password);
    await this.main.getByRole("button", { name: en.PasswordReset.save }).click();
    await expect(this.shell.heading).toHaveText(en.PasswordReset.doneTitle);
    await expect(this.shell.heading).toBeFocused();
    await this.shell.landed();
  }
}

export class SecurityPage {
  constructor(
    private readonly page: Page,
    private readonly shell: Shell,
  ) {}

  get main(): Locator {
    return this.page.getByRole("main");
  }

  async open(path = "/account/security"): Promise<void> {
    await this.shell.visit(path);
    await expect(this.shell.heading).toHaveText(en.AccountSecurity.title);
  }

  /** Starts setting up and returns the secret shown for manual entry (spaces removed). */
  async startSetUp(): Promise<string> {
    await this.main.getByRole("button", { name: en.AccountSecurity.setUp }).click();
    const qr = this.main.getByRole("img", { name: en.AccountSecurity.qrLabel });
    await expect(qr).toBeVisible();
    await expect(qr.locator("svg")).toBeVisible();
    await this.shell.landed();
    await this.main.getByText(en.AccountSecurity.manualSummary).click();
    const secret = (await this.main.getByTestId("totp-secret").textContent())?.replace(/\s/g, "") ?? "";
    expect(secret).toMatch(/^[A-Z2-7]{32}$/);
    return secret;
  }

  /** Confirms with a code and returns the recovery codes shown once. */
  async confirm(code: string): Promise<string[]> {
    await this.main.getByLabel(field(en.AccountSecurity.code)).fill(code);
    await this.main.getByRole("button", { name: en.AccountSecurity.confirm }).click();
    const list = this.main.getByRole("list", { name: en.AccountSecurity.recoveryListLabel });
    await expect(list.getByRole("listitem")).toHaveCount(10);
    await expect(this.main.getByRole("heading", { name: en.AccountSecurity.recoveryTitle })).toBeFocused();
    await this.shell.landed();
    return list.getByRole("listitem").allTextContents();
  }
}

export class SessionsPage {
  constructor(
    private readonly page: Page,
    private readonly shell: Shell,
  ) {}

  get list(): Locator {
    return this.page.getByRole("main").getByRole("list", { name: en.AccountSessions.listLabel });
  }

  get rows(): Locator {
    return this.list.getByRole("listitem");
  }

  get current(): Locator {
    return this.rows.filter({ hasText: en.AccountSessions.thisBrowser });
  }

  async open(): Promise<void> {
    await this.shell.visit("/account/sessions");
    await expect(this.shell.heading).toHaveText(en.AccountSessions.title);
  }
}
