// The admins' audit log viewer and its CSV export, against real rows: each filter, days in the admin's time
// zone, stable keyset pages, a CSV that a spreadsheet cannot be tricked by, and the export itself on record.
import { beforeEach, describe, expect, it } from "vitest";
import { auditLogCsv, auditLogPage, AUDIT_PAGE_SIZE } from "@/lib/audit/log-service";
import { auditFilterSchema } from "@/lib/audit/schema";
import type { Viewer } from "@/lib/auth/viewer-types";
import { createAdmin, createMember } from "@/tests/factories/users";
import { viewerFor } from "./applications-support";
import { db } from "./support/viewers";

let admin: Viewer;
let adminId: string;
let memberId: string;

const entry = (at: string, fields: { actorId?: string | null; action: string; targetType?: string; targetId?: string; reason?: string }) =>
  db().auditLog.create({ data: { createdAt: new Date(at), actorId: fields.actorId ?? null, action: fields.action, targetType: fields.targetType, targetId: fields.targetId, reason: fields.reason } });

const page = (fields: Record<string, string>, timeZone = "UTC") => auditLogPage(admin, auditFilterSchema.parse(fields), timeZone);

async function csv(fields: Record<string, string>): Promise<string> {
  let text = "";
  for await (const chunk of auditLogCsv(admin, auditFilterSchema.parse(fields), "UTC")) text += chunk;
  return text;
}

beforeEach(async () => {
  const adminUser = await createAdmin(db(), { totpEnabledAt: new Date(), displayName: "Admin Ana" });
  adminId = adminUser.id;
  admin = await viewerFor(adminId);
  const member = await createMember(db(), { email: "bea@example.org", displayName: "Bea" });
  memberId = member.id;
  await entry("2026-11-30T23:30:00Z", { actorId: adminId, action: "member.suspended", targetType: "User", targetId: memberId, reason: "=cmd|' /C calc'!A0" });
  await entry("2026-12-01T08:00:00Z", { actorId: memberId, action: "account.password-changed", targetType: "User", targetId: memberId });
  await entry("2026-12-02T10:00:00Z", { actorId: null, action: "jobs.retry", targetType: "Job", targetId: "j1" });
});

describe("the audit log viewer", () => {
  it("filters by actor (email, @handle or id), action, target, and days in the admin's time zone", async () => {
    const actions = async (fields: Record<string, string>, timeZone?: string) => (await page(fields, timeZone)).entries.map((row) => row.action);
    expect(await actions({})).toEqual(["jobs.retry", "account.password-changed", "member.suspended"]);
    expect(await actions({ actor: "BEA@example.org" })).toEqual(["account.password-changed"]);
    const handle = (await db().advocateProfile.findUniqueOrThrow({ where: { userId: memberId } })).handle;
    expect(await actions({ actor: `@${handle}` })).toEqual(["account.password-changed"]);
    expect(await actions({ actor: adminId })).toEqual(["member.suspended"]);
    expect(await page({ actor: "nobody@example.org" })).toMatchObject({ entries: [], unknownActor: true });
    expect(await actions({ action: "jobs.retry" })).toEqual(["jobs.retry"]);
    expect(await actions({ targetType: "User", targetId: memberId })).toEqual(["account.password-changed", "member.suspended"]);
    expect(await actions({ from: "2026-12-01", to: "2026-12-01" })).toEqual(["account.password-changed"]);
    // 23:30 UTC on the 30th is already the 1st in Nairobi (UTC+3).
    expect(await actions({ from: "2026-12-01", to: "2026-12-01" }, "Africa/Nairobi")).toEqual(["account.password-changed", "member.suspended"]);
    expect(await actions({ action: "not valid!" })).toHaveLength(3);
    const { actions: known, targetTypes } = await page({});
    expect(known).toEqual(["account.password-changed", "jobs.retry", "member.suspended"]);
    expect(targetTypes).toEqual(["Job", "User"]);
  });

  it("pages newest first by a cursor that stays put while entries are added", async () => {
    const base = Date.parse("2026-10-01T00:00:00Z");
    await db().auditLog.createMany({ data: Array.from({ length: AUDIT_PAGE_SIZE + 5 }, (_, index) => ({ createdAt: new Date(base + Math.floor(index / 2) * 1000), action: "bulk.entry" })) });
    const first = await page({ action: "bulk.entry" });
    expect(first.entries).toHaveLength(AUDIT_PAGE_SIZE);
    await entry("2026-12-03T00:00:00Z", { action: "bulk.entry" });
    const second = await page({ action: "bulk.entry", after: first.next ?? "" });
    expect(second.entries).toHaveLength(5);
    expect(second.next).toBeNull();
    const ids = [...first.entries, ...second.entries].map((row) => row.id);
    expect(new Set(ids).size).toBe(AUDIT_PAGE_SIZE + 5);
  });

  it("exports every matching entry as CSV with formulas defused, and records the export", async () => {
    const text = await csv({ targetType: "User" });
    const lines = text.trim().split("\r\n");
    expect(lines[0]).toBe("createdAt,actorId,actorName,action,targetType,targetId,reason,metadata");
    expect(lines).toHaveLength(3);
    expect(lines[2]).toContain(`"Admin Ana","member.suspended"`);
    expect(lines[2]).toContain(`"'=cmd|' /C calc'!A0"`);
    expect(await db().auditLog.findFirst({ where: { action: "audit.exported" } })).toMatchObject({ actorId: adminId, metadata: { targetType: "User" } });
  });

  it("is for admins: a member is refused and nothing is recorded", async () => {
    const member = await viewerFor(memberId);
    await expect(auditLogPage(member, {}, "UTC")).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect(auditLogCsv(member, {}, "UTC").next()).rejects.toMatchObject({ code: "FORBIDDEN" });
    expect(await db().auditLog.count({ where: { action: "audit.exported" } })).toBe(0);
  });
});
