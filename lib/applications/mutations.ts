import "server-only";
import { refreshProfileSearch } from "@/lib/profiles/mutations";
import { writeAudit } from "@/lib/audit/mutations";
import { db, isUniqueViolation } from "@/lib/db";
import { AppError } from "@/lib/errors";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { ApplicationKind, MemberRole } from "@/lib/generated/prisma/enums";
import { queueEmail } from "@/lib/mail/mutations";
import { notifyApplicationReady } from "@/lib/notifications/mutations";
import { erasePersonWithin } from "@/lib/members/mutations";
import { createOrganization, findMergeTarget, setOrganizationMembership } from "@/lib/organizations/mutations";
import { newProfileHandle } from "@/lib/profiles/schema";
import { DEFAULT_REAPPLY_MONTHS, type OrganizationSelection, type UpdateApplicationInput } from "./schema";

type Tx = Prisma.TransactionClient;

/** The person and the answers of a new application, ready to store. */
export type ApplicantRecord = {
  name: string;
  displayName: string;
  email: string;
  passwordHash: string;
  locale: string;
  kind: ApplicationKind;
  countryCode: string;
  organization: OrganizationSelection;
  languages: string[];
  workDescription: string;
  vouchedBy: string | null;
  livedExperience: string | null;
};

/** Absolute links the emails of these steps carry. */
export type ApplicationLinks = { statusUrl: string; queueUrl: string };

function organizationColumns(organization: OrganizationSelection) {
  switch (organization.type) {
    case "existing":
      return { organizationId: organization.organizationId };
    case "proposed":
      return { proposedOrgName: organization.name, proposedOrgWebsite: organization.website, proposedOrgCountryCode: organization.countryCode };
    default:
      return {};
  }
}

/** An application's columns from the applicant's answers. */
function applicationRow(userId: string, record: ApplicantRecord, status: "PENDING" | "UNVERIFIED", options: { verifiedAt: Date | null; invitationId?: string }, now: Date) {
  return {
    userId,
    kind: record.kind,
    status,
    countryCode: record.countryCode,
    ...organizationColumns(record.organization),
    languages: record.languages,
    workDescription: record.workDescription,
    vouchedBy: record.vouchedBy,
    livedExperience: record.livedExperience,
    consentedAt: now,
    invitationId: options.invitationId ?? null,
    submittedAt: options.verifiedAt,
  };
}

/**
 * Inserts the user and their application. `verified`: the address is already proven (an invitation link),
 * so both go straight to PENDING and into the queue; otherwise both wait, UNVERIFIED, for the email link.
 */
export async function insertApplicant(tx: Tx, record: ApplicantRecord, options: { verifiedAt: Date | null; invitationId?: string }) {
  const now = new Date();
  const status = options.verifiedAt ? "PENDING" : "UNVERIFIED";
  const user = await tx.user.create({
    data: {
      name: record.name,
      displayName: record.displayName,
      email: record.email,
      passwordHash: record.passwordHash,
      locale: record.locale,
      status,
      emailVerified: options.verifiedAt,
    },
    select: { id: true },
  });
  const application = await tx.membershipApplication.create({ data: applicationRow(user.id, record, status, options, now), select: { id: true } });
  return { userId: user.id, applicationId: application.id };
}

/** A new, unverified application and the link that confirms its address, in one transaction. */
export async function createUnverifiedApplication(
  record: ApplicantRecord,
  verification: { tokenHash: string; expiresAt: Date; url: string },
): Promise<"created" | "email-taken"> {
  try {
    await db().$transaction(async (tx) => {
      const { userId } = await insertApplicant(tx, record, { verifiedAt: null });
      await tx.authToken.create({ data: { userId, purpose: "VERIFY_EMAIL", tokenHash: verification.tokenHash, expiresAt: verification.expiresAt } });
      await queueEmail(tx, {
        to: record.email,
        locale: record.locale,
        template: "application.verify-email",
        params: { name: record.displayName, url: verification.url },
      });
    });
    return "created";
  } catch (error) {
    // Another request registered the address a moment ago: treated like any registered address.
    if (isUniqueViolation(error)) return "email-taken";
    throw error;
  }
}

/**
 * A rejected person applies again once their waiting period is over: the account becomes an unconfirmed applicant
 * with the new answers (the rejected application stays, for the reviewers), and the address gets a confirmation
 * link, as a newcomer's would. False when the account is no longer rejected (another request came first).
 */
export async function reopenRejectedApplicant(userId: string, record: ApplicantRecord, verification: { tokenHash: string; expiresAt: Date; url: string }): Promise<boolean> {
  return db().$transaction(async (tx) => {
    const now = new Date();
    const reopened = await tx.user.updateMany({
      where: { id: userId, status: "REJECTED" },
      data: { status: "UNVERIFIED", name: record.name, displayName: record.displayName, passwordHash: record.passwordHash, locale: record.locale },
    });
    if (reopened.count !== 1) return false;
    const application = await tx.membershipApplication.create({ data: applicationRow(userId, record, "UNVERIFIED", { verifiedAt: null }, now), select: { id: true } });
    await tx.authToken.create({ data: { userId, purpose: "VERIFY_EMAIL", tokenHash: verification.tokenHash, expiresAt: verification.expiresAt } });
    await writeAudit(tx, { actorId: null, action: "application.reapplied", targetType: "MembershipApplication", targetId: application.id, metadata: { userId } });
    await queueEmail(tx, { to: record.email, locale: record.locale, template: "application.verify-email", params: { name: record.displayName, url: verification.url } });
    return true;
  });
}

/** Admins set how long a rejected applicant waits before applying again; a change is on the record. */
export async function setReapplyMonths(actorId: string, months: number): Promise<void> {
  await db().$transaction(async (tx) => {
    const before = await tx.membershipSettings.findUnique({ where: { id: 1 }, select: { reapplyAfterMonths: true } });
    const from = before?.reapplyAfterMonths ?? DEFAULT_REAPPLY_MONTHS;
    if (from === months && before) return;
    await tx.membershipSettings.upsert({ where: { id: 1 }, create: { id: 1, reapplyAfterMonths: months, updatedById: actorId }, update: { reapplyAfterMonths: months, updatedById: actorId } });
    await writeAudit(tx, { actorId, action: "membership.reapply-period-changed", targetType: "MembershipSettings", targetId: "1", metadata: { from, to: months } });
  });
}

/** A fresh confirmation link for an application whose address was never confirmed (the first was lost). */
export async function resendVerification(
  userId: string,
  contact: { email: string; locale: string | null; displayName: string | null },
  verification: { tokenHash: string; expiresAt: Date; url: string },
): Promise<void> {
  await db().$transaction(async (tx) => {
    await tx.authToken.create({ data: { userId, purpose: "VERIFY_EMAIL", tokenHash: verification.tokenHash, expiresAt: verification.expiresAt } });
    await queueEmail(tx, {
      to: contact.email,
      locale: contact.locale,
      template: "application.verify-email",
      params: { name: contact.displayName ?? "", url: verification.url },
    });
  });
}

export type ConfirmEmailResult = "confirmed" | "used" | "expired" | "invalid";

/**
 * Uses a VERIFY_EMAIL token, once: the address is verified and the application enters the queue; admins
 * and the applicant are told. A token that another request used first reports "used".
 */
export async function confirmApplicationEmail(tokenHash: string, links: ApplicationLinks, now = new Date()): Promise<ConfirmEmailResult> {
  return db().$transaction(async (tx) => {
    const token = await tx.authToken.findUnique({ where: { tokenHash }, select: { id: true, userId: true, purpose: true, usedAt: true, expiresAt: true } });
    if (!token || token.purpose !== "VERIFY_EMAIL") return "invalid";
    if (token.usedAt) return "used";
    if (token.expiresAt <= now) return "expired";
    const used = await tx.authToken.updateMany({ where: { id: token.id, usedAt: null }, data: { usedAt: now } });
    if (used.count !== 1) return "used";

    const user = await tx.user.updateMany({ where: { id: token.userId, status: "UNVERIFIED" }, data: { status: "PENDING", emailVerified: now } });
    const application = await tx.membershipApplication.updateMany({
      where: { userId: token.userId, status: "UNVERIFIED" },
      data: { status: "PENDING", submittedAt: now },
    });
    // Any other VERIFY_EMAIL link of this person is spent too.
    await tx.authToken.updateMany({ where: { userId: token.userId, purpose: "VERIFY_EMAIL", usedAt: null }, data: { usedAt: now } });
    if (user.count !== 1 || application.count !== 1) return "used";

    const contact = await tx.user.findUniqueOrThrow({ where: { id: token.userId }, select: { email: true, locale: true, displayName: true } });
    await queueEmail(tx, { to: contact.email, locale: contact.locale, template: "application.received", params: { name: contact.displayName ?? "", statusUrl: links.statusUrl } });
    await notifyApplicationReady(tx);
    return "confirmed";
  });
}

/** The applicant's answer to a request for more information: the application goes back to the queue. */
export async function resubmitApplication(userId: string, input: UpdateApplicationInput): Promise<void> {
  await db().$transaction(async (tx) => {
    const application = await tx.membershipApplication.findFirst({
      where: { userId, status: "MORE_INFO_REQUESTED" },
      select: { id: true, proposedOrgName: true, organizationId: true, kind: true },
    });
    if (!application) throw new AppError("CONFLICT");
    const proposesOrganization = application.kind === "ORGANIZATION" && !application.organizationId && application.proposedOrgName !== null;
    const updated = await tx.membershipApplication.updateMany({
      where: { id: application.id, status: "MORE_INFO_REQUESTED" },
      data: {
        status: "PENDING",
        workDescription: input.workDescription,
        vouchedBy: input.vouchedBy,
        ...(proposesOrganization
          ? {
              proposedOrgName: input.proposedOrgName ?? application.proposedOrgName,
              proposedOrgWebsite: input.proposedOrgWebsite,
              ...(input.proposedOrgCountryCode ? { proposedOrgCountryCode: input.proposedOrgCountryCode } : {}),
            }
          : {}),
      },
    });
    if (updated.count !== 1) throw new AppError("CONFLICT");
    await tx.user.updateMany({ where: { id: userId, status: "MORE_INFO_REQUESTED" }, data: { status: "PENDING" } });
    await writeAudit(tx, { actorId: userId, action: "application.resubmitted", targetType: "MembershipApplication", targetId: application.id });
    await notifyApplicationReady(tx);
  });
}

/**
 * Withdraws the applicant's open application and erases them (lib/members `erasePersonWithin`): an applicant
 * is referred to by nothing else, so the user row goes too, with the application, tokens and sessions. The
 * audit entries keep no personal data.
 */
export async function withdrawApplication(userId: string): Promise<boolean> {
  return db().$transaction(async (tx) => {
    const application = await tx.membershipApplication.findFirst({
      where: { userId, status: { in: ["UNVERIFIED", "PENDING", "MORE_INFO_REQUESTED"] } },
      select: { id: true, kind: true, status: true },
    });
    const user = await tx.user.findUnique({ where: { id: userId }, select: { status: true } });
    if (!application || !user || !["UNVERIFIED", "PENDING", "MORE_INFO_REQUESTED"].includes(user.status)) return false;
    await writeAudit(tx, {
      actorId: null,
      action: "application.withdrawn",
      targetType: "MembershipApplication",
      targetId: application.id,
      metadata: { kind: application.kind, previousStatus: application.status, personalDataDeleted: true },
    });
    await erasePersonWithin(tx, userId, { reason: "application-withdrawn", actorId: null });
    return true;
  });
}

// Decisions ------------------------------------------------------------------------------------------------

type Decision = { applicationId: string; actorId: string };

/**
 * Claims a PENDING application for a decision: the conditional update locks the row, so of two reviewers
 * deciding at once exactly one wins and the other gets CONFLICT.
 */
async function claimPending(tx: Tx, applicationId: string, data: Prisma.MembershipApplicationUpdateManyMutationInput) {
  const claimed = await tx.membershipApplication.updateMany({ where: { id: applicationId, status: "PENDING" }, data });
  if (claimed.count === 1) return;
  const exists = await tx.membershipApplication.count({ where: { id: applicationId } });
  throw new AppError(exists ? "CONFLICT" : "NOT_FOUND");
}

async function applicantOf(tx: Tx, applicationId: string) {
  return tx.membershipApplication.findUniqueOrThrow({
    where: { id: applicationId },
    select: {
      id: true,
      kind: true,
      userId: true,
      countryCode: true,
      languages: true,
      livedExperience: true,
      organizationId: true,
      proposedOrgName: true,
      proposedOrgWebsite: true,
      proposedOrgCountryCode: true,
      user: { select: { email: true, locale: true, displayName: true, name: true } },
    },
  });
}

export type ApprovalInput = Decision & {
  role: MemberRole;
  representative: boolean;
  organizationResolution?: "create" | "merge";
  mergeOrganizationId?: string | null;
  signInUrl: string;
};

/**
 * Approves: the user becomes an ACTIVE member with the chosen role and a profile made from the application
 * (lived experience visible to admins only); an organization application makes them a member or the
 * representative of the organization, which is created from the proposal or merged into an existing one.
 */
export async function approveApplication(input: ApprovalInput): Promise<{ userId: string; organizationId: string | null }> {
  return db().$transaction(async (tx) => {
    const now = new Date();
    await claimPending(tx, input.applicationId, { status: "APPROVED", decidedAt: now, decidedById: input.actorId });
    const application = await applicantOf(tx, input.applicationId);

    let organizationId = application.kind === "ORGANIZATION" ? application.organizationId : null;
    let organizationOutcome: "existing" | "created" | "merged" | "none" = organizationId ? "existing" : "none";
    if (application.kind === "ORGANIZATION" && !organizationId && application.proposedOrgName) {
      if (input.organizationResolution === "merge") {
        const target = await findMergeTarget(tx, input.mergeOrganizationId);
        if (!target) throw new AppError("VALIDATION");
        organizationId = target.id;
        organizationOutcome = "merged";
      } else {
        organizationId = (
          await createOrganization(tx, {
            name: application.proposedOrgName,
            website: application.proposedOrgWebsite,
            countryCode: application.proposedOrgCountryCode ?? application.countryCode,
          })
        ).id;
        organizationOutcome = "created";
      }
      await tx.membershipApplication.update({ where: { id: application.id }, data: { organizationId } });
    }

    await tx.user.update({ where: { id: application.userId }, data: { status: "ACTIVE", role: input.role, approvedAt: now, suspendedAt: null } });
    const profile = { countryCode: application.countryCode, languages: application.languages, livedExperience: application.livedExperience, livedExperienceVisibility: "ADMINS" as const };
    await tx.advocateProfile.upsert({ where: { userId: application.userId }, create: { userId: application.userId, handle: newProfileHandle(), ...profile }, update: profile });
    await refreshProfileSearch(tx, application.userId);
    const representative = organizationId !== null && input.representative;
    if (organizationId) {
      await setOrganizationMembership(tx, organizationId, application.userId, representative ? "REPRESENTATIVE" : "MEMBER");
    }

    await writeAudit(tx, {
      actorId: input.actorId,
      action: "application.approved",
      targetType: "MembershipApplication",
      targetId: application.id,
      metadata: { userId: application.userId, kind: application.kind, role: input.role, organizationId, organization: organizationOutcome, representative },
    });
    await queueEmail(tx, {
      to: application.user.email,
      locale: application.user.locale,
      template: "application.approved",
      params: { name: application.user.displayName ?? application.user.name ?? "", signInUrl: input.signInUrl },
    });
    return { userId: application.userId, organizationId };
  });
}

/** Rejects, with the reason the applicant is told; their account closes and any session ends. */
export async function rejectApplication(input: Decision & { reason: string }): Promise<void> {
  await db().$transaction(async (tx) => {
    const now = new Date();
    await claimPending(tx, input.applicationId, { status: "REJECTED", decisionReason: input.reason, decidedAt: now, decidedById: input.actorId });
    const application = await applicantOf(tx, input.applicationId);
    await tx.user.update({ where: { id: application.userId }, data: { status: "REJECTED" } });
    await tx.session.deleteMany({ where: { userId: application.userId } });
    await writeAudit(tx, {
      actorId: input.actorId,
      action: "application.rejected",
      targetType: "MembershipApplication",
      targetId: application.id,
      reason: input.reason,
      metadata: { userId: application.userId, kind: application.kind },
    });
    await queueEmail(tx, {
      to: application.user.email,
      locale: application.user.locale,
      template: "application.rejected",
      params: { name: application.user.displayName ?? application.user.name ?? "", reason: input.reason },
    });
  });
}

/** Asks the applicant for more information; the application leaves the queue until they answer. */
export async function requestMoreInformation(input: Decision & { message: string; statusUrl: string }): Promise<void> {
  await db().$transaction(async (tx) => {
    await claimPending(tx, input.applicationId, { status: "MORE_INFO_REQUESTED", infoRequest: input.message });
    const application = await applicantOf(tx, input.applicationId);
    await tx.user.update({ where: { id: application.userId }, data: { status: "MORE_INFO_REQUESTED" } });
    await writeAudit(tx, {
      actorId: input.actorId,
      action: "application.more-info-requested",
      targetType: "MembershipApplication",
      targetId: application.id,
      reason: input.message,
      metadata: { userId: application.userId, kind: application.kind },
    });
    await queueEmail(tx, {
      to: application.user.email,
      locale: application.user.locale,
      template: "application.more-info",
      params: { name: application.user.displayName ?? application.user.name ?? "", message: input.message, url: input.statusUrl },
    });
  });
}

// Abuse ------------------------------------------------------------------------------------------------

/** How often the owner of an address is told that someone applied with it (one notice a day is enough). */
const APPLY_ATTEMPT_NOTICE_HOURS = 24;

/**
 * Someone applied with an address that already has an account: its owner is told (the visitor is not), at most
 * once a day, and the notice is on the record (`application.address-in-use`, the account as target).
 */
export async function noticeApplyAttempt(
  account: { id: string; email: string; locale: string | null },
  notice: { template: "account.apply-attempt"; params: { signInUrl: string } } | { template: "account.reapply-later"; params: { from: Date } },
  now = new Date(),
): Promise<void> {
  await db().$transaction(async (tx) => {
    // One notice per account at a time, even when two attempts arrive together.
    await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtextextended(${`apply-attempt:${account.id}`}, 0))`;
    const since = new Date(now.getTime() - APPLY_ATTEMPT_NOTICE_HOURS * 3_600_000);
    if (await tx.auditLog.count({ where: { action: "application.address-in-use", targetType: "User", targetId: account.id, createdAt: { gte: since } } })) return;
    await writeAudit(tx, { actorId: null, action: "application.address-in-use", targetType: "User", targetId: account.id });
    await queueEmail(tx, { to: account.email, locale: account.locale, ...notice });
  });
}
