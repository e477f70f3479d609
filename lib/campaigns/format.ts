// What a spotlight would make public, and what its consenter approved: pure, so the preview the member sees, the
// snapshot stored on approval and the public page are built by the same code from the same candidate.
import { createHash } from "node:crypto";
import type { Locale } from "@/lib/i18n/config";
import type { ConsentAnswer } from "./schema";
import { isSpotlightLive } from "./policy";

type Texts = Partial<Record<Locale, string>>;

/** Everything a spotlight could show about its subject, as the database has it now. */
export type SpotlightCandidate = {
  /** The member's display name, or the organization's name; for an outcome or resource, its author's name. */
  name: string | null;
  /** A member's photo or an organization's logo (a StoredFile id). */
  photoFileId: string | null;
  countryCode: string | null;
  organizationName: string | null;
  /** The request's or resource's title, for an outcome or a resource; null for a member or organization. */
  workTitle: string | null;
  stories: Texts;
  quotes: Texts;
};

/** What goes public, exactly: each field only if approved. Stored in CampaignSpotlight.approved. */
export type ApprovedSpotlight = {
  name: string | null;
  photoFileId: string | null;
  countryCode: string | null;
  organizationName: string | null;
  workTitle: string | null;
  story: Texts;
  quote: Texts;
};

type Choices = Pick<ConsentAnswer, "name" | "otherName" | "photo" | "country" | "organization" | "story" | "quote">;

export function approvedSpotlight(candidate: SpotlightCandidate, choices: Choices): ApprovedSpotlight {
  const name = choices.name === "DISPLAY_NAME" ? candidate.name : choices.name === "OTHER_NAME" ? choices.otherName : null;
  return {
    name,
    photoFileId: choices.photo ? candidate.photoFileId : null,
    countryCode: choices.country ? candidate.countryCode : null,
    organizationName: choices.organization ? candidate.organizationName : null,
    workTitle: candidate.workTitle,
    story: choices.story ? candidate.stories : {},
    quote: choices.quote ? candidate.quotes : {},
  };
}

/**
 * A fingerprint of the candidate the preview showed (sha256 of its fields in a fixed order): the approval form
 * carries it, and an approval is refused when the candidate changed since (the story edited, the photo changed),
 * so nobody approves something they did not see.
 */
export function previewFingerprint(candidate: SpotlightCandidate): string {
  const ordered = [
    candidate.name,
    candidate.photoFileId,
    candidate.countryCode,
    candidate.organizationName,
    candidate.workTitle,
    Object.entries(candidate.stories).sort(),
    Object.entries(candidate.quotes).sort(),
  ];
  return createHash("sha256").update(JSON.stringify(ordered)).digest("hex");
}

/** The approved snapshot as stored (JSON), read back with every field checked. */
export function readApprovedSpotlight(value: unknown): ApprovedSpotlight | null {
  if (!value || typeof value !== "object") return null;
  const row = value as Record<string, unknown>;
  const text = (key: string) => (typeof row[key] === "string" ? (row[key] as string) : null);
  const texts = (key: string): Texts =>
    row[key] && typeof row[key] === "object" ? Object.fromEntries(Object.entries(row[key] as Record<string, unknown>).filter((entry): entry is [Locale, string] => typeof entry[1] === "string")) : {};
  return { name: text("name"), photoFileId: text("photoFileId"), countryCode: text("countryCode"), organizationName: text("organizationName"), workTitle: text("workTitle"), story: texts("story"), quote: texts("quote") };
}

// ---- admin: a campaign's state and its schedule ----

export type CampaignState = "preparing" | "scheduled" | "live" | "ended";

const day = (value: Date) => value.toISOString().slice(0, 10);

/** Preparing (no publication day), scheduled (its day to come), live, or ended (its last day passed). */
export function campaignState(campaign: { publishAt: Date | null; endsOn: Date | null }, now: Date): CampaignState {
  if (campaign.publishAt === null) return "preparing";
  if (campaign.publishAt > now) return "scheduled";
  if (campaign.endsOn !== null && day(campaign.endsOn) < day(now)) return "ended";
  return "live";
}

/** A text in the viewer's language, else the campaign's default language, else any. */
export function pickText<T extends { locale: string }>(texts: readonly T[], locale: string, defaultLocale: string): T | undefined {
  return texts.find((text) => text.locale === locale) ?? texts.find((text) => text.locale === defaultLocale) ?? texts[0];
}

export type ScheduledSpotlight = { id: string; publishAt: Date; publishedAt: Date | null; consent: SpotlightConsentValue };
type SpotlightConsentValue = "NOT_REQUESTED" | "REQUESTED" | "APPROVED" | "DECLINED" | "WITHDRAWN";

/** Why a spotlight will not go live on its day, if it will not: no approval, or a day before its campaign's. */
export type ScheduleWarning = "withoutConsent" | "beforeCampaign";

export type ScheduleDay<S> = { day: string; campaignGoesLive: boolean; spotlights: Array<{ spotlight: S; live: boolean; warnings: ScheduleWarning[] }> };

/**
 * The campaign day by day: the day it goes public and each spotlight's day, in date order, each spotlight with
 * whether it is live now and why it would not go live on its day.
 */
export function campaignSchedule<S extends ScheduledSpotlight>(campaign: { publishAt: Date | null }, spotlights: readonly S[], now: Date): ScheduleDay<S>[] {
  const days = new Map<string, ScheduleDay<S>>();
  const at = (key: string) => days.get(key) ?? days.set(key, { day: key, campaignGoesLive: false, spotlights: [] }).get(key)!;
  if (campaign.publishAt) at(day(campaign.publishAt)).campaignGoesLive = true;
  for (const spotlight of [...spotlights].sort((a, b) => a.publishAt.getTime() - b.publishAt.getTime())) {
    const warnings: ScheduleWarning[] = [];
    if (spotlight.consent !== "APPROVED") warnings.push("withoutConsent");
    if (campaign.publishAt === null || spotlight.publishAt < new Date(`${day(campaign.publishAt)}T00:00:00Z`)) warnings.push("beforeCampaign");
    const live = isSpotlightLive(campaign, spotlight, now);
    at(day(spotlight.publishAt)).spotlights.push({ spotlight, live, warnings });
  }
  return [...days.values()].sort((a, b) => a.day.localeCompare(b.day));
}

/** Who or what a spotlight features, as the campaign team knows it (never a public page: that shows the approved snapshot). */
export function featuredLabel(spotlight: {
  member: { displayName: string | null; profile: { handle: string } | null } | null;
  organization: { name: string } | null;
  collaborationRequest: { title: string } | null;
  resource: { title: string } | null;
}): string {
  if (spotlight.member) return [spotlight.member.displayName, spotlight.member.profile ? `@${spotlight.member.profile.handle}` : null].filter(Boolean).join(" ");
  return spotlight.organization?.name ?? spotlight.collaborationRequest?.title ?? spotlight.resource?.title ?? "—";
}

export type ShareNetwork = "X" | "Facebook" | "LinkedIn" | "WhatsApp" | "Bluesky" | "Telegram" | "email";
export type ShareLink = { network: ShareNetwork; href: string };

/**
 * Plain share links for a public page: each network's own "share this" address with the page's absolute URL,
 * a line of text and the campaign's hashtags. No script, no tracking parameter: the visitor's browser opens
 * the network only when they follow one.
 */
export function shareLinks(url: string, text: string, hashtags: readonly string[]): ShareLink[] {
  const tags = hashtags.map((tag) => `#${tag}`).join(" ");
  const withTags = tags ? `${text} ${tags}` : text;
  const query = (params: Record<string, string>) => new URLSearchParams(params).toString();
  return [
    { network: "X", href: `https://x.com/intent/tweet?${query({ url, text, ...(hashtags.length ? { hashtags: hashtags.join(",") } : {}) })}` },
    { network: "Facebook", href: `https://www.facebook.com/sharer/sharer.php?${query({ u: url })}` },
    { network: "LinkedIn", href: `https://www.linkedin.com/sharing/share-offsite/?${query({ url })}` },
    { network: "WhatsApp", href: `https://wa.me/?${query({ text: `${withTags} ${url}` })}` },
    { network: "Bluesky", href: `https://bsky.app/intent/compose?${query({ text: `${withTags} ${url}` })}` },
    { network: "Telegram", href: `https://t.me/share/url?${query({ url, text: withTags })}` },
    // mailto wants %20, not "+", for spaces (RFC 6068).
    { network: "email", href: `mailto:?subject=${encodeURIComponent(text)}&body=${encodeURIComponent(`${withTags}\n\n${url}`)}` },
  ];
}

/** The first sentences of a story, for a card or a page's description: at most `max` characters, cut at a word. */
export function excerpt(text: string, max = 160): string {
  const flat = text.replace(/\s+/g, " ").trim();
  if (flat.length <= max) return flat;
  const cut = flat.slice(0, max - 1);
  const atWord = cut.lastIndexOf(" ");
  return `${(atWord > max / 2 ? cut.slice(0, atWord) : cut).replace(/[\s,;:.]+$/, "")}…`;
}

/** Everything a spotlight's share image says: built from the public page's approved fields only. */
export type ShareImageTexts = {
  campaignTitle: string;
  /** "#BangkokRules10 #womeninprison" */
  hashtags: string;
  /** The approved name, or null: the image then shows none. */
  name: string | null;
  /** The approved country, named in the campaign page's language, or null. */
  country: string | null;
  /** The approved quote, else the approved story, cut at a word to fit the image; or null. */
  excerpt: string | null;
};

/** What fits the image beside the title: about two lines of its quote or story. */
const IMAGE_EXCERPT_LENGTH = 181;

/**
 * The share image's texts, from the public campaign and spotlight (lib/campaigns/public-service.ts), which hold
 * only what was approved: nothing else can reach the image.
 */
export function shareImageTexts(
  campaign: { locale: Locale; title: string; hashtags: string[] },
  spotlight: { name: string | null; countryCode: string | null; story: { text: string } | null; quote: { text: string } | null },
): ShareImageTexts {
  const text = spotlight.quote?.text ?? spotlight.story?.text ?? null;
  return {
    campaignTitle: campaign.title,
    hashtags: campaign.hashtags.map((tag) => `#${tag}`).join(" "),
    name: spotlight.name,
    country: spotlight.countryCode ? (new Intl.DisplayNames([campaign.locale], { type: "region" }).of(spotlight.countryCode) ?? spotlight.countryCode) : null,
    excerpt: text ? excerpt(text, IMAGE_EXCERPT_LENGTH) : null,
  };
}
