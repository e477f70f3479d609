// Notification emails against PostgreSQL: one email per member and topic, claimed and marked in the outbox's
// transaction (two jobs at once, or a job failing half-way, never send one twice nor lose one), saying little,
// with a signed one-click unsubscribe link that changes only its own preference.
import { beforeEach, describe, expect, it } from "vitest";
import { signUnsubscribeToken, UNSUBSCRIBE_TTL_DAYS } from "@/lib/auth/unsubscribe-token";
import type { OutboxEmail } from "@/lib/generated/prisma/client";
import { processOutbox, type OutgoingEmail } from "@/lib/mail/worker";
import { confirmUnsubscribeAction } from "@/lib/notifications/actions";
import { loadUnsubscribeLink } from "@/lib/notifications/loaders";
import { markAllNotificationsRead, markNotificationsRead, removeNotificationsAbout, sendImmediateEmails } from "@/lib/notifications/mutations";
import { inspectUnsubscribeLink, unsubscribeWithLink } from "@/lib/notifications/unsubscribe-service";
import { POST as oneClick, GET as openLink } from "@/app/unsubscribe/[token]/route";
import { createPendingNotifications } from "@/tests/factories/notifications";
import { withFailingOutbox } from "./support/failing-outbox";
import { createMember } from "@/tests/factories/users";
import { db } from "./support/viewers";

const NOW = new Date("2026-12-03T10:00:00Z");
const SECRET = process.env.AUTH_SECRET!;
const DAY = 86_400_000;

const outbox = () => db().outboxEmail.findMany({ orderBy: [{ to: "asc" }, { text: "asc" }] });
/** The count an email announces ("You have 3 new mentions"). */
const announced = (email: OutboxEmail) => Number(/You have (\d+) /.exec(email.text)?.[1]);
const pending = () => db().notification.count({ where: { mailedAt: null } });
const headers = (email: OutboxEmail) => email.headers as Record<string, string>;

let ana: { id: string; email: string };
let bea: { id: string; email: string };

beforeEach(async () => {
  ana = await createMember(db(), { email: "ana@example.org" });
  bea = await createMember(db(), { email: "bea@example.org" });
});

describe("immediate notification emails", () => {
  it("leave out what the member already read in the app: an email is news, or it is not sent", async () => {
    await createPendingNotifications(db(), ana.id, 3);
    await createPendingNotifications(db(), bea.id, 1);
    const [first] = await db().notification.findMany({ where: { userId: ana.id }, orderBy: { id: "asc" }, take: 1 });
    await markNotificationsRead(ana.id, [first!.id]);
    await markAllNotificationsRead(bea.id);

    expect(await sendImmediateEmails({ now: NOW, batchSize: 50 })).toMatchObject({ members: 1, emails: 1 });
    const emails = await outbox();
    expect(emails.map((email) => [email.to, announced(email)])).toEqual([["ana@example.org", 2]]);
    expect(await pending()).toBe(0);
  });

  it("sends one email per member and topic, counted, with one-click unsubscribe headers, and never again", async () => {
    await createPendingNotifications(db(), ana.id, 2);
    await createPendingNotifications(db(), ana.id, 1, { type: "MESSAGE_MENTION" });
    await createPendingNotifications(db(), ana.id, 1, { type: "REPLY" });
    await createPendingNotifications(db(), ana.id, 1, { type: "WATCHED_POST", delivery: "WEEKLY" });
    await createPendingNotifications(db(), bea.id, 1, { type: "REPLY" });

    expect(await sendImmediateEmails({ now: NOW, batchSize: 50 })).toEqual({ members: 2, notifications: 5, emails: 3, skipped: 0 });
    const emails = await outbox();
    expect(emails.map((email) => [email.to, email.subject, announced(email)])).toEqual([
      ["ana@example.org", "You have new notifications", 1],
      ["ana@example.org", "You have new notifications", 3],
      ["bea@example.org", "You have new notifications", 1],
    ]);
    expect(emails[1]!.text).toContain("You have 3 new mentions on the Women in Prison Network.");
    expect(emails[0]!.text).toContain("1 new reply to your posts");
    for (const email of emails) {
      const { "List-Unsubscribe": link, "List-Unsubscribe-Post": post } = headers(email);
      expect(link).toMatch(/^<https:\/\/network\.example\.org\/unsubscribe\/[A-Za-z0-9._-]+>$/);
      expect(post).toBe("List-Unsubscribe=One-Click");
      expect(email.text).toContain(link!.slice(1, -1));
      expect(email.text).toContain("https://network.example.org/notifications");
    }
    // The weekly one waits for its digest; the rest are marked.
    expect(await db().notification.findMany({ where: { mailedAt: null }, select: { delivery: true } })).toEqual([{ delivery: "WEEKLY" }]);
    expect(await sendImmediateEmails({ now: NOW, batchSize: 50 })).toMatchObject({ members: 0, emails: 0 });
    expect(await db().outboxEmail.count()).toBe(3);
  });

  it("says no titles, bodies or names unless the member opted in to titles, in the member's language", async () => {
    const other = await createMember(db(), { displayName: "Zélia Quintero" });
    const payload = { threadId: 4, slug: "plan", title: "Visit plan for Santa Monica prison", number: 3, authorId: other.id };
    const carla = await createMember(db(), { locale: "es", mailShowsTitles: false });
    const dora = await createMember(db(), { locale: "en", mailShowsTitles: true });
    await createPendingNotifications(db(), carla.id, 1, { payload });
    await createPendingNotifications(db(), dora.id, 2, { payload });

    await sendImmediateEmails({ now: NOW, batchSize: 50 });
    const [toCarla] = await db().outboxEmail.findMany({ where: { to: carla.email } });
    const [toDora] = await db().outboxEmail.findMany({ where: { to: dora.email } });
    expect(toCarla!.text).toContain("Tienes 1 mención nueva");
    expect(toCarla!.subject).toBe("Tienes notificaciones nuevas");
    for (const part of [toCarla!.subject, toCarla!.text, toCarla!.html, toDora!.subject]) {
      expect(part).not.toContain("Visit plan");
      expect(part).not.toContain("Zélia");
    }
    expect(toDora!.text).toContain("You have 2 new mentions: “Visit plan for Santa Monica prison”");
    expect(toDora!.text).not.toContain("Zélia");
  });

  it("sends each notification exactly once when two jobs run at once", async () => {
    const members = await Promise.all(Array.from({ length: 24 }, () => createMember(db())));
    for (const member of members) {
      await createPendingNotifications(db(), member.id, 2);
      await createPendingNotifications(db(), member.id, 1, { type: "REPLY" });
    }
    const drain = async () => {
      while ((await sendImmediateEmails({ now: NOW, batchSize: 5 })).members > 0);
    };
    // A second job that finds everything locked stops; the first finishes the rest.
    await Promise.all([drain(), drain()]);
    await drain();
    const emails = await outbox();
    expect(emails.reduce((sum, email) => sum + announced(email), 0)).toBe(72);
    expect(new Set(emails.map((email) => email.to)).size).toBe(24);
    expect(await pending()).toBe(0);
  });

  it("leaves everything for the rerun when its transaction fails half-way, and the rerun sends it all", async () => {
    await createPendingNotifications(db(), ana.id, 2);
    await expect(withFailingOutbox(db(), () => sendImmediateEmails({ now: NOW, batchSize: 50 }))).rejects.toThrow(/outbox refused/);
    expect(await pending()).toBe(2);
    expect(await db().outboxEmail.count()).toBe(0);

    await createPendingNotifications(db(), ana.id, 1);
    expect(await sendImmediateEmails({ now: NOW, batchSize: 50 })).toMatchObject({ notifications: 3, emails: 1 });
    expect(announced((await outbox())[0]!)).toBe(3);
  });

  it("drops a notification whose post was hidden before the email went out", async () => {
    await createPendingNotifications(db(), ana.id, 1, { subjectId: "hidden-post" });
    await createPendingNotifications(db(), ana.id, 1, { type: "REPLY", subjectId: "visible-post" });
    await db().$transaction((tx) => removeNotificationsAbout(tx, "BoardPost", ["hidden-post"]));

    expect(await sendImmediateEmails({ now: NOW, batchSize: 50 })).toMatchObject({ notifications: 1, emails: 1 });
    expect((await outbox())[0]!.text).toContain("1 new reply to your posts");
  });

  it("emails nothing to suspended or deleted members, and marks theirs so they never go out later", async () => {
    const suspended = await createMember(db(), { status: "SUSPENDED" });
    const deleted = await createMember(db(), { status: "DELETED", deletedAt: NOW });
    await createPendingNotifications(db(), suspended.id, 2);
    await createPendingNotifications(db(), deleted.id, 1);

    expect(await sendImmediateEmails({ now: NOW, batchSize: 50 })).toEqual({ members: 2, notifications: 3, emails: 0, skipped: 2 });
    expect(await db().outboxEmail.count()).toBe(0);
    expect(await pending()).toBe(0);
  });

  it("hands the unsubscribe headers to the transport with the email", async () => {
    await createPendingNotifications(db(), ana.id, 1);
    await sendImmediateEmails({ now: NOW, batchSize: 50 });
    const sent: OutgoingEmail[] = [];
    // The outbox email is due from the database's clock (now()), so the worker runs on the real clock, not NOW.
    await processOutbox({ transport: { send: async (email) => void sent.push(email) } });
    expect(sent).toHaveLength(1);
    expect(sent[0]!.headers).toEqual(headers((await outbox())[0]!));
    expect(sent[0]!.headers?.["List-Unsubscribe-Post"]).toBe("List-Unsubscribe=One-Click");
  });
});

describe("unsubscribe links", () => {
  const topicLink = (userId: string, issuedAt = NOW) => signUnsubscribeToken(userId, { kind: "topic", topic: "MENTION" }, issuedAt, SECRET);
  const choices = async (userId: string) =>
    Object.fromEntries((await db().notificationPreference.findMany({ where: { userId } })).map((choice) => [choice.topic, choice.delivery]));

  it("turns only that topic to in-app, with the pending notifications, and changes nothing when used again", async () => {
    await createPendingNotifications(db(), ana.id, 1);
    await createPendingNotifications(db(), ana.id, 1, { type: "REPLY" });
    const token = topicLink(ana.id);

    expect(await inspectUnsubscribeLink(token, NOW)).toEqual({ state: "pending", scope: { kind: "topic", topic: "MENTION" } });
    expect(await choices(ana.id)).toEqual({});
    expect(await unsubscribeWithLink(token, NOW)).toEqual({ state: "done", scope: { kind: "topic", topic: "MENTION" } });
    expect(await choices(ana.id)).toEqual({ MENTION: "IN_APP" });
    expect(await sendImmediateEmails({ now: NOW, batchSize: 50 })).toMatchObject({ notifications: 1, emails: 1 });
    expect((await outbox())[0]!.text).toContain("1 new reply");

    const before = await db().notificationPreference.findMany({ where: { userId: ana.id } });
    expect(await unsubscribeWithLink(token, NOW)).toMatchObject({ state: "done" });
    expect(await db().notificationPreference.findMany({ where: { userId: ana.id } })).toEqual(before);
  });

  it("turns every topic of a digest to in-app, and nothing else", async () => {
    await db().notificationPreference.createMany({
      data: [
        { userId: ana.id, topic: "WATCHING", delivery: "DAILY" },
        { userId: ana.id, topic: "MATCH", delivery: "DAILY" },
        { userId: ana.id, topic: "MENTION", delivery: "WEEKLY" },
      ],
    });
    const token = signUnsubscribeToken(ana.id, { kind: "digest", frequency: "DAILY" }, NOW, SECRET);
    expect(await unsubscribeWithLink(token, NOW)).toMatchObject({ state: "done", scope: { kind: "digest", frequency: "DAILY" } });
    // A member's staff topics (applications are daily by default) are not theirs to change.
    expect(await choices(ana.id)).toEqual({ WATCHING: "IN_APP", MATCH: "IN_APP", MENTION: "WEEKLY" });
  });

  it("refuses forged, tampered, expired links and links of deleted members, changing nothing", async () => {
    const token = topicLink(ana.id);
    const signature = token.slice(token.lastIndexOf(".") + 1);
    const tampered = [
      `${token.slice(0, -2)}${token.endsWith("AA") ? "BB" : "AA"}`,
      token.replace(ana.id, bea.id),
      token.replace(".t.MENTION.", ".t.REPLY."),
      `${bea.id}.t.MENTION.zzzzzz.${signature}`,
      signUnsubscribeToken(ana.id, { kind: "topic", topic: "MENTION" }, NOW, "another-secret-that-is-long-enough-0123456789"),
      "not-a-token",
    ];
    for (const forged of tampered) expect([forged, await unsubscribeWithLink(forged, NOW)]).toEqual([forged, { state: "invalid" }]);

    const old = topicLink(ana.id, new Date(NOW.getTime() - (UNSUBSCRIBE_TTL_DAYS + 1) * DAY));
    expect(await inspectUnsubscribeLink(old, NOW)).toEqual({ state: "expired" });
    expect(await unsubscribeWithLink(old, NOW)).toEqual({ state: "expired" });

    const gone = await createMember(db(), { status: "DELETED", deletedAt: NOW });
    expect(await unsubscribeWithLink(topicLink(gone.id), NOW)).toEqual({ state: "invalid" });
    expect(await db().notificationPreference.count()).toBe(0);
  });

  it("answers a mail program's one-click POST, and sends a person who opens the link to the page that asks", async () => {
    const token = signUnsubscribeToken(ana.id, { kind: "topic", topic: "REPLY" }, new Date(), SECRET);
    const context = { params: Promise.resolve({ token }) };
    const opened = await openLink(new Request(`https://network.example.org/unsubscribe/${token}`), context);
    expect([opened.status, opened.headers.get("location")]).toEqual([303, `/unsubscribe/${token}/confirm`]);
    expect(await choices(ana.id)).toEqual({});

    const post = () =>
      oneClick(new Request(`https://network.example.org/unsubscribe/${token}`, { method: "POST", body: "List-Unsubscribe=One-Click", headers: { "content-type": "application/x-www-form-urlencoded" } }), context);
    const answer = await post();
    expect([answer.status, await answer.text(), answer.headers.get("x-robots-tag")]).toEqual([200, "done", "noindex, nofollow"]);
    expect(await choices(ana.id)).toEqual({ REPLY: "IN_APP" });
    expect((await post()).status).toBe(200);

    const forged = await oneClick(new Request("https://network.example.org/unsubscribe/x", { method: "POST" }), { params: Promise.resolve({ token: `${token}x` }) });
    expect(forged.status).toBe(400);
  });

  it("the page shows what will change, and its button changes it and comes back to say it is done", async () => {
    const token = signUnsubscribeToken(ana.id, { kind: "digest", frequency: "WEEKLY" }, new Date(), SECRET);
    expect(await loadUnsubscribeLink(token)).toEqual({ state: "pending", scope: { kind: "digest", frequency: "WEEKLY" } });
    const redirected = await confirmUnsubscribeAction(token).then(
      () => "no redirect",
      (error: { digest?: string }) => String(error.digest).split(";")[2],
    );
    expect(redirected).toBe(`/unsubscribe/${token}/confirm`);
    // The weekly topics by default: matches, threads followed, reactions.
    expect(await choices(ana.id)).toEqual({ MATCH: "IN_APP", WATCHING: "IN_APP", REACTION: "IN_APP" });
    expect(await loadUnsubscribeLink(token)).toEqual({ state: "done", scope: { kind: "digest", frequency: "WEEKLY" } });
  });
});
