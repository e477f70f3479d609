// Resetting a staff member's two-step verification with two admins (lib/account/two-factor-reset-service.ts),
// against PostgreSQL: one asks, another approves, and only then are the authenticator, recovery codes, sign-in
// challenges and sessions gone; the staff member is told and must enrol again before acting.
import { describe, expect, it } from "vitest";
import { approveStaffTwoFactorReset, cancelStaffTwoFactorReset, requestStaffTwoFactorReset, staffTwoFactorReset } from "@/lib/account/two-factor-reset-service";
import { canEnterAdminArea, mustEnableTwoFactor } from "@/lib/auth/policy";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { createAdmin, createMember, createModerator } from "@/tests/factories/users";
import { viewerFor } from "./applications-support";

const refusal = (promise: Promise<unknown>) =>
  promise.then(
    () => "ok",
    (error: unknown) => (error instanceof AppError ? (error.messageKey?.split(".").pop() ?? error.code) : `unexpected: ${String(error)}`),
  );

/** Three admins with two-step verification, and a moderator who lost their device (codes, a session, a challenge). */
async function staff() {
  const [first, second, third] = await Promise.all([1, 2, 3].map(() => createAdmin(db(), { totpEnabledAt: new Date() })));
  const moderator = await createModerator(db(), { totpEnabledAt: new Date(), totpSecret: "sealed-secret", totpLastStep: 123, locale: "fr" });
  await db().recoveryCode.createMany({ data: [{ userId: moderator.id, codeHash: "a" }, { userId: moderator.id, codeHash: "b" }] });
  await viewerFor(moderator.id);
  await db().signInChallenge.create({ data: { userId: moderator.id, tokenHash: `challenge-${moderator.id}`, method: "password", expiresAt: new Date(Date.now() + 300_000) } });
  return { first: await viewerFor(first!.id), second: await viewerFor(second!.id), third: await viewerFor(third!.id), moderator };
}

const reason = "Lost her phone on a prison visit; I called her on the number in our records and she confirmed.";

describe("resetting a staff member's two-step verification", () => {
  it("takes a second admin: the first asks, the others are emailed, and nothing changes until one approves", async () => {
    const { first, second, third, moderator } = await staff();
    expect(await staffTwoFactorReset(first, moderator.id)).toEqual({ state: "none" });

    await requestStaffTwoFactorReset(first, { userId: moderator.id, reason });
    const open = await staffTwoFactorReset(second, moderator.id);
    expect(open).toMatchObject({ state: "open", reason, requestedByViewer: false });
    expect(await staffTwoFactorReset(first, moderator.id)).toMatchObject({ state: "open", requestedByViewer: true });
    const asked = await db().outboxEmail.findMany({ where: { template: "admin.two-factor-reset-requested" }, select: { to: true, text: true } });
    expect(asked.map((email) => email.to).toSorted()).toEqual([second.email, third.email].toSorted());
    expect(asked[0]!.text).toContain(`/admin/members/${moderator.id}`);
    expect(asked[0]!.text).not.toContain(reason);
    expect(await db().auditLog.count({ where: { action: "two-factor.reset-requested", actorId: first.id, targetId: moderator.id } })).toBe(1);

    // The one who asked cannot approve; the staff member keeps everything meanwhile.
    expect(await refusal(approveStaffTwoFactorReset(first, { resetId: (open as { id: string }).id }))).toBe("secondAdminNeeded");
    expect(await db().user.findUniqueOrThrow({ where: { id: moderator.id } })).toMatchObject({ totpSecret: "sealed-secret" });
    expect(await refusal(requestStaffTwoFactorReset(third, { userId: moderator.id, reason }))).toBe("alreadyRequested");

    await approveStaffTwoFactorReset(second, { resetId: (open as { id: string }).id });
    expect(await db().user.findUniqueOrThrow({ where: { id: moderator.id } })).toMatchObject({ totpSecret: null, totpEnabledAt: null, totpLastStep: null });
    expect(await db().recoveryCode.count({ where: { userId: moderator.id } })).toBe(0);
    expect(await db().session.count({ where: { userId: moderator.id } })).toBe(0);
    expect(await db().signInChallenge.count({ where: { userId: moderator.id } })).toBe(0);
    const told = await db().outboxEmail.findFirstOrThrow({ where: { to: moderator.email, template: "account.two-factor-reset" } });
    expect(told.locale).toBe("fr");
    expect(await db().auditLog.findFirstOrThrow({ where: { action: "two-factor.reset-approved" } })).toMatchObject({ actorId: second.id, targetId: moderator.id, metadata: { requestedById: first.id, sessionsEnded: 1 } });

    // Signed in again with the password only, they must enrol before any staff page or action works.
    const after = await viewerFor(moderator.id);
    expect([mustEnableTwoFactor(after), canEnterAdminArea(after)]).toEqual([true, false]);
    expect(await staffTwoFactorReset(first, moderator.id)).toEqual({ state: "not-applicable" });
    expect(await refusal(approveStaffTwoFactorReset(third, { resetId: (open as { id: string }).id }))).toBe("noLongerOpen");
  });

  it("is for staff with two-step verification only, never one's own, and never approved by its subject", async () => {
    const { first, second, moderator } = await staff();
    const member = await createMember(db());
    expect(await refusal(requestStaffTwoFactorReset(first, { userId: member.id, reason }))).toBe("notStaffWithTwoStep");
    expect(await refusal(requestStaffTwoFactorReset(first, { userId: first.id, reason }))).toBe("FORBIDDEN");
    expect(await refusal(requestStaffTwoFactorReset(first, { userId: "no-such-user", reason }))).toBe("NOT_FOUND");
    expect(await staffTwoFactorReset(first, first.id)).toEqual({ state: "not-applicable" });
    expect(await staffTwoFactorReset(first, member.id)).toEqual({ state: "not-applicable" });

    await requestStaffTwoFactorReset(first, { userId: second.id, reason });
    const { id } = (await db().twoFactorReset.findFirstOrThrow({ where: { staffId: second.id } })) as { id: string };
    expect(await refusal(approveStaffTwoFactorReset(second, { resetId: id }))).toBe("secondAdminNeeded");
    expect(await db().user.findUniqueOrThrow({ where: { id: second.id } })).toMatchObject({ totpEnabledAt: expect.any(Date) });
    expect(await db().twoFactorReset.count({ where: { staffId: moderator.id } })).toBe(0);
    expect(await db().auditLog.count({ where: { action: "two-factor.reset-approved" } })).toBe(0);
  });

  it("can be cancelled by any admin, lapses after its time, and is approved once when two admins approve together", async () => {
    const { first, second, third, moderator } = await staff();
    await requestStaffTwoFactorReset(first, { userId: moderator.id, reason });
    const cancelled = await db().twoFactorReset.findFirstOrThrow({ where: { staffId: moderator.id } });
    await cancelStaffTwoFactorReset(third, { resetId: cancelled.id });
    expect(await refusal(approveStaffTwoFactorReset(second, { resetId: cancelled.id }))).toBe("noLongerOpen");
    expect(await db().auditLog.count({ where: { action: "two-factor.reset-cancelled", actorId: third.id } })).toBe(1);

    await requestStaffTwoFactorReset(first, { userId: moderator.id, reason });
    const lapsed = await db().twoFactorReset.findFirstOrThrow({ where: { staffId: moderator.id, cancelledAt: null } });
    await db().twoFactorReset.update({ where: { id: lapsed.id }, data: { expiresAt: new Date(Date.now() - 1000) } });
    expect(await staffTwoFactorReset(second, moderator.id)).toEqual({ state: "none" });
    expect(await refusal(approveStaffTwoFactorReset(second, { resetId: lapsed.id }))).toBe("noLongerOpen");

    await requestStaffTwoFactorReset(first, { userId: moderator.id, reason });
    const fresh = await db().twoFactorReset.findFirstOrThrow({ where: { staffId: moderator.id, cancelledAt: null, expiresAt: { gt: new Date() } } });
    const outcomes = await Promise.all([second, third].map((admin) => refusal(approveStaffTwoFactorReset(admin, { resetId: fresh.id }))));
    expect(outcomes.toSorted()).toEqual(["noLongerOpen", "ok"]);
    expect(await db().auditLog.count({ where: { action: "two-factor.reset-approved" } })).toBe(1);
    expect(await db().outboxEmail.count({ where: { to: moderator.email, template: "account.two-factor-reset" } })).toBe(1);
  });
});
