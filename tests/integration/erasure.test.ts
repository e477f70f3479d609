// Erasing a person (lib/members/mutations.ts `erasePerson`; the deletion model is written at `User` in
// prisma/schema/members.prisma), against PostgreSQL: every table is searched for what the person told us.
import { describe, expect, it } from "vitest";
import { approveApplicationSchema } from "@/lib/applications/schema";
import { approve, confirmEmail, submitApplication, withdrawOwnApplication } from "@/lib/applications/service";
import { hashToken, newToken } from "@/lib/auth/tokens";
import { viewerFromSession } from "@/lib/auth/viewer";
import { ANONYMOUS } from "@/lib/auth/viewer-types";
import { db } from "@/lib/db";
import { erasedEmail, erasePerson } from "@/lib/members/mutations";
import { createInvitation } from "@/tests/factories/invitations";
import { createOrganization } from "@/tests/factories/organizations";
import { ensureBangkokRules } from "@/tests/factories/reference";
import { adminViewer, applicationInput, CONTEXT, linkTokenFromEmail, viewerFor } from "./applications-support";
import { serviceOutcome } from "./support/viewers";

const LIVED_EXPERIENCE_MARK = "PRIVATE-LIVED-EXPERIENCE";

/** Every place in the database (table.column) whose text, JSON or array value contains one of the needles. */
async function whereFound(needles: string[]): Promise<string[]> {
  const columns = await db().$queryRaw<{ table: string; column: string }[]>`
    SELECT table_name AS "table", column_name AS "column" FROM information_schema.columns
    WHERE table_schema = 'public' AND table_name <> '_prisma_migrations'
      AND (data_type IN ('text', 'character varying', 'json', 'jsonb', 'ARRAY', 'USER-DEFINED'))
    ORDER BY table_name, column_name`;
  const found: string[] = [];
  for (const { table, column } of columns) {
    const rows = await db().$queryRawUnsafe<{ needle: string }[]>(
      `SELECT needle FROM unnest($1::text[]) AS needle
       WHERE EXISTS (SELECT 1 FROM "public"."${table}" WHERE strpos(lower("${column}"::text), lower(needle)) > 0)`,
      needles,
    );
    found.push(...rows.map(({ needle }) => `${table}.${column} holds ${needle}`));
  }
  return found;
}

/** An applicant who applied through the form, confirmed the address and is signed in. */
async function confirmedApplicant(overrides: Record<string, string> = {}) {
  const input = await applicationInput(overrides);
  expect(await serviceOutcome(submitApplication(ANONYMOUS, input, CONTEXT))).toEqual({ ok: true });
  await confirmEmail(await linkTokenFromEmail(input.email, "application.verify-email", "/verify-email?token="));
  const user = await db().user.findUniqueOrThrow({ where: { email: input.email }, include: { applications: true } });
  return { input, user };
}

/** A member approved through the review, with everything an account gathers: sessions, factors, devices, links, mail. */
async function memberWithEverything() {
  const { input, user } = await confirmedApplicant({ name: "Zanele Mthembu-Erase", displayName: "Zee-Erase" });
  const admin = await adminViewer();
  await approve(admin, approveApplicationSchema.parse({ applicationId: user.applications[0]!.id, role: "MEMBER" }));
  await ensureBangkokRules(db());
  await db().advocateProfile.upsert({
    where: { userId: user.id },
    create: { userId: user.id, handle: "erasehandle", languages: ["en"], keywords: ["reentry"], bio: "Zee-Erase bio", livedExperience: `${LIVED_EXPERIENCE_MARK} in profile` },
    update: { bio: "Zee-Erase bio", livedExperience: `${LIVED_EXPERIENCE_MARK} in profile` },
  });
  await db().profileRuleInterest.create({ data: { userId: user.id, ruleNumber: 1 } });
  const photo = await db().storedFile.create({ data: { kind: "PROFILE_PHOTO", contentType: "image/webp", byteSize: 9, sha256: "Zee-Erase", chunks: { create: { index: 0, bytes: Buffer.from("Zee-Erase") } } } });
  await db().advocateProfile.update({ where: { userId: user.id }, data: { photoId: photo.id, canHelpWith: "Zee-Erase helps", lookingFor: `${LIVED_EXPERIENCE_MARK} looking` } });
  const organization = await createOrganization(db());
  await db().organizationJoinRequest.create({ data: { organizationId: organization.id, userId: user.id, message: "Zee-Erase asks to join" } });
  const viewer = await viewerFor(user.id);
  await db().recoveryCode.create({ data: { userId: user.id, codeHash: hashToken(newToken()) } });
  await db().knownDevice.create({ data: { userId: user.id, deviceHash: hashToken(newToken()), userAgent: "Firefox" } });
  await db().signInChallenge.create({ data: { userId: user.id, tokenHash: hashToken(newToken()), method: "password", expiresAt: new Date(Date.now() + 60_000) } });
  await db().authToken.create({ data: { userId: user.id, purpose: "CHANGE_EMAIL", tokenHash: hashToken(newToken()), newEmail: `new-${input.email}`, expiresAt: new Date(Date.now() + 60_000) } });
  await db().verificationToken.create({ data: { identifier: input.email, token: hashToken(newToken()), expires: new Date(Date.now() + 60_000) } });
  await db().account.create({ data: { userId: user.id, type: "oidc", provider: "example", providerAccountId: `acct-${user.id}` } });
  await createInvitation(db(), { invitedById: admin.id, email: input.email });
  const sent = await createInvitation(db(), { invitedById: user.id });
  return { input, user, viewer, admin, sent };
}

describe("erasing a member", () => {
  it("leaves no row anywhere holding their address, names or lived experience, and keeps the row as a placeholder", async () => {
    const { input, user, viewer, admin } = await memberWithEverything();
    const needles = [input.email, "Zanele Mthembu-Erase", "Zee-Erase", LIVED_EXPERIENCE_MARK];
    expect(await whereFound(needles)).not.toEqual([]);

    expect(await erasePerson(user.id, { reason: "admin-request", actorId: admin.id })).toBe("anonymized");

    expect(await whereFound(needles)).toEqual([]);
    const row = await db().user.findUniqueOrThrow({ where: { id: user.id } });
    expect(row).toMatchObject({
      email: erasedEmail(user.id),
      name: null,
      displayName: null,
      passwordHash: null,
      totpSecret: null,
      totpEnabledAt: null,
      status: "DELETED",
      role: "MEMBER",
    });
    expect(row.email).toBe(`deleted-${user.id}@invalid`);
    expect(row.deletedAt).toBeInstanceOf(Date);
    for (const count of await Promise.all([
      db().session.count({ where: { userId: user.id } }),
      db().account.count({ where: { userId: user.id } }),
      db().authToken.count({ where: { userId: user.id } }),
      db().recoveryCode.count({ where: { userId: user.id } }),
      db().knownDevice.count({ where: { userId: user.id } }),
      db().signInChallenge.count({ where: { userId: user.id } }),
      db().advocateProfile.count({ where: { userId: user.id } }),
      db().profileRuleInterest.count({ where: { userId: user.id } }),
      db().organizationMembership.count({ where: { userId: user.id } }),
      db().membershipApplication.count({ where: { userId: user.id } }),
      db().organizationJoinRequest.count({ where: { userId: user.id } }),
      db().storedFile.count({ where: { kind: "PROFILE_PHOTO" } }),
    ])) {
      expect(count).toBe(0);
    }
    // The browser she was signed in with is signed in no more.
    expect((await viewerFromSession(viewer.sessionToken, user.id)).viewer).toEqual(ANONYMOUS);
  });

  it("records the erasure in the audit log by id, without the address", async () => {
    const { input, user, admin } = await memberWithEverything();

    await erasePerson(user.id, { reason: "admin-request", actorId: admin.id });

    const entry = await db().auditLog.findFirstOrThrow({ where: { action: "person.erased" } });
    expect(entry).toMatchObject({ actorId: admin.id, targetType: "User", targetId: user.id, reason: "admin-request", metadata: { outcome: "anonymized" } });
    const log = JSON.stringify(await db().auditLog.findMany());
    expect(log).not.toContain(input.email);
    expect(log).not.toMatch(/Zanele|Zee-Erase|PRIVATE/);
  });

  it("keeps what others depend on attributed to the placeholder: invitations she sent stay hers, and stop working", async () => {
    const { user, admin, sent } = await memberWithEverything();

    await erasePerson(user.id, { reason: "admin-request", actorId: admin.id });

    const invitation = await db().invitation.findUniqueOrThrow({ where: { id: sent.id } });
    expect(invitation.invitedById).toBe(user.id);
    expect(invitation.revokedAt).toBeInstanceOf(Date);
    // A hard delete would silently erase that history: the database refuses it.
    await expect(db().user.delete({ where: { id: user.id } })).rejects.toThrow();
  });

  it("frees the address: the same person can apply again with it", async () => {
    const { input, user, admin } = await memberWithEverything();
    await erasePerson(user.id, { reason: "admin-request", actorId: admin.id });

    expect(await serviceOutcome(submitApplication(ANONYMOUS, await applicationInput({ email: input.email }), CONTEXT))).toEqual({ ok: true });

    const again = await db().user.findUniqueOrThrow({ where: { email: input.email } });
    expect(again.id).not.toBe(user.id);
    expect(again.status).toBe("UNVERIFIED");
  });

  it("erases once: a second erasure finds nobody to erase, and an unknown id neither", async () => {
    const { user, admin } = await memberWithEverything();
    expect(await erasePerson(user.id, { reason: "admin-request", actorId: admin.id })).toBe("anonymized");

    expect(await erasePerson(user.id, { reason: "admin-request", actorId: admin.id })).toBeNull();
    expect(await erasePerson("no-such-person", { reason: "admin-request", actorId: admin.id })).toBeNull();
    expect(await db().auditLog.count({ where: { action: "person.erased" } })).toBe(1);
  });
});

describe("withdrawing an application", () => {
  it("erases the applicant outright (nothing refers to them), leaving nothing of theirs and an entry without their id", async () => {
    const { input, user } = await confirmedApplicant({ name: "Thandeka Withdraws", displayName: "Tee-Withdraws" });
    const viewer = await viewerFor(user.id);

    await withdrawOwnApplication(viewer);

    expect(await whereFound([input.email, "Thandeka Withdraws", "Tee-Withdraws", LIVED_EXPERIENCE_MARK, user.id])).toEqual([]);
    const entry = await db().auditLog.findFirstOrThrow({ where: { action: "person.erased" } });
    expect(entry).toMatchObject({ actorId: null, targetType: null, targetId: null, reason: "application-withdrawn", metadata: { outcome: "deleted" } });
    expect((await viewerFromSession(viewer.sessionToken, user.id)).viewer).toEqual(ANONYMOUS);
    expect(await serviceOutcome(submitApplication(ANONYMOUS, await applicationInput({ email: input.email }), CONTEXT))).toEqual({ ok: true });
  });
});
