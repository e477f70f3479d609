import "server-only";
import { getLocale } from "next-intl/server";
import { cache } from "react";
import { forPage } from "@/lib/auth/viewer";
import type { Locale } from "@/lib/i18n/config";
import { campaignForAdmin, campaignsForAdmin, spotlightForAdmin } from "./admin-service";
import { campaignRequestsSetting, consentRequests } from "./consent-service";
export type { PublicCampaign, PublicCampaignSummary, PublicSpotlight } from "./public-service";
import { shareImageTexts, type ShareImageTexts } from "./format";
import { indexablePublicPages, publicCampaign, publicCampaignList, publicSpotlightPage, publicSpotlightPhotoFile, type PublicPage } from "./public-service";

// What the privacy page shows of the member's public campaign spotlights, through the service (which authorizes).
export const loadConsentRequests = cache(() => forPage("/account/privacy", (viewer) => consentRequests(viewer)));
export const loadCampaignRequestsSetting = cache(() => forPage("/account/privacy", (viewer) => campaignRequestsSetting(viewer)));

// The campaign team's pages (/admin/campaigns), through the admin service (which authorizes).
export const loadAdminCampaigns = cache(() => forPage("/admin/campaigns", (viewer) => campaignsForAdmin(viewer)));
export const loadAdminCampaign = cache((campaignId: string) => forPage(`/admin/campaigns/${campaignId}`, (viewer) => campaignForAdmin(viewer, campaignId)));
export const loadAdminSpotlight = cache((spotlightId: string) => forPage("/admin/campaigns", (viewer) => spotlightForAdmin(viewer, spotlightId)));

// The public pages (README, "Public pages"): no viewer, no session. The language is the one the server chose for
// the page (lib/http/public-pages.ts); one query per page, shared by its metadata and its body through cache().
export const loadPublicCampaign = cache(async (slug: string) => publicCampaign(slug, (await getLocale()) as Locale));

export const loadPublicCampaignList = cache(async () => publicCampaignList((await getLocale()) as Locale));

export const loadPublicSpotlight = cache(async (slug: string, spotlight: string) => publicSpotlightPage(slug, spotlight, (await getLocale()) as Locale));

/** The stored file a live spotlight's photo route may serve, or null. */
export const loadPublicSpotlightPhoto = (slug: string, spotlight: string) => publicSpotlightPhotoFile(slug, spotlight);

/** The live pages of indexable campaigns: robots.txt, the sitemap, the explainer's robots meta. */
export const loadIndexablePublicPages = cache(() => indexablePublicPages());

/** A live spotlight's share image texts (only approved fields), or why there is no image: gone (410) or not found. */
export async function loadShareImage(slug: string, spotlightSlug: string, locale: Locale): Promise<PublicPage<ShareImageTexts>> {
  const page = await publicSpotlightPage(slug, spotlightSlug, locale);
  if (page.status !== "live") return page;
  return { status: "live", page: shareImageTexts(page.page.campaign, page.page.spotlight) };
}
