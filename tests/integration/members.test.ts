// Admins' powers over members (lib/members/service.ts): suspend, reinstate, change role, against PostgreSQL.
import { describe, expect, it } from "vitest";
import { registerSession } from "@/lib/auth/mutations";
import { viewerFromSession } from "@/lib/auth/viewer";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { memberFilterSchema, suspendMemberSchema } from "@/lib/members/schema";
import { changeRole, memberList, reinstate, suspend } from "@/lib/members/service";
import type { Viewer } from "@/lib/auth/viewer-types";
import { Prisma } from "@/lib/generated/prisma/client";
import { memberSearchQuery } from "@/lib/members/data";
import { uniqueEmail } from "@/tests/factories/unique";
import { createApplicant, createMember } from "@/tests/factories/users";
import { adminViewer, membershipCounts, nonAdminViewers } from "./applications-support";

const code = (promise: Promise<unknown>) => promise.then(() => "ok", (error: unknown) => (error instanceof AppError ? error.code : `unexpected: ${String(error)}`));

describe("suspending", () => {
  it("closes every session at once, records who and why, and tells the member in their language without the reason", async () => {
    const admin = await adminViewer();
    const member = await createMember(db(), { locale: "pt" });
    const phone = await registerSession(member.id, "phone", 3600);
    const laptop = await registerSession(member.id, "laptop", 3600);
    expect((await viewerFromSession(phone)).viewer.kind).toBe("signed-in");

    await suspend(admin, { userId: member.id, reason: "Shared another member's address" });

    expect(await db().user.findUniqueOrThrow({ where: { id: member.id } })).toMatchObject({ status: "SUSPENDED", suspendedAt: expect.any(Date) });
    expect(await db().session.count({ where: { userId: member.id } })).toBe(0);
    for (const token of [phone, laptop]) expect((await viewerFromSession(token)).viewer.kind).toBe("anonymous");
    expect(await db().auditLog.findFirstOrThrow({ where: { action: "member.suspended" } })).toMatchObject({
      actorId: admin.id,
      targetType: "User",
      targetId: member.id,
      reason: "Shared another member's address",
      metadata: { sessionsEnded: 2 },
    });
    const email = await db().outboxEmail.findFirstOrThrow({ where: { to: member.email } });
    expect(email).toMatchObject({ template: "account.suspended", locale: "pt" });
    expect(email.text).not.toContain("Shared another member");
  });

  it("needs a reason, refuses a member already suspended or unknown, and changes nothing then", async () => {
    const admin = await adminViewer();
    const member = await createMember(db(), { status: "SUSPENDED" });
    const applicant = await createApplicant(db());
    const before = await membershipCounts();

    expect(suspendMemberSchema.safeParse({ userId: member.id, reason: " " }).success).toBe(false);
    expect(await code(suspend(admin, { userId: member.id, reason: "again" }))).toBe("CONFLICT");
    expect(await code(suspend(admin, { userId: applicant.id, reason: "not a member" }))).toBe("NOT_FOUND");
    expect(await code(suspend(admin, { userId: "nobody", reason: "x" }))).toBe("NOT_FOUND");
    expect(await membershipCounts()).toEqual(before);
  });

  it("reinstates a suspended member, once", async () => {
    const admin = await adminViewer();
    const member = await createMember(db(), { status: "SUSPENDED", suspendedAt: new Date() });

    await reinstate(admin, { userId: member.id, reason: null });

    expect(await db().user.findUniqueOrThrow({ where: { id: member.id } })).toMatchObject({ status: "ACTIVE", suspendedAt: null });
    expect(await db().auditLog.findFirstOrThrow({ where: { action: "member.reinstated" } })).toMatchObject({ actorId: admin.id, targetId: member.id });
    expect(await code(reinstate(admin, { userId: member.id, reason: null }))).toBe("CONFLICT");
  });
});

describe("changing roles", () => {
  it("records the change from and to, and nothing when the role stays", async () => {
    const admin = await adminViewer();
    const member = await createMember(db());

    expect(await changeRole(admin, { userId: member.id, role: "MODERATOR" })).toBe("changed");
    expect(await changeRole(admin, { userId: member.id, role: "MODERATOR" })).toBe("unchanged");

    expect(await db().user.findUniqueOrThrow({ where: { id: member.id } })).toMatchObject({ role: "MODERATOR" });
    const entries = await db().auditLog.findMany({ where: { action: "member.role-changed" } });
    expect(entries).toEqual([expect.objectContaining({ actorId: admin.id, targetId: member.id, metadata: { from: "MEMBER", to: "MODERATOR" } })]);
  });
});

describe("who may manage members", () => {
  it("an admin cannot suspend, reinstate or re-rank themselves", async () => {
    const admin = await adminViewer();
    expect(await code(suspend(admin, { userId: admin.id, reason: "oops" }))).toBe("FORBIDDEN");
    expect(await code(changeRole(admin, { userId: admin.id, role: "MEMBER" }))).toBe("FORBIDDEN");
    expect(await code(reinstate(admin, { userId: admin.id, reason: null }))).toBe("FORBIDDEN");
    expect(await db().user.findUniqueOrThrow({ where: { id: admin.id } })).toMatchObject({ status: "ACTIVE", role: "ADMIN" });
  });

  it("every role but an admin with two-step verification is refused, and nothing changes", async () => {
    const viewers = await nonAdminViewers();
    const member = await createMember(db());
    const before = await membershipCounts();
    for (const [role, viewer] of Object.entries(viewers)) {
      const expected = role === "anonymous" ? "UNAUTHENTICATED" : "FORBIDDEN";
      expect([role, await code(suspend(viewer, { userId: member.id, reason: "x" }))]).toEqual([role, expected]);
      expect([role, await code(reinstate(viewer, { userId: member.id, reason: null }))]).toEqual([role, expected]);
      expect([role, await code(changeRole(viewer, { userId: member.id, role: "ADMIN" }))]).toEqual([role, expected]);
      expect([role, await code(memberList(viewer, memberFilterSchema.parse({})))]).toEqual([role, expected]);
    }
    expect(await membershipCounts()).toEqual(before);
    expect(await db().user.findUniqueOrThrow({ where: { id: member.id } })).toMatchObject({ status: "ACTIVE", role: "MEMBER" });
  });
});

describe("the list of members", () => {
  it("shows approved members only, filtered by status", async () => {
    const admin = await adminViewer();
    const active = await createMember(db());
    const suspended = await createMember(db(), { status: "SUSPENDED" });
    await createApplicant(db());

    const all = await memberList(admin, memberFilterSchema.parse({}));
    expect(all.rows.map((row) => row.id).sort()).toEqual([admin.id, active.id, suspended.id].sort());
    expect((await memberList(admin, memberFilterSchema.parse({ status: "SUSPENDED" }))).rows.map((row) => row.id)).toEqual([suspended.id]);
    expect(memberFilterSchema.parse({ status: "REJECTED", page: "x" })).toEqual({ status: "all", page: 1 });
  });
});

describe("searching the members", () => {
  const search = (viewer: Viewer, params: Record<string, string>) => memberList(viewer, memberFilterSchema.parse(params));
  const names = (result: { rows: Array<{ displayName: string | null }> }) => result.rows.map((row) => row.displayName).sort();

  it("finds members whose shown name, full name or email starts with the words typed, in any letter case", async () => {
    const admin = await adminViewer();
    await createMember(db(), { displayName: "Maria Santos", name: "Maria da Silva Santos", email: uniqueEmail("msantos") });
    await createMember(db(), { displayName: "Mariam", name: "Mariam Okafor", email: uniqueEmail("okafor") });
    await createMember(db(), { displayName: "Grace", name: "Grace Achieng", email: uniqueEmail("grace") });
    await createMember(db(), { displayName: "Zanele", name: "Zanele Dube", email: uniqueEmail("zd"), status: "SUSPENDED" });
    await createApplicant(db(), { displayName: "Marianne" });

    expect(names(await search(admin, { q: "  MARI " }))).toEqual(["Maria Santos", "Mariam"]);
    expect(names(await search(admin, { q: "grace ach" }))).toEqual(["Grace"]);
    expect(names(await search(admin, { q: "OKAFOR-" }))).toEqual(["Mariam"]);
    expect(names(await search(admin, { q: "zanele", status: "ACTIVE" }))).toEqual([]);
    expect(names(await search(admin, { q: "zanele", status: "SUSPENDED" }))).toEqual(["Zanele"]);
    expect(await search(admin, { q: "nobody-like-this" })).toMatchObject({ rows: [], total: 0, totalPages: 1 });
  });

  it("takes % and _ literally, and ignores an empty or oversized query", async () => {
    const admin = await adminViewer();
    await createMember(db(), { displayName: "100% Aid" });
    await createMember(db(), { displayName: "1000 Aid" });

    expect(names(await search(admin, { q: "100%" }))).toEqual(["100% Aid"]);
    expect(names(await search(admin, { q: "1_0" }))).toEqual([]);
    expect(memberFilterSchema.parse({ q: "   " }).q).toBeUndefined();
    expect(memberFilterSchema.parse({ q: "x".repeat(101) }).q).toBeUndefined();
    expect(memberFilterSchema.parse({ q: "a\u0000b" }).q).toBeUndefined();
  });

  it("pages through the matches, 25 at a time, newest first", async () => {
    const admin = await adminViewer();
    const created = [];
    for (let n = 0; n < 27; n++) created.push((await createMember(db(), { displayName: `Paged ${n}`, createdAt: new Date(Date.UTC(2026, 0, 1, 0, n)) })).id);

    const first = await search(admin, { q: "paged" });
    const second = await search(admin, { q: "paged", page: "2" });

    expect([first.total, first.totalPages, first.rows.length, second.rows.length]).toEqual([27, 2, 25, 2]);
    expect([...first.rows, ...second.rows].map((row) => row.id)).toEqual(created.reverse());
  });

  it("is refused to every role but an admin with two-step verification", async () => {
    for (const [role, viewer] of Object.entries(await nonAdminViewers())) {
      expect([role, await code(search(viewer, { q: "a" }))]).toEqual([role, role === "anonymous" ? "UNAUTHENTICATED" : "FORBIDDEN"]);
    }
  });

  it("can be answered from the prefix indexes rather than by reading every account", async () => {
    const plan = await db().$transaction(async (tx) => {
      await tx.$executeRawUnsafe("SET LOCAL enable_seqscan = off");
      return tx.$queryRaw<Array<{ "QUERY PLAN": string }>>(Prisma.sql`EXPLAIN ${memberSearchQuery({ statuses: ["ACTIVE", "SUSPENDED"], prefix: "mari", skip: 0, take: 25 })}`);
    });
    const text = plan.map((row) => row["QUERY PLAN"]).join("\n");

    for (const index of ["User_displayName_prefix_idx", "User_name_prefix_idx", "User_email_prefix_idx"]) expect(text).toContain(index);
  });
});
