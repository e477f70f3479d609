import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";

describe("audit log", () => {
  it("is append-only: rows can be added but never changed or removed", async () => {
    const entry = await db().auditLog.create({ data: { action: "member.approved", targetType: "User", targetId: "u1", reason: "vouched for" } });

    await expect(db().auditLog.update({ where: { id: entry.id }, data: { reason: "rewritten" } })).rejects.toThrow(/append-only/);
    await expect(db().auditLog.delete({ where: { id: entry.id } })).rejects.toThrow(/append-only/);
    await expect(db().auditLog.findUniqueOrThrow({ where: { id: entry.id } })).resolves.toMatchObject({ reason: "vouched for" });
  });
});
