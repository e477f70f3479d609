import "server-only";
import { insertApplicant, type ApplicantRecord } from "@/lib/applications/mutations";
import { writeAudit } from "@/lib/audit/mutations";
import { db, isUniqueViolation } from "@/lib/db";
import { AppError } from "@/lib/errors";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { MemberRole, OrganizationRole } from "@/lib/generated/prisma/enums";
import { queueEmail } from "@/lib/mail/mutations";
import { notifyApplicationReady } from "@/lib/notifications/mutations";
import { newProfileHandle } from "@/lib/profiles/schema";

type Tx = Prisma.TransactionClient;

export type NewInvitation = {
  email: string;
  tokenHash: string;
  invitedById: string;
  organizationId: string | null;
  preApproved: boolean;
  role: MemberRole;
  organizationRole: OrganizationRole;
  locale: string;
  expiresAt: Date;
};

/**
 * Stores an invitation (its token's hash only), records it, and emails the link, in one transaction.
 * The database holds one open invitation per address and scope (index "Invitation_open_email_key"), so of
 * two concurrent sends one gets "already-invited". Expired ones are closed first, at the moment they expired,
 * so they still read as expired.
 */
export async function createInvitation(
  invitation: NewInvitation,
  email: { url: string; inviterName: string; organizationName: string | null; expiresDays: number },
): Promise<"created" | "already-invited"> {
  try {
    await db().$transaction(async (tx) => {
      await closeExpiredInvitations(tx, invitation.email, invitation.organizationId);
      await insertInvitation(tx, invitation, email);
    });
    return "created";
  } catch (error) {
    if (isUniqueViolation(error)) return "already-invited";
    throw error;
  }
}

async function closeExpiredInvitations(tx: Tx, email: string, organizationId: string | null) {
  const expired = await tx.invitation.findMany({
    where: { email: { equals: email, mode: "insensitive" }, organizationId, acceptedAt: null, revokedAt: null, expiresAt: { lte: new Date() } },
    select: { id: true, expiresAt: true },
  });
  for (const { id, expiresAt } of expired) await tx.invitation.update({ where: { id }, data: { revokedAt: expiresAt } });
}

async function insertInvitation(tx: Tx, invitation: NewInvitation, email: { url: string; inviterName: string; organizationName: string | null; expiresDays: number }) {
  const created = await tx.invitation.create({ data: invitation, select: { id: true } });
  await writeAudit(tx, {
    actorId: invitation.invitedById,
    action: "invitation.created",
    targetType: "Invitation",
    targetId: created.id,
    metadata: { organizationId: invitation.organizationId, preApproved: invitation.preApproved, role: invitation.role, organizationRole: invitation.organizationRole },
  });
  await queueEmail(tx, {
    to: invitation.email,
    locale: invitation.locale,
    template: "invitation",
    params: { inviterName: email.inviterName, organizationName: email.organizationName, url: email.url, expiresDays: email.expiresDays, preApproved: invitation.preApproved },
  });
}

/**
 * Revokes an invitation that is still open. `organizationId` limits it to one organization's invitations
 * (a representative's reach). Someone else acting first gets CONFLICT.
 */
export async function revokeInvitation(input: { invitationId: string; actorId: string; organizationId?: string }): Promise<void> {
  await db().$transaction(async (tx) => {
    const scope = { id: input.invitationId, ...(input.organizationId ? { organizationId: input.organizationId, preApproved: false } : {}) };
    const revoked = await tx.invitation.updateMany({ where: { ...scope, acceptedAt: null, revokedAt: null }, data: { revokedAt: new Date() } });
    if (revoked.count !== 1) throw new AppError((await tx.invitation.count({ where: scope })) ? "CONFLICT" : "NOT_FOUND");
    await writeAudit(tx, { actorId: input.actorId, action: "invitation.revoked", targetType: "Invitation", targetId: input.invitationId });
  });
}

/** Uses an invitation once: false when it was used, revoked or expired (or is not of the expected kind). */
async function claimInvitation(tx: Tx, tokenHash: string, preApproved: boolean, now: Date) {
  const claimed = await tx.invitation.updateMany({
    where: { tokenHash, preApproved, acceptedAt: null, revokedAt: null, expiresAt: { gt: now } },
    data: { acceptedAt: now },
  });
  if (claimed.count !== 1) return null;
  return tx.invitation.findUniqueOrThrow({ where: { tokenHash }, select: { id: true, email: true, role: true, organizationId: true, organizationRole: true, invitedById: true } });
}

export type AcceptOutcome = "accepted" | "unavailable" | "email-taken";

/**
 * Accepts an admin's pre-approved invitation: an ACTIVE member straight away (following the emailed link
 * verified the address), with the invitation's role and a profile; a member of the invitation's
 * organization if it names one.
 */
export async function acceptPreApprovedInvitation(
  tokenHash: string,
  person: { name: string; displayName: string; passwordHash: string; locale: string; countryCode: string; languages: string[]; livedExperience: string | null },
): Promise<AcceptOutcome> {
  try {
    return await db().$transaction(async (tx) => {
      const now = new Date();
      const invitation = await claimInvitation(tx, tokenHash, true, now);
      if (!invitation) return "unavailable";
      const user = await tx.user.create({
        data: {
          email: invitation.email,
          name: person.name,
          displayName: person.displayName,
          passwordHash: person.passwordHash,
          locale: person.locale,
          status: "ACTIVE",
          role: invitation.role,
          emailVerified: now,
          approvedAt: now,
          profile: {
            create: {
              countryCode: person.countryCode,
              handle: newProfileHandle(),
              languages: person.languages,
              livedExperience: person.livedExperience,
              livedExperienceVisibility: "ADMINS",
            },
          },
        },
        select: { id: true },
      });
      if (invitation.organizationId) await tx.organizationMembership.create({ data: { organizationId: invitation.organizationId, userId: user.id, role: invitation.organizationRole } });
      await writeAudit(tx, {
        actorId: user.id,
        action: "invitation.accepted",
        targetType: "Invitation",
        targetId: invitation.id,
        metadata: { userId: user.id, invitedById: invitation.invitedById, preApproved: true, role: invitation.role, organizationId: invitation.organizationId, organizationRole: invitation.organizationRole },
      });
      return "accepted";
    });
  } catch (error) {
    if (isUniqueViolation(error)) return "email-taken";
    throw error;
  }
}

/**
 * Accepts an invitation that still goes through review: the application enters the queue at once (the
 * link verified the address); the applicant and the admins are told.
 */
export async function acceptInvitationWithApplication(
  tokenHash: string,
  record: Omit<ApplicantRecord, "email">,
  links: { statusUrl: string; queueUrl: string },
): Promise<AcceptOutcome> {
  try {
    return await db().$transaction(async (tx) => {
      const now = new Date();
      const invitation = await claimInvitation(tx, tokenHash, false, now);
      if (!invitation) return "unavailable";
      const organization = invitation.organizationId ? ({ type: "existing", organizationId: invitation.organizationId } as const) : record.organization;
      const kind = invitation.organizationId ? "ORGANIZATION" : record.kind;
      const { userId, applicationId } = await insertApplicant(tx, { ...record, kind, organization, email: invitation.email }, { verifiedAt: now, invitationId: invitation.id });
      await writeAudit(tx, {
        actorId: userId,
        action: "invitation.accepted",
        targetType: "Invitation",
        targetId: invitation.id,
        metadata: { userId, applicationId, invitedById: invitation.invitedById, preApproved: false, organizationId: invitation.organizationId },
      });
      await queueEmail(tx, { to: invitation.email, locale: record.locale, template: "application.received", params: { name: record.displayName, statusUrl: links.statusUrl } });
      await notifyApplicationReady(tx);
      return "accepted";
    });
  } catch (error) {
    if (isUniqueViolation(error)) return "email-taken";
    throw error;
  }
}
