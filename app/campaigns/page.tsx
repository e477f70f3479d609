import type { Metadata } from "next";
import { getLocale, getTranslations } from "next-intl/server";
import { CampaignDates } from "@/components/campaigns/public/campaign-dates";
import { PageContainer } from "@/components/shell/page-container";
import { linkClasses } from "@/components/ui/link";
import { PageHeading } from "@/components/ui/page-heading";
import { excerpt } from "@/lib/campaigns/format";
import { loadPublicCampaignList } from "@/lib/campaigns/loaders";
import { publicPagePath } from "@/lib/http/public-pages";
import type { Locale } from "@/lib/i18n/config";

// The live campaigns, newest first (their own titles and days; no spotlight). Never indexed: robots.txt and the
// sitemap list the indexable campaigns' own pages.
export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("CampaignPublic");
  return { title: t("title"), description: t("listIntro"), robots: { index: false, follow: true } };
}

export default async function CampaignsPage() {
  const [campaigns, t, locale] = await Promise.all([loadPublicCampaignList(), getTranslations("CampaignPublic"), getLocale()]);
  return (
    <PageContainer className="flex flex-col gap-8 py-8 lg:py-10">
      <PageHeading title={t("title")} intro={t("listIntro")} />
      {campaigns.length ? (
        <ul className="flex max-w-3xl flex-col gap-4">
          {campaigns.map((campaign) => {
            const textLang = campaign.locale === locale ? undefined : campaign.locale;
            return (
              <li key={campaign.slug} className="flex flex-col gap-1 rounded-lg border border-line bg-surface p-4">
                <h2 className="text-xl font-semibold" lang={textLang}>
                  <a href={publicPagePath(`/campaigns/${campaign.slug}`, locale as Locale)} className={linkClasses("standalone")}>
                    {campaign.title}
                  </a>
                </h2>
                <CampaignDates startsOn={campaign.startsOn} endsOn={campaign.endsOn} />
                {campaign.introduction ? <p className="text-ink" lang={textLang}>{excerpt(campaign.introduction, 240)}</p> : null}
              </li>
            );
          })}
        </ul>
      ) : (
        <p className="text-muted">{t("noCampaigns")}</p>
      )}
    </PageContainer>
  );
}
