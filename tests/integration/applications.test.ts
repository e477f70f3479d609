// Applying, confirming the address, following and withdrawing one's own application (lib/applications),
// against PostgreSQL, through the service layer the server actions use.
import { describe, expect, it } from "vitest";
import { applySchema, updateApplicationSchema } from "@/lib/applications/schema";
import { countPendingApplications } from "@/lib/applications/data";
import {
  confirmEmail,
  inspectVerificationLink,
  limitApplicationsFromAddress,
  resubmitOwnApplication,
  submitApplication,
  withdrawOwnApplication,
} from "@/lib/applications/service";
import { hashToken, newToken } from "@/lib/auth/tokens";
import { ANONYMOUS } from "@/lib/auth/viewer-types";
import { db } from "@/lib/db";
import { sendImmediateEmails } from "@/lib/notifications/mutations";
import type { Locale } from "@/lib/i18n/config";
import { AppError } from "@/lib/errors";
import { createOrganization } from "@/tests/factories/organizations";
import { ensureCountry } from "@/tests/factories/reference";
import { createAdmin, createApplicant, createMember } from "@/tests/factories/users";
import { applicationForm, applicationInput, CONTEXT, linkTokenFromEmail, membershipCounts, STRONG_PASSWORD, uniqueEmail, viewerFor } from "./applications-support";
import { serviceOutcome } from "./support/viewers";

const code = (promise: Promise<unknown>) => promise.then(() => "ok", (error: unknown) => (error instanceof AppError ? error.code : `unexpected: ${String(error)}`));

describe("applying", () => {
  it("creates the user, the application and a 48-hour confirmation link in one go, and emails the link in the visitor's language", async () => {
    const input = await applicationInput({ "languages[]": ["en", "sw", "en"] });

    expect(await serviceOutcome(submitApplication(ANONYMOUS, input, CONTEXT))).toEqual({ ok: true });

    const user = await db().user.findUniqueOrThrow({ where: { email: input.email }, include: { applications: true, authTokens: true } });
    expect(user).toMatchObject({ status: "UNVERIFIED", name: "Amara Okafor", displayName: "Nia", locale: "es", emailVerified: null });
    expect(user.passwordHash).toMatch(/^\$argon2id\$v=19\$m=19456,t=2,p=1\$/);
    expect(user.applications).toEqual([
      expect.objectContaining({ kind: "INDIVIDUAL", status: "UNVERIFIED", countryCode: "KE", languages: ["en", "sw"], submittedAt: null, organizationId: null }),
    ]);
    expect(user.applications[0]!.livedExperience).toContain("PRIVATE-LIVED-EXPERIENCE");
    const [token] = user.authTokens;
    expect(token).toMatchObject({ purpose: "VERIFY_EMAIL", usedAt: null });
    expect(token!.expiresAt.getTime() - Date.now()).toBeGreaterThan(47.9 * 3600_000);
    expect(token!.expiresAt.getTime() - Date.now()).toBeLessThanOrEqual(48 * 3600_000);

    const email = await db().outboxEmail.findFirstOrThrow({ where: { to: input.email } });
    expect(email).toMatchObject({ template: "application.verify-email", locale: "es" });
    const linked = await linkTokenFromEmail(input.email, "application.verify-email", "https://network.example.org/verify-email?token=");
    expect(hashToken(linked)).toBe(token!.tokenHash);
    expect(`${email.subject} ${email.text} ${email.html}`).not.toMatch(/PRIVATE-LIVED-EXPERIENCE|legal aid clinic|Amara Okafor/);
  });

  it("on behalf of an organization: an existing active one, or a new one proposed with its country", async () => {
    const organization = await createOrganization(db());
    await ensureCountry(db(), "BR");
    const existing = await applicationInput({ kind: "ORGANIZATION", organizationChoice: "existing", organizationId: organization.id });
    const proposed = await applicationInput({
      kind: "ORGANIZATION",
      organizationChoice: "new",
      proposedOrgName: "Mães do Cárcere",
      proposedOrgWebsite: "maes.example.org",
      proposedOrgCountryCode: "br",
    });

    expect(await serviceOutcome(submitApplication(ANONYMOUS, existing, CONTEXT))).toEqual({ ok: true });
    expect(await serviceOutcome(submitApplication(ANONYMOUS, proposed, CONTEXT))).toEqual({ ok: true });

    const rows = await db().membershipApplication.findMany({ orderBy: { createdAt: "asc" } });
    expect(rows[0]).toMatchObject({ kind: "ORGANIZATION", organizationId: organization.id, proposedOrgName: null });
    expect(rows[1]).toMatchObject({
      kind: "ORGANIZATION",
      organizationId: null,
      proposedOrgName: "Mães do Cárcere",
      proposedOrgWebsite: "https://maes.example.org",
      proposedOrgCountryCode: "BR",
    });
  });

  it("refuses bad input field by field, and changes nothing", async () => {
    await ensureCountry(db(), "KE");
    const inactive = await createOrganization(db(), { status: "PROPOSED" });
    const before = await membershipCounts();

    const parsed = applySchema.safeParse(
      applicationForm({ email: "not-an-address", consent: undefined, "languages[]": undefined, name: "  ", kind: "ORGANIZATION", organizationChoice: undefined, workDescription: "" }),
    );
    expect(parsed.success).toBe(false);
    const fields = new Set(parsed.error!.issues.map((issue) => String(issue.path[0])));
    expect([...fields].sort()).toEqual(["consent", "email", "languages[]", "name", "organizationChoice", "workDescription"]);
    expect(parsed.error!.issues.every((issue) => issue.message.startsWith("Errors."))).toBe(true);

    const newOrganizationWithoutCountry = applySchema.safeParse(applicationForm({ kind: "ORGANIZATION", organizationChoice: "new", proposedOrgName: "" }));
    expect(newOrganizationWithoutCountry.error!.issues.map((issue) => issue.path[0]).sort()).toEqual(["proposedOrgCountryCode", "proposedOrgName"]);
    expect(applySchema.safeParse(applicationForm({ "languages[]": ["en", "xx"] })).success).toBe(false);

    expect(await serviceOutcome(submitApplication(ANONYMOUS, await applicationInput({ password: "password1234" }), CONTEXT))).toEqual({ ok: false, fields: { password: "weakPassword" } });
    expect(await serviceOutcome(submitApplication(ANONYMOUS, await applicationInput({ password: "Amara Okafor 2024" }), CONTEXT))).toEqual({ ok: false, fields: { password: "weakPassword" } });
    expect(await serviceOutcome(submitApplication(ANONYMOUS, await applicationInput({ countryCode: "ZZ" }), CONTEXT))).toEqual({ ok: false, fields: { countryCode: "unknownCountry" } });
    expect(
      await serviceOutcome(submitApplication(ANONYMOUS, await applicationInput({ kind: "ORGANIZATION", organizationChoice: "existing", organizationId: inactive.id }), CONTEXT)),
    ).toEqual({ ok: false, fields: { organizationId: "unknownOrganization" } });

    expect(await membershipCounts()).toEqual(before);
    expect(await db().rateLimit.count()).toBe(0);
  });

  it("answers a registered address exactly like a new one, creating nothing; only the address's owner is told, once a day", async () => {
    const member = await createMember(db(), { locale: "pt" });
    const before = await membershipCounts();

    const registered = await serviceOutcome(submitApplication(ANONYMOUS, await applicationInput({ email: member.email.toUpperCase() }), CONTEXT));
    const fresh = await serviceOutcome(submitApplication(ANONYMOUS, await applicationInput(), CONTEXT));
    await Promise.all([1, 2].map(async () => submitApplication(ANONYMOUS, await applicationInput({ email: member.email }), CONTEXT)));

    expect(registered).toEqual(fresh);
    const after = await membershipCounts();
    expect(after.users - before.users).toBe(1);
    const notices = await db().outboxEmail.findMany({ where: { to: member.email } });
    expect(notices.map((email) => [email.template, email.locale])).toEqual([["account.apply-attempt", "pt"]]);
    expect(notices[0]!.text).toContain("https://network.example.org/sign-in");
    expect(notices[0]!.text).not.toMatch(/Amara Okafor|PRIVATE-LIVED-EXPERIENCE|legal aid clinic/);
    expect(await db().auditLog.count({ where: { action: "application.address-in-use", targetId: member.id } })).toBe(1);
    expect(await db().user.findUniqueOrThrow({ where: { id: member.id } })).toMatchObject({ status: "ACTIVE", name: member.name, passwordHash: member.passwordHash });
  });

  it("sends an unconfirmed applicant who applies again a fresh link, without touching their application", async () => {
    const input = await applicationInput();
    await submitApplication(ANONYMOUS, input, CONTEXT);

    expect(await serviceOutcome(submitApplication(ANONYMOUS, { ...input, name: "Someone Else", workDescription: "Changed" }, CONTEXT))).toEqual({ ok: true });

    expect(await db().outboxEmail.count({ where: { to: input.email, template: "application.verify-email" } })).toBe(2);
    expect(await db().membershipApplication.count()).toBe(1);
    expect(await db().user.findUniqueOrThrow({ where: { email: input.email } })).toMatchObject({ name: "Amara Okafor" });
    const link = await linkTokenFromEmail(input.email, "application.verify-email", "/verify-email?token=");
    expect(await inspectVerificationLink(link)).toBe("valid");
  });

  it("limits applications per email address and per client address, and says when to try again", async () => {
    const email = uniqueEmail("limited");
    for (let attempt = 0; attempt < 3; attempt++) expect(await serviceOutcome(submitApplication(ANONYMOUS, await applicationInput({ email }), CONTEXT))).toEqual({ ok: true });
    const refused = await submitApplication(ANONYMOUS, await applicationInput({ email }), { ...CONTEXT, clientAddress: "198.51.100.9" }).catch((error: unknown) => error);
    expect(refused).toBeInstanceOf(AppError);
    expect(refused).toMatchObject({ code: "RATE_LIMITED" });
    expect((refused as AppError).retryAfterSeconds).toBeGreaterThan(23 * 60 * 60);

    // The action counts each post's address before anything else (tests/integration/form-actions.test.ts).
    const address = { ...CONTEXT, clientAddress: "192.0.2.77" };
    for (let attempt = 0; attempt < 5; attempt++) expect(await code(limitApplicationsFromAddress(address))).toBe("ok");
    expect(await code(limitApplicationsFromAddress(address))).toBe("RATE_LIMITED");
    expect(await code(limitApplicationsFromAddress({ clientAddress: "192.0.2.78" }))).toBe("ok");
  });

  it("is for visitors only: a signed-in member or applicant cannot apply", async () => {
    const member = await createMember(db());
    const applicant = await createApplicant(db());
    for (const user of [member, applicant]) {
      expect(await code(submitApplication(await viewerFor(user.id), await applicationInput(), CONTEXT))).toBe("FORBIDDEN");
    }
  });
});

describe("confirming the email address", () => {
  async function applied(locale: Locale = "es") {
    const input = await applicationInput();
    await submitApplication(ANONYMOUS, input, { ...CONTEXT, locale });
    return { input, token: await linkTokenFromEmail(input.email, "application.verify-email", "/verify-email?token=") };
  }

  it("puts the application in the queue and tells the applicant and every active admin, each in their language", async () => {
    await createAdmin(db(), { locale: "fr", totpEnabledAt: new Date() });
    await createAdmin(db(), { locale: "pt" });
    await createAdmin(db(), { status: "SUSPENDED" });
    const { input, token } = await applied("es");
    expect(await countPendingApplications()).toBe(0);

    expect(await confirmEmail(token)).toBe("confirmed");

    const user = await db().user.findUniqueOrThrow({ where: { email: input.email }, include: { applications: true } });
    expect(user.status).toBe("PENDING");
    expect(user.emailVerified).toBeInstanceOf(Date);
    expect(user.applications[0]).toMatchObject({ status: "PENDING" });
    expect(user.applications[0]!.submittedAt).toBeInstanceOf(Date);
    expect(await countPendingApplications()).toBe(1);

    const received = await db().outboxEmail.findFirstOrThrow({ where: { to: input.email, template: "application.received" } });
    expect(received.locale).toBe("es");
    expect(received.text).toContain("https://network.example.org/application");
    // Admins hear of it through their notifications (email at once by default), never with the applicant's details.
    const admins = await db().user.findMany({ where: { role: "ADMIN", status: "ACTIVE" }, select: { id: true } });
    expect((await db().notification.findMany({ where: { type: "NEW_APPLICATION" } })).map((row) => row.userId).sort()).toEqual(admins.map((admin) => admin.id).sort());
    await sendImmediateEmails({ now: new Date(), batchSize: 10 });
    const toAdmins = await db().outboxEmail.findMany({ where: { template: "notifications.immediate" }, orderBy: { locale: "asc" } });
    expect(toAdmins.map((email) => email.locale)).toEqual(["fr", "pt"]);
    for (const email of [received, ...toAdmins]) {
      expect(`${email.subject} ${email.text} ${email.html}`).not.toMatch(/PRIVATE-LIVED-EXPERIENCE|legal aid clinic|Amara Okafor|Kenya/);
    }
    expect(toAdmins[0]!.text).not.toContain(input.email);
  });

  it("works once: the same link again, an expired link or a forged one changes nothing", async () => {
    const { token } = await applied();
    expect(await inspectVerificationLink(token)).toBe("valid");
    expect(await confirmEmail(token)).toBe("confirmed");
    const afterFirst = await membershipCounts();

    expect(await inspectVerificationLink(token)).toBe("used");
    expect(await confirmEmail(token)).toBe("used");
    expect(await confirmEmail(newToken())).toBe("invalid");
    expect(await confirmEmail("../../etc/passwd")).toBe("invalid");
    expect(await confirmEmail(undefined)).toBe("invalid");
    expect(await inspectVerificationLink(["array"])).toBe("invalid");
    expect(await membershipCounts()).toEqual(afterFirst);

    const late = await applied();
    await db().authToken.updateMany({ where: { tokenHash: hashToken(late.token) }, data: { expiresAt: new Date(Date.now() - 1000) } });
    const beforeExpired = await membershipCounts();
    expect(await inspectVerificationLink(late.token)).toBe("expired");
    expect(await confirmEmail(late.token)).toBe("expired");
    expect(await membershipCounts()).toEqual(beforeExpired);
    expect(await db().user.findUniqueOrThrow({ where: { email: late.input.email } })).toMatchObject({ status: "UNVERIFIED", emailVerified: null });
  });

  it("lets exactly one of two simultaneous confirmations through", async () => {
    await createAdmin(db(), { totpEnabledAt: new Date() });
    const { token } = await applied();
    const results = await Promise.all([confirmEmail(token), confirmEmail(token)]);
    expect(results.sort()).toEqual(["confirmed", "used"]);
    // One admin, told once: a second confirmation would have grown the notification's count.
    const told = await db().notification.findMany({ where: { type: "NEW_APPLICATION" } });
    expect(told.map((row) => (row.payload as { count?: number }).count ?? 1)).toEqual([1]);
  });
});

describe("the applicant's own application", () => {
  it("answering a request for more information sends it back to the queue", async () => {
    await createAdmin(db(), { totpEnabledAt: new Date(), locale: "pt" });
    const applicant = await createApplicant(db(), { status: "MORE_INFO_REQUESTED" });
    await ensureCountry(db(), "KE");
    const application = await db().membershipApplication.create({
      data: {
        userId: applicant.id,
        kind: "ORGANIZATION",
        status: "MORE_INFO_REQUESTED",
        countryCode: "KE",
        proposedOrgName: "Old name",
        proposedOrgCountryCode: "KE",
        languages: ["en"],
        workDescription: "Short",
        consentedAt: new Date(),
        submittedAt: new Date(),
        infoRequest: "Which prisons do you visit?",
      },
    });
    const viewer = await viewerFor(applicant.id);
    const input = updateApplicationSchema.parse({ workDescription: "Monthly visits to Langata.", vouchedBy: "", proposedOrgName: "New name", proposedOrgWebsite: "", proposedOrgCountryCode: "KE" });

    expect(await serviceOutcome(resubmitOwnApplication(viewer, input))).toEqual({ ok: true });

    expect(await db().membershipApplication.findUniqueOrThrow({ where: { id: application.id } })).toMatchObject({
      status: "PENDING",
      workDescription: "Monthly visits to Langata.",
      proposedOrgName: "New name",
      vouchedBy: null,
    });
    expect(await db().user.findUniqueOrThrow({ where: { id: applicant.id } })).toMatchObject({ status: "PENDING" });
    expect(await db().auditLog.findFirstOrThrow({ where: { action: "application.resubmitted" } })).toMatchObject({ actorId: applicant.id, targetId: application.id });
    expect(await db().notification.count({ where: { type: "NEW_APPLICATION" } })).toBe(1);

    // Once back in the queue there is nothing to answer.
    expect(await code(resubmitOwnApplication(await viewerFor(applicant.id), input))).toBe("CONFLICT");
  });

  it("withdrawing deletes the applicant and everything of theirs, and leaves an audit entry without personal data", async () => {
    const input = await applicationInput();
    await submitApplication(ANONYMOUS, input, CONTEXT);
    await confirmEmail(await linkTokenFromEmail(input.email, "application.verify-email", "/verify-email?token="));
    const user = await db().user.findUniqueOrThrow({ where: { email: input.email }, include: { applications: true } });
    const viewer = await viewerFor(user.id);

    await withdrawOwnApplication(viewer);

    expect(await db().user.count({ where: { id: user.id } })).toBe(0);
    expect(await db().membershipApplication.count()).toBe(0);
    expect(await db().authToken.count()).toBe(0);
    expect(await db().session.count()).toBe(0);
    const entry = await db().auditLog.findFirstOrThrow({ where: { action: "application.withdrawn" } });
    expect(entry).toMatchObject({ actorId: null, targetType: "MembershipApplication", targetId: user.applications[0]!.id });
    expect(JSON.stringify(entry)).not.toMatch(new RegExp(`${user.id}|${input.email}|Amara|Nia|PRIVATE|Nairobi`));
  });

  it("only applicants may update or withdraw, and only their own application", async () => {
    const member = await createMember(db());
    const other = await createApplicant(db(), { status: "MORE_INFO_REQUESTED" });
    const input = updateApplicationSchema.parse({ workDescription: "x", vouchedBy: "" });
    const memberViewer = await viewerFor(member.id);

    expect(await code(withdrawOwnApplication(memberViewer))).toBe("FORBIDDEN");
    expect(await code(resubmitOwnApplication(memberViewer, input))).toBe("FORBIDDEN");
    expect(await code(withdrawOwnApplication(ANONYMOUS))).toBe("UNAUTHENTICATED");
    expect(await db().user.count({ where: { id: { in: [member.id, other.id] } } })).toBe(2);
  });
});

describe("schema details", () => {
  it("keeps a password out of nothing and never trusts a hidden field it does not know", () => {
    const parsed = applySchema.parse(applicationForm({ organizationId: "ignored", kind: "INDIVIDUAL", password: STRONG_PASSWORD }));
    expect(parsed.organization).toEqual({ type: "none" });
    expect(parsed).not.toHaveProperty("consent");
  });
});
