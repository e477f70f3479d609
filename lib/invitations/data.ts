import "server-only";
import { db } from "@/lib/db";

export function findInvitationByTokenHash(tokenHash: string) {
  return db().invitation.findUnique({
    where: { tokenHash },
    select: {
      id: true,
      email: true,
      preApproved: true,
      role: true,
      organizationRole: true,
      expiresAt: true,
      acceptedAt: true,
      revokedAt: true,
      invitedBy: { select: { displayName: true } },
      organization: { select: { id: true, name: true, status: true } },
    },
  });
}

export async function findInvitationLocale(tokenHash: string): Promise<string | null> {
  return (await db().invitation.findUnique({ where: { tokenHash }, select: { locale: true } }))?.locale ?? null;
}

/** An invitation that can still be used, for this address (and organization, when given). */
export function findOpenInvitation(email: string, organizationId: string | null, now = new Date()) {
  return db().invitation.findFirst({
    where: { email, acceptedAt: null, revokedAt: null, expiresAt: { gt: now }, ...(organizationId ? { organizationId } : {}) },
    select: { id: true },
  });
}

export async function emailIsRegistered(email: string): Promise<boolean> {
  return (await db().user.count({ where: { email } })) > 0;
}

export function findOrganization(id: string) {
  return db().organization.findUnique({ where: { id }, select: { id: true, name: true, status: true } });
}

export function findInviter(id: string) {
  return db().user.findUnique({ where: { id }, select: { displayName: true, name: true } });
}

/** Invitations, newest first: all of them, or one organization's. */
export async function listInvitations({ organizationId, skip, take }: { organizationId?: string; skip: number; take: number }) {
  const where = organizationId ? { organizationId } : {};
  const [rows, total] = await Promise.all([
    db().invitation.findMany({
      where,
      orderBy: [{ createdAt: "desc" }, { id: "desc" }],
      skip,
      take,
      select: {
        id: true,
        email: true,
        preApproved: true,
        role: true,
        organizationRole: true,
        createdAt: true,
        expiresAt: true,
        acceptedAt: true,
        revokedAt: true,
        invitedBy: { select: { displayName: true } },
        organization: { select: { name: true } },
      },
    }),
    db().invitation.count({ where }),
  ]);
  return { rows, total };
}
