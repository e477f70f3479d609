import { beforeEach, describe, expect, it, vi } from "vitest";
import { db } from "@/lib/db";
import type * as envModule from "@/lib/env";
import { registerSession } from "@/lib/auth/mutations";
import { newActionRequest, signInActionRequest } from "./support/action-request";
import { queueEmail } from "@/lib/mail/mutations";
import { loadMailbox, loadMailboxEmail, MAILBOX_PAGE_SIZE } from "@/lib/mail/loaders";
import { processOutbox } from "@/lib/mail/worker";
import { createAdmin, createMember, createModerator } from "@/tests/factories/users";

// The request, with the session cookie a signed-in browser sends (support/action-request.ts).
vi.mock("next/headers", async () => (await import("./support/action-request")).nextHeadersModule);

// Whether an SMTP server is configured (the real smtpConfig reads the process environment once).
const smtp = vi.hoisted(() => ({ configured: false }));
vi.mock("@/lib/env", async (importOriginal) => {
  const actual = await importOriginal<typeof envModule>();
  return {
    ...actual,
    smtpConfig: () => (smtp.configured ? { host: "smtp.example.org", port: 465, secure: true, requireTLS: false, from: "no-reply@network.example.org" } : null),
  };
});

const LINK = "https://network.example.org/sign-in/magic?token=follow-me";

beforeEach(() => {
  newActionRequest();
  smtp.configured = false;
});

async function signInAs(user: { id: string }) {
  await signInActionRequest(await registerSession(user.id, null, 3600), user.id);
}

const twoFactorOn = { totpEnabledAt: new Date(), totpSecret: "encrypted-secret" };

/** What a page would do: render, redirect somewhere, or show "not found". */
async function outcome(promise: Promise<unknown>): Promise<string> {
  try {
    await promise;
    return "shown";
  } catch (error) {
    const digest = String((error as { digest?: unknown }).digest ?? "");
    if (digest.startsWith("NEXT_REDIRECT")) return `redirect ${digest.split(";")[2]}`;
    if (digest.includes("404")) return "not found";
    throw error;
  }
}

async function queueMagicLink(to: string) {
  return queueEmail(db(), { to, locale: "en", template: "auth.magic-link", params: { url: LINK, minutes: 15 } });
}

describe("mailbox access", () => {
  it("is for admins with two-step verification only", async () => {
    const { id } = await queueMagicLink("ana@example.org");
    const cases: Array<[string, (() => Promise<{ id: string }>) | null, string]> = [
      ["anonymous", null, "redirect /sign-in?next=%2Fadmin%2Fmailbox"],
      ["member", () => createMember(db()), "not found"],
      ["moderator with two-step", () => createModerator(db(), twoFactorOn), "not found"],
      ["admin without two-step", () => createAdmin(db()), "redirect /account/security?required=1"],
      ["suspended admin", () => createAdmin(db(), { ...twoFactorOn, status: "SUSPENDED" }), "redirect /sign-in?next=%2Fadmin%2Fmailbox&reason=suspended"],
      ["admin with two-step", () => createAdmin(db(), twoFactorOn), "shown"],
    ];
    const results: string[] = [];
    for (const [who, create, _expected] of cases) {
      newActionRequest();
      if (create) await signInAs(await create());
      results.push(`${who}: ${await outcome(loadMailbox({}))}`);
      if (who === "admin with two-step") expect(await outcome(loadMailboxEmail(id))).toBe("shown");
      else if (who === "member") expect(await outcome(loadMailboxEmail(id))).toBe("not found");
    }
    expect(results).toEqual(cases.map(([who, , expected]) => `${who}: ${expected}`));
  });
});

describe("mailbox", () => {
  beforeEach(async () => {
    await signInAs(await createAdmin(db(), twoFactorOn));
  });

  it("lists every email newest first, a page at a time, in both directions, ties broken by id", async () => {
    const total = MAILBOX_PAGE_SIZE * 2 + 7;
    const base = Date.parse("2026-06-01T12:00:00.000Z");
    for (let index = 0; index < total; index += 1) {
      const { id } = await queueMagicLink(`person-${index}@example.org`);
      // Twelve emails share one moment across the first page boundary: order must still be total.
      const second = index >= 25 && index < 37 ? 25 : index;
      await db().outboxEmail.update({ where: { id }, data: { createdAt: new Date(base + second * 1000) } });
    }
    const expected = (await db().outboxEmail.findMany({ orderBy: [{ createdAt: "desc" }, { id: "desc" }], select: { id: true } })).map((row) => row.id);

    const first = await loadMailbox({});
    const second = await loadMailbox({ before: first.olderToken ?? "" });
    const third = await loadMailbox({ before: second.olderToken ?? "" });

    expect(first.emails.map((email) => email.id)).toEqual(expected.slice(0, MAILBOX_PAGE_SIZE));
    expect(second.emails.map((email) => email.id)).toEqual(expected.slice(MAILBOX_PAGE_SIZE, 2 * MAILBOX_PAGE_SIZE));
    expect(third.emails.map((email) => email.id)).toEqual(expected.slice(2 * MAILBOX_PAGE_SIZE));
    expect([first.newerToken, third.olderToken]).toEqual([null, null]);
    expect(first.emails[0]).toMatchObject({ to: `person-${total - 1}@example.org`, subject: "Your sign-in link", template: "auth.magic-link", status: "PENDING", attempts: 0 });
    expect(first.emails[0]).not.toHaveProperty("text");

    const back = await loadMailbox({ after: third.newerToken ?? "" });
    expect(back.emails.map((email) => email.id)).toEqual(second.emails.map((email) => email.id));
    const top = await loadMailbox({ after: back.newerToken ?? "" });
    expect(top.emails.map((email) => email.id)).toEqual(first.emails.map((email) => email.id));
    expect(top.newerToken).toBeNull();
  });

  it("says so when there is nothing, and shows the newest page for an unreadable position", async () => {
    expect(await loadMailbox({})).toMatchObject({ emails: [], olderToken: null, newerToken: null, delivered: false });
    await queueMagicLink("ana@example.org");
    expect((await loadMailbox({ before: "not-a-position" })).emails).toHaveLength(1);
  });

  it("shows the text of an email waiting in the outbox, so its links can be followed", async () => {
    const { id } = await queueMagicLink("ana@example.org");

    const email = await loadMailboxEmail(id);

    expect(email).toMatchObject({ id, to: "ana@example.org", locale: "en", status: "PENDING", hasHtml: true, delivered: false });
    expect(email.body).toMatchObject({ shown: true });
    expect(email.body.shown && email.body.text).toContain(LINK);
  });

  it("never shows a text once sent (it is deleted), nor any text while a mail server delivers them", async () => {
    const sent = await queueMagicLink("sent@example.org");
    await processOutbox({ transport: { send: async () => {} }, now: new Date(Date.now() + 1000) });
    expect((await loadMailboxEmail(sent.id)).body).toEqual({ shown: false, reason: "scrubbed" });

    smtp.configured = true;
    const waiting = await queueMagicLink("waiting@example.org");
    const email = await loadMailboxEmail(waiting.id);
    expect(email.body).toEqual({ shown: false, reason: "delivered" });
    expect(JSON.stringify(email)).not.toContain("follow-me");
    expect((await loadMailbox({})).delivered).toBe(true);
  });

  it("answers not found for an unknown email", async () => {
    expect(await outcome(loadMailboxEmail("does-not-exist"))).toBe("not found");
    expect(await outcome(loadMailboxEmail("x".repeat(500)))).toBe("not found");
  });
});
