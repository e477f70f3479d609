// Private conversations against PostgreSQL: the privacy matrix (who reads and writes, before and after a flag),
// who may write to whom (settings, organizations, blocks), read state and unread counts, the conversation
// page's fixed number of queries, mentions and notifications, limits, and the workspace's mutations.
import { describe, expect, it } from "vitest";
import { registerSession } from "@/lib/auth/mutations";
import { viewerFromSession } from "@/lib/auth/viewer";
import { ANONYMOUS, type SignedInViewer, type Viewer } from "@/lib/auth/viewer-types";
import { blockMember, unblockMember } from "@/lib/conversations/block-service";
import { addPeople, flagConversationMessage, leave, sendMessage, startConversation } from "@/lib/conversations/message-service";
import { addParticipants, createConversation, postSystemMessage } from "@/lib/conversations/mutations";
import { addParticipantsSchema, messageSchema, newConversationSchema } from "@/lib/conversations/schema";
import { conversationPage, inbox, messagingWith, staffReadsOfOwnConversations, unreadConversationCount } from "@/lib/conversations/service";
import { AppError } from "@/lib/errors";
import { moderationQueue } from "@/lib/moderation/queue-service";
import { queueFilterSchema } from "@/lib/moderation/schema";
import { moderateMessage } from "@/lib/moderation/service";
import { createConversationRows } from "@/tests/factories/conversations";
import { createOrganization } from "@/tests/factories/organizations";
import { createAdmin, createMember, createModerator, type UserWithProfile } from "@/tests/factories/users";
import { countQueries } from "./support/query-count";
import { db, signInAs } from "./support/viewers";

const LONG_AGO = new Date(Date.now() - 60 * 86_400_000);
const member = (overrides: Parameters<typeof createMember>[1] = {}) => createMember(db(), { approvedAt: LONG_AGO, ...overrides });
const handleOf = (user: UserWithProfile) => user.profile.handle;
const write = (viewer: Viewer, to: UserWithProfile[], body = `Hello ${Math.random()}`) => startConversation(viewer, newConversationSchema.parse({ to: to.map(handleOf).join(", "), body }));
const send = (viewer: Viewer, conversationId: string, body = `Reply ${Math.random()}`) => sendMessage(viewer, messageSchema.parse({ conversationId, body }));

/** What the viewer is told: the page's mode, or the refusal's code (and message key's last part, for field refusals). */
async function outcome(promise: Promise<unknown>): Promise<string> {
  try {
    const value = (await promise) as { mode?: string } | undefined;
    return value?.mode ?? "ok";
  } catch (error) {
    if (error instanceof AppError) return error.field ? `${error.code}:${error.messageKey.split(".").pop()}` : error.code;
    throw error;
  }
}

describe("the privacy of a conversation", () => {
  it("is read by its current participants only, and by staff only in its flagged part, each read audited and shown", async () => {
    const [alice, bob, carol, dave, eve, frank] = await Promise.all([member(), member(), member(), member(), member(), member()]);
    const [moderatorUser, adminUser] = await Promise.all([createModerator(db(), { totpEnabledAt: new Date() }), createAdmin(db(), { totpEnabledAt: new Date() })]);
    const conversation = await createConversationRows(db(), { kind: "GROUP", creatorId: alice.id, participantIds: [bob.id, carol.id, frank.id], messages: 20 });
    const viewers = {
      participant: await signInAs(bob),
      "former participant (left)": await signInAs(carol),
      "other member": await signInAs(dave),
      "member the author blocked": await signInAs(eve),
      moderator: await signInAs(moderatorUser),
      admin: await signInAs(adminUser),
      "suspended participant": { ...(await signInAs(frank)), status: "SUSPENDED" } as SignedInViewer,
      anonymous: ANONYMOUS,
    } satisfies Record<string, Viewer>;
    const aliceViewer = await signInAs(alice);
    await leave(viewers["former participant (left)"], conversation.id);
    await blockMember(aliceViewer, handleOf(eve));

    const reads = async () => Object.fromEntries(await Promise.all(Object.entries(viewers).map(async ([role, viewer]) => [role, await outcome(conversationPage(viewer, conversation.id))])));
    const writes = async () => Object.fromEntries(await Promise.all(Object.entries(viewers).map(async ([role, viewer]) => [role, await outcome(send(viewer, conversation.id))])));
    expect(await reads()).toEqual({
      participant: "participant",
      "former participant (left)": "NOT_FOUND",
      "other member": "NOT_FOUND",
      "member the author blocked": "NOT_FOUND",
      moderator: "NOT_FOUND",
      admin: "NOT_FOUND",
      "suspended participant": "FORBIDDEN",
      anonymous: "UNAUTHENTICATED",
    });

    // Bob flags Alice's message 10: from now on staff read messages 7 to 13, and nothing else.
    const flagged = await db().conversationMessage.findFirstOrThrow({ where: { conversationId: conversation.id, number: 10 } });
    expect(await flagConversationMessage(viewers.participant, { messageId: flagged.id, reason: "HARASSMENT", note: null })).toBe("flagged");
    expect(await reads()).toEqual({
      participant: "participant",
      "former participant (left)": "NOT_FOUND",
      "other member": "NOT_FOUND",
      "member the author blocked": "NOT_FOUND",
      moderator: "flagged-context",
      admin: "flagged-context",
      "suspended participant": "FORBIDDEN",
      anonymous: "UNAUTHENTICATED",
    });
    const staffView = await conversationPage(viewers.moderator, conversation.id);
    expect(staffView.messages.map((message) => message.number)).toEqual([7, 8, 9, 10, 11, 12, 13]);
    expect(staffView.messages.filter((message) => message.flagged).map((message) => message.number)).toEqual([10]);
    // Staff never write in it.
    expect(await writes()).toEqual({
      participant: "ok",
      "former participant (left)": "NOT_FOUND",
      "other member": "NOT_FOUND",
      "member the author blocked": "NOT_FOUND",
      moderator: "NOT_FOUND",
      admin: "NOT_FOUND",
      "suspended participant": "FORBIDDEN",
      anonymous: "UNAUTHENTICATED",
    });

    // Three staff reads (two in reads(), one above): audited, and listed to the participants.
    const audited = await db().auditLog.findMany({ where: { action: "conversation.flagged-context-read", targetId: conversation.id } });
    expect(audited.map((entry) => entry.metadata)).toEqual(expect.arrayContaining([{ role: "MODERATOR", messages: [10] }, { role: "ADMIN", messages: [10] }]));
    expect(audited).toHaveLength(3);
    const asAlice = await conversationPage(aliceViewer, conversation.id);
    expect(asAlice.staffReads).toHaveLength(3);
    expect((await staffReadsOfOwnConversations(aliceViewer)).map((read) => read.conversationId)).toEqual([conversation.id, conversation.id, conversation.id]);
    expect(await staffReadsOfOwnConversations(viewers["other member"])).toEqual([]);

    // Dismissing the flags ends staff's access.
    await moderateMessage(viewers.moderator, { messageId: flagged.id, action: "dismiss", reason: null });
    expect(await outcome(conversationPage(viewers.admin, conversation.id))).toBe("NOT_FOUND");
  });

  it("shows hidden messages to participants as a placeholder, and lists flags in the queue without their text", async () => {
    const [alice, bob] = await Promise.all([member(), member()]);
    const moderator = await signInAs(await createModerator(db(), { totpEnabledAt: new Date() }));
    const { id } = await write(await signInAs(alice), [bob], "Something I should not have said");
    const message = await db().conversationMessage.findFirstOrThrow({ where: { conversationId: id } });
    const bobViewer = await signInAs(bob);
    await flagConversationMessage(bobViewer, { messageId: message.id, reason: "PERSONAL_INFORMATION", note: "names a prison" });
    const queue = await moderationQueue(moderator, queueFilterSchema.parse({}));
    expect(queue.items).toEqual([expect.objectContaining({ targetId: message.id, context: expect.objectContaining({ conversationId: id, number: 1 }), flags: [expect.objectContaining({ reason: "PERSONAL_INFORMATION", note: "names a prison" })] })]);
    expect(JSON.stringify(queue.items)).not.toContain("should not have said");
    await moderateMessage(moderator, { messageId: message.id, action: "hide", reason: "personal information" });
    const asBob = await conversationPage(bobViewer, id);
    expect(asBob.messages.map((shown) => [shown.cooked, Boolean(shown.hiddenAt)])).toEqual([["", true]]);
    // Upheld, the flag keeps staff's access (to restore it), still only to its context.
    expect((await conversationPage(moderator, id)).messages.map((shown) => shown.cooked)).toEqual(["<p>Something I should not have said</p>"]);
    await moderateMessage(moderator, { messageId: message.id, action: "restore", reason: null });
    expect((await conversationPage(bobViewer, id)).messages.map((shown) => shown.cooked)).toEqual(["<p>Something I should not have said</p>"]);
  });
});

describe("who may write to whom", () => {
  it("follows each member's setting, shared organizations and blocks — and a block looks like 'does not accept messages'", async () => {
    const writer = await member();
    const colleague = await member({ profile: { messagePolicy: "MY_ORGANIZATIONS" } });
    const stranger = await member({ profile: { messagePolicy: "MY_ORGANIZATIONS" } });
    const closed = await member({ profile: { messagePolicy: "NOBODY" } });
    const open = await member();
    const blocker = await member();
    const blockedOne = await member();
    const suspended = await member({ status: "SUSPENDED" });
    const organization = await createOrganization(db(), { representative: { id: writer.id } });
    await db().organizationMembership.create({ data: { organizationId: organization.id, userId: colleague.id } });
    const viewer = await signInAs(writer);
    await blockMember(await signInAs(blocker), handleOf(writer));
    await blockMember(viewer, handleOf(blockedOne));
    const cases = { colleague, stranger, closed, open, blocker, blockedOne, suspended };
    const allowed = Object.fromEntries(await Promise.all(Object.entries(cases).map(async ([name, user]) => [name, (await messagingWith(viewer, handleOf(user))).canWrite])));
    expect(allowed).toEqual({ colleague: true, stranger: false, closed: false, open: true, blocker: false, blockedOne: false, suspended: false });
    const refusals = Object.fromEntries(await Promise.all(Object.entries(cases).map(async ([name, user]) => [name, await outcome(write(viewer, [user]))])));
    expect(refusals).toEqual({
      colleague: "ok",
      stranger: "VALIDATION:doesNotAcceptMessages",
      closed: "VALIDATION:doesNotAcceptMessages",
      open: "ok",
      blocker: "VALIDATION:doesNotAcceptMessages",
      blockedOne: "VALIDATION:doesNotAcceptMessages",
      suspended: "VALIDATION:doesNotAcceptMessages",
    });
    // The one blocked is not told: the profile says only that messages are closed, as for "nobody".
    expect(await messagingWith(viewer, handleOf(blocker))).toMatchObject({ canWrite: false, blockedByViewer: false });
    expect(await outcome(write(viewer, [open, closed]))).toBe("VALIDATION:doesNotAcceptMessages");
    expect(await outcome(write(viewer, [writer]))).toBe("VALIDATION:toSelf");
    expect(await outcome(startConversation(viewer, newConversationSchema.parse({ to: "unknownhandle", body: "Hi" })))).toBe("VALIDATION:unknownMember");
  });

  it("applies a block to the very next message, and an unblock too", async () => {
    const [alice, bob] = await Promise.all([member(), member()]);
    const [aliceViewer, bobViewer] = await Promise.all([signInAs(alice), signInAs(bob)]);
    const { id } = await write(aliceViewer, [bob]);
    expect(await outcome(send(bobViewer, id))).toBe("ok");
    await blockMember(aliceViewer, handleOf(bob));
    expect(await outcome(send(bobViewer, id))).toBe("closed");
    expect(await outcome(send(aliceViewer, id))).toBe("closed");
    await unblockMember(aliceViewer, handleOf(bob));
    expect(await outcome(send(bobViewer, id))).toBe("ok");
  });

  it("keeps one direct conversation per pair, and a new message brings back the one who left", async () => {
    const [alice, bob] = await Promise.all([member(), member()]);
    const [aliceViewer, bobViewer] = await Promise.all([signInAs(alice), signInAs(bob)]);
    const first = await write(aliceViewer, [bob]);
    const second = await write(bobViewer, [alice]);
    expect(second.id).toBe(first.id);
    await leave(bobViewer, first.id);
    expect((await inbox(bobViewer, undefined)).conversations).toEqual([]);
    expect(await outcome(conversationPage(bobViewer, first.id))).toBe("NOT_FOUND");
    // Alice still sees whom it was with.
    expect((await inbox(aliceViewer, undefined)).conversations.map((row) => row.others)).toEqual([[bob.displayName]]);
    await send(aliceViewer, first.id);
    expect((await inbox(bobViewer, undefined)).conversations.map((row) => row.id)).toEqual([first.id]);
    expect(await db().conversation.count()).toBe(1);
  });

  it("lets a group's participants add people who accept them, up to the group's size, and says so in its timeline", async () => {
    const [alice, bob, carol, closed] = await Promise.all([member(), member(), member(), member({ profile: { messagePolicy: "NOBODY" } })]);
    const aliceViewer = await signInAs(alice);
    const { id } = await write(aliceViewer, [bob, carol]);
    const dave = await member();
    expect(await outcome(addPeople(aliceViewer, addParticipantsSchema.parse({ conversationId: id, to: handleOf(closed) })))).toBe("VALIDATION:doesNotAcceptMessages");
    expect(await addPeople(aliceViewer, addParticipantsSchema.parse({ conversationId: id, to: handleOf(dave) }))).toEqual({ added: 1 });
    const view = await conversationPage(await signInAs(dave), id);
    expect(view.current.map((participant) => participant.userId).sort()).toEqual([alice.id, bob.id, carol.id, dave.id].sort());
    expect(view.messages.at(-1)).toMatchObject({ kind: "SYSTEM", payload: { type: "added", actorId: alice.id, userIds: [dave.id] } });
    expect(await db().notification.count({ where: { userId: dave.id, type: "ADDED_TO_CONVERSATION" } })).toBe(1);
  });
});

describe("read state and unread counts", () => {
  it("counts unread messages per conversation and conversations in the header, and opens at the first unread message", async () => {
    const [alice, bob] = await Promise.all([member(), member()]);
    const conversation = await createConversationRows(db(), { creatorId: alice.id, participantIds: [bob.id], messages: 45 });
    const bobViewer = await signInAs(bob);
    expect((await inbox(bobViewer, undefined)).conversations.map((row) => row.unread)).toEqual([45]);
    expect(await unreadConversationCount(bobViewer)).toBe(1);
    const opened = await conversationPage(bobViewer, conversation.id);
    expect([opened.page, opened.firstUnread, opened.messages[0]!.number]).toEqual([1, 1, 1]);
    expect((await inbox(bobViewer, undefined)).conversations.map((row) => row.unread)).toEqual([15]);
    const next = await conversationPage(bobViewer, conversation.id);
    expect([next.page, next.firstUnread, next.lastPage]).toEqual([2, 31, 2]);
    expect(await unreadConversationCount(bobViewer)).toBe(0);
    await send(await signInAs(alice), conversation.id);
    expect(await unreadConversationCount(bobViewer)).toBe(1);
    expect(await unreadConversationCount(ANONYMOUS)).toBe(0);
  });

  it("pages the inbox by latest activity", async () => {
    const owner = await member();
    const others = await Promise.all(Array.from({ length: 27 }, () => member()));
    for (const other of others) await createConversationRows(db(), { creatorId: other.id, participantIds: [owner.id], messages: 1 });
    const viewer = await signInAs(owner);
    const first = await inbox(viewer, undefined);
    const second = await inbox(viewer, first.next!);
    expect([first.conversations.length, second.conversations.length, second.next]).toEqual([25, 2, null]);
    expect(new Set([...first.conversations, ...second.conversations].map((row) => row.id)).size).toBe(27);
  });

  it("costs a fixed number of queries whatever the conversation's length: viewer, conversation, messages, read state", async () => {
    const [alice, bob] = await Promise.all([member(), member()]);
    const short = await createConversationRows(db(), { kind: "GROUP", creatorId: bob.id, participantIds: [alice.id], messages: 2 });
    const long = await createConversationRows(db(), { kind: "GROUP", creatorId: bob.id, participantIds: [alice.id], messages: 500 });
    const token = await registerSession(alice.id, null, 3600);
    const measure = async (id: string) => {
      const { queries } = await countQueries(async () => {
        const { viewer } = await viewerFromSession(token);
        await conversationPage(viewer, id, { page: 3 });
      });
      return queries.filter((query) => !/^(BEGIN|COMMIT|ROLLBACK)/i.test(query.trim()));
    };
    const few = await measure(short.id);
    const many = await measure(long.id);
    expect(many.length, many.join("\n")).toBe(few.length);
    expect(many.length, many.join("\n")).toBeLessThanOrEqual(5);
    // Opening the same page again writes nothing (the read state did not move).
    const again = await measure(long.id);
    expect(again.length).toBe(many.length - 1);
  });
});

describe("mentions and notifications", () => {
  it("links and notifies mentioned participants only, and rings once per conversation until read", async () => {
    const [alice, bob, carol, outsider] = await Promise.all([member(), member(), member(), member()]);
    const aliceViewer = await signInAs(alice);
    const { id } = await write(aliceViewer, [bob, carol], `Hello @${handleOf(bob)} and @${handleOf(outsider)}`);
    const message = await db().conversationMessage.findFirstOrThrow({ where: { conversationId: id } });
    expect(message.cooked).toContain(`href="/members/${handleOf(bob)}"`);
    expect(message.cooked).not.toContain(`href="/members/${handleOf(outsider)}"`);
    const types = async (userId: string) => (await db().notification.findMany({ where: { userId }, orderBy: { createdAt: "asc" } })).map((row) => row.type);
    expect([await types(bob.id), await types(carol.id), await types(outsider.id), await types(alice.id)]).toEqual([["MESSAGE_MENTION"], ["NEW_MESSAGE"], [], []]);
    await send(aliceViewer, id);
    await send(aliceViewer, id);
    // While a notification about the conversation is unread, more messages add none.
    expect([await types(bob.id), await types(carol.id)]).toEqual([["MESSAGE_MENTION"], ["NEW_MESSAGE"]]);
    // Leaving takes one's notifications about it away.
    await leave(await signInAs(carol), id);
    expect(await types(carol.id)).toEqual([]);
  });
});

describe("limits", () => {
  it("lets a member approved this week reach at most five strangers a day, whoever they already know", async () => {
    const newcomer = await createMember(db(), { approvedAt: new Date() });
    const viewer = await signInAs(newcomer);
    const strangers = await Promise.all(Array.from({ length: 6 }, () => member()));
    for (const [index, stranger] of strangers.slice(0, 5).entries()) expect(await outcome(write(viewer, [stranger], `Hello number ${index}`))).toBe("ok");
    expect(await outcome(write(viewer, [strangers[5]!], "Hello number 6"))).toBe("RATE_LIMITED");
    // Someone they already share a conversation with is no stranger.
    expect(await outcome(write(viewer, [strangers[0]!], "Hello again"))).toBe("ok");
  });

  it("refuses the same first message sent again within minutes", async () => {
    const [writer, first, second] = await Promise.all([member(), member(), member()]);
    const viewer = await signInAs(writer);
    expect(await outcome(write(viewer, [first], "Buy this now"))).toBe("ok");
    expect(await outcome(write(viewer, [second], "Buy this now"))).toBe("duplicate:duplicate");
  });
});

describe("the mutations a workspace reuses", () => {
  it("open a workspace, add people and record events inside the caller's transaction, or nothing at all", async () => {
    const [author, responder, helper] = await Promise.all([member(), member(), member()]);
    const id = await db().$transaction(async (tx) => {
      const { id } = await createConversation(tx, { kind: "WORKSPACE", title: "Monitoring visit", subject: { type: "CollaborationRequest", id: "req1" }, creatorId: author.id, participantIds: [responder.id] });
      await postSystemMessage(tx, id, { type: "created", actorId: author.id });
      await addParticipants(tx, { conversationId: id, userIds: [helper.id], addedById: author.id });
      await postSystemMessage(tx, id, { type: "status", actorId: author.id, status: "IN_PROGRESS" });
      return id;
    });
    const view = await conversationPage(await signInAs(helper), id);
    expect([view.kind, view.subjectType, view.subjectId, view.title]).toEqual(["WORKSPACE", "CollaborationRequest", "req1", "Monitoring visit"]);
    expect(view.messages.map((message) => message.payload)).toEqual([{ type: "created", actorId: author.id }, { type: "status", actorId: author.id, status: "IN_PROGRESS" }]);
    // Its participants add the people they work with (the "and people they add").
    expect(view.canAdd).toBe(true);
    // The author acted last and had read everything: nothing unread for them.
    expect(await unreadConversationCount(await signInAs(author))).toBe(0);

    await expect(
      db().$transaction(async (tx) => {
        await createConversation(tx, { kind: "WORKSPACE", creatorId: author.id, participantIds: [responder.id] });
        throw new Error("the acceptance failed");
      }),
    ).rejects.toThrow("the acceptance failed");
    expect(await db().conversation.count()).toBe(1);
  });
});
