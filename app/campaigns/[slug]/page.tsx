import type { Metadata } from "next";
import { getLocale, getTranslations } from "next-intl/server";
import { notFound } from "next/navigation";
import { CampaignDates } from "@/components/campaigns/public/campaign-dates";
import { Hashtags, ShareLinks } from "@/components/campaigns/public/share-links";
import { SpotlightCard } from "@/components/campaigns/public/spotlight-card";
import { PageContainer } from "@/components/shell/page-container";
import { excerpt } from "@/lib/campaigns/format";
import { loadPublicCampaign } from "@/lib/campaigns/loaders";
import { publicPageAlternates, publicPageUrl } from "@/lib/http/public-links";
import type { Locale } from "@/lib/i18n/config";

// A public campaign: its title, introduction, days and hashtags, its live spotlights in order, share links.
// Built only from what public-service gives (the approved snapshots); the same for every visitor in a language.

export async function generateMetadata({ params }: PageProps<"/campaigns/[slug]">): Promise<Metadata> {
  const { slug } = await params;
  const [result, locale] = await Promise.all([loadPublicCampaign(slug), getLocale()]);
  if (result.status !== "live") return {};
  const campaign = result.page;
  const description = excerpt(campaign.introduction) || undefined;
  const alternates = publicPageAlternates(`/campaigns/${slug}`, locale as Locale, campaign.locales);
  return {
    title: campaign.title,
    description,
    robots: campaign.indexable ? { index: true, follow: true } : { index: false, follow: false },
    alternates,
    openGraph: { type: "website", title: campaign.title, description, url: alternates.canonical, locale },
    twitter: { card: "summary", title: campaign.title, description },
  };
}

export default async function CampaignPage({ params }: PageProps<"/campaigns/[slug]">) {
  const { slug } = await params;
  const [result, t, locale] = await Promise.all([loadPublicCampaign(slug), getTranslations("CampaignPublic"), getLocale()]);
  if (result.status !== "live") notFound();
  const campaign = result.page;
  const textLang = campaign.locale === locale ? undefined : campaign.locale;
  return (
    <PageContainer className="flex flex-col gap-8 py-8 lg:py-10">
      <div className="flex max-w-3xl flex-col gap-3">
        <h1 className="text-3xl font-semibold tracking-tight text-ink" lang={textLang}>
          {campaign.title}
        </h1>
        <CampaignDates startsOn={campaign.startsOn} endsOn={campaign.endsOn} />
        <Hashtags hashtags={campaign.hashtags} />
        {campaign.introduction
          .split(/\n\s*\n/)
          .filter((paragraph) => paragraph.trim())
          .map((paragraph, index) => (
            <p key={index} className="text-lg text-ink" lang={textLang}>
              {paragraph.trim()}
            </p>
          ))}
      </div>
      <section aria-labelledby="stories-heading" className="flex flex-col gap-4">
        <h2 id="stories-heading" className="text-xl font-semibold text-ink">
          {t("stories")}
        </h2>
        {campaign.spotlights.length ? (
          <ul className="grid gap-4 md:grid-cols-2">
            {campaign.spotlights.map((spotlight) => (
              <SpotlightCard key={spotlight.slug} campaignSlug={campaign.slug} spotlight={spotlight} />
            ))}
          </ul>
        ) : (
          <p className="text-muted">{t("noStories")}</p>
        )}
      </section>
      <ShareLinks url={publicPageUrl(`/campaigns/${campaign.slug}`)} text={campaign.title} hashtags={campaign.hashtags} />
    </PageContainer>
  );
}
