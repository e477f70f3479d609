// First moderation of the board against PostgreSQL: the queue of flagged posts (one row per post, its flags'
// reasons and notes), hiding (flags upheld, notifications dropped, a placeholder for members, audited),
// restoring, dismissing, and locking, pinning and moving threads with their counters.
import { beforeEach, describe, expect, it } from "vitest";
import type { SignedInViewer } from "@/lib/auth/viewer-types";
import { flagBoardPost, replyToThread, startThread } from "@/lib/board/post-service";
import { replySchema, threadSchema } from "@/lib/board/schema";
import { threadPage } from "@/lib/board/service";
import { moderationQueue } from "@/lib/moderation/queue-service";
import { queueFilterSchema } from "@/lib/moderation/schema";
import { moderatePost, moderateThread } from "@/lib/moderation/service";
import { seedReferenceData } from "@/prisma/seed/reference";
import { createMember, createModerator } from "@/tests/factories/users";
import { db, signInAs } from "./support/viewers";

let author: SignedInViewer;
let moderator: SignedInViewer;
let threadId: number;

beforeEach(async () => {
  await seedReferenceData(db());
  author = await signInAs(await createMember(db(), { displayName: "Author", approvedAt: new Date(Date.now() - 30 * 86_400_000) }));
  moderator = await signInAs(await createModerator(db(), { totpEnabledAt: new Date() }));
  threadId = (await startThread(author, threadSchema.parse({ title: "A thread to moderate", body: "Fine first post", category: "health", language: "en" }))).id;
});

async function flaggedReply() {
  const replier = await signInAs(await createMember(db(), { displayName: "Replier" }));
  await replyToThread(replier, replySchema.parse({ threadId: String(threadId), body: "Here is her home address", replyTo: "1" }));
  const post = await db().boardPost.findFirstOrThrow({ where: { threadId, number: 2 } });
  for (const [index, reason] of (["PERSONAL_INFORMATION", "HARASSMENT"] as const).entries()) {
    await flagBoardPost(await signInAs(await createMember(db(), { displayName: `Flagger ${index}` })), { postId: post.id, reason, note: index ? null : "An address" });
  }
  return post;
}

describe("the moderation queue", () => {
  it("lists each flagged post once with its flags, to moderators only", async () => {
    const post = await flaggedReply();
    const queue = await moderationQueue(moderator, queueFilterSchema.parse({}));
    expect(queue.items.map((row) => [row.targetId, row.flags.map(({ reason, note }) => ({ reason, note }))])).toEqual([[post.id, [{ reason: "PERSONAL_INFORMATION", note: "An address" }, { reason: "HARASSMENT", note: null }]]]);
    await expect(moderationQueue(author, queueFilterSchema.parse({}))).rejects.toMatchObject({ code: "FORBIDDEN" });
  });

  it("hides a post: flags upheld, notifications about it dropped, a placeholder for members, text for staff, audited", async () => {
    const post = await flaggedReply();
    expect(await db().notification.count({ where: { subjectId: post.id } })).toBe(1);
    await moderatePost(moderator, { postId: post.id, action: "hide", reason: "Doxxing" });
    expect(await db().moderationFlag.findMany({ select: { status: true, resolvedById: true } })).toEqual([
      { status: "UPHELD", resolvedById: moderator.id },
      { status: "UPHELD", resolvedById: moderator.id },
    ]);
    expect(await db().notification.count({ where: { subjectId: post.id } })).toBe(0);
    expect((await threadPage(author, threadId)).posts[1]!.cooked).toBe("");
    expect((await threadPage(moderator, threadId)).posts[1]!.cooked).toContain("home address");
    expect((await moderationQueue(moderator, queueFilterSchema.parse({}))).items).toEqual([]);
    expect(await db().auditLog.findFirst({ where: { action: "board.post-hidden", targetId: post.id }, select: { actorId: true, reason: true } })).toEqual({ actorId: moderator.id, reason: "Doxxing" });

    await moderatePost(moderator, { postId: post.id, action: "restore", reason: null });
    expect((await threadPage(author, threadId)).posts[1]!.cooked).toContain("home address");
  });

  it("dismisses the flags and leaves the post as it is", async () => {
    const post = await flaggedReply();
    await moderatePost(moderator, { postId: post.id, action: "dismiss", reason: null });
    expect(await db().moderationFlag.count({ where: { status: "DISMISSED" } })).toBe(2);
    expect((await db().boardPost.findUniqueOrThrow({ where: { id: post.id } })).hiddenAt).toBeNull();
  });
});

describe("thread tools", () => {
  it("lock, pin and move, with both categories' counters, audited", async () => {
    await moderateThread(moderator, { threadId, action: "lock" });
    await moderateThread(moderator, { threadId, action: "pin" });
    expect(await db().boardThread.findUniqueOrThrow({ where: { id: threadId }, select: { lockedAt: true, pinnedAt: true } })).toEqual({ lockedAt: expect.any(Date), pinnedAt: expect.any(Date) });
    await moderateThread(moderator, { threadId, action: "move", category: "legal-aid" });
    const counts = Object.fromEntries((await db().boardCategory.findMany({ where: { slug: { in: ["health", "legal-aid"] } } })).map((row) => [row.slug, [row.threadCount, row.postCount]]));
    expect(counts).toEqual({ health: [0, 0], "legal-aid": [1, 1] });
    await moderateThread(moderator, { threadId, action: "unlock" });
    expect(await db().auditLog.findMany({ where: { targetId: String(threadId) }, orderBy: { createdAt: "asc" }, select: { action: true } })).toEqual([
      { action: "board.thread-locked" }, { action: "board.thread-pinned" }, { action: "board.thread-moved" }, { action: "board.thread-unlocked" },
    ]);
    await expect(moderateThread(author, { threadId, action: "lock" })).rejects.toMatchObject({ code: "FORBIDDEN" });
  });
});
