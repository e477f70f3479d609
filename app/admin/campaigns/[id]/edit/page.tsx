import type { Metadata } from "next";
import { getLocale, getTranslations } from "next-intl/server";
import { CampaignForm } from "@/components/campaigns/campaign-form";
import { withClientMessages } from "@/components/shell/client-messages";
import { PageContainer } from "@/components/shell/page-container";
import { Link } from "@/components/ui/link";
import { PageHeading } from "@/components/ui/page-heading";
import { pickText } from "@/lib/campaigns/format";
import { loadAdminCampaign } from "@/lib/campaigns/loaders";

const day = (value: Date | null) => (value ? value.toISOString().slice(0, 10) : "");

export async function generateMetadata({ params }: PageProps<"/admin/campaigns/[id]/edit">): Promise<Metadata> {
  const [{ campaign }, locale, t] = await Promise.all([loadAdminCampaign((await params).id), getLocale(), getTranslations("CampaignAdmin")]);
  return { title: t("editTitle", { title: pickText(campaign.texts, locale, campaign.defaultLocale)?.title ?? campaign.slug }) };
}

/** The campaign's own fields: address, languages' texts, hashtags, days, indexing. */
export default withClientMessages(["CampaignAdmin.form", "FormStatus", "ui.button", "ui.formField"], async function EditCampaignPage({ params }: PageProps<"/admin/campaigns/[id]/edit">) {
  const { id } = await params;
  const [{ campaign }, t, locale] = await Promise.all([loadAdminCampaign(id), getTranslations("CampaignAdmin"), getLocale()]);
  const initial: Record<string, string> = {
    slug: campaign.slug,
    defaultLocale: campaign.defaultLocale,
    hashtags: campaign.hashtags.map((tag) => `#${tag}`).join(" "),
    startsOn: day(campaign.startsOn),
    endsOn: day(campaign.endsOn),
    publishOn: day(campaign.publishAt),
    indexable: campaign.indexable ? "on" : "",
  };
  for (const text of campaign.texts) {
    initial[`title_${text.locale}`] = text.title;
    initial[`introduction_${text.locale}`] = text.introduction;
  }
  return (
    <PageContainer className="flex flex-col gap-6 py-10">
      <Link href={`/admin/campaigns/${campaign.id}`} className="self-start">
        {t("backToCampaign")}
      </Link>
      <PageHeading title={t("editTitle", { title: pickText(campaign.texts, locale, campaign.defaultLocale)?.title ?? campaign.slug })} />
      <CampaignForm campaignId={campaign.id} initial={initial} />
    </PageContainer>
  );
});
