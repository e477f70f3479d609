// Password reset and password change (lib/account/password-service.ts), against PostgreSQL.
import { accountOutcome as outcome, signInAs } from "./support/viewers";
import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { changePassword, checkPasswordResetToken, requestPasswordReset, resetPassword } from "@/lib/account/password-service";
import { verifyPassword } from "@/lib/auth/password";
import { hashToken, newToken } from "@/lib/auth/tokens";
import { catalogs } from "@/lib/i18n/catalogs";
import { createApplicant, createMember, TEST_PASSWORD } from "@/tests/factories/users";

const STRONG = "violet-harbour-quietly-79";
const FIREFOX = "Mozilla/5.0 (X11; Linux x86_64; rv:128.0) Gecko/20100101 Firefox/128.0";

/** A registered session for the user, and the viewer a request on it resolves to. */

/** What a service refused with, or "ok". */

async function resetLinkFor(email: string): Promise<string> {
  const mail = await db().outboxEmail.findFirstOrThrow({ where: { to: email, template: "auth.password-reset" }, orderBy: { createdAt: "desc" } });
  const match = /\/reset-password\/([A-Za-z0-9_-]{43})/.exec(mail.text);
  if (!match?.[1]) throw new Error(`No reset link in: ${mail.text}`);
  return match[1];
}

async function snapshot(userId: string) {
  const user = await db().user.findUniqueOrThrow({ where: { id: userId }, select: { passwordHash: true } });
  return {
    passwordHash: user.passwordHash,
    sessions: await db().session.count({ where: { userId } }),
    emails: await db().outboxEmail.count(),
    audit: await db().auditLog.count({ where: { targetId: userId } }),
  };
}

describe("requesting a password reset", () => {
  it("emails a one-hour, single-use link in the member's language and stores only the token's hash", async () => {
    const member = await createMember(db(), { locale: "fr" });

    await requestPasswordReset({ email: `  ${member.email.toUpperCase()} ` }, { clientAddress: "203.0.113.1" });

    const token = await resetLinkFor(member.email);
    const mail = await db().outboxEmail.findFirstOrThrow({ where: { to: member.email } });
    expect(mail.locale).toBe("fr");
    expect(mail.subject).toBe(catalogs.fr.Mail.passwordReset.subject);
    const row = await db().authToken.findFirstOrThrow({ where: { userId: member.id, purpose: "RESET_PASSWORD" } });
    expect(row.tokenHash).toBe(hashToken(token));
    expect(row.tokenHash).not.toContain(token);
    expect(row.expiresAt.getTime() - row.createdAt.getTime()).toBeCloseTo(60 * 60_000, -4);
    expect(await checkPasswordResetToken(token)).toBe("valid");
    expect(await db().auditLog.count({ where: { action: "auth.password-reset-requested", targetId: member.id } })).toBe(1);
  });

  it("falls back to the language of the page when the member saved none", async () => {
    const member = await createMember(db(), { locale: null });
    await requestPasswordReset({ email: member.email }, { locale: "pt" });
    expect((await db().outboxEmail.findFirstOrThrow({ where: { to: member.email } })).locale).toBe("pt");
  });

  it("answers alike for unknown, suspended and registered addresses, and mails only the one that may sign in", async () => {
    const member = await createMember(db());
    const applicant = await createApplicant(db());
    const suspended = await createMember(db(), { status: "SUSPENDED" });

    const answers = await Promise.all(
      [member.email, applicant.email, suspended.email, "nobody-here@example.org"].map((email) => outcome(requestPasswordReset({ email }, { clientAddress: "203.0.113.2" }))),
    );

    expect(answers).toEqual(["ok", "ok", "ok", "ok"]);
    expect((await db().outboxEmail.findMany({ select: { to: true } })).map((mail) => mail.to).sort()).toEqual([applicant.email, member.email].sort());
    expect(await db().authToken.count({ where: { userId: suspended.id } })).toBe(0);
  });

  it("limits requests per address typed, registered or not, with the time to wait", async () => {
    const member = await createMember(db());
    for (const email of [member.email, "nobody-here@example.org"]) {
      for (let i = 0; i < 3; i++) expect(await outcome(requestPasswordReset({ email }, { clientAddress: `198.51.100.${i}` }))).toBe("ok");
      const refused = await requestPasswordReset({ email }, { clientAddress: "198.51.100.99" }).catch((error: unknown) => error);
      expect(refused).toBeInstanceOf(AppError);
      expect(refused).toMatchObject({ code: "RATE_LIMITED" });
      expect((refused as AppError).retryAfterSeconds).toBeGreaterThan(59 * 60);
      expect((refused as AppError).retryAfterSeconds).toBeLessThanOrEqual(60 * 60);
    }
    expect(await db().outboxEmail.count({ where: { to: member.email } })).toBe(3);
  });

  it("limits requests from one client address across addresses", async () => {
    const answers: string[] = [];
    for (let i = 0; i < 11; i++) answers.push(await outcome(requestPasswordReset({ email: `person-${i}@example.org` }, { clientAddress: "192.0.2.44" })));
    expect(answers.slice(0, 10).every((answer) => answer === "ok")).toBe(true);
    expect(answers[10]).toBe("RATE_LIMITED");
  });

  it("can run the mailing after the response, and the answer does not wait for it", async () => {
    const member = await createMember(db());
    const deferred: (() => Promise<void>)[] = [];
    await requestPasswordReset({ email: member.email }, { defer: (task) => deferred.push(task) });
    expect(await db().outboxEmail.count()).toBe(0);
    await Promise.all(deferred.map((task) => task()));
    expect(await db().outboxEmail.count({ where: { to: member.email, template: "auth.password-reset" } })).toBe(1);
  });
});

describe("resetting the password with the link", () => {
  it("sets a new argon2id password, ends every session, spends the link and every other one, records and tells the member", async () => {
    const member = await createMember(db(), { locale: "es" });
    await signInAs(member, { userAgent: FIREFOX });
    await signInAs(member, { userAgent: FIREFOX });
    await requestPasswordReset({ email: member.email });
    const first = await resetLinkFor(member.email);
    await requestPasswordReset({ email: member.email });
    const second = await resetLinkFor(member.email);
    expect(second).not.toBe(first);

    await resetPassword({ token: second, password: STRONG, confirmPassword: STRONG });

    const user = await db().user.findUniqueOrThrow({ where: { id: member.id } });
    expect(user.passwordHash).toMatch(/^\$argon2id\$/);
    expect(await verifyPassword(user.passwordHash, STRONG)).toBe(true);
    expect(await verifyPassword(user.passwordHash, TEST_PASSWORD)).toBe(false);
    expect(await db().session.count({ where: { userId: member.id } })).toBe(0);
    expect(await checkPasswordResetToken(second)).toBe("used");
    expect(await checkPasswordResetToken(first)).toBe("used");
    expect(await outcome(resetPassword({ token: first, password: `${STRONG}-x`, confirmPassword: `${STRONG}-x` }))).toBe("invalid-token");
    const audit = await db().auditLog.findFirstOrThrow({ where: { action: "auth.password-reset", targetId: member.id } });
    expect(audit.actorId).toBe(member.id);
    expect(audit.metadata).toMatchObject({ sessionsEnded: 2 });
    const notice = await db().outboxEmail.findFirstOrThrow({ where: { to: member.email, template: "auth.password-changed" } });
    expect(notice.locale).toBe("es");
    expect(notice.subject).toBe(catalogs.es.Mail.passwordChanged.subject);
  });

  it("works once: the same link a second time is refused and changes nothing", async () => {
    const member = await createMember(db());
    await requestPasswordReset({ email: member.email });
    const token = await resetLinkFor(member.email);
    await resetPassword({ token, password: STRONG, confirmPassword: STRONG });
    const before = await snapshot(member.id);

    expect(await outcome(resetPassword({ token, password: "another-violet-harbour-80", confirmPassword: "another-violet-harbour-80" }))).toBe("invalid-token");
    expect(await snapshot(member.id)).toEqual(before);
  });

  it("refuses an expired link and a forged one, and says which on the page", async () => {
    const member = await createMember(db());
    await requestPasswordReset({ email: member.email });
    const token = await resetLinkFor(member.email);
    await db().authToken.updateMany({ where: { userId: member.id }, data: { expiresAt: new Date(Date.now() - 1000) } });
    const before = await snapshot(member.id);

    expect(await checkPasswordResetToken(token)).toBe("expired");
    expect(await outcome(resetPassword({ token, password: STRONG, confirmPassword: STRONG }))).toBe("invalid-token");
    const forged = newToken();
    expect(await checkPasswordResetToken(forged)).toBe("unknown");
    expect(await outcome(resetPassword({ token: forged, password: STRONG, confirmPassword: STRONG }))).toBe("invalid-token");
    expect(await snapshot(member.id)).toEqual(before);
  });

  it("refuses weak and mismatched passwords and keeps the link usable", async () => {
    const member = await createMember(db(), { name: "Amara Diallo", displayName: "Amara" });
    await signInAs(member, { userAgent: FIREFOX });
    await requestPasswordReset({ email: member.email });
    const token = await resetLinkFor(member.email);
    const before = await snapshot(member.id);

    for (const weak of ["password123456", "amaradiallo2026", "qwertyuiop12"]) {
      expect(await outcome(resetPassword({ token, password: weak, confirmPassword: weak }))).toBe("weak-password:password");
    }
    expect(await outcome(resetPassword({ token, password: STRONG, confirmPassword: `${STRONG}!` }))).toBe("password-mismatch:confirmPassword");
    expect(await snapshot(member.id)).toEqual(before);
    expect(await checkPasswordResetToken(token)).toBe("valid");
  });

  it("also cancels an email change waiting for confirmation", async () => {
    const member = await createMember(db());
    await db().authToken.create({
      data: { userId: member.id, purpose: "CHANGE_EMAIL", tokenHash: hashToken(newToken()), newEmail: "elsewhere@example.org", expiresAt: new Date(Date.now() + 3_600_000) },
    });
    await requestPasswordReset({ email: member.email });
    await resetPassword({ token: await resetLinkFor(member.email), password: STRONG, confirmPassword: STRONG });
    expect(await db().authToken.count({ where: { userId: member.id, usedAt: null } })).toBe(0);
  });
});

describe("changing the password while signed in", () => {
  it("refuses a wrong current password and changes nothing", async () => {
    const member = await createMember(db());
    const viewer = await signInAs(member, { userAgent: FIREFOX });
    await signInAs(member, { userAgent: FIREFOX });
    const before = await snapshot(member.id);

    expect(await outcome(changePassword(viewer, { currentPassword: "not-my-password", newPassword: STRONG, confirmPassword: STRONG }))).toBe(
      "wrong-password:currentPassword",
    );
    expect(await snapshot(member.id)).toEqual(before);
  });

  it("refuses weak, mismatched and unchanged new passwords and changes nothing", async () => {
    const member = await createMember(db(), { password: STRONG });
    const viewer = await signInAs(member, { userAgent: FIREFOX });
    const before = await snapshot(member.id);

    expect(await outcome(changePassword(viewer, { currentPassword: STRONG, newPassword: "password2024", confirmPassword: "password2024" }))).toBe("weak-password:newPassword");
    expect(await outcome(changePassword(viewer, { currentPassword: STRONG, newPassword: "quiet-harbour-violet-81", confirmPassword: "quiet" }))).toBe(
      "password-mismatch:confirmPassword",
    );
    expect(await outcome(changePassword(viewer, { currentPassword: STRONG, newPassword: STRONG, confirmPassword: STRONG }))).toBe("same-password:newPassword");
    expect(await snapshot(member.id)).toEqual(before);
  });

  it("keeps this session, ends the others, spends mailed links, records and emails in the member's language", async () => {
    const member = await createMember(db(), { locale: "pt" });
    const viewer = await signInAs(member, { userAgent: FIREFOX });
    await signInAs(member, { userAgent: FIREFOX });
    await signInAs(member, { userAgent: FIREFOX });
    await requestPasswordReset({ email: member.email });
    const token = await resetLinkFor(member.email);

    await changePassword(viewer, { currentPassword: TEST_PASSWORD, newPassword: STRONG, confirmPassword: STRONG });

    const user = await db().user.findUniqueOrThrow({ where: { id: member.id } });
    expect(await verifyPassword(user.passwordHash, STRONG)).toBe(true);
    expect((await db().session.findMany({ where: { userId: member.id } })).map((session) => session.sessionToken)).toEqual([viewer.sessionToken]);
    expect(await checkPasswordResetToken(token)).toBe("used");
    expect(await db().auditLog.findFirst({ where: { action: "auth.password-changed", targetId: member.id } })).toMatchObject({ actorId: member.id, metadata: { sessionsEnded: 2 } });
    const notice = await db().outboxEmail.findFirstOrThrow({ where: { to: member.email, template: "auth.password-changed" } });
    expect(notice.subject).toBe(catalogs.pt.Mail.passwordChanged.subject);
  });

  it("slows down guessing the current password from a stolen session", async () => {
    const member = await createMember(db());
    const viewer = await signInAs(member, { userAgent: FIREFOX });
    const answers: string[] = [];
    for (let i = 0; i < 11; i++) answers.push(await outcome(changePassword(viewer, { currentPassword: `guess-${i}`, newPassword: STRONG, confirmPassword: STRONG })));
    expect(answers.slice(0, 10)).toEqual(Array(10).fill("wrong-password:currentPassword"));
    expect(answers[10]).toBe("RATE_LIMITED");
  });

  it("sends members without a password to set one by email", async () => {
    const member = await createMember(db(), { passwordHash: null });
    const viewer = await signInAs(member, { userAgent: FIREFOX });
    expect(await outcome(changePassword(viewer, { currentPassword: "anything", newPassword: STRONG, confirmPassword: STRONG }))).toBe("no-password:currentPassword");
  });
});
