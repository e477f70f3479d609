// Mutes against PostgreSQL (issue 13, item 2): muting is idempotent and private, oneself is refused; what a
// muted member causes — mentions, replies, watched posts, reactions, messages, mentions and "added" in
// conversations — reaches the member who muted them no more, through the real notification paths, while
// staff notices still arrive; the board marks their posts for the muter only, at no extra query; and the
// account's list of mutes and blocks, paged by cursor.
import { beforeEach, describe, expect, it } from "vitest";
import type { SignedInViewer } from "@/lib/auth/viewer-types";
import { flagBoardPost, reactToPost, replyToThread, startThread } from "@/lib/board/post-service";
import { replySchema, threadSchema } from "@/lib/board/schema";
import { threadPage } from "@/lib/board/service";
import { blockMember } from "@/lib/conversations/block-service";
import { addPeople, sendMessage, startConversation } from "@/lib/conversations/message-service";
import { addParticipantsSchema, messageSchema, newConversationSchema } from "@/lib/conversations/schema";
import { AppError } from "@/lib/errors";
import { PEOPLE_PER_PAGE } from "@/lib/safety/schema";
import { muteMember, muteStateOf, peopleKeptAway, unmuteMember } from "@/lib/safety/service";
import { seedReferenceData } from "@/prisma/seed/reference";
import { createApplicant, createMember, createModerator, type UserWithProfile } from "@/tests/factories/users";
import { countQueries } from "./support/query-count";
import { db, signInAs } from "./support/viewers";

const LONG_AGO = new Date(Date.now() - 60 * 86_400_000);
const member = (displayName: string, overrides: Parameters<typeof createMember>[1] = {}) => createMember(db(), { displayName, approvedAt: LONG_AGO, ...overrides });
const code = (promise: Promise<unknown>) => promise.then(() => "ok", (error: unknown) => (error instanceof AppError ? error.code : `unexpected: ${String(error)}`));
const typesOf = async (userId: string) => (await db().notification.findMany({ where: { userId }, orderBy: { createdAt: "asc" }, select: { type: true } })).map((row) => row.type);

let muter: SignedInViewer;
let muted: SignedInViewer;
let bystander: SignedInViewer;
let muterRow: UserWithProfile;
let mutedRow: UserWithProfile;
let bystanderRow: UserWithProfile;

beforeEach(async () => {
  await seedReferenceData(db());
  [muterRow, mutedRow, bystanderRow] = await Promise.all([member("Muter"), member("Muted"), member("Bystander")]);
  [muter, muted, bystander] = await Promise.all([signInAs(muterRow), signInAs(mutedRow), signInAs(bystanderRow)]);
});

const thread = (viewer: SignedInViewer, body = "First post") => startThread(viewer, threadSchema.parse({ title: `A thread ${Math.random()}`, body, category: "health", language: "en" }));
const reply = (viewer: SignedInViewer, threadId: number, body: string, replyTo?: number) =>
  replyToThread(viewer, replySchema.parse({ threadId: String(threadId), body, replyTo: replyTo ? String(replyTo) : undefined }));
const firstPostOf = async (threadId: number) => (await db().boardPost.findFirstOrThrow({ where: { threadId, number: 1 } })).id;

describe("muting", () => {
  it("is idempotent both ways, refuses oneself and non-members, and allows muting staff", async () => {
    await muteMember(muter, muted.id);
    await muteMember(muter, muted.id);
    expect(await db().memberMute.count({ where: { muterId: muter.id } })).toBe(1);
    await unmuteMember(muter, muted.id);
    await unmuteMember(muter, muted.id);
    expect(await db().memberMute.count()).toBe(0);

    expect(await code(muteMember(muter, muter.id))).toBe("FORBIDDEN");
    expect(await code(muteMember(muter, (await createApplicant(db())).id))).toBe("NOT_FOUND");
    expect(await code(muteMember(muter, "nosuchmemberatallxxxxx"))).toBe("NOT_FOUND");
    const moderator = await createModerator(db(), { totpEnabledAt: new Date() });
    expect(await code(muteMember(muter, moderator.id))).toBe("ok");
    expect(await db().memberMute.count()).toBe(1);
  });

  it("is private: the profile's state is the muter's own, and the muted member sees nothing of it", async () => {
    await muteMember(muter, muted.id);
    expect(await muteStateOf(muter, mutedRow.profile.handle)).toEqual({ memberId: muted.id, canMute: true, muted: true });
    expect(await muteStateOf(muted, muterRow.profile.handle)).toEqual({ memberId: muter.id, canMute: true, muted: false });
    expect(await muteStateOf(muter, muterRow.profile.handle)).toEqual({ memberId: muter.id, canMute: false, muted: false });
    expect((await peopleKeptAway(muted, {})).mutes.members).toEqual([]);
  });
});

describe("on the board", () => {
  it("writes no mention, reply, watched-post or reaction notification from a muted member, and others still get theirs", async () => {
    const { id: threadId } = await thread(muter);
    const firstPostId = await firstPostOf(threadId);
    await muteMember(muter, muted.id);

    await thread(muted, `Hello @${muterRow.profile.handle} and @${bystanderRow.profile.handle}`);
    await reply(muted, threadId, `A reply to you, @${muterRow.profile.handle}`, 1);
    await reply(muted, threadId, "Another post in the thread you watch");
    await reactToPost(muted, { postId: firstPostId, kind: "THANKS" });
    expect(await typesOf(muter.id)).toEqual([]);
    expect(await typesOf(bystander.id)).toEqual(["MENTION"]);

    // Someone not muted still reaches the muter on every path.
    await reply(bystander, threadId, `Me too, @${muterRow.profile.handle}`, 1);
    await reactToPost(bystander, { postId: firstPostId, kind: "AGREE" });
    expect((await typesOf(muter.id)).sort()).toEqual(["REACTION", "REPLY"]);

    // Unmuted, the next one arrives again.
    await unmuteMember(muter, muted.id);
    await reactToPost(muted, { postId: firstPostId, kind: "SUPPORT" });
    const reaction = await db().notification.findFirstOrThrow({ where: { userId: muter.id, type: "REACTION" }, select: { payload: true } });
    expect(reaction.payload).toMatchObject({ count: 2, authorId: muted.id });
  });

  it("marks a muted author's posts for the muter only, in the same queries as before", async () => {
    const { id: threadId } = await thread(muter);
    await reply(muted, threadId, "From the muted member");
    await reply(bystander, threadId, "From someone else");
    const shape = async (viewer: SignedInViewer) => (await threadPage(viewer, threadId, { page: 1 })).posts.map((post) => [post.number, post.authorMuted, post.canMute]);
    const counted = async () => (await countQueries(() => threadPage(muter, threadId, { page: 1 }))).queries.filter((query) => !/^(BEGIN|COMMIT|ROLLBACK)/i.test(query.trim())).length;
    await threadPage(muter, threadId, { page: 1 }); // the first visit also writes the read state
    const before = await counted();

    await muteMember(muter, muted.id);
    expect(await shape(muter)).toEqual([[1, false, false], [2, true, true], [3, false, true]]);
    expect(await shape(muted)).toEqual([[1, false, true], [2, false, false], [3, false, true]]);
    expect(await shape(bystander)).toEqual([[1, false, true], [2, false, true], [3, false, false]]);
    expect(await counted()).toBe(before);
  });

  it("does not silence staff notices: a moderator who muted a member still hears of that member's flag", async () => {
    const moderatorRow = await createModerator(db(), { totpEnabledAt: new Date() });
    const moderator = await signInAs(moderatorRow);
    await muteMember(moderator, muted.id);
    const { id: threadId } = await thread(bystander);
    expect(await flagBoardPost(muted, { postId: await firstPostOf(threadId), reason: "SPAM", note: null })).toBe("flagged");
    expect(await typesOf(moderator.id)).toEqual(["NEW_FLAG"]);
  });
});

describe("in conversations", () => {
  it("delivers a muted member's direct messages silently: in the conversation, never notifying, not unread", async () => {
    await muteMember(muter, muted.id);
    const { id } = await startConversation(muted, newConversationSchema.parse({ to: muterRow.profile.handle, body: "Hello, are you there?" }));
    await sendMessage(muted, messageSchema.parse({ conversationId: id, body: `Still waiting, @${muterRow.profile.handle}` }));
    expect(await db().conversationMessage.count({ where: { conversationId: id } })).toBe(2);
    expect(await typesOf(muter.id)).toEqual([]);
    expect(await db().conversationParticipant.findUniqueOrThrow({ where: { conversationId_userId: { conversationId: id, userId: muter.id } }, select: { lastReadNumber: true } })).toEqual({ lastReadNumber: 2 });

    // The muter's answer, and the muted member's next message after it, follow the same rule.
    await sendMessage(muter, messageSchema.parse({ conversationId: id, body: "Yes." }));
    expect(await typesOf(muted.id)).toEqual(["NEW_MESSAGE"]);
  });

  it("tells the muter nothing of being added, mentioned or written to in a group by a muted member; others are told", async () => {
    await muteMember(muter, muted.id);
    const { id } = await startConversation(muted, newConversationSchema.parse({ to: bystanderRow.profile.handle, body: "Just us first" }));
    expect(await typesOf(bystander.id)).toEqual(["NEW_MESSAGE"]);
    const group = await startConversation(muted, newConversationSchema.parse({ to: `${bystanderRow.profile.handle}, ${(await member("Third")).profile.handle}`, title: "Group", body: "Welcome" }));
    expect(await addPeople(muted, addParticipantsSchema.parse({ conversationId: group.id, to: muterRow.profile.handle }))).toEqual({ added: 1 });
    await sendMessage(muted, messageSchema.parse({ conversationId: group.id, body: `Welcome @${muterRow.profile.handle}` }));
    expect(await typesOf(muter.id)).toEqual([]);
    await sendMessage(bystander, messageSchema.parse({ conversationId: group.id, body: `Hello @${muterRow.profile.handle}` }));
    expect(await typesOf(muter.id)).toEqual(["MESSAGE_MENTION"]);
    expect(id).not.toBe(group.id);
  });
});

describe("the account's list of mutes and blocks", () => {
  it("shows an empty list, then the members muted and blocked with their names, a profile link only for listed members", async () => {
    expect(await peopleKeptAway(muter, {})).toEqual({ mutes: { members: [], next: null }, blocks: { members: [], next: null } });
    const discreet = await member("Discreet", { profile: { hiddenFromDirectory: true } });
    await muteMember(muter, muted.id);
    await muteMember(muter, discreet.id);
    await blockMember(muter, bystanderRow.profile.handle);
    const lists = await peopleKeptAway(muter, {});
    expect(lists.mutes.members.map((row) => [row.displayName, row.handle])).toEqual([["Discreet", null], ["Muted", mutedRow.profile.handle]]);
    expect(lists.blocks.members).toEqual([expect.objectContaining({ memberId: bystander.id, displayName: "Bystander", handle: bystanderRow.profile.handle, blockHandle: bystanderRow.profile.handle })]);
    expect(lists.mutes.members[0]!.since).toBeInstanceOf(Date);
  });

  it("pages a long list by cursor, newest first, each section on its own", async () => {
    const others = await Promise.all(Array.from({ length: PEOPLE_PER_PAGE + 2 }, (_, index) => member(`Someone ${index}`)));
    const start = Date.now() - 86_400_000;
    await db().memberMute.createMany({ data: others.map((other, index) => ({ muterId: muter.id, mutedId: other.id, createdAt: new Date(start + index * 60_000) })) });
    const first = await peopleKeptAway(muter, {});
    expect(first.mutes.members).toHaveLength(PEOPLE_PER_PAGE);
    expect(first.mutes.members[0]!.displayName).toBe(`Someone ${PEOPLE_PER_PAGE + 1}`);
    expect(first.mutes.next).toEqual(expect.any(String));
    const second = await peopleKeptAway(muter, { mutes: first.mutes.next! });
    expect(second.mutes.members.map((row) => row.displayName)).toEqual(["Someone 1", "Someone 0"]);
    expect(second.mutes.next).toBeNull();
    expect(await peopleKeptAway(muter, { mutes: "not-a-cursor" })).toEqual(first);
  });
});
