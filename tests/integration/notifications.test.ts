// The notification centre against PostgreSQL: the bell's count, the page that lists them (newest first, by
// cursor, the actor's shown name, replies in one thread grouped), marking all read at once, and nobody else's
// notifications. Grouping, removal and reading on visit in depth: notification-centre.test.ts.
import { beforeEach, describe, expect, it } from "vitest";
import { ANONYMOUS, type SignedInViewer } from "@/lib/auth/viewer-types";
import { replyToThread, startThread } from "@/lib/board/post-service";
import { replySchema, threadSchema } from "@/lib/board/schema";
import { markAllRead, notificationsPage, NOTIFICATIONS_PAGE, unreadNotificationCount } from "@/lib/notifications/service";
import { seedReferenceData } from "@/prisma/seed/reference";
import { createMember } from "@/tests/factories/users";
import { db, signInAs } from "./support/viewers";

let author: SignedInViewer;
let other: SignedInViewer;

beforeEach(async () => {
  await seedReferenceData(db());
  author = await signInAs(await createMember(db(), { displayName: "Author", approvedAt: new Date(Date.now() - 30 * 86_400_000) }));
  other = await signInAs(await createMember(db(), { displayName: "Other member", approvedAt: new Date(Date.now() - 30 * 86_400_000) }));
});

describe("notifications", () => {
  it("counts unread ones for the bell, lists them newest first with replies in one thread grouped, and reads none by listing", async () => {
    const { id } = await startThread(author, threadSchema.parse({ title: "Notified thread", body: "First", category: "health", language: "en" }));
    await replyToThread(other, replySchema.parse({ threadId: String(id), body: "One", replyTo: "1" }));
    await replyToThread(other, replySchema.parse({ threadId: String(id), body: "Two", replyTo: "1" }));
    expect(await unreadNotificationCount(author)).toBe(1);
    expect(await unreadNotificationCount(other)).toBe(0);
    expect(await unreadNotificationCount(ANONYMOUS)).toBe(0);

    const page = await notificationsPage(author, undefined);
    expect(page.notifications.map((row) => [row.type, row.actorName, row.payload.number, row.payload.count, row.readAt])).toEqual([["REPLY", "Other member", 2, 2, null]]);
    expect(await unreadNotificationCount(author)).toBe(1);
    expect((await notificationsPage(other, undefined)).notifications).toEqual([]);
  });

  it("pages by cursor, and marks all read at once", async () => {
    const rows = Array.from({ length: NOTIFICATIONS_PAGE + 3 }, (_, index) => ({
      userId: author.id, type: "MENTION" as const, subjectType: "BoardPost", subjectId: `p${index}`, payload: { threadId: 1, slug: "x", title: "T", number: 1 },
      createdAt: new Date(Date.UTC(2026, 10, 1, 0, 0, index)),
    }));
    await db().notification.createMany({ data: rows });
    expect(await markAllRead(author)).toBe(NOTIFICATIONS_PAGE + 3);
    const first = await notificationsPage(author, undefined);
    const second = await notificationsPage(author, first.next ?? undefined);
    expect(first.notifications).toHaveLength(NOTIFICATIONS_PAGE);
    expect(second.next).toBeNull();
    expect(new Set([...first.notifications, ...second.notifications].map((row) => row.id)).size).toBe(NOTIFICATIONS_PAGE + 3);
  });
});
