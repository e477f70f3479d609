// Reading the board against PostgreSQL: the five views and their cursors, what members and staff are shown
// (staff-only categories, removed threads, hidden and deleted posts, hidden authors), opening a thread at the
// first unread post, read state, and the thread page's fixed number of queries.
import { beforeEach, describe, expect, it } from "vitest";
import { registerSession } from "@/lib/auth/mutations";
import { viewerFromSession } from "@/lib/auth/viewer";
import type { SignedInViewer } from "@/lib/auth/viewer-types";
import { replyToThread, startThread } from "@/lib/board/post-service";
import { replySchema, threadListSchema, threadSchema } from "@/lib/board/schema";
import { boardOverview, markBoardRead, threadPage, THREADS_PER_PAGE, watchCategory, watchThread } from "@/lib/board/service";
import { seedReferenceData } from "@/prisma/seed/reference";
import { createMember, createModerator } from "@/tests/factories/users";
import { createThreadRow } from "@/tests/factories/board";
import { countQueries } from "./support/query-count";
import { db, signInAs } from "./support/viewers";

let author: SignedInViewer;
let reader: SignedInViewer;

beforeEach(async () => {
  await seedReferenceData(db());
  author = await signInAs(await createMember(db(), { displayName: "Author", approvedAt: new Date(Date.now() - 30 * 86_400_000) }));
  reader = await signInAs(await createMember(db(), { displayName: "Reader", approvedAt: new Date(Date.now() - 30 * 86_400_000) }));
});

const start = (title: string, category = "health") => startThread(author, threadSchema.parse({ title, body: `About ${title}`, category, language: "en" }));
const answer = (viewer: SignedInViewer, threadId: number, body = `Reply ${Math.random()}`) => replyToThread(viewer, replySchema.parse({ threadId: String(threadId), body }));
const titles = async (viewer: SignedInViewer, view: string, category?: string) =>
  (await boardOverview(viewer, threadListSchema.parse({ view }), category)).threads.map((thread) => thread.title);

describe("thread lists", () => {
  it("shows each view: latest, unread, new, mine and watching, with unread counts", async () => {
    const visited = await start("Visited and answered since");
    const unvisited = await start("Never opened by the reader");
    const mutedThread = await start("Muted by the reader");
    await threadPage(reader, visited.id);
    await threadPage(reader, mutedThread.id);
    await db().boardThreadState.update({ where: { userId_threadId: { userId: reader.id, threadId: mutedThread.id } }, data: { watchLevel: "MUTED" } });
    await answer(author, visited.id);
    await answer(author, visited.id);

    expect(await titles(reader, "latest")).toEqual(["Visited and answered since", "Never opened by the reader"]);
    expect(await titles(reader, "unread")).toEqual(["Visited and answered since"]);
    expect(await titles(reader, "new")).toEqual(["Never opened by the reader"]);
    expect(await titles(reader, "mine")).toEqual([]);
    expect(await titles(author, "mine")).toEqual(["Visited and answered since", "Muted by the reader", "Never opened by the reader"]);
    expect(await titles(author, "watching")).toHaveLength(3);
    const rows = (await boardOverview(reader, threadListSchema.parse({}))).threads;
    expect(rows.find((row) => row.id === visited.id)).toMatchObject({ unread: 2, isNew: false, replyCount: 2 });
    expect(rows.find((row) => row.id === unvisited.id)).toMatchObject({ unread: 0, isNew: true });
  });

  it("leaves out muted categories from latest, and follows watched ones", async () => {
    await start("In health");
    await start("In legal aid", "legal-aid");
    const legalAid = await db().boardCategory.findUniqueOrThrow({ where: { slug: "legal-aid" } });
    await db().boardCategoryState.create({ data: { userId: reader.id, categoryId: legalAid.id, watchLevel: "MUTED" } });
    expect(await titles(reader, "latest")).toEqual(["In health"]);
    expect(await titles(reader, "latest", "legal-aid")).toEqual([]);
    await db().boardCategoryState.update({ where: { userId_categoryId: { userId: reader.id, categoryId: legalAid.id } }, data: { watchLevel: "WATCHING" } });
    expect(await titles(reader, "watching")).toEqual(["In legal aid"]);
    expect(await titles(reader, "latest", "health")).toEqual(["In health"]);
  });

  it("pages by a stable cursor: every thread once, newest activity first, even as threads move", async () => {
    const ids: number[] = [];
    // Five share one moment of activity: the id breaks the tie, so none is skipped or repeated.
    const at = (index: number) => new Date(Date.UTC(2026, 10, 1, 12, 0, Math.max(index, 5)));
    for (let index = 0; index < THREADS_PER_PAGE + 5; index += 1) ids.push((await createThreadRow(db(), { authorId: author.id, title: `Thread number ${index + 1}`, lastPostedAt: at(index) })).id);
    const first = await boardOverview(reader, threadListSchema.parse({}));
    expect(first.threads).toHaveLength(THREADS_PER_PAGE);
    expect(first.next).not.toBeNull();
    const second = await boardOverview(reader, threadListSchema.parse({ after: first.next }));
    expect(second.next).toBeNull();
    expect([...first.threads, ...second.threads].map((thread) => thread.id)).toEqual([...ids].reverse());
  });

  it("keeps staff-only categories and removed threads from members", async () => {
    const moderator = await signInAs(await createModerator(db(), { totpEnabledAt: new Date() }));
    await db().boardCategory.create({ data: { slug: "staff-room", position: 99, names: { en: "Staff" }, descriptions: { en: "" }, staffOnly: true } });
    await startThread(moderator, threadSchema.parse({ title: "Staff only matter", body: "x", category: "staff-room", language: "en" }));
    const removed = await start("Removed thread");
    await db().boardThread.update({ where: { id: removed.id }, data: { deletedAt: new Date() } });
    expect(await titles(reader, "latest")).toEqual([]);
    expect((await boardOverview(reader, threadListSchema.parse({}))).categories.map((category) => category.slug)).not.toContain("staff-room");
    await expect(boardOverview(reader, threadListSchema.parse({}), "staff-room")).rejects.toMatchObject({ code: "NOT_FOUND" });
    expect(await titles(moderator, "latest")).toEqual(["Staff only matter"]);
    await expect(threadPage(reader, removed.id)).rejects.toMatchObject({ code: "NOT_FOUND" });
  });
});

describe("watching and marking read", () => {
  it("sets a thread's level (muted leaves Latest), a category's, and marks every opened thread read", async () => {
    const { id } = await start("Watched thread");
    await threadPage(reader, id);
    await answer(author, id);
    expect(await titles(reader, "unread")).toEqual(["Watched thread"]);
    expect(await markBoardRead(reader)).toBe(1);
    expect(await titles(reader, "unread")).toEqual([]);
    expect(await watchThread(reader, { threadId: id, level: "MUTED" })).toBe(`/board/t/${id}/watched-thread`);
    expect(await titles(reader, "latest")).toEqual([]);
    await watchThread(reader, { threadId: id, level: "DEFAULT" });
    expect(await titles(reader, "latest")).toEqual(["Watched thread"]);
    await watchCategory(reader, { category: "health", level: "WATCHING" });
    expect(await titles(reader, "watching")).toEqual(["Watched thread"]);
    expect((await boardOverview(reader, threadListSchema.parse({}), "health")).watchLevel).toBe("WATCHING");
    await watchCategory(reader, { category: "health", level: "NORMAL" });
    expect(await db().boardCategoryState.count()).toBe(0);
  });
});

describe("a thread's page", () => {
  it("opens at the first unread post, and records what was shown as read", async () => {
    const { id } = await start("A long thread");
    for (let index = 0; index < 24; index += 1) await answer(index % 2 ? author : reader, id);
    // The reader has read up to their own last reply (post 24); posts 25 is the author's.
    const opened = await threadPage(reader, id);
    expect([opened.page, opened.lastPage, opened.firstUnread]).toEqual([2, 2, 25]);
    expect(opened.posts.map((post) => post.number)).toEqual([21, 22, 23, 24, 25]);
    expect((await db().boardThreadState.findUniqueOrThrow({ where: { userId_threadId: { userId: reader.id, threadId: id } } })).lastReadNumber).toBe(25);
    const first = await threadPage(reader, id, { page: 1 });
    expect(first.posts.map((post) => post.number)).toEqual(Array.from({ length: 20 }, (_, index) => index + 1));
    expect((await threadPage(reader, id, { post: 3 })).page).toBe(1);
    expect((await threadPage(reader, id, { page: 99 })).page).toBe(2);
    // Reading page 1 again never moves the read state backwards.
    expect((await db().boardThreadState.findUniqueOrThrow({ where: { userId_threadId: { userId: reader.id, threadId: id } } })).lastReadNumber).toBe(25);
  });

  it("shows a hidden post's text to staff only, a deleted post to nobody, and a hidden author by name alone", async () => {
    const hiddenAuthor = await signInAs(await createMember(db(), { displayName: "Discreet", profile: { hiddenFromDirectory: true } }));
    const { id } = await start("Moderated thread");
    await answer(hiddenAuthor, id, "From a discreet member");
    await answer(reader, id, "To be hidden");
    await answer(reader, id, "To be deleted");
    await db().boardPost.update({ where: { threadId_number: { threadId: id, number: 3 } }, data: { hiddenAt: new Date() } });
    await db().boardPost.update({ where: { threadId_number: { threadId: id, number: 4 } }, data: { deletedAt: new Date() } });
    const moderator = await signInAs(await createModerator(db(), { totpEnabledAt: new Date() }));
    const asMember = (await threadPage(author, id)).posts;
    const asStaff = (await threadPage(moderator, id)).posts;
    expect(asMember.map((post) => post.cooked)).toEqual(["<p>About Moderated thread</p>", "<p>From a discreet member</p>", "", ""]);
    expect(asStaff.map((post) => post.cooked)).toEqual(["<p>About Moderated thread</p>", "<p>From a discreet member</p>", "<p>To be hidden</p>", ""]);
    expect(asMember[1]).toMatchObject({ authorName: "Discreet", authorHandle: null, authorPhotoId: null, authorOrganization: null });
    expect(asMember[0]!.authorHandle).toMatch(/^[a-z0-9]+$/);
    expect(asMember.map((post) => [post.canEdit, post.canReact])).toEqual([[true, false], [false, true], [false, false], [false, false]]);
  });

  it("costs a fixed number of queries whatever the thread's length: viewer, thread, posts with reactions, read state", async () => {
    const { id } = await start("Counted thread");
    const member = await createMember(db());
    const token = await registerSession(member.id, null, 3600);
    const measure = async () => {
      const { queries } = await countQueries(async () => {
        const { viewer } = await viewerFromSession(token);
        await threadPage(viewer, id, { page: 1 });
      });
      return queries.filter((query) => !/^(BEGIN|COMMIT|ROLLBACK)/i.test(query.trim()));
    };
    const short = await measure();
    for (let index = 0; index < 19; index += 1) await answer(index % 2 ? author : reader, id);
    await db().boardReaction.createMany({ data: [{ postId: (await db().boardPost.findFirstOrThrow({ where: { threadId: id, number: 2 } })).id, userId: member.id, kind: "THANKS" }] });
    const long = await measure();
    expect(long.length, long.join("\n")).toBe(short.length);
    expect(long.length, long.join("\n")).toBeLessThanOrEqual(5);
  });
});
