import "server-only";
// What anyone on the internet may see of a campaign: its page and its live spotlights, each built from the
// approved snapshot and nothing else. No viewer: these pages are the same for everyone, which is what lets
// them be cached. A spotlight whose consent was withdrawn answers "gone" (410); anything else not live is
// "not found", so a public page never tells whether someone is a member unless they are featured.
import type { Locale } from "@/lib/i18n/config";
import { findPublicCampaign, listCampaignVersions, listIndexableCampaigns, listLiveCampaigns, type PublicCampaignRow } from "./data";
import { pickText, readApprovedSpotlight } from "./format";
import { isCampaignLive, isSpotlightLive } from "./policy";

export type PublicSpotlight = {
  slug: string;
  subject: "MEMBER" | "ORGANIZATION" | "COLLABORATION_OUTCOME" | "RESOURCE";
  /** The name approved (the display name or another one), or null: shown without a name. */
  name: string | null;
  /** Whether a photo (or logo) was approved: served by the spotlight's own photo route, never by its file id. */
  hasPhoto: boolean;
  countryCode: string | null;
  organizationName: string | null;
  workTitle: string | null;
  /** The story and quote in the page's language, else the campaign's default language, else any approved one. */
  story: { locale: Locale; text: string } | null;
  quote: { locale: Locale; text: string } | null;
  publishedAt: Date;
};

export type PublicCampaign = {
  slug: string;
  /** The language the title and introduction are shown in (the visitor's, when the campaign has it). */
  locale: Locale;
  /** The languages the campaign is written in: the language switch offers these. */
  locales: Locale[];
  title: string;
  introduction: string;
  hashtags: string[];
  startsOn: Date;
  endsOn: Date | null;
  indexable: boolean;
  contentVersion: number;
  spotlights: PublicSpotlight[];
};

export type PublicPage<T> = { status: "live"; page: T } | { status: "gone" } | { status: "not-found" };

function inLocale(texts: Partial<Record<Locale, string>>, locale: Locale, fallback: Locale): { locale: Locale; text: string } | null {
  for (const candidate of [locale, fallback, ...(Object.keys(texts) as Locale[])]) {
    const text = texts[candidate];
    if (text) return { locale: candidate, text };
  }
  return null;
}

function publicSpotlight(row: PublicCampaignRow["spotlights"][number], locale: Locale, fallback: Locale): PublicSpotlight | null {
  const approved = readApprovedSpotlight(row.approved);
  if (!approved || !row.publishedAt) return null;
  return {
    slug: row.slug,
    subject: row.subject,
    name: approved.name,
    hasPhoto: approved.photoFileId !== null,
    countryCode: approved.countryCode,
    organizationName: approved.organizationName,
    workTitle: approved.workTitle,
    story: inLocale(approved.story, locale, fallback),
    quote: inLocale(approved.quote, locale, fallback),
    publishedAt: row.publishedAt,
  };
}

function publicCampaignOf(row: PublicCampaignRow, locale: Locale, now: Date): PublicCampaign {
  const fallback = row.defaultLocale as Locale;
  const text = pickText(row.texts, locale, fallback);
  return {
    slug: row.slug,
    locale: (text?.locale ?? fallback) as Locale,
    locales: row.texts.map((entry) => entry.locale as Locale),
    title: text?.title ?? row.slug,
    introduction: text?.introduction ?? "",
    hashtags: row.hashtags,
    startsOn: row.startsOn,
    endsOn: row.endsOn,
    indexable: row.indexable,
    contentVersion: row.contentVersion,
    spotlights: row.spotlights
      .filter((spotlight) => isSpotlightLive(row, spotlight, now))
      .map((spotlight) => publicSpotlight(spotlight, locale, fallback))
      .filter((spotlight): spotlight is PublicSpotlight => spotlight !== null),
  };
}

export async function publicCampaign(slug: string, locale: Locale, now = new Date()): Promise<PublicPage<PublicCampaign>> {
  const row = await findPublicCampaign(slug);
  if (!row || !isCampaignLive(row, now)) return { status: "not-found" };
  return { status: "live", page: publicCampaignOf(row, locale, now) };
}

export async function publicSpotlightPage(slug: string, spotlightSlug: string, locale: Locale, now = new Date()): Promise<PublicPage<{ campaign: PublicCampaign; spotlight: PublicSpotlight }>> {
  const row = await findPublicCampaign(slug);
  if (!row || !isCampaignLive(row, now)) return { status: "not-found" };
  const spotlightRow = row.spotlights.find((spotlight) => spotlight.slug === spotlightSlug);
  if (spotlightRow?.consent === "WITHDRAWN") return { status: "gone" };
  const campaign = publicCampaignOf(row, locale, now);
  const spotlight = campaign.spotlights.find((entry) => entry.slug === spotlightSlug);
  return spotlight ? { status: "live", page: { campaign, spotlight } } : { status: "not-found" };
}

export type PublicCampaignSummary = { slug: string; locale: Locale; title: string; introduction: string; startsOn: Date; endsOn: Date | null };

/** The live campaigns, newest first, each in the visitor's language when written in it: /campaigns. */
export async function publicCampaignList(locale: Locale, now = new Date()): Promise<PublicCampaignSummary[]> {
  return (await listLiveCampaigns(now)).map((row) => {
    const text = pickText(row.texts, locale, row.defaultLocale);
    return { slug: row.slug, locale: (text?.locale ?? row.defaultLocale) as Locale, title: text?.title ?? row.slug, introduction: text?.introduction ?? "", startsOn: row.startsOn, endsOn: row.endsOn };
  });
}

/** The stored file of a live spotlight's approved photo, or null: what its photo route may serve. */
export async function publicSpotlightPhotoFile(slug: string, spotlightSlug: string, now = new Date()): Promise<string | null> {
  const row = await findPublicCampaign(slug);
  const spotlightRow = row?.spotlights.find((spotlight) => spotlight.slug === spotlightSlug);
  if (!row || !spotlightRow || !isSpotlightLive(row, spotlightRow, now)) return null;
  return readApprovedSpotlight(spotlightRow.approved)?.photoFileId ?? null;
}

/** The live pages of the campaigns that chose to be indexed: exactly what robots.txt allows and the sitemap lists. */
export async function indexablePublicPages(now = new Date()) {
  return listIndexableCampaigns(now);
}

/** slug → content version, for the public page cache. */
export async function publicCampaignVersions(): Promise<Map<string, number>> {
  return new Map((await listCampaignVersions()).map((row) => [row.slug, row.contentVersion]));
}
