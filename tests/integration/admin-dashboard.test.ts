// The admin dashboard (/admin): the pre-aggregated figures equal a recomputation from the rows after writes and a
// run of the `dashboard-aggregates` job; months are UTC calendar months (tests run in Pacific/Chatham, 13¾ hours
// ahead); continents come from the countries; moderators see the flags waiting and nothing else.
import { beforeEach, describe, expect, it } from "vitest";
import { adminDashboard } from "@/lib/dashboard/service";
import { jobHandlers } from "@/lib/jobs/registry";
import { seedReferenceData } from "@/prisma/seed/reference";
import { createThreadRow } from "@/tests/factories/board";
import { createAdmin, createApplicant, createMember, createModerator } from "@/tests/factories/users";
import { db, signInAs } from "./support/viewers";

const handlers = jobHandlers({ transport: null });
const context = { stopping: () => false };
const DAY = 24 * 60 * 60_000;
const NOW = new Date("2026-06-15T12:00:00Z");
const at = (iso: string) => new Date(iso);
const monthOf = (date: Date) => date.toISOString().slice(0, 7);

/** The monthly figures recomputed from the rows, in JavaScript: what the job's SQL must agree with. */
async function recomputed() {
  const counts = new Map<string, number>();
  const add = (metric: string, date: Date, key = "") => counts.set(`${metric}|${monthOf(date)}|${key}`, (counts.get(`${metric}|${monthOf(date)}|${key}`) ?? 0) + 1);
  for (const user of await db().user.findMany({ select: { approvedAt: true } })) if (user.approvedAt) add("members", user.approvedAt);
  for (const thread of await db().boardThread.findMany({ where: { deletedAt: null }, select: { createdAt: true } })) add("threads", thread.createdAt);
  for (const post of await db().boardPost.findMany({ where: { deletedAt: null }, select: { createdAt: true } })) add("posts", post.createdAt);
  for (const request of await db().collaborationRequest.findMany({ select: { createdAt: true, status: true } })) add("requests", request.createdAt, request.status);
  return Object.fromEntries([...counts].sort(([a], [b]) => a.localeCompare(b)));
}

async function kept() {
  const rows = await db().dashboardMonthlyCount.findMany();
  return Object.fromEntries(rows.map((row) => [`${row.metric}|${monthOf(row.month)}|${row.key}`, row.count] as const).sort(([a], [b]) => a.localeCompare(b)));
}

async function request(authorId: string, createdAt: Date, status: "OPEN" | "IN_PROGRESS" | "COMPLETED" | "CANCELLED" = "OPEN") {
  return db().collaborationRequest.create({ data: { authorId, kind: "RESEARCH", title: "A request", source: "x", cooked: "<p>x</p>", needs: "y", createdAt, status } });
}

describe("the admin dashboard", () => {
  beforeEach(async () => {
    await seedReferenceData(db());
  });

  it("counts members, threads, posts and requests per UTC month, and agrees with a recomputation after more writes", async () => {
    const admin = await createAdmin(db(), { totpEnabledAt: NOW, approvedAt: at("2026-01-10T00:00:00Z"), locale: "en", profile: { countryCode: "KE", languages: ["en", "sw"] } });
    // The last half hour of March in UTC is already April in Chatham: it counts in March.
    const march = await createMember(db(), { approvedAt: at("2026-03-31T23:30:00Z"), locale: "es", profile: { countryCode: "KE", languages: ["sw"] } });
    const april = await createMember(db(), { approvedAt: at("2026-04-01T00:00:00Z"), locale: "pt", profile: { countryCode: "BR", languages: ["pt", "en"] } });
    await createMember(db(), { approvedAt: at("2026-04-20T10:00:00Z"), profile: { countryCode: null, languages: [] } });
    // Not active: counted as having joined, not among the members now.
    await createMember(db(), { status: "SUSPENDED", approvedAt: at("2026-05-02T00:00:00Z"), profile: { countryCode: "FR", languages: ["fr"] } });
    await createApplicant(db(), { profile: { countryCode: "FR" } });

    await createThreadRow(db(), { authorId: march.id, title: "First thread", lastPostedAt: at("2026-04-30T23:59:00Z") });
    const second = await createThreadRow(db(), { authorId: april.id, title: "Second thread", lastPostedAt: at("2026-05-01T00:00:00Z") });
    await db().boardPost.createMany({ data: [
      { threadId: second.id, number: 2, authorId: march.id, source: "r", cooked: "<p>r</p>", language: "en", createdAt: at("2026-05-03T00:00:00Z") },
      { threadId: second.id, number: 3, authorId: march.id, source: "d", cooked: "<p>d</p>", language: "en", createdAt: at("2026-05-04T00:00:00Z"), deletedAt: at("2026-05-05T00:00:00Z") },
    ] });
    await request(march.id, at("2026-02-28T23:00:00Z"));
    await request(april.id, at("2026-05-10T00:00:00Z"), "COMPLETED");
    await request(april.id, at("2026-05-11T00:00:00Z"), "CANCELLED");

    expect(await handlers["dashboard-aggregates"]({}, context)).toMatchObject({ monthlyRows: expect.any(Number) });
    expect(await kept()).toEqual(await recomputed());

    const viewer = await signInAs(admin);
    const { network } = await adminDashboard(viewer, { months: 12 }, NOW);
    expect(network).not.toBeNull();
    const figures = network!;
    expect(figures.months).toHaveLength(12);
    expect(monthOf(figures.months[0]!)).toBe("2025-07");
    expect(monthOf(figures.months.at(-1)!)).toBe("2026-06");
    const byMonth = (values: number[]) => Object.fromEntries(figures.months.map((month, index) => [monthOf(month), values[index]]).filter(([, value]) => value));
    expect(byMonth(figures.members)).toEqual({ "2026-01": 1, "2026-03": 1, "2026-04": 2, "2026-05": 1 });
    expect(byMonth(figures.threads)).toEqual({ "2026-04": 1, "2026-05": 1 });
    expect(byMonth(figures.posts)).toEqual({ "2026-04": 1, "2026-05": 2 });
    expect(byMonth(figures.requests.OPEN)).toEqual({ "2026-02": 1 });
    expect(byMonth(figures.requests.COMPLETED)).toEqual({ "2026-05": 1 });
    expect(byMonth(figures.requests.CANCELLED)).toEqual({ "2026-05": 1 });
    // Four active members (the admin among them); the suspended member and the applicant are not counted.
    expect(figures.activeMembers).toBe(4);
    expect(figures.countries.map((row) => [row.code, row.count])).toEqual([["KE", 2], ["", 1], ["BR", 1]]);
    expect(figures.continents).toEqual([{ code: "AF", count: 2 }, { code: "", count: 1 }, { code: "SA", count: 1 }]);
    expect(figures.languages).toEqual([{ key: "en", count: 2 }, { key: "sw", count: 2 }, { key: "pt", count: 1 }]);
    expect(figures.locales).toEqual([{ key: "", count: 1 }, { key: "en", count: 1 }, { key: "es", count: 1 }, { key: "pt", count: 1 }]);
    expect(figures.refreshedAt).toBeInstanceOf(Date);

    // More writes: a reply, a thread deleted, a request moving on, a member suspended, a new member. The
    // figures stay as they were until the job runs again, then equal the recomputation once more.
    await db().boardPost.create({ data: { threadId: second.id, number: 4, authorId: april.id, source: "n", cooked: "<p>n</p>", language: "en", createdAt: at("2026-06-01T08:00:00Z") } });
    await db().boardThread.update({ where: { id: second.id }, data: { deletedAt: NOW } });
    await db().collaborationRequest.updateMany({ where: { status: "OPEN" }, data: { status: "IN_PROGRESS" } });
    await db().user.update({ where: { id: april.id }, data: { status: "SUSPENDED" } });
    await createMember(db(), { approvedAt: at("2026-06-02T00:00:00Z"), profile: { countryCode: "BR", languages: ["pt"] } });
    expect((await adminDashboard(viewer, { months: 12 }, NOW)).network!.activeMembers).toBe(4);
    await handlers["dashboard-aggregates"]({}, context);
    await handlers["dashboard-aggregates"]({}, context);
    expect(await kept()).toEqual(await recomputed());
    const after = (await adminDashboard(viewer, { months: 24 }, NOW)).network!;
    expect(after.months).toHaveLength(24);
    expect(after.threads.reduce((a, b) => a + b, 0)).toBe(1);
    expect(after.requests.IN_PROGRESS.reduce((a, b) => a + b, 0)).toBe(1);
    expect(after.requests.OPEN.reduce((a, b) => a + b, 0)).toBe(0);
    expect(after.countries.map((row) => [row.code, row.count])).toEqual([["KE", 2], ["", 1], ["BR", 1]]);
  });

  it("shows what waits with the oldest item's age, and moderators only the flags", async () => {
    const admin = await createAdmin(db(), { totpEnabledAt: NOW });
    const moderator = await createModerator(db(), { totpEnabledAt: NOW });
    const member = await createMember(db());
    const thread = await createThreadRow(db(), { authorId: member.id, title: "Flagged" });
    const post = await db().boardPost.findFirstOrThrow({ where: { threadId: thread.id } });
    const reporters = [admin, moderator, member];
    await db().moderationFlag.createMany({ data: reporters.map((reporter, index) => ({ targetType: "BoardPost", targetId: post.id, reporterId: reporter.id, reason: "SPAM" as const, createdAt: new Date(NOW.getTime() - [9, 2, 0][index]! * DAY - 60_000) })) });
    await db().moderationFlag.updateMany({ where: { reporterId: member.id }, data: { status: "DISMISSED" } });
    for (const days of [3, 12]) {
      const applicant = await createApplicant(db());
      await db().membershipApplication.create({ data: { userId: applicant.id, kind: "INDIVIDUAL", status: "PENDING", countryCode: "KE", submittedAt: new Date(NOW.getTime() - days * DAY), languages: ["en"], workDescription: "w", consentedAt: NOW } });
    }

    const forAdmin = await adminDashboard(await signInAs(admin), { months: 12 }, NOW);
    expect(forAdmin.flags).toMatchObject({ count: 2, oldestDays: 9 });
    expect(forAdmin.applications).toMatchObject({ count: 2, oldestDays: 12 });
    expect(forAdmin.network).not.toBeNull();
    // Before the job's first run the figures say so (no time) rather than showing zeros as current.
    expect(forAdmin.network!.refreshedAt).toBeNull();

    const forModerator = await adminDashboard(await signInAs(moderator), { months: 12 }, NOW);
    expect(forModerator).toEqual({ flags: { count: 2, oldest: expect.any(Date), oldestDays: 9 }, applications: null, network: null });
  });
});
