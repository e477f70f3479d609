// Invitations (lib/invitations/service.ts): admins' (possibly pre-approved) and representatives' (always
// reviewed), revoking, and following the link, against PostgreSQL.
import { describe, expect, it } from "vitest";
import { acceptPreApprovedSchema, invitedApplySchema } from "@/lib/applications/schema";
import { hashToken, newToken } from "@/lib/auth/tokens";
import { ANONYMOUS, type Viewer } from "@/lib/auth/viewer-types";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { invitationLocaleForPath } from "@/lib/invitations/loaders";
import { createInvitationSchema } from "@/lib/invitations/schema";
import { acceptPreApproved, applyWithInvitation, inspectInvitation, invitationList, inviteAsAdmin, inviteToOrganization, revoke } from "@/lib/invitations/service";
import { createOrganization } from "@/tests/factories/organizations";
import { ensureCountry } from "@/tests/factories/reference";
import { createAdmin, createMember } from "@/tests/factories/users";
import { adminViewer, CONTEXT, linkTokenFromEmail, membershipCounts, nonAdminViewers, STRONG_PASSWORD, uniqueEmail, viewerFor } from "./applications-support";
import { serviceOutcome } from "./support/viewers";

const code = (promise: Promise<unknown>) => promise.then(() => "ok", (error: unknown) => (error instanceof AppError ? error.code : `unexpected: ${String(error)}`));

/** What a representative's form sends: no approval in advance, no roles. */
const REVIEWED = { preApproved: false, role: "MEMBER", organizationRole: "MEMBER" } as const;

const adminInvitation = (fields: Record<string, string> = {}) => createInvitationSchema.parse({ email: uniqueEmail("invitee"), locale: "fr", ...fields });

async function invite(admin: Viewer, fields: Record<string, string> = {}) {
  const input = adminInvitation(fields);
  expect(await serviceOutcome(inviteAsAdmin(admin, input))).toEqual({ ok: true });
  const token = await linkTokenFromEmail(input.email, "invitation", "/invitations/");
  return { email: input.email, token };
}

/** A representative of a fresh organization, and their viewer. */
async function representative() {
  const member = await createMember(db());
  const organization = await createOrganization(db(), { representative: { id: member.id } });
  return { organization, viewer: await viewerFor(member.id) };
}

const acceptance = (token: string, fields: Record<string, string | string[]> = {}) =>
  acceptPreApprovedSchema.parse({ token, name: "Lucía Fernández", displayName: "Lucía", password: STRONG_PASSWORD, countryCode: "AR", "languages[]": ["es"], livedExperience: "PRIVATE-LIVED", consent: "on", ...fields });

const invitedApplication = (token: string, fields: Record<string, string | string[]> = {}) =>
  invitedApplySchema.parse({
    token,
    kind: "INDIVIDUAL",
    name: "Grace Achieng",
    displayName: "Grace",
    password: STRONG_PASSWORD,
    countryCode: "KE",
    "languages[]": ["en"],
    workDescription: "Paralegal in Kisumu",
    consent: "on",
    ...fields,
  });

describe("admins' invitations", () => {
  it("store only the token's hash, expire in 7 days, are recorded, and are emailed in the chosen language", async () => {
    const admin = await adminViewer();
    const { email, token } = await invite(admin, { preApproved: "on", role: "MODERATOR" });

    const invitation = await db().invitation.findFirstOrThrow({ where: { email } });
    expect(invitation).toMatchObject({ tokenHash: hashToken(token), invitedById: admin.id, preApproved: true, role: "MODERATOR", locale: "fr", organizationId: null });
    expect(invitation.expiresAt.getTime() - Date.now()).toBeGreaterThan(6.99 * 86_400_000);
    expect(invitation.expiresAt.getTime() - Date.now()).toBeLessThanOrEqual(7 * 86_400_000);
    expect(await db().auditLog.findFirstOrThrow({ where: { action: "invitation.created" } })).toMatchObject({ actorId: admin.id, targetType: "Invitation", targetId: invitation.id });
    const sent = await db().outboxEmail.findFirstOrThrow({ where: { to: email } });
    expect(sent).toMatchObject({ template: "invitation", locale: "fr" });
    expect(sent.text).toContain(`https://network.example.org/invitations/${token}`);
  });

  it("say so when the address already has an account or an open invitation, creating nothing", async () => {
    const admin = await adminViewer();
    const member = await createMember(db());
    const { email } = await invite(admin);
    const before = await membershipCounts();

    expect(await serviceOutcome(inviteAsAdmin(admin, adminInvitation({ email: member.email })))).toEqual({ ok: false, fields: { email: "alreadyMember" } });
    expect(await serviceOutcome(inviteAsAdmin(admin, adminInvitation({ email })))).toEqual({ ok: false, fields: { email: "alreadyInvited" } });
    expect(createInvitationSchema.safeParse({ email: "nope", locale: "xx" }).success).toBe(false);
    expect(await membershipCounts()).toEqual(before);
  });

  it("are created once per address even when two admins send them at the same moment", async () => {
    const [first, second] = await Promise.all([adminViewer(), adminViewer()]);
    const email = uniqueEmail("raced");

    const outcomes = await Promise.all([serviceOutcome(inviteAsAdmin(first, adminInvitation({ email }))), serviceOutcome(inviteAsAdmin(second, adminInvitation({ email })))]);

    expect(outcomes).toEqual(expect.arrayContaining([{ ok: true }, { ok: false, fields: { email: "alreadyInvited" } }]));
    expect(await db().invitation.count({ where: { email } })).toBe(1);
    expect(await db().outboxEmail.count({ where: { to: email } })).toBe(1);
  });

  it("refuse a second open invitation for one address at the database, whatever the letter case", async () => {
    const admin = await adminViewer();
    const { email } = await invite(admin);
    const original = await db().invitation.findFirstOrThrow({ where: { email } });

    const duplicate = db().invitation.create({ data: { email: email.toUpperCase(), tokenHash: hashToken(newToken()), invitedById: admin.id, expiresAt: original.expiresAt } });

    await expect(duplicate).rejects.toMatchObject({ code: "P2002" });
  });

  it("can be sent again once the previous one expired, which then shows as expired", async () => {
    const admin = await adminViewer();
    const { email } = await invite(admin);
    await db().invitation.updateMany({ where: { email }, data: { expiresAt: new Date(Date.now() - 1000) } });

    expect(await serviceOutcome(inviteAsAdmin(admin, adminInvitation({ email })))).toEqual({ ok: true });

    const list = await invitationList(admin, { page: 1 });
    expect(list.rows.filter((row) => row.email === email).map((row) => row.state)).toEqual(["pending", "expired"]);
  });

  it("are refused to everyone but an admin with two-step verification", async () => {
    const viewers = await nonAdminViewers();
    const before = await membershipCounts();
    for (const [role, viewer] of Object.entries(viewers)) {
      expect([role, await code(inviteAsAdmin(viewer, adminInvitation()))]).toEqual([role, role === "anonymous" ? "UNAUTHENTICATED" : "FORBIDDEN"]);
      expect([role, await code(invitationList(viewer, { page: 1 }))]).toEqual([role, role === "anonymous" ? "UNAUTHENTICATED" : "FORBIDDEN"]);
    }
    expect(await membershipCounts()).toEqual(before);
  });

  it("can be revoked once, after which the link says so", async () => {
    await ensureCountry(db(), "AR");
    const admin = await adminViewer();
    const { token } = await invite(admin, { preApproved: "on" });
    const invitation = await db().invitation.findUniqueOrThrow({ where: { tokenHash: hashToken(token) } });

    await revoke(admin, { invitationId: invitation.id });

    expect((await db().invitation.findUniqueOrThrow({ where: { id: invitation.id } })).revokedAt).toBeInstanceOf(Date);
    expect(await db().auditLog.findFirstOrThrow({ where: { action: "invitation.revoked" } })).toMatchObject({ actorId: admin.id, targetId: invitation.id });
    expect(await code(revoke(admin, { invitationId: invitation.id }))).toBe("CONFLICT");
    expect(await inspectInvitation(token)).toEqual({ state: "revoked" });
    expect(await serviceOutcome(acceptPreApproved(ANONYMOUS, acceptance(token), CONTEXT))).toEqual({ ok: false, unavailable: "unavailable" });
    expect(await db().user.count({ where: { email: invitation.email } })).toBe(0);
  });
});

describe("following an invitation link", () => {
  it("tells apart valid, expired, revoked, used, forged links and addresses that already have an account", async () => {
    const admin = await adminViewer();
    const valid = await invite(admin);
    const expired = await invite(admin);
    await db().invitation.updateMany({ where: { email: expired.email }, data: { expiresAt: new Date(Date.now() - 1000) } });
    const registered = await invite(admin);
    await createMember(db(), { email: registered.email });

    expect(await inspectInvitation(valid.token)).toMatchObject({ state: "valid", email: valid.email, preApproved: false, organization: null });
    expect(await inspectInvitation(expired.token)).toEqual({ state: "expired" });
    expect(await inspectInvitation(registered.token)).toEqual({ state: "registered" });
    expect(await inspectInvitation(newToken())).toEqual({ state: "invalid" });
    expect(await inspectInvitation("short")).toEqual({ state: "invalid" });
  });

  it("pre-approved: creates an active member with the invitation's role, once, and records it", async () => {
    await ensureCountry(db(), "AR");
    const admin = await adminViewer();
    const { email, token } = await invite(admin, { preApproved: "on", role: "MODERATOR" });

    expect(await serviceOutcome(acceptPreApproved(ANONYMOUS, acceptance(token), { ...CONTEXT, locale: "es" }))).toEqual({ ok: true });

    const user = await db().user.findUniqueOrThrow({ where: { email }, include: { profile: true } });
    expect(user).toMatchObject({ status: "ACTIVE", role: "MODERATOR", name: "Lucía Fernández", displayName: "Lucía", locale: "es" });
    expect(user.emailVerified).toBeInstanceOf(Date);
    expect(user.approvedAt).toBeInstanceOf(Date);
    expect(user.profile).toMatchObject({ countryCode: "AR", languages: ["es"], livedExperience: "PRIVATE-LIVED", livedExperienceVisibility: "ADMINS" });
    expect(await db().invitation.findFirstOrThrow({ where: { email } })).toMatchObject({ acceptedAt: expect.any(Date) });
    const entry = await db().auditLog.findFirstOrThrow({ where: { action: "invitation.accepted" } });
    expect(entry).toMatchObject({ actorId: user.id, targetType: "Invitation", metadata: { preApproved: true, invitedById: admin.id } });
    expect(JSON.stringify(entry)).not.toMatch(/PRIVATE|Lucía|@example/);

    expect(await inspectInvitation(token)).toEqual({ state: "used" });
    expect(await serviceOutcome(acceptPreApproved(ANONYMOUS, acceptance(token, { name: "Second try" }), CONTEXT))).toEqual({ ok: false, unavailable: "unavailable" });
    expect(await db().user.count({ where: { email } })).toBe(1);
  });

  it("pre-approved: bad input changes nothing and leaves the invitation usable", async () => {
    await ensureCountry(db(), "AR");
    const admin = await adminViewer();
    const { token } = await invite(admin, { preApproved: "on" });
    const before = await membershipCounts();

    expect(await serviceOutcome(acceptPreApproved(ANONYMOUS, acceptance(token, { password: "123456789" }), CONTEXT))).toEqual({ ok: false, fields: { password: "weakPassword" } });
    expect(await serviceOutcome(acceptPreApproved(ANONYMOUS, acceptance(token, { countryCode: "QQ" }), CONTEXT))).toEqual({ ok: false, fields: { countryCode: "unknownCountry" } });
    expect(acceptPreApprovedSchema.safeParse({ token, name: "", consent: "off" }).success).toBe(false);
    expect(await membershipCounts()).toEqual(before);
    expect(await inspectInvitation(token)).toMatchObject({ state: "valid" });
  });

  it("is for newcomers: a signed-in member cannot accept", async () => {
    const admin = await adminViewer();
    const { token } = await invite(admin, { preApproved: "on" });
    const member = await createMember(db());
    expect(await code(acceptPreApproved(await viewerFor(member.id), acceptance(token), CONTEXT))).toBe("FORBIDDEN");
  });
});

describe("what an invitation says, and in which language", () => {
  it("a pre-approved one tells the invitee they are approved at once, without a word about review", async () => {
    const admin = await adminViewer();
    const preApproved = await invite(admin, { preApproved: "on", locale: "fr" });
    const reviewed = await invite(admin, { locale: "fr" });
    const fr = (await import("@/lib/i18n/messages/fr/mail.json")).default.Mail.invitation;

    const preApprovedText = (await db().outboxEmail.findFirstOrThrow({ where: { to: preApproved.email } })).text;
    expect(preApprovedText).toContain(fr.preApproved);
    expect(preApprovedText).not.toMatch(/examin|demande/i);
    expect((await db().outboxEmail.findFirstOrThrow({ where: { to: reviewed.email } })).text).toContain(fr.reviewed);
  });

  it("its page opens in the language it was sent in; other paths and forged tokens have none", async () => {
    const admin = await adminViewer();
    const { token } = await invite(admin, { locale: "pt" });

    expect(await invitationLocaleForPath(`/invitations/${token}`)).toBe("pt");
    expect(await invitationLocaleForPath(`/invitations/${newToken()}`)).toBeNull();
    expect(await invitationLocaleForPath(`/apply/${token}`)).toBeNull();
    expect(await invitationLocaleForPath("/invitations/short")).toBeNull();
    expect(await invitationLocaleForPath(null)).toBeNull();
  });
});

describe("representatives' invitations", () => {
  it("invite to their own organization only, never pre-approved, without revealing registered addresses", async () => {
    const { organization, viewer } = await representative();
    const other = await representative();
    const member = await createMember(db());

    expect(await serviceOutcome(inviteToOrganization(viewer, { organizationId: organization.id, email: member.email, locale: "pt", ...REVIEWED }))).toEqual({ ok: true });
    const invitation = await db().invitation.findFirstOrThrow({ where: { email: member.email } });
    expect(invitation).toMatchObject({ organizationId: organization.id, preApproved: false, role: "MEMBER", locale: "pt" });
    const sent = await db().outboxEmail.findFirstOrThrow({ where: { to: member.email } });
    expect(sent.text).toContain(organization.name);

    const before = await membershipCounts();
    expect(await code(inviteToOrganization(other.viewer, { organizationId: organization.id, email: uniqueEmail(), locale: "en", ...REVIEWED }))).toBe("FORBIDDEN");
    expect(await code(revoke(other.viewer, { invitationId: invitation.id, organizationId: other.organization.id }))).toBe("NOT_FOUND");
    expect(await code(revoke(other.viewer, { invitationId: invitation.id, organizationId: organization.id }))).toBe("FORBIDDEN");
    expect(await code(revoke(viewer, { invitationId: invitation.id }))).toBe("FORBIDDEN");
    expect(await code(invitationList(other.viewer, { organizationId: organization.id, page: 1 }))).toBe("FORBIDDEN");
    expect(await membershipCounts()).toEqual(before);

    const list = await invitationList(viewer, { organizationId: organization.id, page: 1 });
    expect(list.rows.map((row) => [row.email, row.state])).toEqual([[member.email, "pending"]]);
    await revoke(viewer, { invitationId: invitation.id, organizationId: organization.id });
    expect(await db().auditLog.count({ where: { action: "invitation.revoked", actorId: viewer.id } })).toBe(1);
  });

  it("are refused to every role that does not represent the organization", async () => {
    const { organization } = await representative();
    const viewers = await nonAdminViewers();
    for (const [role, viewer] of Object.entries(viewers)) {
      const outcome = await code(inviteToOrganization(viewer, { organizationId: organization.id, email: uniqueEmail(), locale: "en", ...REVIEWED }));
      expect([role, outcome]).toEqual([role, role === "anonymous" ? "UNAUTHENTICATED" : "FORBIDDEN"]);
    }
    const admin = await adminViewer();
    expect(await serviceOutcome(inviteToOrganization(admin, { organizationId: organization.id, email: uniqueEmail(), locale: "en", ...REVIEWED }))).toEqual({ ok: true });
  });

  it("may be approved in advance only by an admin, who can make the invitee a representative of the organization", async () => {
    await ensureCountry(db(), "AR");
    const { organization, viewer } = await representative();
    const before = await membershipCounts();
    for (const choice of [{ preApproved: true }, { role: "MODERATOR" }, { organizationRole: "REPRESENTATIVE" }] as const) {
      expect(await code(inviteToOrganization(viewer, { organizationId: organization.id, email: uniqueEmail(), locale: "en", ...REVIEWED, ...choice }))).toBe("FORBIDDEN");
    }
    expect(await membershipCounts()).toEqual(before);
    expect(await db().invitation.count({ where: { organizationId: organization.id } })).toBe(0);

    const admin = await adminViewer();
    const member = await createMember(db());
    // Admins may learn that an address has an account (they see every member anyway).
    expect(await serviceOutcome(inviteToOrganization(admin, { organizationId: organization.id, email: member.email, locale: "en", ...REVIEWED }))).toEqual({ ok: false, fields: { email: "alreadyMember" } });
    const email = uniqueEmail("representative");
    expect(await serviceOutcome(inviteToOrganization(admin, { organizationId: organization.id, email, locale: "es", preApproved: true, role: "MEMBER", organizationRole: "REPRESENTATIVE" }))).toEqual({ ok: true });
    expect(await db().invitation.findFirstOrThrow({ where: { email } })).toMatchObject({ organizationId: organization.id, preApproved: true, organizationRole: "REPRESENTATIVE" });
    const token = await linkTokenFromEmail(email, "invitation", "/invitations/");
    expect(await inspectInvitation(token)).toMatchObject({ state: "valid", preApproved: true, organization: { id: organization.id }, organizationRole: "REPRESENTATIVE" });

    expect(await serviceOutcome(acceptPreApproved(ANONYMOUS, acceptance(token), CONTEXT))).toEqual({ ok: true });
    const user = await db().user.findUniqueOrThrow({ where: { email }, include: { organizations: true } });
    expect(user).toMatchObject({ status: "ACTIVE", role: "MEMBER" });
    expect(user.organizations.map((row) => [row.organizationId, row.role])).toEqual([[organization.id, "REPRESENTATIVE"]]);
    expect((await viewerFor(user.id)).representativeOf).toEqual([organization.id]);
    const entry = await db().auditLog.findFirstOrThrow({ where: { action: "invitation.accepted", actorId: user.id } });
    expect(entry.metadata).toMatchObject({ organizationId: organization.id, organizationRole: "REPRESENTATIVE" });
  });

  it("lead to an application fixed to the invitation's address and organization, which goes to review", async () => {
    await ensureCountry(db(), "KE");
    await createAdmin(db(), { totpEnabledAt: new Date(), locale: "pt" });
    const { organization, viewer } = await representative();
    const email = uniqueEmail("invited");
    await inviteToOrganization(viewer, { organizationId: organization.id, email, locale: "en", ...REVIEWED });
    const token = await linkTokenFromEmail(email, "invitation", "/invitations/");

    // A representative's invitation can never be turned into a pre-approved account.
    expect(await serviceOutcome(acceptPreApproved(ANONYMOUS, acceptance(token), CONTEXT))).toEqual({ ok: false, unavailable: "unavailable" });

    const input = invitedApplication(token, { kind: "INDIVIDUAL", email: "attacker@example.org" } as Record<string, string>);
    expect(await serviceOutcome(applyWithInvitation(ANONYMOUS, input, { ...CONTEXT, locale: "en" }))).toEqual({ ok: true });

    const user = await db().user.findUniqueOrThrow({ where: { email }, include: { applications: true } });
    expect(user.status).toBe("PENDING");
    expect(user.emailVerified).toBeInstanceOf(Date);
    expect(user.applications[0]).toMatchObject({ status: "PENDING", kind: "ORGANIZATION", organizationId: organization.id });
    expect(user.applications[0]!.submittedAt).toBeInstanceOf(Date);
    expect(user.applications[0]!.invitationId).not.toBeNull();
    expect(await db().user.count({ where: { email: "attacker@example.org" } })).toBe(0);
    expect(await db().organizationMembership.count({ where: { userId: user.id } })).toBe(0);
    expect(await db().notification.count({ where: { type: "NEW_APPLICATION" } })).toBe(1);
    expect(await db().outboxEmail.findFirstOrThrow({ where: { to: email, template: "application.received" } })).toMatchObject({ locale: "en" });
    expect(await inspectInvitation(token)).toEqual({ state: "used" });
  });
});
