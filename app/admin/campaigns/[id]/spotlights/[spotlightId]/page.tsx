import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { SpotlightForm } from "@/components/campaigns/spotlight-form";
import { withClientMessages } from "@/components/shell/client-messages";
import { PageContainer } from "@/components/shell/page-container";
import { Link } from "@/components/ui/link";
import { PageHeading } from "@/components/ui/page-heading";
import { loadAdminSpotlight } from "@/lib/campaigns/loaders";
import { SPOTLIGHT_SUBJECTS } from "@/lib/campaigns/schema";

export async function generateMetadata({ params }: PageProps<"/admin/campaigns/[id]/spotlights/[spotlightId]">): Promise<Metadata> {
  const [spotlight, t] = await Promise.all([loadAdminSpotlight((await params).spotlightId), getTranslations("CampaignAdmin")]);
  return { title: t("editSpotlightTitle", { slug: spotlight.slug }) };
}

/** A spotlight's day and texts; an edit of approved texts asks for consent again (the form says so). */
export default withClientMessages(["CampaignAdmin.form", "FormStatus", "ui.button", "ui.formField"], async function EditSpotlightPage({ params }: PageProps<"/admin/campaigns/[id]/spotlights/[spotlightId]">) {
  const { id, spotlightId } = await params;
  const [spotlight, t] = await Promise.all([loadAdminSpotlight(spotlightId), getTranslations("CampaignAdmin")]);
  if (spotlight.campaign.id !== id) notFound();
  const initial: Record<string, string> = { publishOn: spotlight.publishAt.toISOString().slice(0, 10) };
  for (const text of spotlight.texts) {
    initial[`story_${text.locale}`] = text.story;
    initial[`quote_${text.locale}`] = text.quote;
  }
  const subjectLabels = Object.fromEntries(SPOTLIGHT_SUBJECTS.map((subject) => [subject, t(`subjects.${subject}`)]));
  return (
    <PageContainer className="flex flex-col gap-6 py-10">
      <Link href={`/admin/campaigns/${id}#spotlights`} className="self-start">
        {t("backToCampaign")}
      </Link>
      <PageHeading title={t("editSpotlightTitle", { slug: spotlight.slug })} intro={`${t(`subjects.${spotlight.subject}`)} · ${t(`consent.${spotlight.consent}`)}`} />
      <SpotlightForm campaignId={id} spotlightId={spotlight.id} initial={initial} subjectLabels={subjectLabels} approved={spotlight.consent === "APPROVED"} />
    </PageContainer>
  );
});
