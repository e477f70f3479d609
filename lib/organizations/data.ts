import "server-only";
import { db } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { OrganizationFilter } from "./schema";

/** Organizations an applicant may name or a reviewer may merge into: the active ones, by name. */
export function listActiveOrganizations() {
  return db().organization.findMany({
    where: { status: "ACTIVE" },
    select: { id: true, name: true, countryCode: true },
    orderBy: [{ name: "asc" }, { id: "asc" }],
  });
}

export function findActiveOrganization(id: string) {
  return db().organization.findFirst({ where: { id, status: "ACTIVE" }, select: { id: true, name: true } });
}

/** The organizations a member speaks for, to offer them the invitation page of each. */
export function organizationsRepresentedBy(userId: string) {
  return db().organization.findMany({
    where: { members: { some: { userId, role: "REPRESENTATIVE" } }, status: "ACTIVE" },
    select: { id: true, name: true },
    orderBy: { name: "asc" },
  });
}

/** Active organizations per country, based there or working there, each counted once per country. */
export async function countActiveOrganizationsByCountry(): Promise<Map<string, number>> {
  const rows = await db().$queryRaw<{ code: string; count: number }[]>`
    SELECT "code", count(DISTINCT "id")::int AS "count" FROM (
      SELECT "id", "countryCode" AS "code" FROM "Organization" WHERE "status" = 'ACTIVE'
      UNION
      SELECT o."id", oc."countryCode" FROM "OrganizationCountry" oc JOIN "Organization" o ON o."id" = oc."organizationId" WHERE o."status" = 'ACTIVE'
    ) AS "placed" GROUP BY "code"`;
  return new Map(rows.map((row) => [row.code, row.count]));
}

/** The active organizations based in or working in a country, by name. */
export function listOrganizationsInCountry(code: string) {
  return db().organization.findMany({
    where: { status: "ACTIVE", OR: [{ countryCode: code }, { workCountries: { some: { countryCode: code } } }] },
    select: { id: true, slug: true, name: true, kind: true, countryCode: true },
    orderBy: [{ name: "asc" }, { id: "asc" }],
    take: 200,
  });
}

/** What an organization says about itself, for its page and its edit form. */
const ORGANIZATION_DETAILS = {
  id: true,
  slug: true,
  name: true,
  description: true,
  website: true,
  kind: true,
  status: true,
  areasOfWork: true,
  logoId: true,
} as const;

/** An organization's page: everything it says about itself (members are read separately). */
export function findOrganizationBySlug(slug: string) {
  return db().organization.findUnique({
    where: { slug },
    select: {
      ...ORGANIZATION_DETAILS,
      country: { select: { code: true, name: true, names: true } },
      workCountries: { select: { country: { select: { code: true, name: true, names: true } } } },
      mergedInto: { select: { slug: true } },
    },
  });
}

/**
 * Its members as the network sees them: only listed members (active, not hidden) who show their
 * organizations to members, representatives first, then by display name.
 */
export async function listOrganizationMembers(organizationId: string) {
  const rows = await db().organizationMembership.findMany({
    where: { organizationId, user: { status: "ACTIVE", profile: { hiddenFromDirectory: false, organizationsVisibility: "MEMBERS" } } },
    orderBy: [{ role: "desc" }, { user: { displayName: "asc" } }, { userId: "asc" }],
    take: 500,
    select: { role: true, title: true, user: { select: { displayName: true, profile: { select: { handle: true, photoId: true, photoVisibility: true } } } } },
  });
  return rows.flatMap((row) =>
    row.user.profile
      ? [{ role: row.role, title: row.title, displayName: row.user.displayName ?? "", handle: row.user.profile.handle, photoId: row.user.profile.photoVisibility === "MEMBERS" ? row.user.profile.photoId : null }]
      : [],
  );
}

/**
 * One page of active organizations by name (keyset: the page after the organization `after`), filtered by
 * where they are based or work, their kind, an area of work, and a part of their name (any letter case).
 */
export async function listOrganizationsPage(filter: OrganizationFilter, take: number) {
  const where = {
    status: "ACTIVE",
    ...(filter.country ? { OR: [{ countryCode: filter.country }, { workCountries: { some: { countryCode: filter.country } } }] } : {}),
    ...(filter.kind ? { kind: filter.kind } : {}),
    ...(filter.area ? { areasOfWork: { has: filter.area } } : {}),
    ...(filter.q ? { name: { contains: filter.q, mode: "insensitive" } } : {}),
  } satisfies Prisma.OrganizationWhereInput;
  const rows = await db().organization.findMany({
    where,
    orderBy: [{ name: "asc" }, { id: "asc" }],
    ...(filter.after ? { cursor: { id: filter.after }, skip: 1 } : {}),
    take: take + 1,
    select: { id: true, slug: true, name: true, kind: true, areasOfWork: true, country: { select: { code: true, name: true, names: true } } },
  });
  return { rows: rows.slice(0, take), next: rows.length > take ? rows[take - 1]!.id : null };
}

/** Countries where an active organization is based or works, for the list's country filter. */
export async function countriesWithOrganizations() {
  return db().country.findMany({
    where: { OR: [{ organizations: { some: { status: "ACTIVE" } } }, { organizationCountries: { some: { organization: { status: "ACTIVE" } } } }] },
    select: { code: true, name: true, names: true },
  });
}

/** What the edit form shows: the organization's own details, by its address. */
export function findOrganizationForEdit(slug: string) {
  return db().organization.findUnique({
    where: { slug },
    select: {
      ...ORGANIZATION_DETAILS,
      countryCode: true,
      mergedIntoId: true,
      workCountries: { select: { countryCode: true }, orderBy: { countryCode: "asc" } },
    },
  });
}

/** The viewer's own open request to join an organization, if any. */
export function findOpenJoinRequest(organizationId: string, userId: string) {
  return db().organizationJoinRequest.findFirst({ where: { organizationId, userId, status: "PENDING" }, select: { id: true, createdAt: true } });
}

export function findJoinRequest(id: string) {
  return db().organizationJoinRequest.findUnique({ where: { id }, select: { id: true, organizationId: true, userId: true, status: true } });
}

/** Pending requests, oldest first: who asks (name only) and what they wrote. */
export function listPendingJoinRequests(organizationId: string) {
  return db().organizationJoinRequest.findMany({
    where: { organizationId, status: "PENDING" },
    orderBy: [{ createdAt: "asc" }, { id: "asc" }],
    take: 200,
    select: { id: true, message: true, createdAt: true, user: { select: { id: true, displayName: true, status: true, profile: { select: { handle: true } } } } },
  });
}

/** Everyone in the organization, for its representatives (who manage them whatever their profile shows). */
export function listMembershipsForManagers(organizationId: string) {
  return db().organizationMembership.findMany({
    where: { organizationId, user: { status: { not: "DELETED" } } },
    orderBy: [{ role: "desc" }, { user: { displayName: "asc" } }, { userId: "asc" }],
    take: 500,
    select: { role: true, title: true, createdAt: true, user: { select: { id: true, displayName: true, status: true } } },
  });
}

/** One page of organizations in one status for admins, proposed ones oldest first, the others by name. */
export async function listOrganizationsForAdmin(status: "PROPOSED" | "ACTIVE" | "ARCHIVED", page: number, take: number) {
  const where = { status, ...(status === "ARCHIVED" ? {} : { mergedIntoId: null }) } satisfies Prisma.OrganizationWhereInput;
  const [rows, total] = await Promise.all([
    db().organization.findMany({
      where,
      orderBy: status === "PROPOSED" ? [{ createdAt: "asc" }, { id: "asc" }] : [{ name: "asc" }, { id: "asc" }],
      skip: (page - 1) * take,
      take,
      select: {
        id: true,
        slug: true,
        name: true,
        kind: true,
        createdAt: true,
        verifiedAt: true,
        archivedAt: true,
        country: { select: { code: true, name: true, names: true } },
        mergedInto: { select: { name: true, slug: true } },
        _count: { select: { members: true } },
      },
    }),
    db().organization.count({ where }),
  ]);
  return { rows, total };
}

/** How many organizations wait in each status, for the admins' filter. */
export async function countOrganizationsByStatus(): Promise<Record<"PROPOSED" | "ACTIVE" | "ARCHIVED", number>> {
  const groups = await db().organization.groupBy({ by: ["status"], _count: { _all: true } });
  const counts = { PROPOSED: 0, ACTIVE: 0, ARCHIVED: 0 };
  for (const group of groups) counts[group.status] = group._count._all;
  return counts;
}

/** Organizations that can take part in a merge (not archived), by name. */
export function listMergeableOrganizations() {
  return db().organization.findMany({
    where: { status: { not: "ARCHIVED" } },
    select: { id: true, name: true, status: true, countryCode: true },
    orderBy: [{ name: "asc" }, { id: "asc" }],
    take: 2000,
  });
}

/** The fields the edit form changes, by id (to name what changed in the audit entry). */
export function findOrganizationDetails(id: string) {
  return db().organization.findUnique({
    where: { id },
    select: { name: true, description: true, website: true, kind: true, countryCode: true, areasOfWork: true, workCountries: { select: { countryCode: true } } },
  });
}
