import type { MetadataRoute } from "next";
import { loadIndexablePublicPages } from "@/lib/campaigns/loaders";
import { publicPageUrl } from "@/lib/http/public-links";
import { RULES_EXPLAINER_PATH } from "@/lib/http/public-pages";

// Exactly the pages robots.txt allows: the live pages of the campaigns an admin made indexable (each spotlight
// from the day it went live) and, while there is one, the Bangkok Rules explainer. Empty otherwise. Read from
// the database on each request.
export const dynamic = "force-dynamic";

export default async function sitemap(): Promise<MetadataRoute.Sitemap> {
  const campaigns = await loadIndexablePublicPages();
  if (campaigns.length === 0) return [];
  const later = (a: Date, b: Date | null) => (b && b > a ? b : a);
  return [
    ...campaigns.flatMap((campaign) => [
      { url: publicPageUrl(`/campaigns/${campaign.slug}`), lastModified: campaign.updatedAt },
      ...campaign.spotlights.map((spotlight) => ({ url: publicPageUrl(`/campaigns/${campaign.slug}/${spotlight.slug}`), lastModified: later(campaign.updatedAt, spotlight.publishedAt) })),
    ]),
    { url: publicPageUrl(RULES_EXPLAINER_PATH) },
  ];
}
