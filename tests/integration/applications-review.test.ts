// The review queue and the three decisions (lib/applications/service.ts), against PostgreSQL.
import { describe, expect, it } from "vitest";
import { approveApplicationSchema, rejectApplicationSchema, requestMoreInfoSchema, reviewQueueFilterSchema } from "@/lib/applications/schema";
import { approve, reject, requestMoreInfo, resubmitOwnApplication, reviewQueue } from "@/lib/applications/service";
import { viewerFromSession } from "@/lib/auth/viewer";
import { registerSession } from "@/lib/auth/mutations";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import type { ApplicationKind, ApplicationStatus } from "@/lib/generated/prisma/enums";
import { createOrganization } from "@/tests/factories/organizations";
import { ensureCountry } from "@/tests/factories/reference";
import { createUser } from "@/tests/factories/users";
import { adminViewer, membershipCounts, nonAdminViewers, viewerFor } from "./applications-support";
import { serviceOutcome } from "./support/viewers";

const code = (promise: Promise<unknown>) => promise.then(() => "ok", (error: unknown) => (error instanceof AppError ? error.code : `unexpected: ${String(error)}`));

const LIVED = "PRIVATE-LIVED-EXPERIENCE of detention";
const WORK = "WORK-DESCRIPTION: prison visits";

type ApplicationOverrides = {
  kind?: ApplicationKind;
  status?: ApplicationStatus;
  countryCode?: string;
  submittedAt?: Date;
  organizationId?: string;
  proposedOrgName?: string;
  locale?: string;
  displayName?: string;
};

/** A confirmed applicant with their application, as verification leaves them. */
async function pendingApplication(overrides: ApplicationOverrides = {}) {
  const status = overrides.status ?? "PENDING";
  const countryCode = overrides.countryCode ?? "KE";
  await ensureCountry(db(), countryCode);
  const user = await createUser(db(), {
    status: status === "MORE_INFO_REQUESTED" ? "MORE_INFO_REQUESTED" : status === "UNVERIFIED" ? "UNVERIFIED" : "PENDING",
    emailVerified: status === "UNVERIFIED" ? null : new Date(),
    locale: overrides.locale ?? "es",
    ...(overrides.displayName ? { displayName: overrides.displayName } : {}),
  });
  const application = await db().membershipApplication.create({
    data: {
      userId: user.id,
      kind: overrides.kind ?? "INDIVIDUAL",
      status,
      countryCode,
      organizationId: overrides.organizationId,
      proposedOrgName: overrides.proposedOrgName,
      proposedOrgWebsite: overrides.proposedOrgName ? "https://proposed.example.org" : null,
      proposedOrgCountryCode: overrides.proposedOrgName ? countryCode : null,
      languages: ["en", "sw"],
      workDescription: WORK,
      livedExperience: LIVED,
      consentedAt: new Date(),
      submittedAt: status === "UNVERIFIED" ? null : (overrides.submittedAt ?? new Date()),
    },
  });
  return { user, application };
}

const approval = (applicationId: string, fields: Record<string, string> = {}) => approveApplicationSchema.parse({ applicationId, role: "MEMBER", ...fields });

describe("who may review", () => {
  it("refuses the queue and every decision to everyone but an admin with two-step verification, and nothing changes", async () => {
    const viewers = await nonAdminViewers();
    const { application } = await pendingApplication();
    const before = await membershipCounts();
    const filter = reviewQueueFilterSchema.parse({});

    const outcomes = Object.fromEntries(
      await Promise.all(
        Object.entries(viewers).map(async ([role, viewer]) => [
          role,
          [
            await code(reviewQueue(viewer, filter)),
            await code(approve(viewer, approval(application.id))),
            await code(reject(viewer, { applicationId: application.id, reason: "No" })),
            await code(requestMoreInfo(viewer, { applicationId: application.id, message: "Why?" })),
          ].join(" "),
        ]),
      ),
    );

    expect(outcomes).toEqual({
      anonymous: "UNAUTHENTICATED UNAUTHENTICATED UNAUTHENTICATED UNAUTHENTICATED",
      applicant: "FORBIDDEN FORBIDDEN FORBIDDEN FORBIDDEN",
      member: "FORBIDDEN FORBIDDEN FORBIDDEN FORBIDDEN",
      representative: "FORBIDDEN FORBIDDEN FORBIDDEN FORBIDDEN",
      moderator: "FORBIDDEN FORBIDDEN FORBIDDEN FORBIDDEN",
      "admin without two-step": "FORBIDDEN FORBIDDEN FORBIDDEN FORBIDDEN",
      suspended: "FORBIDDEN FORBIDDEN FORBIDDEN FORBIDDEN",
    });
    expect(await membershipCounts()).toEqual(before);
    expect(await db().membershipApplication.findUniqueOrThrow({ where: { id: application.id } })).toMatchObject({ status: "PENDING" });
  });
});

describe("the review queue", () => {
  it("lists confirmed applications oldest first, filters by status, country and type, and pages without overlap", async () => {
    const admin = await adminViewer();
    const day = (n: number) => new Date(Date.UTC(2026, 0, n));
    const a = await pendingApplication({ submittedAt: day(3), countryCode: "KE" });
    const b = await pendingApplication({ submittedAt: day(1), countryCode: "BR", kind: "ORGANIZATION", proposedOrgName: "Org B" });
    const c = await pendingApplication({ submittedAt: day(2), countryCode: "KE", kind: "ORGANIZATION", proposedOrgName: "Org C" });
    const asked = await pendingApplication({ submittedAt: day(1), status: "MORE_INFO_REQUESTED" });
    await pendingApplication({ status: "UNVERIFIED" });
    const ids = (result: { rows: Array<{ id: string }> }) => result.rows.map((row) => row.id);

    const all = await reviewQueue(admin, reviewQueueFilterSchema.parse({}));
    expect(ids(all)).toEqual([b.application.id, c.application.id, a.application.id]);
    expect(all.total).toBe(3);
    expect(all.rows[0]).toMatchObject({ kind: "ORGANIZATION", proposedOrgName: "Org B", user: { displayName: b.user.displayName } });
    expect(all.rows[0]).not.toHaveProperty("livedExperience");

    expect(ids(await reviewQueue(admin, reviewQueueFilterSchema.parse({ country: "ke" })))).toEqual([c.application.id, a.application.id]);
    expect(ids(await reviewQueue(admin, reviewQueueFilterSchema.parse({ kind: "organization", country: "KE" })))).toEqual([c.application.id]);
    expect(ids(await reviewQueue(admin, reviewQueueFilterSchema.parse({ kind: "individual" })))).toEqual([a.application.id]);
    expect(ids(await reviewQueue(admin, reviewQueueFilterSchema.parse({ status: "more-info" })))).toEqual([asked.application.id]);
    expect(reviewQueueFilterSchema.parse({ status: "APPROVED", kind: "x", country: "<script>", page: "-3" })).toEqual({ status: "pending", page: 1 });
  });

  it("tells apart applicants who chose the same name: each row carries the email, the moment sent and the country", async () => {
    const admin = await adminViewer();
    const first = await pendingApplication({ displayName: "Maria", submittedAt: new Date(Date.UTC(2026, 0, 1, 9, 15)), countryCode: "KE" });
    const second = await pendingApplication({ displayName: "Maria", submittedAt: new Date(Date.UTC(2026, 0, 1, 16, 40)), countryCode: "BR" });

    const { rows } = await reviewQueue(admin, reviewQueueFilterSchema.parse({}));

    expect(rows.map((row) => [row.user.displayName, row.user.email, row.submittedAt?.toISOString(), row.countryCode])).toEqual([
      ["Maria", first.user.email, "2026-01-01T09:15:00.000Z", "KE"],
      ["Maria", second.user.email, "2026-01-01T16:40:00.000Z", "BR"],
    ]);
  });

  it("pages through many applications in order, 25 at a time", async () => {
    const admin = await adminViewer();
    const created = [];
    for (let n = 0; n < 30; n++) created.push((await pendingApplication({ submittedAt: new Date(Date.UTC(2026, 0, 1, 0, n)) })).application.id);
    const first = await reviewQueue(admin, reviewQueueFilterSchema.parse({ page: "1" }));
    const second = await reviewQueue(admin, reviewQueueFilterSchema.parse({ page: "2" }));
    expect(first.totalPages).toBe(2);
    expect([...first.rows, ...second.rows].map((row) => row.id)).toEqual(created);
  });
});

describe("approving", () => {
  it("makes an individual an active member with the chosen role and a private profile, records who decided, and emails them in their language", async () => {
    const admin = await adminViewer({ locale: "fr" });
    const { user, application } = await pendingApplication({ locale: "pt" });

    expect(await serviceOutcome(approve(admin, approval(application.id, { role: "MODERATOR" })))).toEqual({ ok: true });

    const approved = await db().user.findUniqueOrThrow({ where: { id: user.id }, include: { profile: true, organizations: true } });
    expect(approved).toMatchObject({ status: "ACTIVE", role: "MODERATOR" });
    expect(approved.approvedAt).toBeInstanceOf(Date);
    expect(approved.profile).toMatchObject({ countryCode: "KE", languages: ["en", "sw"], livedExperience: LIVED, livedExperienceVisibility: "ADMINS" });
    expect(approved.organizations).toEqual([]);
    expect(await db().membershipApplication.findUniqueOrThrow({ where: { id: application.id } })).toMatchObject({ status: "APPROVED", decidedById: admin.id });

    const entry = await db().auditLog.findFirstOrThrow({ where: { action: "application.approved" } });
    expect(entry).toMatchObject({ actorId: admin.id, targetType: "MembershipApplication", targetId: application.id, metadata: { role: "MODERATOR", userId: user.id } });
    expect(JSON.stringify(entry)).not.toMatch(/PRIVATE|WORK-DESCRIPTION|@example\.org/);

    const email = await db().outboxEmail.findFirstOrThrow({ where: { to: user.email } });
    expect(email).toMatchObject({ template: "application.approved", locale: "pt" });
    expect(email.text).toContain("https://network.example.org/sign-in");
    expect(`${email.subject} ${email.text} ${email.html}`).not.toMatch(/PRIVATE|WORK-DESCRIPTION|Kenya|MODERATOR/);

    // The approved person signs in as a member from now on.
    const { viewer } = await viewerFromSession(await registerSession(user.id, null, 3600));
    expect(viewer).toMatchObject({ status: "ACTIVE", role: "MODERATOR" });
  });

  it("creates a proposed organization (with a unique slug) and makes the applicant its representative", async () => {
    const admin = await adminViewer();
    await createOrganization(db(), { slug: "women-behind-walls", name: "Women Behind Walls (old)" });
    const { user, application } = await pendingApplication({ kind: "ORGANIZATION", proposedOrgName: "Women Behind Walls" });

    await approve(admin, approval(application.id, { representative: "on", organizationResolution: "create" }));

    const organization = await db().organization.findFirstOrThrow({ where: { name: "Women Behind Walls" }, include: { members: true } });
    expect(organization).toMatchObject({ status: "ACTIVE", slug: "women-behind-walls-2", website: "https://proposed.example.org", countryCode: "KE" });
    expect(organization.members).toEqual([expect.objectContaining({ userId: user.id, role: "REPRESENTATIVE" })]);
    expect(await db().membershipApplication.findUniqueOrThrow({ where: { id: application.id } })).toMatchObject({ organizationId: organization.id });
    expect((await db().auditLog.findFirstOrThrow({ where: { action: "application.approved" } })).metadata).toMatchObject({
      organization: "created",
      organizationId: organization.id,
      representative: true,
    });
  });

  it("merges a proposed organization into an existing one, and refuses a merge into an unknown or inactive one", async () => {
    const admin = await adminViewer();
    const existing = await createOrganization(db());
    const archived = await createOrganization(db(), { status: "ARCHIVED" });
    const { user, application } = await pendingApplication({ kind: "ORGANIZATION", proposedOrgName: "Duplicate of existing" });
    const organizationsBefore = await db().organization.count();

    expect(await serviceOutcome(approve(admin, approval(application.id, { organizationResolution: "merge", mergeOrganizationId: archived.id })))).toEqual({
      ok: false,
      fields: { mergeOrganizationId: "unknownOrganization" },
    });
    expect(approveApplicationSchema.safeParse({ applicationId: application.id, role: "MEMBER", organizationResolution: "merge" }).success).toBe(false);
    expect(await db().membershipApplication.findUniqueOrThrow({ where: { id: application.id } })).toMatchObject({ status: "PENDING" });

    await approve(admin, approval(application.id, { organizationResolution: "merge", mergeOrganizationId: existing.id }));

    expect(await db().organization.count()).toBe(organizationsBefore);
    expect(await db().organizationMembership.findMany({ where: { userId: user.id } })).toEqual([
      expect.objectContaining({ organizationId: existing.id, role: "MEMBER" }),
    ]);
  });

  it("adds an applicant for an existing organization as a member unless made representative", async () => {
    const admin = await adminViewer();
    const organization = await createOrganization(db());
    const { user, application } = await pendingApplication({ kind: "ORGANIZATION", organizationId: organization.id });
    await approve(admin, approval(application.id));
    expect(await db().organizationMembership.findUniqueOrThrow({ where: { organizationId_userId: { organizationId: organization.id, userId: user.id } } })).toMatchObject({
      role: "MEMBER",
    });
  });
});

describe("rejecting and asking for more information", () => {
  it("rejects with a reason: the account closes, its sessions end, the reason is recorded and emailed in the applicant's language", async () => {
    const admin = await adminViewer();
    const { user, application } = await pendingApplication({ locale: "fr" });
    await registerSession(user.id, null, 3600);
    expect(rejectApplicationSchema.safeParse({ applicationId: application.id, reason: "   " }).success).toBe(false);

    await reject(admin, rejectApplicationSchema.parse({ applicationId: application.id, reason: "Nous ne travaillons pas encore dans ce domaine." }));

    expect(await db().user.findUniqueOrThrow({ where: { id: user.id } })).toMatchObject({ status: "REJECTED" });
    expect(await db().session.count({ where: { userId: user.id } })).toBe(0);
    expect(await db().membershipApplication.findUniqueOrThrow({ where: { id: application.id } })).toMatchObject({
      status: "REJECTED",
      decisionReason: "Nous ne travaillons pas encore dans ce domaine.",
      decidedById: admin.id,
    });
    expect(await db().auditLog.findFirstOrThrow({ where: { action: "application.rejected" } })).toMatchObject({
      actorId: admin.id,
      targetId: application.id,
      reason: "Nous ne travaillons pas encore dans ce domaine.",
    });
    const email = await db().outboxEmail.findFirstOrThrow({ where: { to: user.email } });
    expect(email).toMatchObject({ template: "application.rejected", locale: "fr" });
    expect(email.text).toContain("Nous ne travaillons pas encore dans ce domaine.");
    expect(email.text).not.toMatch(/PRIVATE|WORK-DESCRIPTION/);
  });

  it("asks a question: the application leaves the queue, the applicant is emailed, and their answer brings it back", async () => {
    const admin = await adminViewer();
    const { user, application } = await pendingApplication({ locale: "es" });
    expect(requestMoreInfoSchema.safeParse({ applicationId: application.id, message: "" }).success).toBe(false);

    await requestMoreInfo(admin, { applicationId: application.id, message: "¿Qué prisiones visita?" });

    expect(await db().membershipApplication.findUniqueOrThrow({ where: { id: application.id } })).toMatchObject({ status: "MORE_INFO_REQUESTED", infoRequest: "¿Qué prisiones visita?" });
    expect(await db().user.findUniqueOrThrow({ where: { id: user.id } })).toMatchObject({ status: "MORE_INFO_REQUESTED" });
    expect(await db().auditLog.findFirstOrThrow({ where: { action: "application.more-info-requested" } })).toMatchObject({ actorId: admin.id, targetId: application.id });
    const email = await db().outboxEmail.findFirstOrThrow({ where: { to: user.email } });
    expect(email).toMatchObject({ template: "application.more-info", locale: "es" });
    expect(email.text).toContain("¿Qué prisiones visita?");
    expect(email.text).toContain("https://network.example.org/application");
    expect((await reviewQueue(admin, reviewQueueFilterSchema.parse({}))).total).toBe(0);

    await resubmitOwnApplication(await viewerFor(user.id), { workDescription: "Langata, monthly.", vouchedBy: null, proposedOrgName: null, proposedOrgWebsite: null, proposedOrgCountryCode: null });
    expect((await reviewQueue(admin, reviewQueueFilterSchema.parse({}))).rows.map((row) => row.id)).toEqual([application.id]);
  });
});

describe("double decisions", () => {
  it("decides an application once: a second decision, or one on an application not waiting, is a CONFLICT that changes nothing", async () => {
    const admin = await adminViewer();
    const other = await adminViewer();
    const { application } = await pendingApplication();
    await approve(admin, approval(application.id));
    const after = await membershipCounts();

    expect(await code(reject(other, { applicationId: application.id, reason: "Too late" }))).toBe("CONFLICT");
    expect(await code(approve(other, approval(application.id, { role: "ADMIN" })))).toBe("CONFLICT");
    expect(await code(requestMoreInfo(other, { applicationId: application.id, message: "?" }))).toBe("CONFLICT");
    expect(await membershipCounts()).toEqual(after);

    const { application: asked } = await pendingApplication({ status: "MORE_INFO_REQUESTED" });
    expect(await code(approve(admin, approval(asked.id)))).toBe("CONFLICT");
    expect(await code(approve(admin, approval("no-such-application")))).toBe("NOT_FOUND");
  });

  it("lets exactly one of two simultaneous decisions through", async () => {
    const [first, second] = [await adminViewer(), await adminViewer()];
    const { user, application } = await pendingApplication();

    const outcomes = await Promise.all([
      code(approve(first, approval(application.id))),
      code(reject(second, { applicationId: application.id, reason: "No" })),
    ]);

    expect(outcomes.sort()).toEqual(["CONFLICT", "ok"]);
    expect(await db().auditLog.count({ where: { targetId: application.id } })).toBe(1);
    expect(await db().outboxEmail.count({ where: { to: user.email } })).toBe(1);
  });
});
