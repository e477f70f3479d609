import "server-only";
// Reads for campaigns: a spotlight's subject as the database has it now (the candidate its consenter previews),
// who answers for it, and the consent requests a member has.
import { db } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { Locale } from "@/lib/i18n/config";
import type { SpotlightCandidate } from "./format";
import type { SpotlightAccess } from "./policy";
import type { SpotlightSubjectValue } from "./schema";

const spotlightSelect = {
  id: true,
  campaignId: true,
  slug: true,
  subject: true,
  memberId: true,
  organizationId: true,
  collaborationRequestId: true,
  resourceId: true,
  publishAt: true,
  consent: true,
  approved: true,
  texts: { select: { locale: true, story: true, quote: true } },
  member: { select: { displayName: true, status: true, profile: { select: { photoId: true, countryCode: true } }, organizations: { where: { organization: { status: "ACTIVE" } }, orderBy: { createdAt: "asc" }, take: 1, select: { organization: { select: { name: true } } } } } },
  organization: { select: { name: true, logoId: true, countryCode: true, status: true } },
  collaborationRequest: { select: { title: true, authorId: true, organizationId: true, status: true, outcomeShared: true, author: { select: { displayName: true } }, organization: { select: { name: true } } } },
  resource: { select: { title: true, authorId: true, organizationId: true, status: true, visibility: true, author: { select: { displayName: true } }, organization: { select: { name: true } } } },
  campaign: { select: { id: true, slug: true, defaultLocale: true, publishAt: true, texts: { select: { locale: true, title: true } } } },
} as const;

/** A spotlight with its subject; `client` is the caller's transaction when it must read under its lock. */
export async function findSpotlight(spotlightId: string, client: Prisma.TransactionClient = db()) {
  return client.campaignSpotlight.findUnique({ where: { id: spotlightId }, select: spotlightSelect });
}
export type SpotlightRow = NonNullable<Awaited<ReturnType<typeof findSpotlight>>>;

/** Who answers for the spotlight, in the policy's terms: the member, or the author side of what it features. */
export function spotlightAccess(row: Pick<SpotlightRow, "subject" | "memberId" | "organizationId" | "consent" | "collaborationRequest" | "resource">): SpotlightAccess {
  const work = row.collaborationRequest ?? row.resource;
  return {
    subject: row.subject as SpotlightSubjectValue,
    memberId: row.memberId ?? work?.authorId ?? null,
    organizationId: row.organizationId ?? work?.organizationId ?? null,
    consent: row.consent,
  };
}

/** Everything the spotlight could show about its subject now: what the consenter previews, field by field. */
export function spotlightCandidate(row: SpotlightRow): SpotlightCandidate {
  const stories: Partial<Record<Locale, string>> = {};
  const quotes: Partial<Record<Locale, string>> = {};
  for (const text of row.texts) {
    if (text.story) stories[text.locale as Locale] = text.story;
    if (text.quote) quotes[text.locale as Locale] = text.quote;
  }
  const base = { stories, quotes, workTitle: null, photoFileId: null, countryCode: null, organizationName: null };
  if (row.member) {
    return { ...base, name: row.member.displayName, photoFileId: row.member.profile?.photoId ?? null, countryCode: row.member.profile?.countryCode ?? null, organizationName: row.member.organizations[0]?.organization.name ?? null };
  }
  if (row.organization) return { ...base, name: row.organization.name, photoFileId: row.organization.logoId, countryCode: row.organization.countryCode };
  const work = row.collaborationRequest ?? row.resource;
  if (work) return { ...base, name: work.author.displayName, organizationName: work.organization?.name ?? null, workTitle: work.title };
  return { ...base, name: null };
}

/** The spotlights a member answers for (as herself, or for an organization she represents), asked or answered. */
export async function listConsentRequests(userId: string, representativeOf: string[]) {
  return db().campaignSpotlight.findMany({
    where: {
      consent: { not: "NOT_REQUESTED" },
      OR: [
        { memberId: userId },
        { organizationId: { in: representativeOf } },
        { collaborationRequest: { OR: [{ authorId: userId }, { organizationId: { in: representativeOf } }] } },
        { resource: { OR: [{ authorId: userId }, { organizationId: { in: representativeOf } }] } },
      ],
    },
    orderBy: [{ consentRequestedAt: "desc" }, { id: "asc" }],
    take: 50,
    select: spotlightSelect,
  });
}

/** Whether campaigns may ask to feature this member (her own setting on the privacy page); null without a profile. */
export async function acceptsCampaignRequests(userId: string): Promise<boolean | null> {
  const profile = await db().advocateProfile.findUnique({ where: { userId }, select: { campaignRequests: true } });
  return profile?.campaignRequests ?? null;
}

export async function findCampaignBySlug(slug: string) {
  return db().campaign.findUnique({ where: { slug }, select: { id: true } });
}

export async function findCampaign(campaignId: string) {
  return db().campaign.findUnique({ where: { id: campaignId }, select: { id: true, slug: true, defaultLocale: true, publishAt: true } });
}

/** What a spotlight may feature, found by the reference an admin typed: a member who is active, an active
 * organization, a completed request whose outcome is shared, a published network resource. */
export async function findSpotlightSubject(subject: SpotlightSubjectValue, ref: string): Promise<Record<string, string> | null> {
  if (subject === "MEMBER") {
    const profile = await db().advocateProfile.findFirst({ where: { handle: ref, user: { status: "ACTIVE" } }, select: { userId: true } });
    return profile ? { memberId: profile.userId } : null;
  }
  if (subject === "ORGANIZATION") {
    const organization = await db().organization.findFirst({ where: { slug: ref, status: "ACTIVE" }, select: { id: true } });
    return organization ? { organizationId: organization.id } : null;
  }
  if (subject === "COLLABORATION_OUTCOME") {
    const request = await db().collaborationRequest.findFirst({ where: { id: ref, status: "COMPLETED", outcomeShared: true }, select: { id: true } });
    return request ? { collaborationRequestId: request.id } : null;
  }
  const resource = await db().resource.findFirst({ where: { id: ref, status: "PUBLISHED", visibility: "NETWORK" }, select: { id: true } });
  return resource ? { resourceId: resource.id } : null;
}

// ---- admin reads (the campaign team's pages: list, campaign, spotlight, schedule) ----

const adminCampaignColumns = { id: true, slug: true, defaultLocale: true, hashtags: true, startsOn: true, endsOn: true, publishAt: true, indexable: true, contentVersion: true, texts: { select: { locale: true, title: true, introduction: true } } } as const;

/** Every campaign, the latest first (a network runs a few a year: one page, at most 200). */
export async function listCampaignsForAdmin() {
  return db().campaign.findMany({ orderBy: [{ startsOn: "desc" }, { id: "asc" }], take: 200, select: { ...adminCampaignColumns, _count: { select: { spotlights: true } } } });
}

const adminSpotlightColumns = {
  id: true,
  slug: true,
  position: true,
  subject: true,
  publishAt: true,
  publishedAt: true,
  consent: true,
  consentRequestedAt: true,
  consentDecidedAt: true,
  texts: { select: { locale: true, story: true, quote: true } },
  member: { select: { displayName: true, profile: { select: { handle: true } } } },
  organization: { select: { name: true, slug: true } },
  collaborationRequest: { select: { id: true, title: true } },
  resource: { select: { id: true, title: true } },
} as const;

/** A campaign with its spotlights in their order, for the team preparing it. */
export async function findCampaignForAdmin(campaignId: string) {
  return db().campaign.findUnique({
    where: { id: campaignId },
    select: { ...adminCampaignColumns, spotlights: { orderBy: [{ position: "asc" }, { createdAt: "asc" }], select: adminSpotlightColumns } },
  });
}
export type AdminCampaign = NonNullable<Awaited<ReturnType<typeof findCampaignForAdmin>>>;
export type AdminSpotlight = AdminCampaign["spotlights"][number];

export async function findSpotlightForAdmin(spotlightId: string) {
  return db().campaignSpotlight.findUnique({
    where: { id: spotlightId },
    select: { ...adminSpotlightColumns, campaign: { select: { id: true, slug: true, defaultLocale: true, publishAt: true, texts: { select: { locale: true, title: true } } } } },
  });
}

// ---- end of admin reads ----

// ---- public reads (the public pages, their cache, robots and the sitemap) ----
// Only the campaign's own public columns and each spotlight's approved snapshot: never a member, an
// organization or a resource row, so nothing but what was approved can reach a public page.

const publicCampaignSelect = {
  id: true,
  slug: true,
  defaultLocale: true,
  hashtags: true,
  startsOn: true,
  endsOn: true,
  publishAt: true,
  indexable: true,
  contentVersion: true,
  updatedAt: true,
  texts: { select: { locale: true, title: true, introduction: true } },
  spotlights: {
    orderBy: [{ position: "asc" }, { id: "asc" }],
    select: { id: true, slug: true, subject: true, publishedAt: true, consent: true, approved: true },
  },
} satisfies Prisma.CampaignSelect;

export async function findPublicCampaign(slug: string) {
  return db().campaign.findUnique({ where: { slug }, select: publicCampaignSelect });
}
export type PublicCampaignRow = NonNullable<Awaited<ReturnType<typeof findPublicCampaign>>>;

/** The campaigns whose pages may be indexed and are live, with their live spotlights: robots.txt and the sitemap. */
export async function listIndexableCampaigns(now: Date) {
  return db().campaign.findMany({
    where: { indexable: true, publishAt: { lte: now } },
    orderBy: { slug: "asc" },
    select: {
      slug: true,
      updatedAt: true,
      spotlights: {
        where: { consent: "APPROVED", publishedAt: { lte: now } },
        orderBy: [{ position: "asc" }, { id: "asc" }],
        select: { slug: true, publishedAt: true },
      },
    },
  });
}

/** The live campaigns, newest first: the public list of campaigns (their own public columns only). */
export async function listLiveCampaigns(now: Date) {
  return db().campaign.findMany({
    where: { publishAt: { lte: now } },
    orderBy: [{ publishAt: "desc" }, { slug: "asc" }],
    take: 50,
    select: { slug: true, defaultLocale: true, startsOn: true, endsOn: true, texts: { select: { locale: true, title: true, introduction: true } } },
  });
}

/** Every campaign's slug and content version: what the public page cache checks its entries against. */
export async function listCampaignVersions() {
  return db().campaign.findMany({ select: { slug: true, contentVersion: true } });
}
