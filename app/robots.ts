import type { MetadataRoute } from "next";
import { loadIndexablePublicPages } from "@/lib/campaigns/loaders";
import { publicPageUrl } from "@/lib/http/public-links";
import { RULES_EXPLAINER_PATH } from "@/lib/http/public-pages";

// A closed network: every crawler is asked to stay out of everything, except — only while an admin has made a
// campaign indexable — exactly that campaign's live pages (its page and its live spotlights, in any language:
// `path$` and `path?…`), the Bangkok Rules explainer they link to, and the sitemap listing them. Read from the
// database on each request (not at build time).
export const dynamic = "force-dynamic";

export default async function robots(): Promise<MetadataRoute.Robots> {
  const campaigns = await loadIndexablePublicPages();
  if (campaigns.length === 0) return { rules: { userAgent: "*", disallow: "/" } };
  const paths = [RULES_EXPLAINER_PATH, ...campaigns.flatMap((campaign) => [`/campaigns/${campaign.slug}`, ...campaign.spotlights.map((spotlight) => `/campaigns/${campaign.slug}/${spotlight.slug}`)])];
  return {
    rules: { userAgent: "*", allow: paths.flatMap((path) => [`${path}$`, `${path}?`]), disallow: "/" },
    sitemap: publicPageUrl("/sitemap.xml"),
  };
}
