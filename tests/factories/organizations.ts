// Organizations for integration and e2e tests, optionally with a representative and members.
import type { Organization, OrganizationMembership, Prisma, PrismaClient } from "@/lib/generated/prisma/client";
import { ensureCountry } from "./reference";
import { uniqueSlug, uniqueSuffix } from "./unique";
import { createMember, type UserWithProfile } from "./users";

export type OrganizationOverrides = Partial<Omit<Prisma.OrganizationUncheckedCreateInput, "members" | "workCountries">> & {
  /** A user to make REPRESENTATIVE, or "create" for a new active member. */
  representative?: { id: string } | "create";
  /** Users to add with the MEMBER role. */
  members?: { id: string }[];
  /** Countries it also works in (ISO alpha-2; inserted if missing). */
  workCountryCodes?: string[];
};

export type OrganizationWithMembers = Organization & {
  members: OrganizationMembership[];
  /** The member created when `representative: "create"` was asked for. */
  createdRepresentative: UserWithProfile | null;
};

/** An ACTIVE organization (unless told otherwise) based in Kenya (unless told otherwise). */
export async function createOrganization(
  prisma: PrismaClient,
  overrides: OrganizationOverrides = {},
): Promise<OrganizationWithMembers> {
  const { representative, members = [], workCountryCodes = [], ...data } = overrides;
  const countryCode = (data.countryCode ?? "KE").toUpperCase();
  const workCountries = [...new Set(workCountryCodes.map((code) => code.toUpperCase()))];
  for (const code of new Set([countryCode, ...workCountries])) await ensureCountry(prisma, code);
  const createdRepresentative = representative === "create" ? await createMember(prisma) : null;
  const representativeId = createdRepresentative?.id ?? (representative !== "create" ? representative?.id : undefined);

  const memberships: Prisma.OrganizationMembershipCreateManyOrganizationInput[] = [
    ...(representativeId ? [{ userId: representativeId, role: "REPRESENTATIVE" as const, title: "Coordinator" }] : []),
    ...members.filter((member) => member.id !== representativeId).map((member) => ({ userId: member.id, role: "MEMBER" as const })),
  ];

  const organization = await prisma.organization.create({
    data: {
      slug: uniqueSlug(),
      name: `Test Organization ${uniqueSuffix()}`,
      status: "ACTIVE",
      ...data,
      countryCode,
      members: memberships.length ? { createMany: { data: memberships } } : undefined,
      workCountries: workCountries.length ? { createMany: { data: workCountries.map((code) => ({ countryCode: code })) } } : undefined,
    },
    include: { members: true },
  });
  return { ...organization, createdRepresentative };
}
