// Public campaigns for tests (issue 16), written straight to the database the way the services leave them:
// a campaign with spotlights in every consent state, each approved snapshot built by the app's own
// approvedSpotlight() from the featured member's real fields and the choices she made, and "published by the
// job" by setting publishedAt. `createLeakWorld` builds the "nothing leaks" setting: a featured member with
// distinctive private values who approved only some fields, other members, private board content; its
// `sentinels` are the strings no public page, its metadata or its share image may ever contain.
import { createHash } from "node:crypto";
import { approvedSpotlight, type SpotlightCandidate } from "@/lib/campaigns/format";
import type { PrismaClient, SpotlightConsent } from "@/lib/generated/prisma/client";
import { createThreadRow } from "./board";
import { solidImage } from "./images";
import { createOrganization } from "./organizations";
import { uniqueSuffix } from "./unique";
import { createAdmin, createMember, type UserWithProfile } from "./users";

const DAY = 24 * 60 * 60 * 1000;

/** A small real image stored as the app stores photos (one chunk, its sha256), for a profile photo. */
export async function createStoredPhoto(prisma: PrismaClient, color = { r: 120, g: 40, b: 160 }) {
  const bytes = await solidImage("webp", 64, 64, color);
  return prisma.storedFile.create({
    data: { kind: "PROFILE_PHOTO", contentType: "image/webp", byteSize: bytes.length, width: 64, height: 64, sha256: createHash("sha256").update(bytes).digest("hex"), chunks: { create: { index: 0, bytes: new Uint8Array(bytes) } } },
  });
}

/** What the consent service's candidate is for a featured member (lib/campaigns/data.ts, spotlightCandidate). */
export function memberCandidate(member: UserWithProfile, organizationName: string | null, texts: { stories: Record<string, string>; quotes?: Record<string, string> }): SpotlightCandidate {
  return { name: member.displayName, photoFileId: member.profile.photoId, countryCode: member.profile.countryCode, organizationName, workTitle: null, stories: texts.stories, quotes: texts.quotes ?? {} };
}

type Choices = Parameters<typeof approvedSpotlight>[1];
export const NOTHING_CHOSEN: Choices = { name: "NO_NAME", otherName: null, photo: false, country: false, organization: false, story: false, quote: false };

export type SpotlightSpec = {
  slug: string;
  member: UserWithProfile;
  organizationName?: string | null;
  stories: Record<string, string>;
  quotes?: Record<string, string>;
  consent: SpotlightConsent;
  /** For APPROVED: what she chose. */
  choices?: Partial<Choices>;
  /** For APPROVED: whether the publication job has put it live (publishedAt yesterday), else not yet. */
  published?: boolean;
};

export async function createCampaignRow(
  prisma: PrismaClient,
  options: { slug?: string; adminId?: string; indexable?: boolean; publishAt?: Date | null; titles?: Record<string, string>; introductions?: Record<string, string>; hashtags?: string[] } = {},
) {
  const adminId = options.adminId ?? (await createAdmin(prisma, { totpEnabledAt: new Date() })).id;
  const slug = options.slug ?? `campaign-${uniqueSuffix()}`;
  const titles = options.titles ?? { en: `Campaign ${slug}` };
  const campaign = await prisma.campaign.create({
    data: {
      slug,
      hashtags: options.hashtags ?? ["BangkokRules10", "womeninprison"],
      startsOn: new Date(Date.UTC(2026, 11, 10)),
      endsOn: new Date(Date.UTC(2026, 11, 21)),
      publishAt: options.publishAt === undefined ? new Date(Date.now() - 2 * DAY) : options.publishAt,
      indexable: options.indexable ?? false,
      createdById: adminId,
    },
  });
  await prisma.campaignText.createMany({ data: Object.entries(titles).map(([locale, title]) => ({ campaignId: campaign.id, locale, title, introduction: options.introductions?.[locale] ?? "" })) });
  return campaign;
}

/** A spotlight in the state the services would leave it in (the snapshot only while APPROVED). */
export async function createSpotlightRow(prisma: PrismaClient, campaign: { id: string; createdById: string }, position: number, spec: SpotlightSpec) {
  const approved = spec.consent === "APPROVED" ? approvedSpotlight(memberCandidate(spec.member, spec.organizationName ?? null, spec), { ...NOTHING_CHOSEN, ...spec.choices }) : null;
  const asked = spec.consent !== "NOT_REQUESTED";
  const spotlight = await prisma.campaignSpotlight.create({
    data: {
      campaignId: campaign.id,
      slug: spec.slug,
      position,
      subject: "MEMBER",
      memberId: spec.member.id,
      publishAt: new Date(Date.now() - DAY),
      publishedAt: approved && spec.published !== false ? new Date(Date.now() - DAY) : null,
      consent: spec.consent,
      consentById: asked ? spec.member.id : null,
      consentRequestedAt: asked ? new Date(Date.now() - 3 * DAY) : null,
      consentDecidedAt: asked && spec.consent !== "REQUESTED" ? new Date(Date.now() - 2 * DAY) : null,
      approved: approved ?? undefined,
      createdById: campaign.createdById,
    },
  });
  // Not nested: one statement each, no transaction (the embedded e2e database serializes them).
  await prisma.campaignSpotlightText.createMany({ data: Object.entries(spec.stories).map(([locale, story]) => ({ spotlightId: spotlight.id, locale, story, quote: spec.quotes?.[locale] ?? "" })) });
  return spotlight;
}

export type LeakWorld = Awaited<ReturnType<typeof createLeakWorld>>;

/**
 * The "nothing leaks" setting. Featured: a member with distinctive private values (display and legal name,
 * email, handle, bio, lived experience, keywords, country, organization, photo) who approved another name and
 * her story only, not country, organization, photo or quote. Also in the campaign: a spotlight whose consent
 * was withdrawn, one asked and unanswered, one declined, one approved but not yet put live by the job, and one
 * whose featured member approved everything (photo included), whose values must appear. Elsewhere: another
 * member, a private board thread. `sentinels` must never appear; `expected` must.
 */
export async function createLeakWorld(prisma: PrismaClient, options: { indexable?: boolean } = {}) {
  const m = uniqueSuffix();
  const admin = await createAdmin(prisma, { totpEnabledAt: new Date(), displayName: `Admin Sentinel ${m}` });
  const photo = await createStoredPhoto(prisma);
  const featured = await createMember(prisma, {
    displayName: `Zephyrine Quillfeather ${m}`,
    name: `Legal Name Sentinel ${m}`,
    email: `zephyrine-${m}@example.org`,
    profile: {
      countryCode: "LI",
      photoId: photo.id,
      bio: `Private bio sentinel ${m}`,
      livedExperience: `Lived experience sentinel ${m}`,
      canHelpWith: `Can help sentinel ${m}`,
      lookingFor: `Looking for sentinel ${m}`,
      keywords: [`keywordsentinel${m}`],
    },
  });
  const organization = await createOrganization(prisma, { name: `Unapproved Organization ${m}`, countryCode: "LI", members: [featured] });
  const bystander = await createMember(prisma, { displayName: `Otherwoman Bystander ${m}`, email: `bystander-${m}@example.org`, profile: { countryCode: "IS", bio: `Bystander bio ${m}` } });
  const openPhoto = await createStoredPhoto(prisma, { r: 20, g: 140, b: 90 });
  const open = await createMember(prisma, { displayName: `Open Book ${m}`, profile: { countryCode: "KE", photoId: openPhoto.id } });
  const openOrganization = await createOrganization(prisma, { name: `Open Organization ${m}`, countryCode: "KE", members: [open] });
  // The seeded board category, or one like it in a test database without seed data.
  await prisma.boardCategory.upsert({ where: { slug: "health" }, update: {}, create: { slug: "health", position: 1, names: { en: "Health" }, descriptions: { en: "" } } });
  const thread = await createThreadRow(prisma, { authorId: bystander.id, title: `Private board thread sentinel ${m}` });

  const campaign = await createCampaignRow(prisma, {
    slug: `leak-${m}`,
    adminId: admin.id,
    indexable: options.indexable ?? false,
    titles: { en: `Bangkok Rules at 10 ${m}`, es: `Las Reglas de Bangkok cumplen 10 ${m}` },
    introductions: { en: `Ten years of the Bangkok Rules ${m}.`, es: `Diez años de las Reglas de Bangkok ${m}.` },
  });
  const otherName = `Rosa Alias ${m}`;
  const story = { en: `Approved story of the work in Vaduz ${m}.`, es: `Historia aprobada del trabajo ${m}.` };
  const spotlights = {
    featured: await createSpotlightRow(prisma, campaign, 1, {
      slug: "rosa",
      member: featured,
      organizationName: organization.name,
      stories: story,
      quotes: { en: `Unapproved quote sentinel ${m}` },
      consent: "APPROVED",
      choices: { name: "OTHER_NAME", otherName, story: true },
    }),
    open: await createSpotlightRow(prisma, campaign, 2, {
      slug: "open",
      member: open,
      organizationName: openOrganization.name,
      stories: { en: `Open story ${m}.` },
      quotes: { en: `Open quote ${m}.` },
      consent: "APPROVED",
      choices: { name: "DISPLAY_NAME", photo: true, country: true, organization: true, story: true, quote: true },
    }),
    withdrawn: await createSpotlightRow(prisma, campaign, 3, { slug: "withdrawn", member: featured, stories: { en: `Withdrawn story sentinel ${m}` }, consent: "WITHDRAWN" }),
    requested: await createSpotlightRow(prisma, campaign, 4, { slug: "requested", member: bystander, stories: { en: `Requested story sentinel ${m}` }, consent: "REQUESTED" }),
    declined: await createSpotlightRow(prisma, campaign, 5, { slug: "declined", member: bystander, stories: { en: `Declined story sentinel ${m}` }, consent: "DECLINED" }),
    notYetLive: await createSpotlightRow(prisma, campaign, 6, {
      slug: "tomorrow",
      member: bystander,
      stories: { en: `Not yet live story sentinel ${m}` },
      consent: "APPROVED",
      choices: { name: "OTHER_NAME", otherName: `Future Name Sentinel ${m}`, story: true },
      published: false,
    }),
  };

  const sentinels = [
    featured.displayName!,
    featured.name!,
    featured.email,
    featured.profile.handle,
    `Private bio sentinel ${m}`,
    `Lived experience sentinel ${m}`,
    `Can help sentinel ${m}`,
    `Looking for sentinel ${m}`,
    `keywordsentinel${m}`,
    "Liechtenstein",
    organization.name,
    organization.slug,
    photo.id,
    `Unapproved quote sentinel ${m}`,
    bystander.displayName!,
    bystander.email,
    bystander.profile.handle,
    `Bystander bio ${m}`,
    "Iceland",
    admin.displayName!,
    admin.email,
    `Private board thread sentinel ${m}`,
    thread.slug,
    `Withdrawn story sentinel ${m}`,
    `Requested story sentinel ${m}`,
    `Declined story sentinel ${m}`,
    `Not yet live story sentinel ${m}`,
    `Future Name Sentinel ${m}`,
    ...Object.values(spotlights).map((spotlight) => spotlight.id),
    campaign.id,
    featured.id,
    bystander.id,
    // Member-only addresses, whoever they would be of.
    "/members/",
    "/board/",
    "/directory",
    "/files/",
    "/organizations/",
    "/account",
  ];
  return {
    marker: m,
    campaign,
    spotlights,
    featured,
    bystander,
    open,
    openOrganization,
    otherName,
    story,
    sentinels,
    /** What must appear: what was approved (otherwise the test would pass on an empty page). */
    expected: { campaignTitle: `Bangkok Rules at 10 ${m}`, otherName, story: story.en, openName: open.displayName!, openOrganization: openOrganization.name, openQuote: `Open quote ${m}.` },
  };
}

/** The sentinels found in a text (an HTML page, its head, robots.txt, a share image's text): should be none. */
export function leakedSentinels(text: string, sentinels: readonly string[]): string[] {
  const haystack = text.toLowerCase();
  const found = sentinels.filter((sentinel) => haystack.includes(sentinel.toLowerCase()));
  // No email address of anyone, whatever its form.
  const emails = text.match(/[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+\.[A-Za-z0-9.-]+/g) ?? [];
  return [...found, ...emails];
}
