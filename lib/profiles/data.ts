import "server-only";
import { db } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import { PROFILE_FIELDS, type ProfileField } from "./schema";
import type { ProfileSubject } from "./policy";

const VISIBILITY_SELECT = Object.fromEntries(Object.values(PROFILE_FIELDS).map((column) => [column, true])) as Record<(typeof PROFILE_FIELDS)[ProfileField], true>;

const SUBJECT_SELECT = {
  userId: true,
  handle: true,
  hiddenFromDirectory: true,
  ...VISIBILITY_SELECT,
  user: { select: { status: true, displayName: true } },
} satisfies Prisma.AdvocateProfileSelect;

type SubjectRow = Prisma.AdvocateProfileGetPayload<{ select: typeof SUBJECT_SELECT }>;

function toSubject(row: SubjectRow): ProfileSubject & { handle: string; displayName: string } {
  const { userId, handle, hiddenFromDirectory, user, ...visibility } = row;
  return { userId, handle, hiddenFromDirectory, status: user.status, displayName: user.displayName ?? "", visibility };
}

/** Who a profile belongs to and its visibility settings: what the policy decides on, before any field is read. */
export async function findProfileSubject(where: { handle: string } | { userId: string }) {
  const row = await db().advocateProfile.findUnique({ where, select: SUBJECT_SELECT });
  return row ? toSubject(row) : null;
}

/** Organizations are listed while active; a title comes with each. */
const ORGANIZATIONS_SELECT = {
  where: { organization: { status: "ACTIVE" } },
  orderBy: { organization: { name: "asc" } },
  select: { role: true, title: true, organization: { select: { id: true, slug: true, name: true } } },
} satisfies Prisma.User$organizationsArgs;

type MembershipRow = Prisma.OrganizationMembershipGetPayload<{ select: typeof ORGANIZATIONS_SELECT.select }>;

/** The select for exactly `fields`: what the viewer may not see is never read. */
function fieldSelect(fields: ReadonlySet<ProfileField>) {
  return {
    handle: true,
    bio: fields.has("bio"),
    photoId: fields.has("photo"),
    country: fields.has("country") ? { select: { code: true, name: true, names: true } } : false,
    languages: fields.has("languages"),
    areasOfWork: fields.has("areas"),
    keywords: fields.has("areas"),
    ruleInterests: fields.has("rules") ? { select: { ruleNumber: true }, orderBy: { ruleNumber: "asc" } } : false,
    canHelpWith: fields.has("canHelpWith"),
    lookingFor: fields.has("lookingFor"),
    livedExperience: fields.has("livedExperience"),
    user: {
      select: {
        displayName: true,
        approvedAt: true,
        organizations: fields.has("organizations") ? ORGANIZATIONS_SELECT : false,
      },
    },
  } satisfies Prisma.AdvocateProfileSelect;
}

/** A profile with only `fields` read (and the legal name and email for an admin's private read). */
export async function readProfileFields(userId: string, fields: ReadonlySet<ProfileField>, { identity = false } = {}) {
  const select = fieldSelect(fields);
  const row = await db().advocateProfile.findUnique({
    where: { userId },
    select: { ...select, user: { select: { ...select.user.select, name: identity, email: identity } } },
  });
  if (!row) return null;
  const { user, ruleInterests, ...profile } = row;
  return {
    ...profile,
    displayName: user.displayName ?? "",
    memberSince: user.approvedAt,
    // Prisma types a select chosen at run time loosely; the shape is ORGANIZATIONS_SELECT's when read.
    organizations: user.organizations as unknown as MembershipRow[] | undefined,
    ruleNumbers: ruleInterests?.map((interest) => interest.ruleNumber),
    legalName: identity ? (user.name ?? null) : undefined,
    email: identity ? user.email : undefined,
  };
}

export type ProfileFields = NonNullable<Awaited<ReturnType<typeof readProfileFields>>>;

/** Everything the member's own profile form shows: every field, its visibility, and their organizations. */
export function findOwnProfile(userId: string) {
  return db().advocateProfile.findUnique({
    where: { userId },
    select: {
      ...fieldSelect(new Set(Object.keys(PROFILE_FIELDS) as ProfileField[])),
      ...VISIBILITY_SELECT,
      hiddenFromDirectory: true,
      messagePolicy: true,
      user: { select: { displayName: true, approvedAt: true, organizations: ORGANIZATIONS_SELECT } },
    },
  });
}

/** The organizations `userId` is a member of, to accept titles only for those. */
export async function membershipOrganizationIds(userId: string): Promise<Set<string>> {
  const rows = await db().organizationMembership.findMany({ where: { userId }, select: { organizationId: true } });
  return new Set(rows.map((row) => row.organizationId));
}

/** Who read this member's private fields, newest first (admins' reads, from the audit log). */
export async function listPrivateReads(userId: string, take: number) {
  const entries = await db().auditLog.findMany({
    where: { targetType: "User", targetId: userId, action: "profile.private-fields-read" },
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    take,
    select: { id: true, createdAt: true, actorId: true, metadata: true },
  });
  const actorIds = [...new Set(entries.flatMap((entry) => (entry.actorId ? [entry.actorId] : [])))];
  const actors = await db().user.findMany({ where: { id: { in: actorIds } }, select: { id: true, displayName: true } });
  const names = new Map(actors.map((actor) => [actor.id, actor.displayName]));
  return entries.map((entry) => ({
    id: entry.id,
    at: entry.createdAt,
    actorName: entry.actorId ? (names.get(entry.actorId) ?? null) : null,
    fields: Array.isArray((entry.metadata as { fields?: unknown }).fields) ? ((entry.metadata as { fields: unknown[] }).fields.filter((field) => typeof field === "string") as string[]) : [],
  }));
}

/** Profiles that appear in the directory, counts, the map and member lists (see isListed in policy.ts). */
export const LISTED_PROFILE = { hiddenFromDirectory: false, user: { status: "ACTIVE" } } satisfies Prisma.AdvocateProfileWhereInput;

/** Listed members per country, counting only those who show their country to the network. */
export async function countListedMembersByCountry(): Promise<Map<string, number>> {
  const rows = await db().advocateProfile.groupBy({
    by: ["countryCode"],
    where: { ...LISTED_PROFILE, countryVisibility: "MEMBERS", countryCode: { not: null } },
    _count: { _all: true },
  });
  return new Map(rows.flatMap((row) => (row.countryCode ? [[row.countryCode, row._count._all] as const] : [])));
}

const CARD_SELECT = {
  userId: true,
  handle: true,
  photoId: true,
  photoVisibility: true,
  areasOfWork: true,
  keywords: true,
  areasVisibility: true,
  user: { select: { displayName: true } },
} satisfies Prisma.AdvocateProfileSelect;

/**
 * One page of member cards (newest first, by cursor), as the network sees them: a photo or the areas of
 * work only where the member shows them to members. Only listed members, among those matching `where`.
 */
export async function listMemberCards(where: Prisma.AdvocateProfileWhereInput, { after, take }: { after?: string; take: number }) {
  const rows = await db().advocateProfile.findMany({
    where: { AND: [LISTED_PROFILE, where] },
    orderBy: [{ createdAt: "desc" }, { userId: "desc" }],
    ...(after ? { cursor: { userId: after }, skip: 1 } : {}),
    take: take + 1,
    select: CARD_SELECT,
  });
  const cards = rows.slice(0, take).map((row) => ({
    handle: row.handle,
    displayName: row.user.displayName ?? "",
    photoId: row.photoVisibility === "MEMBERS" ? row.photoId : null,
    areasOfWork: row.areasVisibility === "MEMBERS" ? row.areasOfWork : [],
    keywords: row.areasVisibility === "MEMBERS" ? row.keywords : [],
  }));
  return { cards, next: rows.length > take ? rows[take - 1]!.userId : null };
}

const DIRECTORY_CARD_SELECT = {
  ...CARD_SELECT,
  countryVisibility: true,
  country: { select: { code: true, name: true, names: true } },
  organizationsVisibility: true,
  user: { select: { displayName: true, organizations: { ...ORGANIZATIONS_SELECT, take: 3 } } },
} satisfies Prisma.AdvocateProfileSelect;

/**
 * The directory's cards for `userIds`, in that order: photo, country, organizations and areas only where
 * the member shows them to the network. The ids come from the directory's search, over listed members.
 */
export async function listDirectoryCards(userIds: string[]) {
  const rows = await db().advocateProfile.findMany({ where: { AND: [LISTED_PROFILE, { userId: { in: userIds } }] }, select: DIRECTORY_CARD_SELECT });
  const byId = new Map(rows.map((row) => [row.userId, row]));
  return userIds.flatMap((userId) => {
    const row = byId.get(userId);
    if (!row) return [];
    const shows = (visibility: string) => visibility === "MEMBERS";
    return [
      {
        handle: row.handle,
        displayName: row.user.displayName ?? "",
        photoId: shows(row.photoVisibility) ? row.photoId : null,
        country: shows(row.countryVisibility) ? row.country : null,
        organizations: shows(row.organizationsVisibility) ? row.user.organizations.map((membership) => membership.organization.name) : [],
        areasOfWork: shows(row.areasVisibility) ? row.areasOfWork : [],
      },
    ];
  });
}

export type DirectoryCard = Awaited<ReturnType<typeof listDirectoryCards>>[number];
