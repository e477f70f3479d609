// Applying again after a rejection (lib/applications: submitApplication, settings-service), against PostgreSQL:
// before the waiting period admins set nothing changes and only the address's owner is told from when; after
// it, the account becomes an unconfirmed applicant with the new answers, and the rejected application stays.
import { describe, expect, it } from "vitest";
import { verifyPassword } from "@/lib/auth/password";
import { ANONYMOUS } from "@/lib/auth/viewer-types";
import { db } from "@/lib/db";
import { reapplyPeriodSchema } from "@/lib/applications/schema";
import { applicationForReview, confirmEmail, reject, submitApplication } from "@/lib/applications/service";
import { changeReapplyPeriod, membershipSettings } from "@/lib/applications/settings-service";
import { adminViewer, applicationInput, CONTEXT, linkTokenFromEmail, membershipCounts, STRONG_PASSWORD } from "./applications-support";
import { serviceOutcome } from "./support/viewers";

const DAY = 86_400_000;

/** Someone who applied, confirmed their address and was rejected `daysAgo` days ago. */
async function rejectedApplicant(daysAgo: number) {
  const input = await applicationInput();
  await submitApplication(ANONYMOUS, input, CONTEXT);
  expect(await confirmEmail(await linkTokenFromEmail(input.email, "application.verify-email", "/verify-email?token="))).toBe("confirmed");
  const application = await db().membershipApplication.findFirstOrThrow({ where: { user: { email: input.email } } });
  await reject(await adminViewer(), { applicationId: application.id, reason: "We could not confirm your work." });
  await db().membershipApplication.update({ where: { id: application.id }, data: { decidedAt: new Date(Date.now() - daysAgo * DAY) } });
  return { email: input.email, applicationId: application.id, userId: application.userId };
}

const outboxTo = (to: string) => db().outboxEmail.findMany({ where: { to }, orderBy: { createdAt: "asc" }, select: { template: true, text: true } });

describe("applying again after a rejection", () => {
  it("within the waiting period changes nothing, and tells only the address's owner from when (once a day)", async () => {
    const rejected = await rejectedApplicant(30);
    const before = await membershipCounts();
    const emailsBefore = (await outboxTo(rejected.email)).length;

    const again = await applicationInput({ email: rejected.email, name: "Someone Else", password: "another-lantern-orchid-77" });
    const fresh = await serviceOutcome(submitApplication(ANONYMOUS, await applicationInput(), CONTEXT));
    expect(await serviceOutcome(submitApplication(ANONYMOUS, again, CONTEXT))).toEqual(fresh);
    await submitApplication(ANONYMOUS, again, CONTEXT);

    const user = await db().user.findUniqueOrThrow({ where: { id: rejected.userId } });
    expect(user).toMatchObject({ status: "REJECTED", name: "Amara Okafor" });
    expect(await verifyPassword(user.passwordHash, STRONG_PASSWORD)).toBe(true);
    expect(await db().membershipApplication.count({ where: { userId: rejected.userId } })).toBe(1);
    const notices = (await outboxTo(rejected.email)).slice(emailsBefore);
    expect(notices.map((email) => email.template)).toEqual(["account.reapply-later"]);
    // Rejected 30 days ago with the default 6 months: about five months from now, as a date in the member's language.
    const from = new Date(Date.now() - 30 * DAY);
    from.setUTCMonth(from.getUTCMonth() + 6);
    expect(notices[0]!.text).toContain(new Intl.DateTimeFormat("es", { dateStyle: "long", timeZone: "UTC" }).format(from));
    expect(notices[0]!.text).not.toMatch(/Someone Else|legal aid clinic/);
    const after = await membershipCounts();
    expect(after.users - before.users).toBe(1); // the fresh applicant only
    expect(await db().auditLog.count({ where: { action: "application.address-in-use", targetId: rejected.userId } })).toBe(1);
  });

  it("after the waiting period makes the account an unconfirmed applicant with the new answers, keeping the rejection", async () => {
    const rejected = await rejectedApplicant(200);
    const again = await applicationInput({ email: rejected.email, name: "Amara O. Okafor", workDescription: "Now I also train paralegals.", password: "another-lantern-orchid-77" });

    expect(await serviceOutcome(submitApplication(ANONYMOUS, again, CONTEXT))).toEqual({ ok: true });

    const user = await db().user.findUniqueOrThrow({ where: { id: rejected.userId } });
    expect(user).toMatchObject({ status: "UNVERIFIED", name: "Amara O. Okafor" });
    expect(await verifyPassword(user.passwordHash, "another-lantern-orchid-77")).toBe(true);
    const applications = await db().membershipApplication.findMany({ where: { userId: rejected.userId }, orderBy: { createdAt: "asc" } });
    expect(applications.map((row) => [row.status, row.workDescription])).toEqual([
      ["REJECTED", "I run a legal aid clinic for women held before trial in Nairobi."],
      ["UNVERIFIED", "Now I also train paralegals."],
    ]);
    expect(await db().auditLog.count({ where: { action: "application.reapplied", targetId: applications[1]!.id } })).toBe(1);

    expect(await confirmEmail(await linkTokenFromEmail(rejected.email, "application.verify-email", "/verify-email?token="))).toBe("confirmed");
    expect(await db().user.findUniqueOrThrow({ where: { id: rejected.userId } })).toMatchObject({ status: "PENDING" });
    expect((await db().membershipApplication.findMany({ where: { userId: rejected.userId }, orderBy: { createdAt: "asc" } })).map((row) => row.status)).toEqual(["REJECTED", "PENDING"]);

    // The reviewer sees the earlier rejection beside the new application.
    const { application } = await applicationForReview(await adminViewer(), applications[1]!.id);
    expect(application?.user.applications).toEqual([{ decidedAt: expect.any(Date), decisionReason: "We could not confirm your work." }]);

    // Once it is back in review, another try is an ordinary registered address: a notice, nothing more.
    await submitApplication(ANONYMOUS, again, CONTEXT);
    expect(await db().membershipApplication.count({ where: { userId: rejected.userId } })).toBe(2);
  });

  it("follows the waiting period admins set: 0 months lets a rejected person apply again at once", async () => {
    const admin = await adminViewer();
    expect(await membershipSettings(admin)).toEqual({ reapplyAfterMonths: 6, changedAt: null });
    const rejected = await rejectedApplicant(1);

    await changeReapplyPeriod(admin, reapplyPeriodSchema.parse({ months: "0" }));
    expect(await membershipSettings(admin)).toMatchObject({ reapplyAfterMonths: 0, changedAt: expect.any(Date) });
    expect(await db().auditLog.findFirstOrThrow({ where: { action: "membership.reapply-period-changed" } })).toMatchObject({ actorId: admin.id, metadata: { from: 6, to: 0 } });

    await submitApplication(ANONYMOUS, await applicationInput({ email: rejected.email }), CONTEXT);
    expect(await db().user.findUniqueOrThrow({ where: { id: rejected.userId } })).toMatchObject({ status: "UNVERIFIED" });
  });

  it("refuses a waiting period that is not a whole number of months from 0 to 60", () => {
    for (const months of ["-1", "61", "2.5", "six", ""]) expect([months, reapplyPeriodSchema.safeParse({ months }).success]).toEqual([months, false]);
    expect(reapplyPeriodSchema.parse({ months: "12" })).toEqual({ months: 12 });
  });
});
