// Page objects for the membership journeys: the application form, the emailed confirmation link and the
// admins' review pages. Labels come from the catalogues; every method that lands on a page runs the
// accessibility check on it (Shell.landed).
import { randomInt } from "node:crypto";
import { expect, type Locator, type Page } from "@playwright/test";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { DEMO_ADMIN_EMAIL, DEMO_ADMIN_TOTP_SECRET } from "@/prisma/seed/demo-data";
import { createAdmin } from "@/tests/factories/users";
import { messages } from "./messages";
import type { Shell } from "./shell";

const en = messages("en");

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

/** A field's label, with or without the "(required)" the form adds to it. */
export function labelled(label: string): RegExp {
  return new RegExp(`^${escape(label)}(\\s+${escape(en.ui.formField.required)})?$`);
}

/**
 * A client address of its own for a browser context (documentation range, RFC 5737), so the per-address
 * limit on applications counts each test apart, as it would count different people.
 */
export function ownClientAddress(): Record<string, string> {
  return { "x-forwarded-for": `198.51.100.${randomInt(1, 255)}` };
}

/**
 * An admin with two-step verification, made with the factories. The app seals TOTP secrets with its own
 * AUTH_SECRET, which the tests do not know, so the new admin gets a copy of the demo admin's sealed
 * secret: codes come from DEMO_ADMIN_TOTP_SECRET.
 */
export async function createAdminWithTwoStep(prisma: PrismaClient) {
  const demo = await prisma.user.findUniqueOrThrow({ where: { email: DEMO_ADMIN_EMAIL }, select: { totpSecret: true } });
  const admin = await createAdmin(prisma, { totpSecret: demo.totpSecret, totpEnabledAt: new Date(), locale: "en" });
  return { admin, totpSecret: DEMO_ADMIN_TOTP_SECRET };
}

/** The newest email of a template to an address, from the outbox (the e2e run sends nothing). */
export async function emailTo(prisma: PrismaClient, to: string, template: string) {
  await expect.poll(() => prisma.outboxEmail.count({ where: { to, template } }), { message: `a ${template} email to ${to}` }).toBeGreaterThan(0);
  return prisma.outboxEmail.findFirstOrThrow({ where: { to, template }, orderBy: { createdAt: "desc" } });
}

/** The link in an email's text that goes to `path`. */
export function linkIn(text: string, path: string): string {
  const link = text.match(new RegExp(`https?://\\S+${escape(path)}\\S*`))?.[0];
  if (!link) throw new Error(`No link to ${path} in: ${text}`);
  return link;
}

export type Answers = {
  name: string;
  displayName: string;
  email: string;
  password: string;
  country: string;
  languages: string[];
  work: string;
  livedExperience?: string;
};

export class ApplyPage {
  constructor(
    private readonly page: Page,
    private readonly shell?: Shell,
  ) {}

  get main(): Locator {
    return this.page.getByRole("main");
  }

  async open(): Promise<void> {
    if (this.shell) await this.shell.visit("/apply");
    else await this.page.goto("/apply");
  }

  /** Fills the form as an individual advocate. */
  async fill(answers: Answers): Promise<void> {
    const main = this.main;
    await main.getByRole("radio", { name: en.Apply.kind.individual }).check();
    await main.getByLabel(labelled(en.Apply.name.label)).fill(answers.name);
    await main.getByLabel(labelled(en.Apply.displayName.label)).fill(answers.displayName);
    await main.getByLabel(labelled(en.Apply.country.label)).selectOption({ label: answers.country });
    for (const language of answers.languages) await main.getByRole("checkbox", { name: language, exact: true }).check();
    await main.getByLabel(labelled(en.Apply.work.label)).fill(answers.work);
    if (answers.livedExperience) await main.getByLabel(labelled(en.Apply.livedExperience.label)).fill(answers.livedExperience);
    await main.getByLabel(labelled(en.Apply.email.label)).fill(answers.email);
    await main.getByLabel(labelled(en.Apply.password.label)).fill(answers.password);
    await main.getByRole("checkbox", { name: en.Apply.consent.label }).check();
  }

  async submit(): Promise<void> {
    await this.main.getByRole("button", { name: en.Apply.submit }).click();
  }

  async expectSent(): Promise<void> {
    await expect(this.main.getByText(en.Apply.sentBody)).toBeVisible();
    await this.shell?.landed();
  }
}

export class ReviewPages {
  constructor(
    private readonly page: Page,
    private readonly shell: Shell,
  ) {}

  get main(): Locator {
    return this.page.getByRole("main");
  }

  /** The admin navigation's link to the queue, which carries the number of applications waiting. */
  queueLink(): Locator {
    return this.page.getByRole("navigation", { name: en.AdminNav.label }).getByRole("link", { name: new RegExp(`^${escape(en.AdminNav.applications)}`) });
  }

  async openApplication(displayName: string): Promise<void> {
    await this.shell.visit("/admin/applications");
    await this.main.getByRole("link", { name: displayName, exact: true }).click();
    await expect(this.page).toHaveURL(/\/admin\/applications\/[^/]+$/);
    await this.shell.landed();
  }

  async approve(role: "MEMBER" | "MODERATOR" | "ADMIN" = "MEMBER"): Promise<void> {
    const form = this.main.locator("form").filter({ has: this.page.getByRole("button", { name: en.AdminApplication.approve.submit }) });
    await form.getByLabel(labelled(en.AdminApplication.approve.role)).selectOption(role);
    await form.getByRole("button", { name: en.AdminApplication.approve.submit }).click();
    // The application leaves the queue: the reviewer is back there, told what was done.
    await expect(this.main.getByText(en.AdminApplication.done.approved)).toBeVisible();
    await this.shell.landed();
  }
}

export class InvitationPages {
  constructor(
    private readonly page: Page,
    private readonly shell: Shell,
  ) {}

  get main(): Locator {
    return this.page.getByRole("main");
  }

  /** Sends an admin's invitation from /admin/invitations. */
  async inviteAsAdmin(email: string, options: { preApproved?: boolean; role?: "MEMBER" | "MODERATOR" | "ADMIN" } = {}): Promise<void> {
    await this.shell.visit("/admin/invitations");
    await this.main.getByLabel(labelled(en.AdminInvitations.email)).fill(email);
    if (options.preApproved) await this.main.getByRole("checkbox", { name: en.AdminInvitations.preApproved }).check();
    if (options.role) await this.main.getByLabel(labelled(en.AdminInvitations.role)).selectOption(options.role);
    await this.main.getByRole("button", { name: en.AdminInvitations.submit }).click();
    await expect(this.main.getByText(en.AdminInvitations.sent)).toBeVisible();
    await expect(this.main.getByRole("listitem").filter({ hasText: email })).toContainText(en.InvitationStatus.pending);
    await this.shell.landed();
  }
}
