import { TOTP, Secret } from "otpauth";
import { beforeEach, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { noticeNewDevice } from "@/lib/auth/devices";
import { endSessions, registerSession } from "@/lib/auth/mutations";
import { authorizeCredentials, completeSecondStep } from "@/lib/auth/sign-in";
import { SignInRefused } from "@/lib/auth/sign-in-refusal";
import { hashToken } from "@/lib/auth/tokens";
import { encryptTotpSecret, hashRecoveryCode, newTotpSecret } from "@/lib/auth/two-factor";
import { viewerFromSession } from "@/lib/auth/viewer";
import { createAdmin, createApplicant, createMember, TEST_PASSWORD } from "@/tests/factories/users";
import { createOrganization } from "@/tests/factories/organizations";

const refusal = (promise: Promise<unknown>) =>
  promise.then(
    () => "signed in",
    (error: unknown) => (error instanceof SignInRefused ? error.refusal : `unexpected: ${String(error)}`),
  );

const codeFor = (secret: string, offsetSeconds = 0) =>
  new TOTP({ secret: Secret.fromBase32(secret), digits: 6, period: 30, algorithm: "SHA1" }).generate({ timestamp: Date.now() + offsetSeconds * 1000 });

const from = (address: string, deviceId?: string) => ({ address, deviceId });

/** The challenge token a two-step account's password step hands over (it never signs in by itself). */
async function passwordStep(email: string, client = from("192.0.2.10")): Promise<string> {
  const error = await authorizeCredentials({ email, password: TEST_PASSWORD }, client).then(
    () => new Error("signed in without the code step"),
    (refused: unknown) => refused,
  );
  if (!(error instanceof SignInRefused) || error.refusal !== "two-factor-required" || !error.challenge) throw error;
  return error.challenge;
}

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

  it("limits attempts from one address across accounts", async () => {
    const members = await Promise.all(Array.from({ length: 3 }, () => createMember(db())));
    const outcomes: string[] = [];
    for (let attempt = 0; attempt < 31; attempt++) {
      const member = members[attempt % members.length]!;
      outcomes.push(await refusal(authorizeCredentials({ email: `${attempt}-${member.email}`, password: "guess" }, from("192.0.2.55"))));
    }
    expect(outcomes.slice(0, 30).every((outcome) => outcome === "invalid-credentials")).toBe(true);
    expect(outcomes[30]).toBe("rate-limited");
  });
});

describe("sign-in limits count failures, not the member's own sign-ins", () => {
  it("lets a member sign in six times in a row", async () => {
    const member = await createMember(db());
    const outcomes: string[] = [];
    for (let attempt = 0; attempt < 6; attempt++) {
      outcomes.push(await refusal(authorizeCredentials({ email: member.email, password: TEST_PASSWORD }, from("203.0.113.7"))));
    }
    expect(outcomes).toEqual(Array(6).fill("signed in"));
  });

  it("refuses the sixth wrong password from one address with the wait, recorded once, and stores nothing in clear", async () => {
    const member = await createMember(db());
    for (let attempt = 0; attempt < 5; attempt++) {
      expect(await refusal(authorizeCredentials({ email: member.email, password: "guess" }, from("203.0.113.7")))).toBe("invalid-credentials");
    }

    const refused = await authorizeCredentials({ email: member.email, password: TEST_PASSWORD }, from("203.0.113.7")).catch((error: unknown) => error);
    await authorizeCredentials({ email: member.email, password: "guess" }, from("203.0.113.7")).catch(() => {});

    expect(refused).toBeInstanceOf(SignInRefused);
    expect(refused).toMatchObject({ refusal: "rate-limited" });
    expect((refused as SignInRefused).retryAfterSeconds).toBeGreaterThan(14 * 60);
    expect(await db().auditLog.count({ where: { actorId: member.id, action: "auth.sign-in-burst" } })).toBe(1);
    const keys = (await db().rateLimit.findMany({ select: { key: true } })).map((row) => row.key).join(" ");
    expect(keys).not.toContain(member.email);
    expect(keys).not.toContain("203.0.113.7");
  });

  it("does not let a stranger failing from one address stop the member, password and code, from another", async () => {
    const secret = newTotpSecret();
    const member = await createMember(db(), { totpSecret: encryptTotpSecret(secret), totpEnabledAt: new Date() });
    for (let attempt = 0; attempt < 12; attempt++) await authorizeCredentials({ email: member.email, password: "guess" }, from("198.51.100.66")).catch(() => {});
    expect(await refusal(authorizeCredentials({ email: member.email, password: TEST_PASSWORD }, from("198.51.100.66")))).toBe("rate-limited");

    const challenge = await passwordStep(member.email, from("203.0.113.20"));
    const user = await completeSecondStep({ challenge, code: codeFor(secret) }, from("203.0.113.20"));

    expect(user.id).toBe(member.id);
  });

  it("clears a browser's failures once it signs in", async () => {
    const member = await createMember(db());
    for (let attempt = 0; attempt < 4; attempt++) await authorizeCredentials({ email: member.email, password: "typo" }, from("203.0.113.30")).catch(() => {});
    await authorizeCredentials({ email: member.email, password: TEST_PASSWORD }, from("203.0.113.30"));

    const outcomes: string[] = [];
    for (let attempt = 0; attempt < 5; attempt++) outcomes.push(await refusal(authorizeCredentials({ email: member.email, password: "typo" }, from("203.0.113.30"))));
    expect(outcomes).toEqual(Array(5).fill("invalid-credentials"));
  });

  it("holds guessers spread over many addresses at an account-wide ceiling that a browser she used before passes", async () => {
    const member = await createMember(db());
    const deviceId = "d".repeat(43);
    await db().knownDevice.create({ data: { userId: member.id, deviceHash: hashToken(deviceId) } });
    for (let attempt = 0; attempt < 50; attempt++) {
      await authorizeCredentials({ email: member.email, password: "guess" }, from(`192.0.2.${attempt + 1}`)).catch(() => {});
    }

    expect(await refusal(authorizeCredentials({ email: member.email, password: TEST_PASSWORD }, from("203.0.113.40")))).toBe("rate-limited");
    expect(await refusal(authorizeCredentials({ email: member.email, password: TEST_PASSWORD }, from("203.0.113.40", "forged-device-cookie-xxxxxxxxxxxxxxxxxxxx")))).toBe("rate-limited");
    expect(await refusal(authorizeCredentials({ email: member.email, password: TEST_PASSWORD }, from("203.0.113.40", deviceId)))).toBe("signed in");
  });
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

  it("the right password signs nobody in: it hands over a challenge, stored only as a hash", async () => {
    const challenge = await passwordStep(email);

    expect(challenge).toMatch(/^[A-Za-z0-9_-]{43}$/);
    const stored = await db().signInChallenge.findMany({ where: { userId } });
    expect(stored).toHaveLength(1);
    expect(stored[0]).toMatchObject({ tokenHash: hashToken(challenge), method: "password", usedAt: null });
    expect(stored[0]!.expiresAt.getTime() - Date.now()).toBeLessThanOrEqual(5 * 60 * 1000);
    expect(JSON.stringify(stored)).not.toContain(challenge);
    expect(await db().session.count({ where: { userId } })).toBe(0);
  });

  it("the code step refuses a wrong code, keeps the challenge for a retry, and accepts the current code once", async () => {
    const challenge = await passwordStep(email);

    expect(await refusal(completeSecondStep({ challenge, code: "000000" }))).toBe("two-factor-invalid");
    expect(await refusal(completeSecondStep({ challenge, code: codeFor(secret) }))).toBe("signed in");
    expect(await refusal(completeSecondStep({ challenge, code: codeFor(secret) }))).toBe("challenge-expired");
    expect(await refusal(completeSecondStep({ challenge: "forged-".padEnd(43, "x"), code: codeFor(secret) }))).toBe("challenge-expired");
  });

  it("a challenge allows five codes and lasts five minutes", async () => {
    const guessed = await passwordStep(email);
    const outcomes: string[] = [];
    for (let attempt = 0; attempt < 6; attempt++) outcomes.push(await refusal(completeSecondStep({ challenge: guessed, code: "000000" })));
    expect(outcomes).toEqual([...Array(5).fill("two-factor-invalid"), "challenge-expired"]);

    const late = await passwordStep(email);
    await db().signInChallenge.updateMany({ where: { tokenHash: hashToken(late) }, data: { expiresAt: new Date(Date.now() - 1000) } });
    expect(await refusal(completeSecondStep({ challenge: late, code: codeFor(secret) }))).toBe("challenge-expired");
  });

  it("accepts a recovery code exactly once, and records its use", async () => {
    await db().recoveryCode.create({ data: { userId, codeHash: hashRecoveryCode("abcd-efgh-jkmn") } });

    expect(await refusal(completeSecondStep({ challenge: await passwordStep(email), code: "ABCD-EFGH-JKMN" }))).toBe("signed in");
    expect(await refusal(completeSecondStep({ challenge: await passwordStep(email), code: "abcd-efgh-jkmn" }))).toBe("two-factor-invalid");
    expect(await db().auditLog.count({ where: { actorId: userId, action: "auth.recovery-code-used" } })).toBe(1);
  });

  it("accepts each code from the app once: a second sign-in with the same code is refused, even at the same moment", async () => {
    const code = codeFor(secret);
    expect(await refusal(completeSecondStep({ challenge: await passwordStep(email), code }))).toBe("signed in");
    expect(await refusal(completeSecondStep({ challenge: await passwordStep(email), code }))).toBe("two-factor-invalid");

    const next = codeFor(secret, 30);
    const [first, second] = [await passwordStep(email), await passwordStep(email)];
    const outcomes = await Promise.all([completeSecondStep({ challenge: first, code: next }), completeSecondStep({ challenge: second, code: next })].map(refusal));
    expect(outcomes.sort()).toEqual(["signed in", "two-factor-invalid"]);
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

describe("a cookie whose session no longer signs in", () => {
  it("says why: the session was ended, or its member suspended (which also ends her sessions)", async () => {
    const member = await createMember(db());
    const ended = await registerSession(member.id, null, 3600);
    await endSessions(member.id);
    expect(await viewerFromSession(ended, member.id)).toMatchObject({ viewer: { kind: "anonymous" }, ended: "session-ended" });

    const suspended = await createMember(db());
    const token = await registerSession(suspended.id, null, 3600);
    await db().user.update({ where: { id: suspended.id }, data: { status: "SUSPENDED" } });
    expect((await viewerFromSession(token, suspended.id)).ended).toBe("suspended");
    await endSessions(suspended.id);
    expect((await viewerFromSession(token, suspended.id)).ended).toBe("suspended");

    expect((await viewerFromSession(undefined)).ended).toBeUndefined();
  });
});

describe("new-device alerts", () => {
  /** A browser's cookies, as noticeNewDevice reads and sets them. */
  const browser = () => {
    const cookies = new Map<string, string>();
    return { get: (name: string) => (cookies.has(name) ? { value: cookies.get(name)! } : undefined), set: (name: string, value: string) => cookies.set(name, value) };
  };

  it("name the new browser in the member's language", async () => {
    const member = await createMember(db(), { locale: "es" });
    await noticeNewDevice(member.id, "Mozilla/5.0 (X11; Linux x86_64; rv:128.0) Gecko/20100101 Firefox/128.0", browser());
    expect(await db().outboxEmail.count({ where: { to: member.email } })).toBe(0);

    const alerts = () => db().outboxEmail.findMany({ where: { to: member.email, template: "auth.new-device" }, select: { locale: true, text: true } });

    await noticeNewDevice(member.id, "Mozilla/5.0 (Android 14; Mobile; rv:128.0) Gecko/128.0 Firefox/128.0", browser());
    const [phone] = await alerts();
    expect(phone?.locale).toBe("es");
    expect(phone?.text).toContain("Firefox en Android, el");

    await db().outboxEmail.deleteMany({ where: { to: member.email } });
    await noticeNewDevice(member.id, "curl/8.5.0", browser());
    const [unknown] = await alerts();
    expect(unknown?.text).toContain("Navegador desconocido, el");
  });
});
