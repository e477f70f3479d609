import "server-only";
import { cache } from "react";
import { forPage } from "@/lib/auth/viewer";
import type { Locale } from "@/lib/i18n/config";
import { consentRequests } from "./consent-service";
import { shareImageTexts, type ShareImageTexts } from "./format";
import { publicSpotlightPage, type PublicPage } from "./public-service";

// What the privacy page shows of the member's public campaign spotlights, through the service (which authorizes).
export const loadConsentRequests = cache(() => forPage("/account/privacy", (viewer) => consentRequests(viewer)));

/** A live spotlight's share image texts (only approved fields), or why there is no image: gone (410) or not found. */
export async function loadShareImage(slug: string, spotlightSlug: string, locale: Locale): Promise<PublicPage<ShareImageTexts>> {
  const page = await publicSpotlightPage(slug, spotlightSlug, locale);
  if (page.status !== "live") return page;
  return { status: "live", page: shareImageTexts(page.page.campaign, page.page.spotlight) };
}
