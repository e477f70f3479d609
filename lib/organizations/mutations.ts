import "server-only";
import type { Prisma } from "@/lib/generated/prisma/client";
import { firstFreeSlug, slugify } from "./format";

// Writes to organizations, inside the caller's transaction (approving an organization application creates
// or merges one in the same transaction as the approval).

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
