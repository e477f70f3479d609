// Daily and weekly digests against PostgreSQL: due at each member's local morning (tests run in
// Pacific/Chatham; members in Tokyo, Lima and UTC), weekly only on their Monday, built once per period however
// many jobs run, never lost when a job fails, counting only what is still there, saying little.
import { beforeEach, describe, expect, it } from "vitest";
import type { DigestFrequency } from "@/lib/generated/prisma/client";
import { dueDigestMembers } from "@/lib/notifications/data";
import { buildDigests, removeNotificationsAbout } from "@/lib/notifications/mutations";
import { createPendingNotifications } from "@/tests/factories/notifications";
import { createMember } from "@/tests/factories/users";
import { withFailingOutbox } from "./support/failing-outbox";
import { db } from "./support/viewers";

// Monday 7 December 2026. At 00:30 UTC: Tokyo 09:30 Monday, Lima 19:30 Sunday, UTC 00:30 Monday.
const MONDAY_0030 = new Date("2026-12-07T00:30:00Z");
// At 12:30 UTC: Tokyo 21:30 Monday, Lima 07:30 Monday, UTC 12:30 Monday. At 13:30 Lima's morning has come.
const MONDAY_1230 = new Date("2026-12-07T12:30:00Z");
const MONDAY_1330 = new Date("2026-12-07T13:30:00Z");
const SUNDAY_1330 = new Date("2026-12-06T13:30:00Z");

let tokyo: { id: string; email: string };
let lima: { id: string; email: string };
let utc: { id: string; email: string };

const due = (now: Date, frequency: DigestFrequency = "DAILY") => dueDigestMembers({ now, frequency, after: null, limit: 100 });
const sorted = (...ids: string[]) => [...ids].sort();
const build = async (now: Date, frequency: DigestFrequency = "DAILY") => buildDigests({ memberIds: await due(now, frequency), frequency, now });
const digests = () => db().notificationDigest.findMany({ orderBy: { periodKey: "asc" }, select: { userId: true, frequency: true, periodKey: true, notificationCount: true } });
const emailTo = async (to: string) => (await db().outboxEmail.findMany({ where: { to } })).map((email) => email.text);

beforeEach(async () => {
  tokyo = await createMember(db(), { timeZone: "Asia/Tokyo" });
  lima = await createMember(db(), { timeZone: "America/Lima", locale: "pt" });
  utc = await createMember(db(), { timeZone: null });
  for (const member of [tokyo, lima, utc]) {
    await createPendingNotifications(db(), member.id, 2, { type: "WATCHED_POST", delivery: "DAILY" });
    await createPendingNotifications(db(), member.id, 1, { type: "REACTION", delivery: "WEEKLY" });
  }
});

describe("digests", () => {
  it("are due at each member's local morning, once per local day", async () => {
    expect(await due(MONDAY_0030)).toEqual(sorted(tokyo.id, lima.id));
    expect(await build(MONDAY_0030)).toEqual({ digests: 2, notifications: 4, emails: 2 });
    expect(await digests()).toEqual(
      expect.arrayContaining([
        { userId: lima.id, frequency: "DAILY", periodKey: "2026-12-06", notificationCount: 2 },
        { userId: tokyo.id, frequency: "DAILY", periodKey: "2026-12-07", notificationCount: 2 },
      ]),
    );
    // Something new for everyone: Tokyo had its digest today, Lima's new day has no morning yet.
    for (const member of [tokyo, lima]) await createPendingNotifications(db(), member.id, 1, { type: "WATCHED_POST", delivery: "DAILY" });
    expect(await due(MONDAY_1230)).toEqual([utc.id]);
    expect(await build(MONDAY_1230)).toMatchObject({ digests: 1 });
    expect(await due(MONDAY_1330)).toEqual([lima.id]);
    expect(await build(MONDAY_1330)).toMatchObject({ digests: 1, notifications: 1 });
    expect(await db().notificationDigest.count({ where: { userId: lima.id } })).toBe(2);
  });

  it("go out weekly only on the member's Monday, with the week's counts", async () => {
    expect(await due(SUNDAY_1330, "WEEKLY")).toEqual([]);
    expect(await due(MONDAY_0030, "WEEKLY")).toEqual([tokyo.id]);
    expect(await build(MONDAY_1330, "WEEKLY")).toEqual({ digests: 3, notifications: 3, emails: 3 });
    expect((await digests()).map((digest) => digest.periodKey)).toEqual(["2026-W50", "2026-W50", "2026-W50"]);
    expect(await due(MONDAY_1330, "WEEKLY")).toEqual([]);
    expect((await emailTo(tokyo.email))[0]).toContain("- 1 new reaction to your posts");
  });

  it("walk the members in keyset batches", async () => {
    const first = await dueDigestMembers({ now: MONDAY_1330, frequency: "DAILY", after: null, limit: 2 });
    const rest = await dueDigestMembers({ now: MONDAY_1330, frequency: "DAILY", after: first.at(-1)!, limit: 2 });
    expect([...first, ...rest]).toEqual(sorted(tokyo.id, lima.id, utc.id));
  });

  it("are built exactly once when two jobs build the same members at once", async () => {
    const memberIds = await due(MONDAY_1330);
    const results = await Promise.all([0, 1, 2].map(() => buildDigests({ memberIds, frequency: "DAILY", now: MONDAY_1330 })));
    expect(results.reduce((sum, result) => sum + result.digests, 0)).toBe(3);
    expect(results.reduce((sum, result) => sum + result.emails, 0)).toBe(3);
    expect(await db().outboxEmail.count()).toBe(3);
    expect(await db().notification.count({ where: { delivery: "DAILY", digestId: null } })).toBe(0);
  });

  it("are not lost when a job fails half-way: the retry builds them with everything", async () => {
    await expect(withFailingOutbox(db(), () => build(MONDAY_1330))).rejects.toThrow(/outbox refused/);
    expect(await db().notificationDigest.count()).toBe(0);
    expect(await db().notification.count({ where: { mailedAt: { not: null } } })).toBe(0);

    await createPendingNotifications(db(), utc.id, 1, { type: "WATCHED_POST", delivery: "DAILY" });
    expect(await build(MONDAY_1330)).toEqual({ digests: 3, notifications: 7, emails: 3 });
    expect((await emailTo(utc.email))[0]).toContain("- 3 new posts in threads you follow");
  });

  it("count grouped rows by their count, and drop what was hidden before they went out", async () => {
    await createPendingNotifications(db(), utc.id, 1, { type: "REACTION", delivery: "DAILY", payload: { count: 5 } });
    await createPendingNotifications(db(), utc.id, 1, { type: "MENTION", delivery: "DAILY", subjectId: "hidden-post" });
    await db().$transaction((tx) => removeNotificationsAbout(tx, "BoardPost", ["hidden-post"]));

    await buildDigests({ memberIds: [utc.id], frequency: "DAILY", now: MONDAY_1330 });
    const [text] = await emailTo(utc.email);
    expect(text).toContain("- 2 new posts in threads you follow\n- 5 new reactions to your posts\n");
    expect(text).not.toContain("mention");
    expect((await digests())[0]).toMatchObject({ notificationCount: 7 });
  });

  it("are not sent to suspended or deleted members", async () => {
    await db().user.update({ where: { id: tokyo.id }, data: { status: "SUSPENDED" } });
    await db().user.update({ where: { id: lima.id }, data: { status: "DELETED", deletedAt: MONDAY_0030 } });
    expect(await due(MONDAY_1330)).toEqual([utc.id]);
    // Even when handed to the job directly.
    expect(await buildDigests({ memberIds: [tokyo.id, lima.id], frequency: "DAILY", now: MONDAY_1330 })).toEqual({ digests: 0, notifications: 0, emails: 0 });
    expect(await db().outboxEmail.count()).toBe(0);
  });

  it("say no titles or names unless the member opted in, in the member's language, with an unsubscribe link", async () => {
    const other = await createMember(db(), { displayName: "Zélia Quintero" });
    const payload = { threadId: 9, slug: "s", title: "Transfers from Chorrillos", number: 4, authorId: other.id };
    await createPendingNotifications(db(), lima.id, 1, { type: "REPLY", delivery: "DAILY", payload });
    await createPendingNotifications(db(), tokyo.id, 1, { type: "REPLY", delivery: "DAILY", payload });
    await db().user.update({ where: { id: tokyo.id }, data: { mailShowsTitles: true } });
    await build(MONDAY_1330);

    const toLima = await db().outboxEmail.findFirstOrThrow({ where: { to: lima.email } });
    expect(toLima.subject).toBe("Seu resumo diário");
    expect(toLima.text).toContain("- 1 nova resposta às suas publicações\n- 2 novas publicações em tópicos que você segue");
    for (const part of [toLima.subject, toLima.text, toLima.html]) {
      expect(part).not.toContain("Chorrillos");
      expect(part).not.toContain("Zélia");
    }
    expect((toLima.headers as Record<string, string>)["List-Unsubscribe"]).toMatch(/^<https:\/\/network\.example\.org\/unsubscribe\/.+\.d\.DAILY\./);
    expect((await emailTo(tokyo.email))[0]).toContain("- 1 new reply to your posts: “Transfers from Chorrillos”");
  });
});
