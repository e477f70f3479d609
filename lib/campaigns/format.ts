// What a spotlight would make public, and what its consenter approved: pure, so the preview the member sees, the
// snapshot stored on approval and the public page are built by the same code from the same candidate.
import { createHash } from "node:crypto";
import type { Locale } from "@/lib/i18n/config";
import type { ConsentAnswer } from "./schema";

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

const EXCERPT_LENGTH = 180;

function excerptOf(text: string): string {
  const flat = text.replace(/\s+/g, " ").trim();
  if (flat.length <= EXCERPT_LENGTH) return flat;
  const cut = flat.slice(0, EXCERPT_LENGTH);
  const lastSpace = cut.lastIndexOf(" ");
  return `${(lastSpace > EXCERPT_LENGTH / 2 ? cut.slice(0, lastSpace) : cut).replace(/[\s,;:.]+$/, "")}…`;
}

/**
 * The share image's texts, from the public campaign and spotlight (lib/campaigns/public-service.ts), which hold
 * only what was approved: nothing else can reach the image.
 */
export function shareImageTexts(
  campaign: { locale: Locale; title: string; hashtags: string[] },
  spotlight: { name: string | null; countryCode: string | null; story: { text: string } | null; quote: { text: string } | null },
): ShareImageTexts {
  const excerpt = spotlight.quote?.text ?? spotlight.story?.text ?? null;
  return {
    campaignTitle: campaign.title,
    hashtags: campaign.hashtags.map((tag) => `#${tag}`).join(" "),
    name: spotlight.name,
    country: spotlight.countryCode ? (new Intl.DisplayNames([campaign.locale], { type: "region" }).of(spotlight.countryCode) ?? spotlight.countryCode) : null,
    excerpt: excerpt ? excerptOf(excerpt) : null,
  };
}
