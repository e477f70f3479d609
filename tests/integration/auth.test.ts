import { TOTP, Secret } from "otpauth";
import { beforeEach, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { endSessions, registerSession } from "@/lib/auth/mutations";
import { authorizeCredentials, SignInRefused } from "@/lib/auth/sign-in";
import { encryptTotpSecret, hashRecoveryCode, newTotpSecret } from "@/lib/auth/two-factor";
import { viewerFromSession } from "@/lib/auth/viewer";
import { createAdmin, createApplicant, createMember, TEST_PASSWORD } from "@/tests/factories/users";
import { createOrganization } from "@/tests/factories/organizations";

const refusal = (promise: Promise<unknown>) =>
  promise.then(
    () => "signed in",
    (error: unknown) => (error instanceof SignInRefused ? error.refusal : `unexpected: ${String(error)}`),
  );

const codeFor = (secret: string) => new TOTP({ secret: Secret.fromBase32(secret), digits: 6, period: 30, algorithm: "SHA1" }).generate();

describe("authorizeCredentials", () => {
  it("signs in an active member with the right password, whatever the email's case", async () => {
    const member = await createMember(db());

    const user = await authorizeCredentials({ email: member.email.toUpperCase(), password: TEST_PASSWORD });

    expect(user.id).toBe(member.id);
  });

  it("gives the same refusal for a wrong password and for an unknown address", async () => {
    const member = await createMember(db());

    expect(await refusal(authorizeCredentials({ email: member.email, password: "wrong-password" }))).toBe("invalid-credentials");
    expect(await refusal(authorizeCredentials({ email: "nobody@example.org", password: TEST_PASSWORD }))).toBe("invalid-credentials");
  });

  it("refuses suspended and rejected accounts, but lets applicants in to follow their application", async () => {
    const suspended = await createMember(db(), { status: "SUSPENDED" });
    const rejected = await createMember(db(), { status: "REJECTED" });
    const applicant = await createApplicant(db());

    expect(await refusal(authorizeCredentials({ email: suspended.email, password: TEST_PASSWORD }))).toBe("account-suspended");
    expect(await refusal(authorizeCredentials({ email: rejected.email, password: TEST_PASSWORD }))).toBe("account-closed");
    expect(await refusal(authorizeCredentials({ email: applicant.email, password: TEST_PASSWORD }))).toBe("signed in");
  });

  it("slows guessing down: after 5 attempts on an account, a clear refusal with the wait, recorded once", async () => {
    const member = await createMember(db());
    for (let attempt = 0; attempt < 5; attempt++) {
      expect(await refusal(authorizeCredentials({ email: member.email, password: "guess" }, "203.0.113.7"))).toBe("invalid-credentials");
    }

    const refused = await authorizeCredentials({ email: member.email, password: TEST_PASSWORD }, "198.51.100.2").catch((error: unknown) => error);
    await authorizeCredentials({ email: member.email, password: TEST_PASSWORD }).catch(() => {});

    expect(refused).toBeInstanceOf(SignInRefused);
    expect(refused).toMatchObject({ refusal: "rate-limited" });
    expect((refused as SignInRefused).retryAfterSeconds).toBeGreaterThan(14 * 60);
    expect(await db().auditLog.count({ where: { actorId: member.id, action: "auth.sign-in-burst" } })).toBe(1);
    const keys = (await db().rateLimit.findMany({ select: { key: true } })).map((row) => row.key).join(" ");
    expect(keys).not.toContain(member.email);
    expect(keys).not.toContain("203.0.113.7");
  });

  it("limits attempts from one address across accounts", async () => {
    const members = await Promise.all(Array.from({ length: 3 }, () => createMember(db())));
    const outcomes: string[] = [];
    for (let attempt = 0; attempt < 31; attempt++) {
      const member = members[attempt % members.length]!;
      outcomes.push(await refusal(authorizeCredentials({ email: `${attempt}-${member.email}`, password: "guess" }, "192.0.2.55")));
    }
    expect(outcomes.slice(0, 30).every((outcome) => outcome === "invalid-credentials")).toBe(true);
    expect(outcomes[30]).toBe("rate-limited");
  });

  describe("with two-step verification", () => {
    let email: string;
    let secret: string;
    let userId: string;

    beforeEach(async () => {
      secret = newTotpSecret();
      const admin = await createAdmin(db(), { totpSecret: encryptTotpSecret(secret), totpEnabledAt: new Date() });
      email = admin.email;
      userId = admin.id;
    });

    it("asks for the code, refuses a wrong one, and accepts the current one", async () => {
      expect(await refusal(authorizeCredentials({ email, password: TEST_PASSWORD }))).toBe("two-factor-required");
      expect(await refusal(authorizeCredentials({ email, password: TEST_PASSWORD, code: "000000" }))).toBe("two-factor-invalid");
      expect(await refusal(authorizeCredentials({ email, password: TEST_PASSWORD, code: codeFor(secret) }))).toBe("signed in");
    });

    it("accepts a recovery code exactly once, and records its use", async () => {
      await db().recoveryCode.create({ data: { userId, codeHash: hashRecoveryCode("abcd-efgh-jkmn") } });

      expect(await refusal(authorizeCredentials({ email, password: TEST_PASSWORD, code: "ABCD-EFGH-JKMN" }))).toBe("signed in");
      expect(await refusal(authorizeCredentials({ email, password: TEST_PASSWORD, code: "abcd-efgh-jkmn" }))).toBe("two-factor-invalid");
      expect(await db().auditLog.count({ where: { actorId: userId, action: "auth.recovery-code-used" } })).toBe(1);
    });
  });
});

describe("registered sessions", () => {
  it("stand for the member as the database has them now", async () => {
    const member = await createMember(db());
    const organization = await createOrganization(db(), { representative: { id: member.id } });
    const token = await registerSession(member.id, "Mozilla/5.0 (Android 14) Firefox/130.0", 3600);

    const { viewer } = await viewerFromSession(token);

    expect(viewer).toMatchObject({ kind: "signed-in", id: member.id, status: "ACTIVE", role: "MEMBER", representativeOf: [organization.id] });
    expect(await db().session.findUnique({ where: { sessionToken: token }, select: { userAgent: true } })).toEqual({
      userAgent: "Mozilla/5.0 (Android 14) Firefox/130.0",
    });
  });

  it("stop working once ended, suspended or expired", async () => {
    const member = await createMember(db());
    const ended = await registerSession(member.id, null, 3600);
    const kept = await registerSession(member.id, null, 3600);
    await endSessions(member.id, { except: kept });

    expect((await viewerFromSession(ended)).viewer.kind).toBe("anonymous");
    expect((await viewerFromSession(kept)).viewer.kind).toBe("signed-in");

    await db().user.update({ where: { id: member.id }, data: { status: "SUSPENDED" } });
    expect((await viewerFromSession(kept)).viewer.kind).toBe("anonymous");

    const other = await createMember(db());
    const expired = await registerSession(other.id, null, -1);
    expect((await viewerFromSession(expired)).viewer.kind).toBe("anonymous");
    expect((await viewerFromSession("forged-token")).viewer.kind).toBe("anonymous");
  });
});
