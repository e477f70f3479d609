// What members do to posts once written, against PostgreSQL: reactions (toggled, counted, never on one's own
// or a hidden post), the author's edit (the earlier text kept as a revision), deleting (a placeholder that
// keeps the number, counters and notifications follow; the first post takes the thread), and flags (once each).
import { beforeEach, describe, expect, it } from "vitest";
import type { SignedInViewer } from "@/lib/auth/viewer-types";
import { deleteOwnPost, editOwnPost, flagBoardPost, postHistory, reactToPost, replyToThread, startThread } from "@/lib/board/post-service";
import { replySchema, threadListSchema, threadSchema } from "@/lib/board/schema";
import { boardOverview, threadPage } from "@/lib/board/service";
import { seedReferenceData } from "@/prisma/seed/reference";
import { createMember, createModerator } from "@/tests/factories/users";
import { db, signInAs } from "./support/viewers";

let author: SignedInViewer;
let reader: SignedInViewer;
let threadId: number;

beforeEach(async () => {
  await seedReferenceData(db());
  author = await signInAs(await createMember(db(), { displayName: "Author" }));
  reader = await signInAs(await createMember(db(), { displayName: "Reader" }));
  threadId = (await startThread(author, threadSchema.parse({ title: "Posts to act on", body: "The **first** post", category: "health", language: "en" }))).id;
});

const firstPost = () => db().boardPost.findFirstOrThrow({ where: { threadId, number: 1 } });
const outcome = (promise: Promise<unknown>) => promise.then(() => "ok", (error: { code: string }) => error.code);

describe("reactions", () => {
  it("toggle on someone else's post, with kept counts, and never on one's own or a hidden post", async () => {
    const post = await firstPost();
    expect(await reactToPost(reader, { postId: post.id, kind: "THANKS" })).toBe(`/board/t/${threadId}/posts-to-act-on/1#post-1`);
    await reactToPost(reader, { postId: post.id, kind: "SUPPORT" });
    expect((await firstPost()).reactionCounts).toEqual({ THANKS: 1, SUPPORT: 1 });
    expect((await threadPage(reader, threadId)).posts[0]!.viewerReactions).toEqual(["SUPPORT", "THANKS"]);
    await reactToPost(reader, { postId: post.id, kind: "THANKS" });
    expect((await firstPost()).reactionCounts).toEqual({ THANKS: 0, SUPPORT: 1 });
    expect(await outcome(reactToPost(author, { postId: post.id, kind: "AGREE" }))).toBe("FORBIDDEN");
    await db().boardPost.update({ where: { id: post.id }, data: { hiddenAt: new Date() } });
    expect(await outcome(reactToPost(reader, { postId: post.id, kind: "AGREE" }))).toBe("FORBIDDEN");
    expect(await db().boardReaction.count()).toBe(1);
  });

  it("say who reacted on request, for that post only", async () => {
    const post = await firstPost();
    await reactToPost(reader, { postId: post.id, kind: "AGREE" });
    expect((await threadPage(author, threadId)).whoReacted).toBeNull();
    expect((await threadPage(author, threadId, { who: 1 })).whoReacted).toEqual({ number: 1, reactors: [{ kind: "AGREE", name: "Reader" }] });
  });
});

describe("editing", () => {
  it("keeps the earlier text as a revision, cooks the new one, and marks the post edited", async () => {
    const post = await firstPost();
    await editOwnPost(author, { postId: post.id, body: "The _corrected_ post" });
    await editOwnPost(author, { postId: post.id, body: "The third version" });
    const saved = await db().boardPost.findUniqueOrThrow({ where: { id: post.id }, include: { revisions: { orderBy: { revision: "asc" } } } });
    expect(saved.cooked).toBe("<p>The third version</p>");
    expect(saved.editedAt).not.toBeNull();
    expect(saved.revisions.map((revision) => [revision.revision, revision.source])).toEqual([[1, "The **first** post"], [2, "The _corrected_ post"]]);
    expect(saved.searchText).toContain("third version");
    expect(saved.searchText).not.toContain("corrected");
    const moderator = await signInAs(await createModerator(db(), { totpEnabledAt: new Date() }));
    const history = await postHistory(moderator, post.id);
    expect([history.current, ...history.revisions.map((revision) => revision.source)]).toEqual(["The third version", "The **first** post", "The _corrected_ post"]);
    await expect(postHistory(author, post.id)).rejects.toMatchObject({ code: "FORBIDDEN" });
  });

  it("is the author's alone, and not in a locked thread", async () => {
    const post = await firstPost();
    expect(await outcome(editOwnPost(reader, { postId: post.id, body: "Not mine" }))).toBe("FORBIDDEN");
    await db().boardThread.update({ where: { id: threadId }, data: { lockedAt: new Date() } });
    expect(await outcome(editOwnPost(author, { postId: post.id, body: "Too late" }))).toBe("FORBIDDEN");
    expect((await firstPost()).source).toBe("The **first** post");
  });
});

describe("deleting", () => {
  it("leaves a numbered placeholder, drops the reply from the counters and its notifications", async () => {
    const { number } = await replyToThread(reader, replySchema.parse({ threadId: String(threadId), body: "A reply to delete", replyTo: "1" }));
    const reply = await db().boardPost.findFirstOrThrow({ where: { threadId, number } });
    // The reply notification is about the thread (replies group per thread) and holds the reply's number.
    const aboutThread = { where: { subjectType: "BoardThread", subjectId: String(threadId) } };
    expect(await db().notification.count(aboutThread)).toBe(1);
    expect(await outcome(deleteOwnPost(author, reply.id))).toBe("FORBIDDEN");
    expect(await deleteOwnPost(reader, reply.id)).toBe(`/board/t/${threadId}/posts-to-act-on/2#post-2`);
    expect(await db().notification.count(aboutThread)).toBe(0);
    expect((await db().boardThread.findUniqueOrThrow({ where: { id: threadId } })).replyCount).toBe(0);
    const shown = (await threadPage(author, threadId, { page: 1 })).posts;
    expect(shown.map((post) => [post.number, Boolean(post.deletedAt), post.cooked])).toEqual([[1, false, "<p>The <strong>first</strong> post</p>"], [2, true, ""]]);
  });

  it("takes the thread with its first post", async () => {
    expect(await deleteOwnPost(author, (await firstPost()).id)).toBe("/board");
    expect((await boardOverview(reader, threadListSchema.parse({}))).threads).toEqual([]);
    expect((await db().boardCategory.findUniqueOrThrow({ where: { slug: "health" } })).threadCount).toBe(0);
  });
});

describe("flags", () => {
  it("are raised once per member and post, never on one's own", async () => {
    const post = await firstPost();
    expect(await flagBoardPost(reader, { postId: post.id, reason: "PERSONAL_INFORMATION", note: "Names a woman's prison" })).toBe("flagged");
    expect(await flagBoardPost(reader, { postId: post.id, reason: "SPAM", note: null })).toBe("already");
    expect(await outcome(flagBoardPost(author, { postId: post.id, reason: "SPAM", note: null }))).toBe("FORBIDDEN");
    expect(await db().moderationFlag.findMany({ select: { reason: true, reporterId: true, status: true } })).toEqual([{ reason: "PERSONAL_INFORMATION", reporterId: reader.id, status: "OPEN" }]);
  });
});
