// The one moderation queue (issue 13) against PostgreSQL: flags grouped per item by the trigger, every step
// with its history and audit entry in one transaction, the flaggers told only the outcome, the author warned
// privately, the rules as a role matrix, filters and cursor pagination, and two moderators claiming at once.
import { beforeEach, describe, expect, it } from "vitest";
import type { SignedInViewer } from "@/lib/auth/viewer-types";
import { flagBoardPost, replyToThread, startThread } from "@/lib/board/post-service";
import { replySchema, threadSchema } from "@/lib/board/schema";
import { threadPage } from "@/lib/board/service";
import { AppError } from "@/lib/errors";
import { flagItem } from "@/lib/moderation/flag-service";
import { moderateItem, moderationItem, moderationQueue } from "@/lib/moderation/queue-service";
import { itemActionSchema, queueFilterSchema, type ItemActionInput } from "@/lib/moderation/schema";
import { moderatePost } from "@/lib/moderation/service";
import { notificationsPage } from "@/lib/notifications/service";
import { seedReferenceData } from "@/prisma/seed/reference";
import { createThreadRow } from "@/tests/factories/board";
import { createOrganization } from "@/tests/factories/organizations";
import { createAdmin, createMember, createModerator } from "@/tests/factories/users";
import { db, signInAs } from "./support/viewers";

let author: SignedInViewer;
let moderator: SignedInViewer;
let otherModerator: SignedInViewer;
let admin: SignedInViewer;
let threadId: number;

const staff = { totpEnabledAt: new Date() };
const queue = (viewer: SignedInViewer, filter: Record<string, string> = {}) => moderationQueue(viewer, queueFilterSchema.parse(filter));
const act = (viewer: SignedInViewer, input: Record<string, string>) => moderateItem(viewer, itemActionSchema.parse(input) as ItemActionInput);
const refusal = (promise: Promise<unknown>) =>
  promise.then(
    () => "ok",
    (error: unknown) => {
      if (error instanceof AppError) return error.messageKey.startsWith("Errors.codes.") ? error.code : error.messageKey.split(".").pop();
      throw error;
    },
  );

beforeEach(async () => {
  await seedReferenceData(db());
  author = await signInAs(await createMember(db(), { displayName: "Author", approvedAt: new Date(Date.now() - 30 * 86_400_000) }));
  moderator = await signInAs(await createModerator(db(), { displayName: "Mod One", ...staff }));
  otherModerator = await signInAs(await createModerator(db(), { displayName: "Mod Two", ...staff }));
  admin = await signInAs(await createAdmin(db(), { displayName: "Admin", ...staff }));
  threadId = (await startThread(author, threadSchema.parse({ title: "A thread to moderate", body: "Fine first post", category: "health", language: "en" }))).id;
});

async function reply(by: SignedInViewer, body: string) {
  const { number } = await replyToThread(by, replySchema.parse({ threadId: String(threadId), body, replyTo: "1" }));
  return db().boardPost.findFirstOrThrow({ where: { threadId, number } });
}

async function flaggers(count: number) {
  return Promise.all(Array.from({ length: count }, async (_, index) => signInAs(await createMember(db(), { displayName: `Flagger ${index}` }))));
}

/** A reply by `by`, flagged by two members: its item's id. */
async function flaggedPost(by: SignedInViewer = author) {
  const post = await reply(by, "Here is her home address");
  const [first, second] = await flaggers(2);
  await flagBoardPost(first!, { postId: post.id, reason: "PERSONAL_INFORMATION", note: "An address" });
  await flagBoardPost(second!, { postId: post.id, reason: "HARASSMENT", note: null });
  const item = await db().moderationItem.findUniqueOrThrow({ where: { targetType_targetId: { targetType: "BoardPost", targetId: post.id } } });
  return { post, itemId: item.id, flaggers: [first!, second!] };
}

const kinds = async (itemId: string) => (await db().moderationItemEvent.findMany({ where: { itemId }, orderBy: [{ createdAt: "asc" }, { id: "asc" }], select: { kind: true } })).map((event) => event.kind);

describe("the one moderation queue", () => {
  it("groups flags from several members into one item with its reasons, notes, flaggers and author", async () => {
    const { post, itemId } = await flaggedPost();
    const { items, next } = await queue(moderator);
    expect(next).toBeNull();
    expect(items).toHaveLength(1);
    expect(items[0]).toMatchObject({ id: itemId, targetType: "BoardPost", targetId: post.id, status: "OPEN", openFlagCount: 2, authorName: "Author", context: expect.objectContaining({ kind: "BoardPost", threadTitle: "A thread to moderate", number: 2 }) });
    expect([...items[0]!.reasons].sort()).toEqual(["HARASSMENT", "PERSONAL_INFORMATION"]);
    expect(items[0]!.flags.map((flag) => [flag.reason, flag.note, flag.reporterName])).toEqual([
      ["PERSONAL_INFORMATION", "An address", "Flagger 0"],
      ["HARASSMENT", null, "Flagger 1"],
    ]);
    expect(await kinds(itemId)).toEqual(["FLAGGED", "FLAGGED"]);
    await expect(queue(author)).rejects.toMatchObject({ code: "FORBIDDEN" });
  });

  it("files flags on threads, profiles and organizations, once per member, never one's own", async () => {
    const [flagger] = await flaggers(1);
    const profile = await db().advocateProfile.findUniqueOrThrow({ where: { userId: author.id } });
    const organization = await createOrganization(db(), { status: "ACTIVE" });
    expect(await flagItem(flagger!, { targetType: "BoardThread", targetId: String(threadId), reason: "OFF_TOPIC", note: null })).toBe("flagged");
    expect(await flagItem(flagger!, { targetType: "BoardThread", targetId: String(threadId), reason: "SPAM", note: null })).toBe("already");
    expect(await flagItem(flagger!, { targetType: "User", targetId: profile.handle, reason: "HARASSMENT", note: "Threatening bio" })).toBe("flagged");
    expect(await flagItem(flagger!, { targetType: "Organization", targetId: organization.slug, reason: "SPAM", note: null })).toBe("flagged");
    expect(await refusal(flagItem(author, { targetType: "BoardThread", targetId: String(threadId), reason: "SPAM", note: null }))).toBe("FORBIDDEN");
    const { items } = await queue(moderator);
    expect(items.map((item) => [item.targetType, item.authorId, item.openFlagCount])).toEqual([
      ["BoardThread", author.id, 1],
      ["User", author.id, 1],
      ["Organization", null, 1],
    ]);
    expect(items.map((item) => item.context?.kind)).toEqual(["BoardThread", "User", "Organization"]);
    // Staff heard of each, as before.
    expect(await db().notification.count({ where: { userId: moderator.id, type: "NEW_FLAG" } })).toBe(3);
  });

  it("claims, hides with a reason, warns, resolves: history, audit, the flaggers told the outcome only, the author warned privately", async () => {
    const { post, itemId, flaggers: [first, second] } = await flaggedPost();
    await act(moderator, { itemId, action: "claim" });
    await act(moderator, { itemId, action: "hide", note: "Doxxing" });
    await act(moderator, { itemId, action: "warn", message: "Please never post anyone's address." });
    await act(moderator, { itemId, action: "resolve", note: "" });
    expect(await kinds(itemId)).toEqual(["FLAGGED", "FLAGGED", "CLAIMED", "HIDDEN", "WARNED", "RESOLVED"]);
    expect(await db().moderationItem.findUniqueOrThrow({ where: { id: itemId }, select: { status: true, outcome: true, resolvedById: true } })).toEqual({ status: "RESOLVED", outcome: "ACTION_TAKEN", resolvedById: moderator.id });
    expect((await db().moderationFlag.findMany({ where: { targetId: post.id }, select: { status: true } })).map((flag) => flag.status)).toEqual(["UPHELD", "UPHELD"]);
    const audit = (await db().auditLog.findMany({ where: { actorId: moderator.id }, orderBy: { createdAt: "asc" }, select: { action: true } })).map((entry) => entry.action);
    expect(audit).toEqual(["moderation.item-claimed", "board.post-hidden", "moderation.author-warned", "moderation.item-resolved"]);
    expect((await threadPage(author, threadId)).posts[1]!.cooked).toBe("");

    for (const flagger of [first!, second!]) {
      const [notice] = (await notificationsPage(flagger, undefined)).notifications;
      expect(notice).toMatchObject({ type: "FLAG_OUTCOME", payload: { outcome: "ACTION_TAKEN" } });
      expect(JSON.stringify(notice)).not.toMatch(/Mod One|Doxxing|address/);
    }
    const warnings = await db().notification.findMany({ where: { type: "MODERATION_WARNING" }, select: { userId: true, payload: true } });
    expect(warnings).toEqual([{ userId: author.id, payload: { message: "Please never post anyone's address.", targetType: "BoardPost" } }]);
    // The queue no longer shows it; the resolved filter does.
    expect((await queue(moderator)).items).toEqual([]);
    expect((await queue(moderator, { status: "resolved" })).items.map((item) => item.id)).toEqual([itemId]);
  });

  it("dismissing tells the flaggers no action was needed, and a new flag opens the item again", async () => {
    const { post, itemId, flaggers: [first] } = await flaggedPost();
    await act(otherModerator, { itemId, action: "dismiss", note: "Fine in context" });
    expect(await kinds(itemId)).toEqual(["FLAGGED", "FLAGGED", "CLAIMED", "DISMISSED", "RESOLVED"]);
    const [notice] = (await notificationsPage(first!, undefined)).notifications;
    expect(notice).toMatchObject({ type: "FLAG_OUTCOME", payload: { outcome: "NO_ACTION" } });
    expect((await db().moderationFlag.findMany({ where: { targetId: post.id }, select: { status: true } })).map((flag) => flag.status)).toEqual(["DISMISSED", "DISMISSED"]);

    const [third] = await flaggers(1);
    await flagBoardPost(third!, { postId: post.id, reason: "SPAM", note: null });
    const item = await db().moderationItem.findUniqueOrThrow({ where: { id: itemId } });
    expect(item).toMatchObject({ status: "OPEN", openFlagCount: 1, flagCount: 3, reasons: ["SPAM"], claimedById: null, outcome: null });
    expect((await kinds(itemId)).slice(-2)).toEqual(["REOPENED", "FLAGGED"]);
  });

  it("edits a post with a reason: the revision is kept with the moderator as editor", async () => {
    const { post, itemId } = await flaggedPost();
    await act(moderator, { itemId, action: "edit", body: "Here is [address removed]", note: "Removed an address" });
    expect(await db().boardPost.findUniqueOrThrow({ where: { id: post.id }, select: { source: true } })).toEqual({ source: "Here is [address removed]" });
    expect(await db().boardPostRevision.findMany({ where: { postId: post.id }, select: { revision: true, source: true, editedById: true, reason: true } })).toEqual([
      { revision: 1, source: "Here is her home address", editedById: moderator.id, reason: "Removed an address" },
    ]);
    expect(await db().auditLog.count({ where: { action: "board.post-edited-by-moderator", targetId: post.id } })).toBe(1);
  });

  it("locks and moves a flagged thread", async () => {
    const [flagger] = await flaggers(1);
    await flagItem(flagger!, { targetType: "BoardThread", targetId: String(threadId), reason: "OFF_TOPIC", note: null });
    const item = await db().moderationItem.findFirstOrThrow({ where: { targetType: "BoardThread" } });
    await act(moderator, { itemId: item.id, action: "lock", note: "" });
    await act(moderator, { itemId: item.id, action: "move", category: "announcements", note: "" });
    const thread = await db().boardThread.findUniqueOrThrow({ where: { id: threadId }, select: { lockedAt: true, category: { select: { slug: true } } } });
    expect(thread.lockedAt).not.toBeNull();
    expect(thread.category.slug).toBe("announcements");
    expect(await kinds(item.id)).toEqual(["FLAGGED", "CLAIMED", "LOCKED", "MOVED"]);
    expect(await refusal(act(moderator, { itemId: item.id, action: "hide", note: "" }))).toBe("notApplicable");
    expect(await refusal(act(moderator, { itemId: item.id, action: "move", category: "no-such-category", note: "" }))).toBe("unknownCategory");
  });

  it("suspends the author (admins only) in the same transaction as the history", async () => {
    const { itemId } = await flaggedPost();
    expect(await refusal(act(moderator, { itemId, action: "suspend", note: "Repeated doxxing" }))).toBe("adminsSuspend");
    await act(admin, { itemId, action: "suspend", note: "Repeated doxxing" });
    expect(await db().user.findUniqueOrThrow({ where: { id: author.id }, select: { status: true } })).toEqual({ status: "SUSPENDED" });
    expect(await db().session.count({ where: { userId: author.id } })).toBe(0);
    expect(await kinds(itemId)).toContain("SUSPENDED");
    expect(await db().auditLog.count({ where: { action: "member.suspended", targetId: author.id, actorId: admin.id } })).toBe(1);
  });

  it("respects another moderator's claim; an admin may take it over; releasing gives it back", async () => {
    const { itemId } = await flaggedPost();
    await act(moderator, { itemId, action: "claim" });
    expect(await refusal(act(otherModerator, { itemId, action: "claim" }))).toBe("claimedByOther");
    expect(await refusal(act(otherModerator, { itemId, action: "hide", note: "" }))).toBe("claimedByOther");
    expect(await refusal(act(otherModerator, { itemId, action: "claim", takeOver: "on" }))).toBe("claimedByOther");
    expect((await moderationItem(otherModerator, itemId)).steps).toMatchObject({ hide: false, takeOver: false, claim: false });
    expect((await moderationItem(admin, itemId)).steps).toMatchObject({ takeOver: true, hide: false });
    await act(admin, { itemId, action: "claim", takeOver: "on" });
    expect(await db().moderationItem.findUniqueOrThrow({ where: { id: itemId }, select: { claimedById: true } })).toEqual({ claimedById: admin.id });
    expect(await refusal(act(moderator, { itemId, action: "release" }))).toBe("claimedByOther");
    await act(admin, { itemId, action: "release" });
    expect(await db().moderationItem.findUniqueOrThrow({ where: { id: itemId }, select: { status: true, claimedById: true } })).toEqual({ status: "OPEN", claimedById: null });
    expect((await queue(moderator, { mine: "1" })).items).toEqual([]);
    await act(otherModerator, { itemId, action: "claim" });
    expect((await queue(otherModerator, { mine: "1" })).items.map((item) => item.id)).toEqual([itemId]);
    expect((await queue(moderator, { status: "claimed" })).items.map((item) => item.claimedByName)).toEqual(["Mod Two"]);
  });

  it("of two moderators claiming at once, exactly one gets it", async () => {
    const { itemId } = await flaggedPost();
    const outcomes = await Promise.all([refusal(act(moderator, { itemId, action: "claim" })), refusal(act(otherModerator, { itemId, action: "claim" }))]);
    expect(outcomes.sort()).toEqual(["claimedByOther", "ok"]);
    expect((await kinds(itemId)).filter((kind) => kind === "CLAIMED")).toHaveLength(1);
  });

  describe("who may act (role matrix)", () => {
    it("nobody acts on what they wrote or flagged; moderators never on an admin's content or another staff member's profile", async () => {
      const adminPost = await flaggedPost(admin);
      const moderatorPost = await flaggedPost(otherModerator);
      const [flagger] = await flaggers(1);
      const moderatorProfile = await db().advocateProfile.findUniqueOrThrow({ where: { userId: otherModerator.id } });
      await flagItem(flagger!, { targetType: "User", targetId: moderatorProfile.handle, reason: "OTHER", note: null });
      const profileItem = await db().moderationItem.findFirstOrThrow({ where: { targetType: "User" } });
      const flaggedByModerator = await reply(author, "Something the moderator flags");
      await flagBoardPost(moderator, { postId: flaggedByModerator.id, reason: "SPAM", note: null });
      const ownFlag = await db().moderationItem.findFirstOrThrow({ where: { targetId: flaggedByModerator.id } });

      const claim = (viewer: SignedInViewer, itemId: string) => refusal(act(viewer, { itemId, action: "claim" }));
      const matrix = {
        "moderator on an admin's post": await claim(moderator, adminPost.itemId),
        "moderator on another moderator's post": await claim(moderator, moderatorPost.itemId),
        "moderator on another moderator's profile": await claim(moderator, profileItem.id),
        "moderator on what they flagged": await claim(moderator, ownFlag.id),
        "moderator on their own post": await claim(otherModerator, moderatorPost.itemId),
        "admin on a moderator's profile": await claim(admin, profileItem.id),
        "admin on their own post": await claim(admin, adminPost.itemId),
        "member on anything": await claim(author, ownFlag.id),
      };
      expect(matrix).toEqual({
        "moderator on an admin's post": "notYours",
        "moderator on another moderator's post": "ok",
        "moderator on another moderator's profile": "notYours",
        "moderator on what they flagged": "notYours",
        "moderator on their own post": "notYours",
        "admin on a moderator's profile": "ok",
        "admin on their own post": "notYours",
        "member on anything": "FORBIDDEN",
      });
      expect((await moderationItem(moderator, adminPost.itemId)).steps.acts).toBe(false);
    });

    it("refuses bad input per field, with nothing applied", async () => {
      const { itemId, post } = await flaggedPost();
      expect(itemActionSchema.safeParse({ itemId, action: "warn", message: "   " }).success).toBe(false);
      expect(itemActionSchema.safeParse({ itemId, action: "edit", body: "x", note: "" }).success).toBe(false);
      expect(itemActionSchema.safeParse({ itemId, action: "explode" }).success).toBe(false);
      expect(await refusal(act(moderator, { itemId, action: "lock", note: "" }))).toBe("notApplicable");
      expect(await kinds(itemId)).toEqual(["FLAGGED", "FLAGGED"]);
      expect(await db().boardPost.findUniqueOrThrow({ where: { id: post.id }, select: { hiddenAt: true } })).toEqual({ hiddenAt: null });
    });
  });

  it("filters by type and reason, pages oldest first by cursor, and shows the author's history", async () => {
    const posts = [];
    for (let index = 0; index < 23; index += 1) {
      // Straight to the database: the board's posting limits would refuse 23 posts in a row.
      const thread = await createThreadRow(db(), { authorId: author.id, title: `Thread ${index}` });
      const post = await db().boardPost.findFirstOrThrow({ where: { threadId: thread.id } });
      const [flagger] = await flaggers(1);
      await flagBoardPost(flagger!, { postId: post.id, reason: index % 2 ? "SPAM" : "OFF_TOPIC", note: null });
      posts.push(post.id);
    }
    const first = await queue(moderator);
    expect(first.items.map((item) => item.targetId)).toEqual(posts.slice(0, 20));
    const second = await queue(moderator, { after: first.next! });
    expect(second.items.map((item) => item.targetId)).toEqual(posts.slice(20));
    expect(second.next).toBeNull();
    expect((await queue(moderator, { reason: "SPAM" })).items).toHaveLength(11);
    expect((await queue(moderator, { type: "ConversationMessage" })).items).toEqual([]);
    expect((await queue(moderator, { type: "BoardPost", reason: "OFF_TOPIC" })).items).toHaveLength(12);

    await act(moderator, { itemId: first.items[0]!.id, action: "hide", note: "" });
    await act(moderator, { itemId: first.items[0]!.id, action: "resolve", note: "" });
    const { history } = await moderationItem(moderator, first.items[1]!.id);
    expect(history).toMatchObject({ items: 22, actionTaken: 1, warnings: 0, suspensions: 0 });
    expect(history!.recent).toHaveLength(5);
  });

  it("hiding from the thread's page resolves the item with action taken", async () => {
    const { post, itemId, flaggers: [first] } = await flaggedPost();
    await moderatePost(moderator, { postId: post.id, action: "hide", reason: "Doxxing" });
    expect(await db().moderationItem.findUniqueOrThrow({ where: { id: itemId }, select: { status: true, outcome: true } })).toEqual({ status: "RESOLVED", outcome: "ACTION_TAKEN" });
    expect((await notificationsPage(first!, undefined)).notifications[0]).toMatchObject({ type: "FLAG_OUTCOME" });
  });
});
