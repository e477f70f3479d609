// Writing on the board against PostgreSQL: a thread and its first post, replies numbered without gaps or
// doubles under concurrency, kept counters, locks and staff-only categories, the notifications a post causes
// (mentions of readers only, replies, watchers, never oneself, one each), and the abuse limits.
import { beforeEach, describe, expect, it } from "vitest";
import type { SignedInViewer } from "@/lib/auth/viewer-types";
import { replyToThread, startThread } from "@/lib/board/post-service";
import { replySchema, threadSchema } from "@/lib/board/schema";
import { seedReferenceData } from "@/prisma/seed/reference";
import { createMember, createModerator } from "@/tests/factories/users";
import { db, signInAs } from "./support/viewers";

let author: SignedInViewer;

beforeEach(async () => {
  await seedReferenceData(db());
  author = await signInAs(await createMember(db(), { displayName: "Author" }));
});

const thread = (fields: Record<string, unknown> = {}) =>
  threadSchema.parse({ title: "Sanitary products in pre-trial detention", body: "Who has **data**?", category: "health", language: "en", ...fields });
const reply = (threadId: number, fields: Record<string, unknown> = {}) => replySchema.parse({ threadId: String(threadId), body: `A reply ${Math.random()}`, ...fields });

async function outcome(promise: Promise<unknown>): Promise<string> {
  try {
    await promise;
    return "ok";
  } catch (error) {
    const { code, field } = error as { code: string; field?: string };
    return field ? `${code}:${field}` : code;
  }
}

describe("starting a thread", () => {
  it("saves the thread, its cooked first post, tags and counters, and makes its author watch it", async () => {
    const { id, slug } = await startThread(author, thread({ body: "Hello <script>alert(1)</script> **all**", "rules[]": ["5", "18"], "countries[]": ["KE", "br"], language: "es" }));
    expect(slug).toBe("sanitary-products-in-pre-trial-detention");
    const saved = await db().boardThread.findUniqueOrThrow({ where: { id }, include: { posts: true, rules: true, countries: true, states: true, category: true } });
    expect(saved).toMatchObject({ lastPostNumber: 1, replyCount: 0, language: "es", lastPosterId: author.id });
    expect(saved.posts).toHaveLength(1);
    expect(saved.posts[0]).toMatchObject({ number: 1, source: "Hello <script>alert(1)</script> **all**", cooked: "<p>Hello alert(1) <strong>all</strong></p>" });
    expect(saved.rules.map((rule) => rule.ruleNumber)).toEqual([5, 18]);
    expect(saved.countries.map((country) => country.countryCode).sort()).toEqual(["BR", "KE"]);
    expect(saved.states).toEqual([expect.objectContaining({ userId: author.id, lastReadNumber: 1, watchLevel: "WATCHING" })]);
    expect(saved.category).toMatchObject({ threadCount: 1, postCount: 1 });
    expect(saved.posts[0]!.searchText).toContain("sanitary products");
  });

  it("refuses an unknown category, a rule or country that does not exist, and members in announcements", async () => {
    expect(await outcome(startThread(author, thread({ category: "no-such" })))).toBe("unknown-category:category");
    expect(await outcome(startThread(author, thread({ "countries[]": ["ZZ"] })))).toBe("VALIDATION:countries[]");
    expect(await outcome(startThread(author, thread({ category: "announcements" })))).toBe("FORBIDDEN:category");
    const moderator = await signInAs(await createModerator(db(), { totpEnabledAt: new Date() }));
    expect(await outcome(startThread(moderator, thread({ category: "announcements" })))).toBe("ok");
    expect(await db().boardThread.count()).toBe(1);
  });

  it("states its limits in the schema: titles of 8 to 200 characters, posts up to 50,000", () => {
    expect(threadSchema.safeParse({ title: "Eight ch", body: "x".repeat(50_000), category: "health", language: "en" }).success).toBe(true);
    for (const [field, value] of [["title", "Short"], ["title", "x".repeat(201)], ["body", "x".repeat(50_001)], ["body", "   "], ["language", "xx"]] as const) {
      const parsed = threadSchema.safeParse({ title: "A good title", body: "Body", category: "health", language: "en", [field]: value });
      expect(parsed.success, `${field}: ${value.slice(0, 10)}`).toBe(false);
    }
  });
});

describe("replying", () => {
  it("numbers concurrent replies without gaps or doubles, and keeps the counters", async () => {
    const { id } = await startThread(author, thread());
    const repliers = await Promise.all(Array.from({ length: 6 }, async () => signInAs(await createMember(db()))));
    const results = await Promise.all(repliers.map((viewer) => replyToThread(viewer, reply(id))));
    expect(results.map((result) => result.number).sort((a, b) => a - b)).toEqual([2, 3, 4, 5, 6, 7]);
    const saved = await db().boardThread.findUniqueOrThrow({ where: { id }, include: { category: true } });
    expect(saved).toMatchObject({ lastPostNumber: 7, replyCount: 6 });
    expect(saved.category.postCount).toBe(7);
    const states = await db().boardThreadState.findMany({ where: { threadId: id, userId: { in: repliers.map((viewer) => viewer.id) } } });
    expect(states.map((state) => state.lastReadNumber).sort((a, b) => a - b)).toEqual([2, 3, 4, 5, 6, 7]);
  });

  it("refuses members in a locked thread but not staff, and everyone in a removed one", async () => {
    const { id } = await startThread(author, thread());
    const member = await signInAs(await createMember(db()));
    const moderator = await signInAs(await createModerator(db(), { totpEnabledAt: new Date() }));
    await db().boardThread.update({ where: { id }, data: { lockedAt: new Date() } });
    expect(await outcome(replyToThread(member, reply(id)))).toBe("closed");
    expect(await outcome(replyToThread(moderator, reply(id)))).toBe("ok");
    await db().boardThread.update({ where: { id }, data: { deletedAt: new Date() } });
    expect(await outcome(replyToThread(member, reply(id)))).toBe("NOT_FOUND");
    expect(await outcome(replyToThread(moderator, reply(id)))).toBe("closed");
    expect(await db().boardPost.count({ where: { threadId: id } })).toBe(2);
  });

  it("refuses a suspended member's reply, and writes nothing", async () => {
    const { id } = await startThread(author, thread());
    const member = await createMember(db());
    const viewer = await signInAs(member);
    await db().user.update({ where: { id: member.id }, data: { status: "SUSPENDED" } });
    expect(await outcome(replyToThread({ ...viewer, status: "SUSPENDED" }, reply(id)))).toBe("FORBIDDEN");
    expect(await db().boardPost.count({ where: { threadId: id } })).toBe(1);
  });
});

describe("notifications a post causes", () => {
  it("mentions of members who may read it, the reply to someone's post, watchers; never the writer, once each", async () => {
    const ana = await createMember(db(), { displayName: "Ana" });
    const bea = await createMember(db(), { displayName: "Bea" });
    const watcher = await createMember(db(), { displayName: "Watcher" });
    const muted = await createMember(db(), { displayName: "Muted" });
    const suspended = await createMember(db(), { displayName: "Suspended", status: "SUSPENDED" });
    const { id } = await startThread(author, thread({ body: `Hello @${ana.profile.handle} and @${suspended.profile.handle} and @nosuchhandle` }));
    const health = await db().boardCategory.findUniqueOrThrow({ where: { slug: "health" } });
    await db().boardCategoryState.create({ data: { userId: watcher.id, categoryId: health.id, watchLevel: "WATCHING" } });
    await db().boardThreadState.create({ data: { userId: muted.id, threadId: id, watchLevel: "MUTED" } });

    const beaViewer = await signInAs(bea);
    // Bea answers the author's first post and mentions Ana, the author and Muted.
    const authorHandle = (await db().advocateProfile.findUniqueOrThrow({ where: { userId: author.id } })).handle;
    await replyToThread(beaViewer, reply(id, { replyTo: "1", body: `@${ana.profile.handle} @${authorHandle} @${muted.profile.handle} agreed` }));

    const notifications = await db().notification.findMany({ orderBy: { createdAt: "asc" }, select: { userId: true, type: true } });
    const byName = new Map([[ana.id, "Ana"], [author.id, "Author"], [watcher.id, "Watcher"], [muted.id, "Muted"], [bea.id, "Bea"], [suspended.id, "Suspended"]]);
    expect(notifications.map((row) => `${byName.get(row.userId)}:${row.type}`).sort()).toEqual(
      ["Ana:MENTION", "Ana:MENTION", "Author:REPLY", "Watcher:WATCHED_POST"].sort(),
    );
    const post = await db().boardPost.findFirstOrThrow({ where: { threadId: id, number: 2 } });
    expect(post.cooked).toContain(`href="/members/${ana.profile.handle}"`);
    // Muting a thread silences it; the mention is still a link to the member.
    expect(post.cooked).toContain(`href="/members/${muted.profile.handle}"`);
    expect(post.replyToNumber).toBe(1);
  });

  it("does not notify or link a member mentioned in a staff-only category", async () => {
    const member = await createMember(db());
    const staffRoom = await db().boardCategory.create({ data: { slug: "staff-room", position: 99, names: { en: "Staff" }, descriptions: { en: "" }, staffOnly: true } });
    const moderator = await signInAs(await createModerator(db(), { totpEnabledAt: new Date() }));
    await startThread(moderator, thread({ category: staffRoom.slug, body: `About @${member.profile.handle}` }));
    expect(await db().notification.count()).toBe(0);
    expect((await db().boardPost.findFirstOrThrow()).cooked).not.toContain("/members/");
  });
});

describe("abuse limits", () => {
  it("refuses the same text twice within minutes", async () => {
    const { id } = await startThread(author, thread());
    expect(await outcome(replyToThread(author, reply(id, { body: "Same words" })))).toBe("ok");
    expect(await outcome(replyToThread(author, reply(id, { body: "Same words" })))).toBe("duplicate:body");
    expect(await db().boardPost.count({ where: { threadId: id } })).toBe(2);
  });

  it("holds members approved this week to fewer posts than established ones", async () => {
    const established = await signInAs(await createMember(db(), { approvedAt: new Date(Date.now() - 30 * 86_400_000) }));
    const { id } = await startThread(established, thread());
    const newcomer = await signInAs(await createMember(db(), { approvedAt: new Date() }));
    const results: string[] = [];
    for (let index = 0; index < 7; index += 1) results.push(await outcome(replyToThread(newcomer, reply(id))));
    expect(results).toEqual(["ok", "ok", "ok", "ok", "ok", "ok", "RATE_LIMITED"]);
    for (let index = 0; index < 7; index += 1) expect(await outcome(replyToThread(established, reply(id)))).toBe("ok");
    expect(await db().boardPost.count({ where: { threadId: id } })).toBe(1 + 6 + 7);
  });
});
