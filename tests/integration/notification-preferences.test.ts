// Notification preferences against PostgreSQL: the defaults, saving the form (rows, the zone, the opt-in and the
// waiting notifications moved in one go), "off" writing nothing, and refusals that change nothing. The form's
// action is posted as a browser would (support/action-request.ts), so its messages are the member's.
import { beforeEach, describe, expect, it, vi } from "vitest";
import { registerSession } from "@/lib/auth/mutations";
import { ANONYMOUS, type SignedInViewer } from "@/lib/auth/viewer-types";
import { replyToThread, startThread } from "@/lib/board/post-service";
import { replySchema, threadSchema } from "@/lib/board/schema";
import type { NotificationDelivery, NotificationType } from "@/lib/generated/prisma/enums";
import { saveNotificationSettingsAction } from "@/lib/notifications/actions";
import { notificationSettings, saveNotificationPreferences } from "@/lib/notifications/preferences-service";
import { DEFAULT_DELIVERY, MEMBER_TOPICS, notificationSettingsSchema } from "@/lib/notifications/schema";
import { seedReferenceData } from "@/prisma/seed/reference";
import { createAdmin, createMember, createModerator } from "@/tests/factories/users";
import { formData, newActionRequest, signInActionRequest } from "./support/action-request";
import { accountOutcome, db, signInAs } from "./support/viewers";

vi.mock("next/headers", async () => (await import("./support/action-request")).nextHeadersModule);
vi.mock("next-intl/server", async () => (await import("./support/action-request")).nextIntlServerModule);
// Outside Next.js there is no page cache to refresh.
vi.mock("next/cache", () => ({ revalidatePath: () => undefined }));

const LONG_AGO = new Date(Date.now() - 30 * 86_400_000);
/** The form as the page sends it with nothing changed. */
const DEFAULT_FORM = { ...Object.fromEntries(MEMBER_TOPICS.map((topic) => [topic, DEFAULT_DELIVERY[topic]])), timeZone: "UTC" };

let member: SignedInViewer;

beforeEach(async () => {
  await seedReferenceData(db());
  member = await signInAs(await createMember(db(), { approvedAt: LONG_AGO }));
});

/** Posts the form as the member's browser would. */
async function post(viewer: SignedInViewer, values: Record<string, string>, locale: "en" | "es" = "en") {
  newActionRequest({ locale });
  await signInActionRequest(await registerSession(viewer.id, null, 3600), viewer.id);
  return saveNotificationSettingsAction(null, formData(values));
}

async function notify(userId: string, type: NotificationType, delivery: NotificationDelivery, mailedAt: Date | null = null) {
  return db().notification.create({ data: { userId, type, delivery, mailedAt, subjectType: "BoardPost", subjectId: `${type}-${delivery}-${Math.random()}`, payload: {} } });
}

async function deliveryOf(id: string) {
  return (await db().notification.findUniqueOrThrow({ where: { id } })).delivery;
}

/** What the member has stored: their choices by topic, zone and opt-in. */
async function stored(userId: string) {
  const user = await db().user.findUniqueOrThrow({ where: { id: userId }, select: { timeZone: true, mailShowsTitles: true, notificationPreferences: { select: { topic: true, delivery: true } } } });
  return { timeZone: user.timeZone, mailShowsTitles: user.mailShowsTitles, choices: Object.fromEntries(user.notificationPreferences.map((row) => [row.topic, row.delivery])) };
}

describe("notification preferences", () => {
  it("shows every topic's default when nothing is chosen, staff topics by role, and no zone", async () => {
    const settings = await notificationSettings(member);
    expect(settings).toEqual({ topics: MEMBER_TOPICS.map((topic) => ({ topic, delivery: DEFAULT_DELIVERY[topic], defaultDelivery: DEFAULT_DELIVERY[topic] })), timeZone: null, mailShowsTitles: false });
    const moderator = await signInAs(await createModerator(db(), { totpEnabledAt: new Date() }));
    const admin = await signInAs(await createAdmin(db(), { totpEnabledAt: new Date() }));
    expect((await notificationSettings(moderator)).topics.map((row) => row.topic)).toEqual([...MEMBER_TOPICS, "FLAG"]);
    expect((await notificationSettings(admin)).topics.map((row) => row.topic)).toEqual([...MEMBER_TOPICS, "APPLICATION", "FLAG"]);
  });

  it("saves every topic, the zone and the opt-in, and moves only the changed topics' notifications still waiting for mail", async () => {
    const waitingMention = await notify(member.id, "MENTION", "IMMEDIATE");
    const mailedMention = await notify(member.id, "MESSAGE_MENTION", "IMMEDIATE", new Date());
    const waitingReply = await notify(member.id, "REPLY", "IMMEDIATE");
    const weeklyReaction = await notify(member.id, "REACTION", "WEEKLY");
    const inAppReaction = await notify(member.id, "REACTION", "IN_APP");
    const othersMention = await notify((await createMember(db())).id, "MENTION", "IMMEDIATE");

    expect(await post(member, { ...DEFAULT_FORM, MENTION: "DAILY", REACTION: "IMMEDIATE", timeZone: "America/Sao_Paulo", mailShowsTitles: "on" })).toEqual({ ok: true, data: undefined, message: "Your notification settings are saved." });

    expect(await stored(member.id)).toEqual({
      timeZone: "America/Sao_Paulo",
      mailShowsTitles: true,
      choices: { ...Object.fromEntries(MEMBER_TOPICS.map((topic) => [topic, DEFAULT_DELIVERY[topic]])), MENTION: "DAILY", REACTION: "IMMEDIATE" },
    });
    expect(await deliveryOf(waitingMention.id)).toBe("DAILY");
    expect(await deliveryOf(weeklyReaction.id)).toBe("IMMEDIATE");
    // Mailed already, another topic, only ever in the app, another member's: as they were.
    expect(await deliveryOf(mailedMention.id)).toBe("IMMEDIATE");
    expect(await deliveryOf(waitingReply.id)).toBe("IMMEDIATE");
    expect(await deliveryOf(inAppReaction.id)).toBe("IN_APP");
    expect(await deliveryOf(othersMention.id)).toBe("IMMEDIATE");
    expect((await notificationSettings(member)).topics.find((row) => row.topic === "MENTION")).toEqual({ topic: "MENTION", delivery: "DAILY", defaultDelivery: "IMMEDIATE" });
  });

  it("writes nothing for a topic turned off, the chosen delivery for the others, and lets the next topic through", async () => {
    const other = await signInAs(await createMember(db(), { approvedAt: LONG_AGO }));
    const handle = (await db().advocateProfile.findUniqueOrThrow({ where: { userId: member.id } })).handle;
    await saveNotificationPreferences(member, notificationSettingsSchema.parse({ ...DEFAULT_FORM, REPLY: "OFF", WATCHING: "OFF", MENTION: "WEEKLY" }));
    // The member's own thread, which its author watches: a reply to them there is a reply and a watched post, both off.
    const { id } = await startThread(member, threadSchema.parse({ title: "Quiet thread", body: "First", category: "health", language: "en" }));
    await replyToThread(other, replySchema.parse({ threadId: String(id), body: "A reply", replyTo: "1" }));
    expect(await db().notification.count({ where: { userId: member.id } })).toBe(0);

    const { id: otherThread } = await startThread(other, threadSchema.parse({ title: "Other thread", body: "First", category: "health", language: "en" }));
    await replyToThread(other, replySchema.parse({ threadId: String(otherThread), body: `Hello @${handle}` }));
    expect(await db().notification.findMany({ where: { userId: member.id }, select: { type: true, delivery: true } })).toEqual([{ type: "MENTION", delivery: "WEEKLY" }]);

    // Replies still off, watching back on: the next reply to them counts as a watched post.
    await saveNotificationPreferences(member, notificationSettingsSchema.parse({ ...DEFAULT_FORM, REPLY: "OFF", MENTION: "WEEKLY" }));
    await replyToThread(other, replySchema.parse({ threadId: String(id), body: "Another reply", replyTo: "1" }));
    expect(await db().notification.findMany({ where: { userId: member.id }, select: { type: true, delivery: true }, orderBy: { createdAt: "asc" } })).toEqual([
      { type: "MENTION", delivery: "WEEKLY" },
      { type: "WATCHED_POST", delivery: "WEEKLY" },
    ]);
  });

  it("refuses a zone or a delivery it does not know, and staff topics for a member, in the member's language, changing nothing", async () => {
    await notify(member.id, "MENTION", "IMMEDIATE");
    const before = await stored(member.id);
    expect(await post(member, { ...DEFAULT_FORM, MENTION: "DAILY", timeZone: "Mars/Olympus_Mons" })).toMatchObject({ ok: false, code: "VALIDATION", fieldErrors: { timeZone: ["Please choose one of the options."] } });
    expect(await post(member, { ...DEFAULT_FORM, MENTION: "HOURLY" })).toMatchObject({ ok: false, code: "VALIDATION", fieldErrors: { MENTION: ["Please choose one of the options."] } });
    expect(await post(member, { ...DEFAULT_FORM, MENTION: "DAILY", FLAG: "OFF", APPLICATION: "OFF" }, "es")).toMatchObject({
      ok: false,
      code: "VALIDATION",
      fieldErrors: { FLAG: ["Este tipo de notificación es solo para el equipo."], APPLICATION: ["Este tipo de notificación es solo para el equipo."] },
    });
    // A moderator gets flags but not applications.
    const moderator = await signInAs(await createModerator(db(), { totpEnabledAt: new Date() }));
    expect(await accountOutcome(saveNotificationPreferences(moderator, notificationSettingsSchema.parse({ ...DEFAULT_FORM, FLAG: "DAILY", APPLICATION: "OFF" })))).toBe("VALIDATION:APPLICATION");
    expect(await stored(moderator.id)).toEqual({ timeZone: null, mailShowsTitles: false, choices: {} });

    expect(await stored(member.id)).toEqual(before);
    expect(await db().notification.findMany({ where: { userId: member.id }, select: { delivery: true } })).toEqual([{ delivery: "IMMEDIATE" }]);
  });

  it("refuses anyone signed out or suspended", async () => {
    const input = notificationSettingsSchema.parse({ ...DEFAULT_FORM, MENTION: "OFF" });
    expect(await accountOutcome(saveNotificationPreferences(ANONYMOUS, input))).toBe("UNAUTHENTICATED");
    expect(await accountOutcome(notificationSettings(ANONYMOUS))).toBe("UNAUTHENTICATED");
    const suspended = await signInAs(await createMember(db()));
    await db().user.update({ where: { id: suspended.id }, data: { status: "SUSPENDED" } });
    expect(await accountOutcome(saveNotificationPreferences({ ...suspended, status: "SUSPENDED" }, input))).toBe("FORBIDDEN");
    expect(await post(suspended, { ...DEFAULT_FORM, MENTION: "OFF" })).toMatchObject({ ok: false });
    expect(await stored(suspended.id)).toEqual({ timeZone: null, mailShowsTitles: false, choices: {} });
  });
});
