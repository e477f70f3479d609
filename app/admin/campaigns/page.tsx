import type { Metadata } from "next";
import { getFormatter, getLocale, getTranslations } from "next-intl/server";
import { PageContainer } from "@/components/shell/page-container";
import { EmptyState } from "@/components/ui/empty-state";
import { ButtonLink, Link } from "@/components/ui/link";
import { PageHeading } from "@/components/ui/page-heading";
import { userTextProps } from "@/components/ui/user-text";
import { pickText } from "@/lib/campaigns/format";
import { loadAdminCampaigns } from "@/lib/campaigns/loaders";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("CampaignAdmin");
  return { title: t("metaTitle") };
}

/** The campaigns, latest first: title, days, state (preparing, scheduled, live, ended), indexing, spotlights. */
export default async function AdminCampaignsPage() {
  const [campaigns, t, format, locale] = await Promise.all([loadAdminCampaigns(), getTranslations("CampaignAdmin"), getFormatter(), getLocale()]);
  const day = (value: Date) => format.dateTime(value, { dateStyle: "medium", timeZone: "UTC" });
  return (
    <PageContainer className="flex flex-col gap-6 py-10">
      <PageHeading title={t("title")} intro={t("intro")} />
      <ButtonLink href="/admin/campaigns/new" variant="primary" className="self-start">
        {t("newCampaign")}
      </ButtonLink>
      {campaigns.length === 0 ? (
        <EmptyState title={t("empty")} />
      ) : (
        <ul aria-label={t("listLabel")} className="flex flex-col divide-y divide-line rounded-lg border border-line bg-surface">
          {campaigns.map((campaign) => {
            const title = pickText(campaign.texts, locale, campaign.defaultLocale)?.title ?? t("untitled");
            return (
              <li key={campaign.id} className="flex flex-col gap-1 p-4">
                <Link href={`/admin/campaigns/${campaign.id}`} {...userTextProps("font-medium")}>
                  {title}
                </Link>
                <span className="text-sm text-muted">
                  {[
                    t(`states.${campaign.state}`),
                    campaign.endsOn ? t("runs", { start: day(campaign.startsOn), end: day(campaign.endsOn) }) : t("runsFrom", { start: day(campaign.startsOn) }),
                    campaign.publishAt ? t("goesPublic", { date: day(campaign.publishAt) }) : t("notScheduled"),
                    t("spotlightCount", { count: campaign._count.spotlights }),
                    campaign.indexable ? t("indexable") : t("notIndexable"),
                  ].join(" · ")}
                </span>
              </li>
            );
          })}
        </ul>
      )}
    </PageContainer>
  );
}
