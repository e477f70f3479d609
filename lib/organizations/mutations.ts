import "server-only";
import { writeAudit } from "@/lib/audit/mutations";
import { db, isUniqueViolation } from "@/lib/db";
import { AppError } from "@/lib/errors";
import type { ProcessedImage } from "@/lib/files/images";
import { deleteStoredFile, storeImage } from "@/lib/files/mutations";
import type { Prisma } from "@/lib/generated/prisma/client";
import { firstFreeSlug, slugify } from "./format";
import type { EditOrganizationInput } from "./schema";

// Writes to organizations. The first ones run inside the caller's transaction (approving an organization
// application creates or merges one in the same transaction as the approval); the others are whole changes,
// each one transaction that re-reads what it depends on and refuses, changing nothing, when it moved.

type Tx = Prisma.TransactionClient;

export type OrganizationProposal = { name: string; website: string | null; countryCode: string };

/** Creates an active organization from a proposal, with the first free slug made from its name. */
export async function createOrganization(tx: Tx, proposal: OrganizationProposal): Promise<{ id: string }> {
  const base = slugify(proposal.name);
  const taken = await tx.organization.findMany({ where: { slug: { startsWith: base } }, select: { slug: true } });
  return tx.organization.create({
    data: {
      name: proposal.name,
      website: proposal.website,
      countryCode: proposal.countryCode,
      status: "ACTIVE",
      slug: firstFreeSlug(base, taken.map((row) => row.slug)),
    },
    select: { id: true },
  });
}

/** The active organization a proposal is merged into, read in the transaction; null if there is none. */
export function findMergeTarget(tx: Tx, organizationId: string | null | undefined): Promise<{ id: string } | null> {
  return tx.organization.findFirst({ where: { id: organizationId ?? "", status: "ACTIVE" }, select: { id: true } });
}

/** Makes the user a member, or the representative, of the organization (once; a second call sets the role). */
export async function setOrganizationMembership(tx: Tx, organizationId: string, userId: string, role: "MEMBER" | "REPRESENTATIVE"): Promise<void> {
  await tx.organizationMembership.upsert({
    where: { organizationId_userId: { organizationId, userId } },
    create: { organizationId, userId, role },
    update: { role },
  });
}

const refused = (key: string, code = "CONFLICT") => new AppError(code, { messageKey: `OrganizationErrors.${key}` });

/**
 * Locks the organization's row for the rest of the transaction, so changes of its memberships (join, leave,
 * roles, merge) happen one after another and a check such as "another representative remains" stays true
 * until the change commits. Returns its status, or null when it does not exist.
 */
async function lockOrganization(tx: Tx, organizationId: string): Promise<{ status: string; mergedIntoId: string | null } | null> {
  const rows = await tx.$queryRaw<{ status: string; mergedIntoId: string | null }[]>`
    SELECT "status"::text AS "status", "mergedIntoId" FROM "Organization" WHERE "id" = ${organizationId} FOR UPDATE`;
  return rows[0] ?? null;
}

/** Whether the actor may still manage the organization, as the database has it now (role or representative). */
async function stillManages(tx: Tx, actorId: string, organizationId: string): Promise<boolean> {
  const actor = await tx.user.findUnique({
    where: { id: actorId },
    select: { status: true, role: true, organizations: { where: { organizationId, role: "REPRESENTATIVE" }, select: { userId: true } } },
  });
  return actor?.status === "ACTIVE" && (actor.role === "ADMIN" || actor.organizations.length > 0);
}

/** Saves the edit form in one transaction: details, countries of work and areas, with an audit entry. */
export async function updateOrganizationDetails(actorId: string, input: EditOrganizationInput, changedFields: string[]): Promise<void> {
  const { organizationId, workCountries, ...details } = input;
  await db().$transaction(async (tx) => {
    const organization = await lockOrganization(tx, organizationId);
    if (!organization || organization.status === "ARCHIVED") throw refused("archived");
    if (!(await stillManages(tx, actorId, organizationId))) throw new AppError("FORBIDDEN");
    await tx.organization.update({ where: { id: organizationId }, data: details });
    await tx.organizationCountry.deleteMany({ where: { organizationId, countryCode: { notIn: workCountries } } });
    await tx.organizationCountry.createMany({ data: workCountries.map((countryCode) => ({ organizationId, countryCode })), skipDuplicates: true });
    await writeAudit(tx, { actorId, action: "organization.updated", targetType: "Organization", targetId: organizationId, metadata: { fields: changedFields } });
  });
}

/** Replaces the logo (or removes it, with null) and deletes the old file, in one transaction. */
export async function replaceOrganizationLogo(actorId: string, organizationId: string, image: ProcessedImage | null): Promise<void> {
  await db().$transaction(async (tx) => {
    const organization = await lockOrganization(tx, organizationId);
    if (!organization || organization.status === "ARCHIVED") throw refused("archived");
    if (!(await stillManages(tx, actorId, organizationId))) throw new AppError("FORBIDDEN");
    const current = await tx.organization.findUniqueOrThrow({ where: { id: organizationId }, select: { logoId: true } });
    const logoId = image ? await storeImage(tx, image, "ORGANIZATION_LOGO") : null;
    await tx.organization.update({ where: { id: organizationId }, data: { logoId } });
    if (current.logoId) await deleteStoredFile(tx, current.logoId);
    await writeAudit(tx, { actorId, action: image ? "organization.logo-replaced" : "organization.logo-removed", targetType: "Organization", targetId: organizationId });
  });
}

/** A member asks to join: refused when she already belongs or already asked (one open request, by index too). */
export async function createJoinRequest(userId: string, organizationId: string, message: string | null): Promise<{ id: string }> {
  try {
    return await db().$transaction(async (tx) => {
      const organization = await lockOrganization(tx, organizationId);
      if (!organization || organization.status !== "ACTIVE") throw refused("notOpen", "NOT_FOUND");
      const member = await tx.organizationMembership.findUnique({ where: { organizationId_userId: { organizationId, userId } }, select: { role: true } });
      if (member) throw refused("alreadyMember");
      const request = await tx.organizationJoinRequest.create({ data: { organizationId, userId, message }, select: { id: true } });
      await writeAudit(tx, { actorId: userId, action: "organization.join-requested", targetType: "Organization", targetId: organizationId, metadata: { requestId: request.id } });
      return request;
    });
  } catch (error) {
    if (isUniqueViolation(error)) throw refused("alreadyRequested");
    throw error;
  }
}

/** The member takes back her own pending request; refused when it was decided meanwhile. */
export async function withdrawJoinRequest(userId: string, requestId: string): Promise<void> {
  await db().$transaction(async (tx) => {
    const { count } = await tx.organizationJoinRequest.updateMany({ where: { id: requestId, userId, status: "PENDING" }, data: { status: "WITHDRAWN", decidedAt: new Date() } });
    if (count === 0) throw refused("requestClosed");
    await writeAudit(tx, { actorId: userId, action: "organization.join-withdrawn", targetType: "OrganizationJoinRequest", targetId: requestId });
  });
}

/**
 * A representative's (or an admin's) decision. Claimed with a conditional update, so of two decisions at
 * once only the first counts; refused, changing nothing, when the request was withdrawn or decided meanwhile,
 * when the requester is no longer an active member, or when the decider no longer manages the organization.
 */
export async function decideJoinRequest(actorId: string, requestId: string, decision: "accept" | "decline"): Promise<{ organizationId: string; userId: string }> {
  return db().$transaction(async (tx) => {
    const request = await tx.organizationJoinRequest.findUnique({ where: { id: requestId }, select: { organizationId: true, userId: true, user: { select: { status: true } } } });
    if (!request) throw new AppError("NOT_FOUND");
    const organization = await lockOrganization(tx, request.organizationId);
    if (!organization || organization.status !== "ACTIVE") throw refused("notOpen");
    if (!(await stillManages(tx, actorId, request.organizationId))) throw new AppError("FORBIDDEN");
    if (decision === "accept" && request.user.status !== "ACTIVE") throw refused("requesterInactive");
    const status = decision === "accept" ? "ACCEPTED" : "DECLINED";
    const { count } = await tx.organizationJoinRequest.updateMany({ where: { id: requestId, status: "PENDING" }, data: { status, decidedAt: new Date(), decidedById: actorId } });
    if (count === 0) throw refused("requestClosed");
    if (decision === "accept") {
      await tx.organizationMembership.upsert({
        where: { organizationId_userId: { organizationId: request.organizationId, userId: request.userId } },
        create: { organizationId: request.organizationId, userId: request.userId, role: "MEMBER" },
        update: {},
      });
    }
    await writeAudit(tx, { actorId, action: `organization.join-${decision === "accept" ? "accepted" : "declined"}`, targetType: "OrganizationJoinRequest", targetId: requestId, metadata: { organizationId: request.organizationId, userId: request.userId } });
    return { organizationId: request.organizationId, userId: request.userId };
  });
}

/** Refuses to leave the organization without a representative while it still has other members. */
async function keepARepresentative(tx: Tx, organizationId: string, userId: string): Promise<void> {
  const [otherRepresentatives, otherMembers] = await Promise.all([
    tx.organizationMembership.count({ where: { organizationId, role: "REPRESENTATIVE", userId: { not: userId }, user: { status: "ACTIVE" } } }),
    tx.organizationMembership.count({ where: { organizationId, userId: { not: userId } } }),
  ]);
  if (otherRepresentatives === 0 && otherMembers > 0) throw refused("lastRepresentative");
}

/**
 * Ends a membership: the member leaving (actorId = userId) or a representative removing her. The last
 * representative cannot go while other members remain (the organization would be orphaned).
 */
export async function endMembership(actorId: string, organizationId: string, userId: string): Promise<void> {
  await db().$transaction(async (tx) => {
    if (!(await lockOrganization(tx, organizationId))) throw new AppError("NOT_FOUND");
    if (actorId !== userId && !(await stillManages(tx, actorId, organizationId))) throw new AppError("FORBIDDEN");
    const membership = await tx.organizationMembership.findUnique({ where: { organizationId_userId: { organizationId, userId } }, select: { role: true } });
    if (!membership) throw refused("notMember");
    if (membership.role === "REPRESENTATIVE") await keepARepresentative(tx, organizationId, userId);
    await tx.organizationMembership.delete({ where: { organizationId_userId: { organizationId, userId } } });
    await writeAudit(tx, { actorId, action: actorId === userId ? "organization.left" : "organization.member-removed", targetType: "Organization", targetId: organizationId, metadata: { userId } });
  });
}

/** Makes a member a representative, or a representative a member again (never the last one). */
export async function changeMembershipRole(actorId: string, organizationId: string, userId: string, role: "MEMBER" | "REPRESENTATIVE"): Promise<void> {
  await db().$transaction(async (tx) => {
    if (!(await lockOrganization(tx, organizationId))) throw new AppError("NOT_FOUND");
    if (!(await stillManages(tx, actorId, organizationId))) throw new AppError("FORBIDDEN");
    const membership = await tx.organizationMembership.findUnique({ where: { organizationId_userId: { organizationId, userId } }, select: { role: true } });
    if (!membership) throw refused("notMember");
    if (membership.role === role) return;
    if (role === "MEMBER") await keepARepresentative(tx, organizationId, userId);
    await tx.organizationMembership.update({ where: { organizationId_userId: { organizationId, userId } }, data: { role } });
    await writeAudit(tx, { actorId, action: "organization.role-changed", targetType: "Organization", targetId: organizationId, metadata: { userId, role } });
  });
}

/** An admin verifies a proposed organization: listed from now on. Refused when it is no longer proposed. */
export async function verifyOrganization(actorId: string, organizationId: string): Promise<void> {
  await db().$transaction(async (tx) => {
    const { count } = await tx.organization.updateMany({ where: { id: organizationId, status: "PROPOSED" }, data: { status: "ACTIVE", verifiedAt: new Date() } });
    if (count === 0) throw refused("notProposed");
    await writeAudit(tx, { actorId, action: "organization.verified", targetType: "Organization", targetId: organizationId });
  });
}

/**
 * An admin archives an organization: no longer listed nor open to requests (pending ones are declined);
 * its memberships are kept, but not shown, so it can be restored later.
 */
export async function archiveOrganization(actorId: string, organizationId: string): Promise<void> {
  await db().$transaction(async (tx) => {
    const organization = await lockOrganization(tx, organizationId);
    if (!organization) throw new AppError("NOT_FOUND");
    if (organization.status === "ARCHIVED") throw refused("archived");
    await tx.organization.update({ where: { id: organizationId }, data: { status: "ARCHIVED", archivedAt: new Date() } });
    await tx.organizationJoinRequest.updateMany({ where: { organizationId, status: "PENDING" }, data: { status: "DECLINED", decidedAt: new Date(), decidedById: actorId } });
    await writeAudit(tx, { actorId, action: "organization.archived", targetType: "Organization", targetId: organizationId });
  });
}

/**
 * An admin restores an archived organization: ACTIVE and listed again with its memberships as they were. An
 * admin's restoring is a decision to list it, so one archived while still proposed counts as verified from now.
 * A merged duplicate cannot be restored (its members moved to the organization it was merged into).
 */
export async function restoreOrganization(actorId: string, organizationId: string): Promise<void> {
  await db().$transaction(async (tx) => {
    const organization = await lockOrganization(tx, organizationId);
    if (!organization) throw new AppError("NOT_FOUND");
    if (organization.status !== "ARCHIVED") throw refused("notArchived");
    if (organization.mergedIntoId) throw refused("merged");
    const { verifiedAt } = await tx.organization.findUniqueOrThrow({ where: { id: organizationId }, select: { verifiedAt: true } });
    await tx.organization.update({ where: { id: organizationId }, data: { status: "ACTIVE", archivedAt: null, verifiedAt: verifiedAt ?? new Date() } });
    await writeAudit(tx, { actorId, action: "organization.restored", targetType: "Organization", targetId: organizationId });
  });
}

const ROLE_RANK = { MEMBER: 0, REPRESENTATIVE: 1 } as const;

/**
 * Merges a duplicate into the survivor in one transaction: memberships move (a member of both keeps the
 * higher role and her title), pending join requests, invitations and applications move (those the survivor
 * already has open are closed), countries of work and areas are merged, the logo, description and website
 * fill in what the survivor lacks. The duplicate is archived with mergedIntoId, so its address redirects.
 */
export async function mergeOrganizations(actorId: string, duplicateId: string, survivorId: string) {
  return db().$transaction(async (tx) => {
    // Locked in id order, so two merges of the same pair cannot deadlock.
    for (const id of [duplicateId, survivorId].sort()) {
      const organization = await lockOrganization(tx, id);
      if (!organization) throw new AppError("NOT_FOUND");
      if (organization.status === "ARCHIVED") throw refused("archived");
    }
    const [duplicate, survivor] = await Promise.all(
      [duplicateId, survivorId].map((id) =>
        tx.organization.findUniqueOrThrow({
          where: { id },
          select: { countryCode: true, areasOfWork: true, logoId: true, description: true, website: true, members: { select: { userId: true, role: true, title: true } }, workCountries: { select: { countryCode: true } } },
        }),
      ),
    );
    const survivorMembers = new Map(survivor!.members.map((member) => [member.userId, member]));
    for (const member of duplicate!.members) {
      const there = survivorMembers.get(member.userId);
      if (!there) {
        await tx.organizationMembership.create({ data: { organizationId: survivorId, userId: member.userId, role: member.role, title: member.title } });
      } else if (ROLE_RANK[member.role] > ROLE_RANK[there.role] || (!there.title && member.title)) {
        const role = ROLE_RANK[member.role] > ROLE_RANK[there.role] ? member.role : there.role;
        await tx.organizationMembership.update({ where: { organizationId_userId: { organizationId: survivorId, userId: member.userId } }, data: { role, title: there.title ?? member.title } });
      }
    }
    await tx.organizationMembership.deleteMany({ where: { organizationId: duplicateId } });

    // Open requests of people now in the survivor, or who asked it too, are closed; the rest move with history.
    const insiders = [...new Set([...survivorMembers.keys(), ...duplicate!.members.map((member) => member.userId)])];
    const askedSurvivor = (await tx.organizationJoinRequest.findMany({ where: { organizationId: survivorId, status: "PENDING" }, select: { userId: true } })).map((row) => row.userId);
    await tx.organizationJoinRequest.updateMany({
      where: { organizationId: duplicateId, status: "PENDING", userId: { in: [...insiders, ...askedSurvivor] } },
      data: { status: "WITHDRAWN", decidedAt: new Date(), decidedById: actorId },
    });
    const requests = await tx.organizationJoinRequest.updateMany({ where: { organizationId: duplicateId }, data: { organizationId: survivorId } });

    // An address with an open invitation to both keeps the survivor's (one open invitation per address and scope).
    const openToSurvivor = await tx.invitation.findMany({ where: { organizationId: survivorId, acceptedAt: null, revokedAt: null }, select: { email: true } });
    const openEmails = new Set(openToSurvivor.map((row) => row.email.toLowerCase()));
    const openToDuplicate = await tx.invitation.findMany({ where: { organizationId: duplicateId, acceptedAt: null, revokedAt: null }, select: { id: true, email: true } });
    const clashing = openToDuplicate.filter((row) => openEmails.has(row.email.toLowerCase())).map((row) => row.id);
    if (clashing.length) await tx.invitation.updateMany({ where: { id: { in: clashing } }, data: { revokedAt: new Date() } });
    const invitations = await tx.invitation.updateMany({ where: { organizationId: duplicateId }, data: { organizationId: survivorId } });
    const applications = await tx.membershipApplication.updateMany({ where: { organizationId: duplicateId }, data: { organizationId: survivorId } });

    const workCountries = [duplicate!.countryCode, ...duplicate!.workCountries.map((row) => row.countryCode)].filter((code) => code !== survivor!.countryCode);
    await tx.organizationCountry.createMany({ data: workCountries.map((countryCode) => ({ organizationId: survivorId, countryCode })), skipDuplicates: true });
    await tx.organization.update({
      where: { id: duplicateId },
      data: { status: "ARCHIVED", archivedAt: new Date(), mergedIntoId: survivorId, logoId: survivor!.logoId ? undefined : null },
    });
    await tx.organization.update({
      where: { id: survivorId },
      data: {
        areasOfWork: [...new Set([...survivor!.areasOfWork, ...duplicate!.areasOfWork])],
        ...(!survivor!.logoId && duplicate!.logoId ? { logoId: duplicate!.logoId } : {}),
        ...(!survivor!.description && duplicate!.description ? { description: duplicate!.description } : {}),
        ...(!survivor!.website && duplicate!.website ? { website: duplicate!.website } : {}),
      },
    });
    // Duplicates merged into this one earlier now point straight at the survivor (no chain of redirects).
    await tx.organization.updateMany({ where: { mergedIntoId: duplicateId }, data: { mergedIntoId: survivorId } });
    const moved = { members: duplicate!.members.length, joinRequests: requests.count, invitations: invitations.count, applications: applications.count };
    await writeAudit(tx, { actorId, action: "organization.merged", targetType: "Organization", targetId: survivorId, metadata: { duplicateId, survivorId, ...moved } });
    return moved;
  });
}
