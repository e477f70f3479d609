import { beforeEach, describe, expect, it, vi, type MockInstance } from "vitest";
import { db } from "@/lib/db";
import { FAILED_TEXT, queueEmail, SENT_TEXT } from "@/lib/mail/mutations";
import { drainOutbox, processOutbox, STUCK_AFTER_MS, type MailTransport, type OutgoingEmail } from "@/lib/mail/worker";

const LINK = "https://network.example.org/sign-in/magic?token=secret-token-123";
const MINUTE = 60_000;

/** A transport that keeps what it sends, optionally failing, or first yielding to other work (as real I/O does). */
function memoryTransport({ fail, yieldFirst = false }: { fail?: (email: OutgoingEmail) => Error | null; yieldFirst?: boolean } = {}) {
  const sent: OutgoingEmail[] = [];
  const transport: MailTransport = {
    async send(email) {
      if (yieldFirst) await new Promise((resolve) => setImmediate(resolve));
      const error = fail?.(email);
      if (error) throw error;
      sent.push(email);
    },
  };
  return { transport, sent };
}

const failing = (message = "connect ECONNREFUSED 192.0.2.10:587") => memoryTransport({ fail: () => Object.assign(new Error(message), { code: "ESOCKET" }) });

function queueMagicLink(to = "ana@example.org", locale = "en") {
  return queueEmail(db(), { to, locale, template: "auth.magic-link", params: { url: LINK, minutes: 15 } });
}

const row = (id: string) => db().outboxEmail.findUniqueOrThrow({ where: { id } });

let errorLog: MockInstance<typeof console.error>;
beforeEach(() => {
  errorLog = vi.spyOn(console, "error").mockImplementation(() => {});
  return () => errorLog.mockRestore();
});

describe("queueEmail", () => {
  it("renders the email in the recipient's language into a PENDING row, due now", async () => {
    const before = Date.now();
    const { id } = await queueMagicLink("bea@example.org", "fr");

    const email = await row(id);
    expect(email).toMatchObject({ to: "bea@example.org", locale: "fr", template: "auth.magic-link", subject: "Votre lien de connexion", status: "PENDING", attempts: 0 });
    expect(email.text).toContain(LINK);
    expect(email.html).toContain('lang="fr"');
    expect(email.nextAttemptAt.getTime()).toBeGreaterThanOrEqual(before - 1000);
    expect(email.nextAttemptAt.getTime()).toBeLessThanOrEqual(Date.now() + 1000);
  });

  it("stores an unsupported language as English", async () => {
    const { id } = await queueMagicLink("ana@example.org", "de");
    expect(await row(id)).toMatchObject({ locale: "en", subject: "Your sign-in link" });
  });

  it("queues nothing when the caller's transaction rolls back", async () => {
    const rollback = new Error("rollback");
    await expect(
      db().$transaction(async (tx) => {
        await queueEmail(tx, { to: "ana@example.org", locale: "en", template: "account.suspended", params: {} });
        expect(await tx.outboxEmail.count()).toBe(1);
        throw rollback;
      }),
    ).rejects.toBe(rollback);

    expect(await db().outboxEmail.count()).toBe(0);
  });

  it("queues with the transaction when it commits", async () => {
    await db().$transaction(async (tx) => {
      await queueEmail(tx, { to: "ana@example.org", locale: "en", template: "account.suspended", params: {} });
    });
    expect(await db().outboxEmail.count()).toBe(1);
  });

  it("refuses anything but a single address", async () => {
    await expect(queueMagicLink("ana@example.org, eve@example.org")).rejects.toThrow(/single email address/);
    await expect(queueMagicLink("not an address")).rejects.toThrow(/single email address/);
    expect(await db().outboxEmail.count()).toBe(0);
  });
});

describe("processOutbox", () => {
  it("sends due emails, marks them SENT and deletes their bodies", async () => {
    const { id } = await queueMagicLink();
    const { transport, sent } = memoryTransport();
    const now = new Date(Date.now() + 1000);

    const result = await processOutbox({ transport, now });

    expect(result).toEqual({ recovered: 0, claimed: 1, sent: 1, retrying: 0, failed: 0 });
    expect(sent).toHaveLength(1);
    expect(sent[0]).toMatchObject({ to: "ana@example.org", subject: "Your sign-in link" });
    expect(sent[0]?.text).toContain(LINK);
    expect(sent[0]?.html).toContain("secret-token-123");
    const email = await row(id);
    expect(email).toMatchObject({ status: "SENT", text: SENT_TEXT, html: null, attempts: 1, lastError: null });
    expect(email.sentAt?.toISOString()).toBe(now.toISOString());
    expect(JSON.stringify(await db().outboxEmail.findMany())).not.toContain("secret-token-123");

    expect(await processOutbox({ transport, now })).toMatchObject({ claimed: 0, sent: 0 });
    expect(sent).toHaveLength(1);
  });

  it("leaves emails that are not due yet", async () => {
    const { id } = await queueMagicLink();
    await db().outboxEmail.update({ where: { id }, data: { nextAttemptAt: new Date(Date.now() + 10 * MINUTE) } });
    const { transport, sent } = memoryTransport();

    expect(await processOutbox({ transport })).toMatchObject({ claimed: 0 });
    expect(sent).toHaveLength(0);
    expect((await row(id)).status).toBe("PENDING");
  });

  it("reschedules a failed email with a short error and keeps its text for the next attempt", async () => {
    const { id } = await queueMagicLink();
    const { transport } = failing();
    const now = new Date(Date.now() + 1000);

    expect(await processOutbox({ transport, now })).toMatchObject({ claimed: 1, sent: 0, retrying: 1 });

    const email = await row(id);
    expect(email).toMatchObject({ status: "PENDING", attempts: 1, lastError: "ESOCKET: connect ECONNREFUSED 192.0.2.10:587", sentAt: null });
    expect(email.text).toContain(LINK);
    expect(email.nextAttemptAt.getTime()).toBe(now.getTime() + 1 * MINUTE);
    // Logged by id, without the recipient's address.
    expect(errorLog).toHaveBeenCalledTimes(1);
    expect(String(errorLog.mock.calls[0]?.[0])).toContain(id);
    expect(String(errorLog.mock.calls[0]?.[0])).not.toContain("ana@example.org");
  });

  it("backs off 1 min, 5 min, 30 min, 2 h, 12 h, and gives up (FAILED, bodies deleted) at the 6th failure", async () => {
    const { id } = await queueMagicLink();
    const { transport } = failing("Invalid login: 535 Authentication failed");
    let now = new Date(Date.now() + 1000);
    const waits: number[] = [];

    for (let attempt = 1; attempt <= 5; attempt += 1) {
      expect(await processOutbox({ transport, now })).toMatchObject({ claimed: 1, retrying: 1 });
      const email = await row(id);
      expect(email).toMatchObject({ status: "PENDING", attempts: attempt });
      waits.push((email.nextAttemptAt.getTime() - now.getTime()) / MINUTE);
      // Not due a moment before its time...
      expect(await processOutbox({ transport, now: new Date(email.nextAttemptAt.getTime() - 1000) })).toMatchObject({ claimed: 0 });
      now = email.nextAttemptAt;
    }
    expect(waits).toEqual([1, 5, 30, 120, 720]);

    expect(await processOutbox({ transport, now })).toMatchObject({ claimed: 1, retrying: 0, failed: 1 });
    const email = await row(id);
    expect(email).toMatchObject({ status: "FAILED", attempts: 6, text: FAILED_TEXT, html: null, sentAt: null });
    expect(email.lastError).toContain("Invalid login");
    expect(await processOutbox({ transport, now: new Date(now.getTime() + 24 * 60 * MINUTE) })).toMatchObject({ claimed: 0 });
  });

  it("claims at most batchSize emails per round, oldest due first", async () => {
    const ids: string[] = [];
    for (let index = 0; index < 10; index += 1) ids.push((await queueMagicLink(`person-${index}@example.org`)).id);
    const now = new Date(Date.now() + 60_000);
    for (const [index, id] of ids.entries()) await db().outboxEmail.update({ where: { id }, data: { nextAttemptAt: new Date(now.getTime() - (index + 1) * 1000) } });
    const { transport, sent } = memoryTransport();

    expect(await processOutbox({ transport, batchSize: 4, now })).toMatchObject({ claimed: 4, sent: 4 });
    expect(sent.map((email) => email.to)).toEqual(["person-9@example.org", "person-8@example.org", "person-7@example.org", "person-6@example.org"]);
    expect(await db().outboxEmail.count({ where: { status: "PENDING" } })).toBe(6);
  });

  it("never sends an email twice when two workers run at once", async () => {
    const total = 25;
    for (let index = 0; index < total; index += 1) await queueMagicLink(`person-${index}@example.org`);
    const first = memoryTransport({ yieldFirst: true });
    const second = memoryTransport({ yieldFirst: true });
    const now = new Date(Date.now() + 1000);

    const [a, b] = await Promise.all([
      drainOutbox({ transport: first.transport, batchSize: 4, now }),
      drainOutbox({ transport: second.transport, batchSize: 4, now }),
    ]);

    const recipients = [...first.sent, ...second.sent].map((email) => email.to);
    expect(recipients).toHaveLength(total);
    expect(new Set(recipients).size).toBe(total);
    expect(a.sent + b.sent).toBe(total);
    // Both really worked: neither waited for the other to finish.
    expect(first.sent.length).toBeGreaterThan(0);
    expect(second.sent.length).toBeGreaterThan(0);
    expect(await db().outboxEmail.count({ where: { status: "SENT" } })).toBe(total);
  });

  it("gives back emails a crashed worker left SENDING for more than 10 minutes, counting the attempt", async () => {
    const { id: stuck } = await queueMagicLink("stuck@example.org");
    const { id: recent } = await queueMagicLink("recent@example.org");
    const now = new Date(Date.now() + 60 * MINUTE);
    await db().outboxEmail.update({ where: { id: stuck }, data: { status: "SENDING", nextAttemptAt: new Date(now.getTime() - STUCK_AFTER_MS - 1000) } });
    await db().outboxEmail.update({ where: { id: recent }, data: { status: "SENDING", nextAttemptAt: new Date(now.getTime() - STUCK_AFTER_MS + 60_000) } });
    const { transport, sent } = memoryTransport();

    const result = await processOutbox({ transport, now });

    expect(result).toMatchObject({ recovered: 1, claimed: 1, sent: 1 });
    expect(sent.map((email) => email.to)).toEqual(["stuck@example.org"]);
    expect(await row(stuck)).toMatchObject({ status: "SENT", attempts: 2, lastError: null });
    expect(await row(recent)).toMatchObject({ status: "SENDING", attempts: 0 });
  });

  it("gives up on an email that keeps crashing its worker", async () => {
    const { id } = await queueMagicLink();
    const now = new Date(Date.now() + 60 * MINUTE);
    await db().outboxEmail.update({ where: { id }, data: { status: "SENDING", attempts: 5, nextAttemptAt: new Date(now.getTime() - STUCK_AFTER_MS - 1000) } });

    expect(await processOutbox({ transport: memoryTransport().transport, now })).toMatchObject({ recovered: 1, claimed: 0 });
    expect(await row(id)).toMatchObject({ status: "FAILED", attempts: 6, text: FAILED_TEXT, html: null, lastError: "The worker stopped while sending this email" });
  });
});
