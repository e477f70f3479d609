// The notification centre against PostgreSQL (issue 12): grouping on write (reactions per post, replies and
// watched posts per thread, flags per item, applications in one), concurrent writers of one group, staff-only
// recipients, removal of notifications whose subject is deleted or hidden (every path), marking read on
// visiting the subject (one statement, none when the bell counts nothing), and /notifications/[id].
import { beforeEach, describe, expect, it } from "vitest";
import { reviewQueueFilterSchema } from "@/lib/applications/schema";
import { confirmEmail, reviewQueue, submitApplication } from "@/lib/applications/service";
import { ANONYMOUS, type SignedInViewer } from "@/lib/auth/viewer-types";
import { deleteOwnPost, flagBoardPost, reactToPost, replyToThread, startThread } from "@/lib/board/post-service";
import { replySchema, threadSchema } from "@/lib/board/schema";
import { threadPage } from "@/lib/board/service";
import { editRequest, flagCollaborationRequest, postRequest } from "@/lib/collaborations/request-service";
import { requestSchema } from "@/lib/collaborations/schema";
import { respondToRequest, withdrawOwnResponse } from "@/lib/collaborations/response-service";
import { requestPage } from "@/lib/collaborations/service";
import { deleteOwnMessage, flagConversationMessage, leave, sendMessage, startConversation } from "@/lib/conversations/message-service";
import { messageSchema, newConversationSchema } from "@/lib/conversations/schema";
import { conversationPage } from "@/lib/conversations/service";
import { AppError } from "@/lib/errors";
import { erasePerson } from "@/lib/members/mutations";
import { moderationQueue } from "@/lib/moderation/queue-service";
import { queueFilterSchema } from "@/lib/moderation/schema";
import { moderateMessage, moderatePost, moderateThread } from "@/lib/moderation/service";
import { notifyApplicationReady } from "@/lib/notifications/mutations";
import { notificationsPage, openNotification, unreadNotificationCount } from "@/lib/notifications/service";
import { seedReferenceData } from "@/prisma/seed/reference";
import { createAdmin, createMember, createModerator } from "@/tests/factories/users";
import { applicationInput, CONTEXT, linkTokenFromEmail } from "./applications-support";
import { countQueries } from "./support/query-count";
import { db, signInAs } from "./support/viewers";

const LONG_AGO = new Date(Date.now() - 60 * 86_400_000);
const member = (displayName: string, overrides: Parameters<typeof createMember>[1] = {}) => createMember(db(), { displayName, approvedAt: LONG_AGO, ...overrides });
const code = (promise: Promise<unknown>) => promise.then(() => "ok", (error: unknown) => (error instanceof AppError ? error.code : `unexpected: ${String(error)}`));
const notificationsOf = (userId: string) =>
  db().notification.findMany({ where: { userId }, orderBy: { createdAt: "asc" }, select: { id: true, type: true, subjectType: true, subjectId: true, payload: true, readAt: true } });

let author: SignedInViewer;
let reader: SignedInViewer;
let threadId: number;
let firstPostId: string;

beforeEach(async () => {
  await seedReferenceData(db());
  author = await signInAs(await member("Author"));
  reader = await signInAs(await member("Reader"));
  threadId = (await startThread(author, threadSchema.parse({ title: "Visits in winter", body: "First post", category: "health", language: "en" }))).id;
  firstPostId = (await db().boardPost.findFirstOrThrow({ where: { threadId, number: 1 } })).id;
});

const reply = (viewer: SignedInViewer, body: string, replyTo?: number) => replyToThread(viewer, replySchema.parse({ threadId: String(threadId), body, replyTo: replyTo ? String(replyTo) : undefined }));
const react = (viewer: SignedInViewer, postId: string, kind: "THANKS" | "AGREE" | "INSIGHTFUL" | "SUPPORT" = "THANKS") => reactToPost(viewer, { postId, kind });

describe("grouping on write", () => {
  it("gathers reactions to a post in one unread notification: the count grows, the latest actor and time move", async () => {
    const [ana, bea] = await Promise.all([member("Ana").then(signInAs), member("Bea").then(signInAs)]);
    await react(reader, firstPostId);
    const before = (await notificationsOf(author.id))[0]!;
    await react(ana, firstPostId, "AGREE");
    await react(bea, firstPostId);
    await react(author, firstPostId).catch(() => null); // one's own post: refused, and nothing to tell anyway
    const rows = await notificationsOf(author.id);
    expect(rows.map((row) => [row.type, row.subjectType, row.subjectId, row.payload])).toEqual([
      ["REACTION", "BoardPost", firstPostId, expect.objectContaining({ count: 3, authorId: bea.id, threadId, number: 1, title: "Visits in winter" })],
    ]);
    expect(rows[0]!.id).toBe(before.id);
    const page = await notificationsPage(author, undefined);
    expect(page.notifications.map((row) => [row.actorName, row.payload.count, row.href])).toEqual([["Bea", 3, `/notifications/${before.id}`]]);

    // Once read, the group is closed: the next reaction starts a new one.
    expect(await openNotification(author, before.id)).toBe(`/board/t/${threadId}/visits-in-winter/1#post-1`);
    await react(reader, firstPostId, "SUPPORT");
    expect((await notificationsOf(author.id)).map((row) => [row.payload, Boolean(row.readAt)])).toEqual([
      [expect.objectContaining({ count: 3 }), true],
      [expect.objectContaining({ authorId: reader.id }), false],
    ]);
  });

  it("loses no count when reactions arrive at once, and makes one group", async () => {
    const reactors = await Promise.all(Array.from({ length: 6 }, (_, index) => member(`Reactor ${index}`).then(signInAs)));
    await Promise.all(reactors.map((viewer) => react(viewer, firstPostId)));
    const rows = await notificationsOf(author.id);
    expect(rows.map((row) => [row.type, (row.payload as { count?: number }).count])).toEqual([["REACTION", 6]]);
  });

  it("makes one group of flags raised at once, where nothing else orders the writers (the group's own lock does)", async () => {
    const moderator = await createModerator(db(), { totpEnabledAt: new Date() });
    const flaggers = await Promise.all(Array.from({ length: 8 }, (_, index) => member(`Flagger ${index}`).then(signInAs)));
    await Promise.all(flaggers.map((viewer) => flagBoardPost(viewer, { postId: firstPostId, reason: "SPAM", note: null })));
    expect((await notificationsOf(moderator.id)).map((row) => [row.type, (row.payload as { count?: number }).count])).toEqual([["NEW_FLAG", 8]]);
  });

  it("tells no one of a reaction to a post whose author cannot read the thread any more", async () => {
    await db().user.update({ where: { id: author.id }, data: { status: "SUSPENDED" } });
    await react(reader, firstPostId);
    expect(await db().notification.count()).toBe(0);
  });

  it("gathers replies and watched posts per thread, linking to the first new post and keeping the numbers it holds", async () => {
    const watcher = await signInAs(await member("Watcher"));
    await db().boardThreadState.create({ data: { userId: watcher.id, threadId, watchLevel: "WATCHING" } });
    await reply(reader, "One", 1);
    await reply(reader, "Two", 1);
    await reply(await signInAs(await member("Third")), "Three", 1);
    const [authorRow] = await notificationsOf(author.id);
    expect([authorRow!.type, authorRow!.subjectType, authorRow!.subjectId, authorRow!.payload]).toEqual([
      "REPLY", "BoardThread", String(threadId), expect.objectContaining({ count: 3, number: 2, numbers: [2, 3, 4] }),
    ]);
    const watched = await notificationsOf(watcher.id);
    expect(watched.map((row) => [row.type, row.payload])).toEqual([["WATCHED_POST", expect.objectContaining({ count: 3, number: 2 })]]);
    expect(await openNotification(watcher, watched[0]!.id)).toBe(`/board/t/${threadId}/visits-in-winter/2#post-2`);
  });
});

describe("staff-only notifications", () => {
  it("tell active moderators and admins of a flag (not the one who flagged), grouped per item, without its text", async () => {
    const staff = {
      moderator: await createModerator(db(), { totpEnabledAt: new Date() }),
      "moderator without two-step": await createModerator(db()),
      admin: await createAdmin(db(), { totpEnabledAt: new Date() }),
      "suspended admin": await createAdmin(db(), { status: "SUSPENDED" }),
      "flagging moderator": await createModerator(db(), { totpEnabledAt: new Date() }),
    };
    const { number } = await reply(reader, "Someone's home address is …");
    const post = await db().boardPost.findFirstOrThrow({ where: { threadId, number } });
    await flagBoardPost(author, { postId: post.id, reason: "PERSONAL_INFORMATION", note: "Their address" });
    await flagBoardPost(await signInAs(staff["flagging moderator"]), { postId: post.id, reason: "PERSONAL_INFORMATION", note: null });
    const flags = await db().notification.findMany({ where: { type: "NEW_FLAG" }, select: { userId: true, subjectType: true, subjectId: true, payload: true } });
    const received = Object.fromEntries(Object.entries(staff).map(([role, user]) => [role, flags.filter((row) => row.userId === user.id).map((row) => row.payload)]));
    expect(received).toEqual({
      moderator: [{ targetType: "BoardPost", count: 2 }],
      "moderator without two-step": [{ targetType: "BoardPost", count: 2 }],
      admin: [{ targetType: "BoardPost", count: 2 }],
      "suspended admin": [],
      "flagging moderator": [{ targetType: "BoardPost" }],
    });
    expect(flags.every((row) => row.subjectType === "BoardPost" && row.subjectId === post.id)).toBe(true);
    expect(await db().notification.count({ where: { type: "NEW_FLAG", userId: { in: [author.id, reader.id] } } })).toBe(0);
    const moderatorRow = (await notificationsOf(staff.moderator.id))[0]!;
    expect(await openNotification(await signInAs(staff.moderator), moderatorRow.id)).toBe("/admin/moderation");
  });

  it("tell admins only of applications ready for review, in one group", async () => {
    const admin = await createAdmin(db(), { totpEnabledAt: new Date() });
    const moderator = await createModerator(db(), { totpEnabledAt: new Date() });
    for (const confirmedBefore of [0, 1]) {
      const input = await applicationInput();
      await submitApplication(ANONYMOUS, input, CONTEXT);
      // Not ready until the address is confirmed.
      expect(await db().notification.count({ where: { type: "NEW_APPLICATION" } })).toBe(confirmedBefore);
      await confirmEmail(await linkTokenFromEmail(input.email, "application.verify-email", "/verify-email?token="));
    }
    expect((await notificationsOf(admin.id)).map((row) => [row.type, row.payload])).toEqual([["NEW_APPLICATION", { count: 2 }]]);
    expect(await notificationsOf(moderator.id)).toEqual([]);
    expect(await openNotification(await signInAs(admin), (await notificationsOf(admin.id))[0]!.id)).toBe("/admin/applications");
  });
});

describe("removal when the subject is deleted or hidden", () => {
  it("a reply deleted by its author: its reactions and mentions go, and the thread's group loses it", async () => {
    const [ana, bea] = await Promise.all([member("Ana"), member("Bea").then(signInAs)]);
    const first = await reply(reader, `Hello @${ana.profile.handle}`, 1);
    await reply(bea, "Second reply", 1);
    const post = await db().boardPost.findFirstOrThrow({ where: { threadId, number: first.number } });
    await react(bea, post.id);
    expect((await notificationsOf(reader.id)).map((row) => row.type)).toEqual(["REACTION"]);
    expect(await deleteOwnPost(reader, post.id)).toContain(`/board/t/${threadId}/`);
    expect(await notificationsOf(reader.id)).toEqual([]);
    expect(await notificationsOf(ana.id)).toEqual([]);
    expect((await notificationsOf(author.id)).map((row) => row.payload)).toEqual([expect.objectContaining({ count: 1, number: 3, numbers: [3], authorId: bea.id })]);
  });

  it("a post hidden by a moderator: its notifications and the flags' go; a group of that post alone goes", async () => {
    const moderator = await signInAs(await createModerator(db(), { totpEnabledAt: new Date() }));
    const { number } = await reply(reader, "A reply to hide", 1);
    const post = await db().boardPost.findFirstOrThrow({ where: { threadId, number } });
    await flagBoardPost(author, { postId: post.id, reason: "HARASSMENT", note: null });
    expect((await notificationsOf(moderator.id)).map((row) => row.type)).toEqual(["NEW_FLAG"]);
    await moderatePost(moderator, { postId: post.id, action: "hide", reason: "Harassment" });
    // What is left is the flagger's outcome (issue 13), which says nothing of the post.
    expect(await db().notification.findMany({ select: { userId: true, type: true, payload: true } })).toEqual([{ userId: author.id, type: "FLAG_OUTCOME", payload: { outcome: "ACTION_TAKEN" } }]);
  });

  it("a thread removed with its first post: every notification about it or its posts goes", async () => {
    const watcher = await member("Watcher");
    await db().boardThreadState.create({ data: { userId: watcher.id, threadId, watchLevel: "WATCHING" } });
    const { number } = await reply(reader, `Thanks @${(await db().advocateProfile.findUniqueOrThrow({ where: { userId: author.id } })).handle}`, 1);
    await react(author, (await db().boardPost.findFirstOrThrow({ where: { threadId, number } })).id);
    await react(reader, firstPostId);
    expect(await db().notification.count()).toBeGreaterThanOrEqual(3);
    expect(await deleteOwnPost(author, firstPostId)).toBe("/board");
    expect(await db().notification.findMany()).toEqual([]);
  });

  it("a thread moved where only staff read: members' notifications about it go, staff's stay", async () => {
    const moderatorUser = await createModerator(db(), { totpEnabledAt: new Date() });
    await db().boardCategory.create({ data: { slug: "staff-room", position: 99, names: { en: "Staff" }, descriptions: { en: "Staff" }, staffOnly: true } });
    await db().boardThreadState.create({ data: { userId: moderatorUser.id, threadId, watchLevel: "WATCHING" } });
    await reply(reader, "One", 1);
    expect(await db().notification.count({ where: { userId: { in: [author.id, moderatorUser.id] } } })).toBe(2);
    await moderateThread(await signInAs(moderatorUser), { threadId, action: "move", category: "staff-room" });
    expect(await notificationsOf(author.id)).toEqual([]);
    expect((await notificationsOf(moderatorUser.id)).map((row) => row.type)).toEqual(["WATCHED_POST"]);
  });

  it("a conversation message deleted or hidden: the mention and the 'new message' it rang go, and staff's flag", async () => {
    const [alice, bob] = [author, reader];
    const bobUser = (await db().advocateProfile.findUniqueOrThrow({ where: { userId: bob.id } })).handle;
    const carol = await member("Carol");
    const moderator = await signInAs(await createModerator(db(), { totpEnabledAt: new Date() }));
    const { id } = await startConversation(alice, newConversationSchema.parse({ to: `${bobUser}, ${carol.profile.handle}`, body: `Hi @${bobUser}` }));
    const mention = await db().conversationMessage.findFirstOrThrow({ where: { conversationId: id, number: 1 } });
    expect((await notificationsOf(bob.id)).map((row) => row.type)).toEqual(["MESSAGE_MENTION"]);
    expect((await notificationsOf(carol.id)).map((row) => row.type)).toEqual(["NEW_MESSAGE"]);
    await deleteOwnMessage(alice, mention.id);
    expect(await notificationsOf(bob.id)).toEqual([]);
    expect(await notificationsOf(carol.id)).toEqual([]);

    const { number } = await sendMessage(alice, messageSchema.parse({ conversationId: id, body: "Something to flag" }));
    const flagged = await db().conversationMessage.findFirstOrThrow({ where: { conversationId: id, number } });
    expect(await flagConversationMessage(await signInAs(carol), { messageId: flagged.id, reason: "HARASSMENT", note: null })).toBe("flagged");
    expect((await notificationsOf(moderator.id)).map((row) => [row.type, row.payload])).toEqual([["NEW_FLAG", { targetType: "ConversationMessage" }]]);
    await moderateMessage(moderator, { messageId: flagged.id, action: "hide", reason: null });
    // Only the flagger's outcome (issue 13) is left: "action was taken", nothing about the message.
    expect(await db().notification.findMany({ where: { userId: { in: [bob.id, carol.id, moderator.id] } }, select: { userId: true, type: true, payload: true } })).toEqual([{ userId: carol.id, type: "FLAG_OUTCOME", payload: { outcome: "ACTION_TAKEN" } }]);
  });

  it("leaving a conversation: the member's notifications about it go", async () => {
    const carol = await member("Carol");
    const { id } = await startConversation(author, newConversationSchema.parse({ to: `${(await db().advocateProfile.findUniqueOrThrow({ where: { userId: reader.id } })).handle}, ${carol.profile.handle}`, body: "Hello both" }));
    expect(await notificationsOf(reader.id)).toHaveLength(1);
    await leave(reader, id);
    expect(await notificationsOf(reader.id)).toEqual([]);
    expect(await notificationsOf(carol.id)).toHaveLength(1);
  });

  it("a response withdrawn: 'responded' goes and the author side hears of the withdrawal; a flag on the request reaches staff", async () => {
    const moderator = await createModerator(db(), { totpEnabledAt: new Date() });
    const { id } = await postRequest(author, requestSchema.parse({
      kind: "MONITORING_VISIT", title: "Partner for visits", body: "We look for a partner.", needs: "Experience.", collaboratorsWanted: "2",
      visibility: "NETWORK", "countries[]": ["KE"], "rules[]": ["25"], "languages[]": ["en"],
    }));
    const { id: responseId } = await respondToRequest(reader, { requestId: id, body: "Count me in", organizationId: null });
    expect((await notificationsOf(author.id)).map((row) => row.type)).toEqual(["COLLABORATION_RESPONSE"]);
    await withdrawOwnResponse(reader, responseId);
    expect((await notificationsOf(author.id)).map((row) => row.type)).toEqual(["COLLABORATION_WITHDRAWN"]);
    expect(await flagCollaborationRequest(reader, { requestId: id, reason: "SPAM", note: null })).toBe("flagged");
    expect((await notificationsOf(moderator.id)).map((row) => [row.type, row.subjectId, row.payload])).toEqual([["NEW_FLAG", id, { targetType: "CollaborationRequest" }]]);
  });

  it("a request narrowed to the members named: everyone else's notifications about it go", async () => {
    const [named, dropped] = await Promise.all([member("Named"), member("Dropped")]);
    const fields = (namedMembers: string) => requestSchema.parse({
      kind: "MONITORING_VISIT", title: "Partner for visits", body: "We look for a partner.", needs: "Experience.", collaboratorsWanted: "2",
      visibility: "NAMED", namedMembers, "countries[]": ["KE"], "rules[]": ["25"], "languages[]": ["en"],
    });
    const { id } = await postRequest(author, fields(`@${named.profile.handle} @${dropped.profile.handle}`));
    expect(await db().notification.count({ where: { subjectId: id, userId: { in: [named.id, dropped.id] } } })).toBe(2);
    await editRequest(author, { requestId: id, ...fields(`@${named.profile.handle}`) });
    expect(await notificationsOf(dropped.id)).toEqual([]);
    expect((await notificationsOf(named.id)).map((row) => row.type)).toEqual(["COLLABORATION_NAMED"]);
  });

  it("a member erased (kept anonymized for their history): their notifications and choices go", async () => {
    await reply(reader, "A reply", 1);
    await db().notificationPreference.create({ data: { userId: author.id, topic: "REACTION", delivery: "OFF" } });
    expect(await notificationsOf(author.id)).toHaveLength(1);
    expect(await erasePerson(author.id, { reason: "account-deleted", actorId: null })).toBe("anonymized");
    expect(await notificationsOf(author.id)).toEqual([]);
    expect(await db().notificationPreference.count({ where: { userId: author.id } })).toBe(0);
  });
});

describe("reading on visit", () => {
  it("opening a thread reads the viewer's notifications about it and its posts, not others'", async () => {
    const other = (await startThread(reader, threadSchema.parse({ title: "Another thread", body: "Elsewhere", category: "health", language: "en" }))).id;
    await replyToThread(author, replySchema.parse({ threadId: String(other), body: "Yes", replyTo: "1" }));
    await reply(reader, "One", 1);
    await react(reader, firstPostId);
    expect(await unreadNotificationCount(author)).toBe(2);
    await threadPage(author, threadId, {}, { unreadNotifications: true });
    expect(await unreadNotificationCount(author)).toBe(0);
    expect(await unreadNotificationCount(reader)).toBe(1);
    await threadPage(reader, threadId, {}, { unreadNotifications: true });
    expect(await unreadNotificationCount(reader)).toBe(1);
  });

  it("costs the page one statement when the bell counts unread ones, and none when it counts none", async () => {
    await reply(reader, "One", 1);
    const statements = async (visit: { unreadNotifications: boolean }) => {
      const { queries } = await countQueries(() => threadPage(author, threadId, { page: 1 }, visit));
      return queries.filter((query) => !/^(BEGIN|COMMIT|ROLLBACK)/i.test(query.trim()));
    };
    await threadPage(author, threadId, { page: 1 }); // the thread's read state is recorded once, before measuring
    const none = await statements({ unreadNotifications: false });
    const unread = await statements({ unreadNotifications: true });
    expect(unread.length - none.length).toBe(1);
    expect(unread.filter((query) => query.includes(`UPDATE "Notification"`))).toHaveLength(1);
    expect(none.some((query) => query.includes(`"Notification"`))).toBe(false);
  });

  it("costs a conversation's and a request's page nothing when the bell counts none", async () => {
    const handle = (await db().advocateProfile.findUniqueOrThrow({ where: { userId: reader.id } })).handle;
    const { id: conversationId } = await startConversation(author, newConversationSchema.parse({ to: handle, body: "Hello" }));
    const { id: requestId } = await postRequest(author, requestSchema.parse({
      kind: "MONITORING_VISIT", title: "Partner for visits", body: "We look for a partner.", needs: "Experience.", collaboratorsWanted: "2",
      visibility: "NETWORK", "countries[]": ["KE"], "rules[]": ["25"], "languages[]": ["en"],
    }));
    const touched = async (run: () => Promise<unknown>) => (await countQueries(run)).queries.filter((query) => query.includes(`"Notification"`));
    expect(await touched(() => conversationPage(reader, conversationId, {}, { unreadNotifications: false }))).toEqual([]);
    expect(await touched(() => requestPage(reader, requestId, { unreadNotifications: false }))).toEqual([]);
    expect(await touched(() => conversationPage(reader, conversationId, {}, { unreadNotifications: true }))).toHaveLength(1);
  });

  it("opening a conversation or a request reads the viewer's notifications about it", async () => {
    const handle = (await db().advocateProfile.findUniqueOrThrow({ where: { userId: reader.id } })).handle;
    const { id: conversationId } = await startConversation(author, newConversationSchema.parse({ to: handle, body: "Hello" }));
    expect(await unreadNotificationCount(reader)).toBe(1);
    await conversationPage(reader, conversationId, {}, { unreadNotifications: true });
    expect(await unreadNotificationCount(reader)).toBe(0);

    const { id } = await postRequest(author, requestSchema.parse({
      kind: "MONITORING_VISIT", title: "Partner for visits", body: "We look for a partner.", needs: "Experience.", collaboratorsWanted: "2",
      visibility: "NETWORK", "countries[]": ["KE"], "rules[]": ["25"], "languages[]": ["en"],
    }));
    await respondToRequest(reader, { requestId: id, body: "Count me in", organizationId: null });
    const before = await unreadNotificationCount(author);
    expect(before).toBeGreaterThan(0);
    await requestPage(author, id, { unreadNotifications: true });
    expect(await db().notification.count({ where: { userId: author.id, subjectId: id, readAt: null } })).toBe(0);
  });
});

describe("reading on visiting a staff queue", () => {
  it("the moderation queue reads the viewer's flag notifications, the review queue the admin's application ones", async () => {
    const admin = await signInAs(await createAdmin(db(), { totpEnabledAt: new Date() }));
    await flagBoardPost(reader, { postId: firstPostId, reason: "SPAM", note: null });
    await db().$transaction((tx) => notifyApplicationReady(tx));
    await reply(reader, "A reply", 1);
    expect(await unreadNotificationCount(admin)).toBe(2);
    await moderationQueue(admin, queueFilterSchema.parse({}), { unreadNotifications: true });
    expect((await notificationsOf(admin.id)).map((row) => [row.type, Boolean(row.readAt)])).toEqual([["NEW_FLAG", true], ["NEW_APPLICATION", false]]);
    await reviewQueue(admin, reviewQueueFilterSchema.parse({}), { unreadNotifications: true });
    expect(await unreadNotificationCount(admin)).toBe(0);
    expect(await unreadNotificationCount(author)).toBe(1);
  });
});

describe("/notifications/[id]", () => {
  it("marks the member's own notification read and says where it leads; another member's is not found and stays unread", async () => {
    await reply(reader, "One", 1);
    const [row] = await notificationsOf(author.id);
    expect(await code(openNotification(reader, row!.id))).toBe("NOT_FOUND");
    expect(await code(openNotification(ANONYMOUS, row!.id))).toBe("UNAUTHENTICATED");
    expect((await db().notification.findUniqueOrThrow({ where: { id: row!.id } })).readAt).toBeNull();
    expect(await openNotification(author, row!.id)).toBe(`/board/t/${threadId}/visits-in-winter/2#post-2`);
    expect((await db().notification.findUniqueOrThrow({ where: { id: row!.id } })).readAt).toBeInstanceOf(Date);
  });
});
