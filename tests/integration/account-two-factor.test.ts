// Two-step verification (lib/account/two-factor-service.ts), against PostgreSQL.
import { accountOutcome as outcome, signInAs } from "./support/viewers";
import { Secret, TOTP } from "otpauth";
import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import {
  cancelTwoFactorEnrolment,
  confirmTwoFactor,
  disableTwoFactor,
  loadTwoFactorStatus,
  regenerateRecoveryCodes,
  startTwoFactorEnrolment,
} from "@/lib/account/two-factor-service";
import { authorizeCredentials, completeSecondStep } from "@/lib/auth/sign-in";
import type { SignInRefused } from "@/lib/auth/sign-in-refusal";
import { decryptTotpSecret, encryptTotpSecret, hashRecoveryCode, newTotpSecret } from "@/lib/auth/two-factor";
import type { SignedInViewer } from "@/lib/auth/viewer-types";
import type { User } from "@/lib/generated/prisma/client";
import { catalogs } from "@/lib/i18n/catalogs";
import { createAdmin, createMember, createModerator, TEST_PASSWORD } from "@/tests/factories/users";



const codeFor = (secret: string, offsetSeconds = 0) =>
  new TOTP({ secret: Secret.fromBase32(secret), digits: 6, period: 30, algorithm: "SHA1" }).generate({ timestamp: Date.now() + offsetSeconds * 1000 });

/** A wrong code that is surely not valid in the current window (nor the ones beside it). */
function wrongCodeFor(secret: string): string {
  const valid = new Set([-30, 0, 30].map((offset) => codeFor(secret, offset)));
  let code = "000000";
  for (let n = 0; valid.has(code); n++) code = String(n).padStart(6, "0");
  return code;
}

async function enrolled(user: User): Promise<{ viewer: SignedInViewer; secret: string; recoveryCodes: string[] }> {
  const viewer = await signInAs(user);
  await startTwoFactorEnrolment(viewer);
  const status = await loadTwoFactorStatus(viewer);
  if (status.state !== "enrolling") throw new Error("not enrolling");
  const { recoveryCodes } = await confirmTwoFactor(viewer, { code: codeFor(status.secret) });
  return { viewer: { ...viewer, twoFactorEnabled: true }, secret: status.secret, recoveryCodes };
}

async function twoFactorRow(userId: string) {
  return db().user.findUniqueOrThrow({ where: { id: userId }, select: { totpSecret: true, totpEnabledAt: true } });
}

describe("setting up two-step verification", () => {
  it("stores a new secret encrypted and not yet in force, and shows it as a QR code drawn locally and as text", async () => {
    const member = await createMember(db());
    const viewer = await signInAs(member);

    await startTwoFactorEnrolment(viewer);

    const row = await twoFactorRow(member.id);
    expect(row.totpEnabledAt).toBeNull();
    const status = await loadTwoFactorStatus(viewer);
    expect(status.state).toBe("enrolling");
    if (status.state !== "enrolling") return;
    expect(status.secret).toMatch(/^[A-Z2-7]{32}$/);
    expect(row.totpSecret).not.toContain(status.secret);
    expect(decryptTotpSecret(row.totpSecret!)).toBe(status.secret);
    expect(status.uri).toMatch(/^otpauth:\/\/totp\//);
    expect(status.uri).toContain(`secret=${status.secret}`);
    expect(status.qrSvg).toMatch(/^<svg [^>]*aria-hidden="true"/);
    // Nothing in the drawing points anywhere: no images, links or styles from elsewhere.
    expect(status.qrSvg).not.toMatch(/<image|href=|url\(|<script|<foreignObject/i);
  });

  it("refuses a wrong code, and turns on with the right one: ten recovery codes, only their hashes stored", async () => {
    const member = await createMember(db(), { locale: "fr" });
    const viewer = await signInAs(member);
    await startTwoFactorEnrolment(viewer);
    const status = await loadTwoFactorStatus(viewer);
    if (status.state !== "enrolling") throw new Error("not enrolling");

    expect(await outcome(confirmTwoFactor(viewer, { code: wrongCodeFor(status.secret) }))).toBe("invalid-code:code");
    expect((await twoFactorRow(member.id)).totpEnabledAt).toBeNull();
    expect(await db().recoveryCode.count()).toBe(0);

    const { recoveryCodes } = await confirmTwoFactor(viewer, { code: codeFor(status.secret) });

    expect((await twoFactorRow(member.id)).totpEnabledAt).toBeInstanceOf(Date);
    expect(recoveryCodes).toHaveLength(10);
    expect(new Set(recoveryCodes).size).toBe(10);
    const stored = await db().recoveryCode.findMany({ where: { userId: member.id } });
    expect(stored.map((code) => code.codeHash).sort()).toEqual(recoveryCodes.map(hashRecoveryCode).sort());
    for (const code of recoveryCodes) expect(stored.some((row) => row.codeHash.includes(code.replace(/-/g, "")))).toBe(false);
    expect(await db().auditLog.count({ where: { action: "auth.two-factor-enabled", actorId: member.id } })).toBe(1);
    const mail = await db().outboxEmail.findFirstOrThrow({ where: { to: member.email, template: "auth.two-factor-changed" } });
    expect(mail.subject).toBe(catalogs.fr.Mail.twoFactorEnabled.subject);
    expect(await loadTwoFactorStatus(viewer)).toMatchObject({ state: "on", recoveryCodesLeft: 10 });
  });

  it("cannot be confirmed before it starts, nor started again once on", async () => {
    const member = await createMember(db());
    const viewer = await signInAs(member);
    expect(await outcome(confirmTwoFactor(viewer, { code: "123456" }))).toBe("two-factor-not-started");
    await enrolled(member);
    expect(await outcome(startTwoFactorEnrolment(viewer))).toBe("two-factor-enabled");
  });

  it("can be cancelled, which forgets the secret", async () => {
    const member = await createMember(db());
    const viewer = await signInAs(member);
    await startTwoFactorEnrolment(viewer);
    await cancelTwoFactorEnrolment(viewer);
    expect(await twoFactorRow(member.id)).toEqual({ totpSecret: null, totpEnabledAt: null });
    expect(await loadTwoFactorStatus(viewer)).toEqual({ state: "off" });
  });

  it("slows down guessing codes", async () => {
    const member = await createMember(db());
    const viewer = await signInAs(member);
    await startTwoFactorEnrolment(viewer);
    const status = await loadTwoFactorStatus(viewer);
    if (status.state !== "enrolling") throw new Error("not enrolling");
    const wrong = wrongCodeFor(status.secret);
    const answers: string[] = [];
    for (let i = 0; i < 11; i++) answers.push(await outcome(confirmTwoFactor(viewer, { code: wrong })));
    expect(answers[9]).toBe("invalid-code:code");
    expect(answers[10]).toBe("RATE_LIMITED");
  });
});

describe("recovery codes", () => {
  it("are made anew with a current code; the old ones stop working", async () => {
    const member = await createMember(db());
    const { viewer, secret, recoveryCodes: old } = await enrolled(member);

    expect(await outcome(regenerateRecoveryCodes(viewer, { code: wrongCodeFor(secret) }))).toBe("invalid-code:code");
    const { recoveryCodes } = await regenerateRecoveryCodes(viewer, { code: codeFor(secret, 30) });

    expect(recoveryCodes).toHaveLength(10);
    expect(recoveryCodes.some((code) => old.includes(code))).toBe(false);
    expect(await outcome(regenerateRecoveryCodes(viewer, { code: old[0]! }))).toBe("invalid-code:code");
    expect(await db().auditLog.count({ where: { action: "auth.recovery-codes-regenerated", actorId: member.id } })).toBe(1);
  });

  it("each work once in place of a code from the app", async () => {
    const member = await createMember(db());
    const { viewer, recoveryCodes } = await enrolled(member);
    const [first] = recoveryCodes;

    // Typed loosely (upper case, spaces) it still matches.
    await regenerateRecoveryCodes(viewer, { code: ` ${first!.toUpperCase()} ` }).then(({ recoveryCodes: fresh }) => {
      expect(fresh).toHaveLength(10);
    });
    expect(await outcome(regenerateRecoveryCodes(viewer, { code: first! }))).toBe("invalid-code:code");
    expect(await db().auditLog.count({ where: { action: "auth.recovery-code-used", actorId: member.id } })).toBe(1);
  });
});

describe("a code from the app works once, wherever it is used", () => {
  it("the code that confirmed set-up, or regenerated recovery codes, is refused afterwards, here and at sign-in", async () => {
    const member = await createMember(db());
    const { viewer, secret } = await enrolled(member);
    // The code that turned it on cannot be used again.
    expect(await outcome(regenerateRecoveryCodes(viewer, { code: codeFor(secret) }))).toBe("invalid-code:code");

    const next = codeFor(secret, 30);
    await regenerateRecoveryCodes(viewer, { code: next });
    expect(await outcome(regenerateRecoveryCodes(viewer, { code: next }))).toBe("invalid-code:code");
    expect(await outcome(disableTwoFactor(viewer, { password: TEST_PASSWORD, code: next }))).toBe("invalid-code:code");

    const challenge = await authorizeCredentials({ email: member.email, password: TEST_PASSWORD }).then(
      () => "",
      (error: unknown) => (error as SignInRefused).challenge ?? "",
    );
    const atSignIn = await completeSecondStep({ challenge, code: next }).then(
      () => "signed in",
      (error: unknown) => (error as SignInRefused).refusal,
    );
    expect(atSignIn).toBe("two-factor-invalid");
  });

  it("two requests with one code at the same moment: only one passes", async () => {
    const member = await createMember(db());
    const { viewer, secret } = await enrolled(member);
    const next = codeFor(secret, 30);

    const outcomes = await Promise.all([regenerateRecoveryCodes(viewer, { code: next }), regenerateRecoveryCodes(viewer, { code: next })].map(outcome));

    expect(outcomes.sort()).toEqual(["invalid-code:code", "ok"]);
  });
});

describe("turning two-step verification off", () => {
  it("needs the password and a current code, then forgets the secret and codes, records and emails", async () => {
    const member = await createMember(db());
    const { viewer, secret } = await enrolled(member);

    expect(await outcome(disableTwoFactor(viewer, { password: "wrong-password", code: codeFor(secret) }))).toBe("wrong-password:password");
    expect(await outcome(disableTwoFactor(viewer, { password: TEST_PASSWORD, code: wrongCodeFor(secret) }))).toBe("invalid-code:code");
    expect((await twoFactorRow(member.id)).totpEnabledAt).not.toBeNull();
    expect(await db().recoveryCode.count({ where: { userId: member.id } })).toBe(10);

    await disableTwoFactor(viewer, { password: TEST_PASSWORD, code: codeFor(secret, 30) });

    expect(await twoFactorRow(member.id)).toEqual({ totpSecret: null, totpEnabledAt: null });
    expect(await db().recoveryCode.count({ where: { userId: member.id } })).toBe(0);
    expect(await db().auditLog.count({ where: { action: "auth.two-factor-disabled", actorId: member.id } })).toBe(1);
    const mails = await db().outboxEmail.findMany({ where: { to: member.email, template: "auth.two-factor-changed" }, orderBy: { createdAt: "asc" } });
    expect(mails.map((mail) => mail.subject)).toEqual([catalogs.en.Mail.twoFactorEnabled.subject, catalogs.en.Mail.twoFactorDisabled.subject]);
  });

  it("accepts a recovery code from someone who lost their phone", async () => {
    const member = await createMember(db());
    const { viewer, recoveryCodes } = await enrolled(member);
    await disableTwoFactor(viewer, { password: TEST_PASSWORD, code: recoveryCodes[3]! });
    expect((await twoFactorRow(member.id)).totpEnabledAt).toBeNull();
  });

  it("is not allowed for admins and moderators, who must keep it", async () => {
    for (const create of [createAdmin, createModerator]) {
      const staff = await create(db());
      const { viewer, secret } = await enrolled(staff);

      expect(await outcome(disableTwoFactor(viewer, { password: TEST_PASSWORD, code: codeFor(secret) }))).toBe("must-keep-two-factor");
      // Even with a viewer that claims to be a member: the role is read again from the database.
      expect(await outcome(disableTwoFactor({ ...viewer, role: "MEMBER" }, { password: TEST_PASSWORD, code: codeFor(secret) }))).toBe("must-keep-two-factor");
      expect((await twoFactorRow(staff.id)).totpEnabledAt).not.toBeNull();
      expect(await db().auditLog.count({ where: { action: "auth.two-factor-disabled" } })).toBe(0);
    }
  });

  it("is refused when two-step verification is not on", async () => {
    const member = await createMember(db(), { totpSecret: encryptTotpSecret(newTotpSecret()) });
    const viewer = await signInAs(member);
    expect(await outcome(disableTwoFactor(viewer, { password: TEST_PASSWORD, code: "123456" }))).toBe("two-factor-not-enabled");
  });
});
