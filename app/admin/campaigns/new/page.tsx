import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { CampaignForm } from "@/components/campaigns/campaign-form";
import { withClientMessages } from "@/components/shell/client-messages";
import { PageContainer } from "@/components/shell/page-container";
import { Link } from "@/components/ui/link";
import { PageHeading } from "@/components/ui/page-heading";
import { loadAdminCampaigns } from "@/lib/campaigns/loaders";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("CampaignAdmin");
  return { title: t("newTitle") };
}

export default withClientMessages(["CampaignAdmin.form", "FormStatus", "ui.button", "ui.formField"], async function NewCampaignPage() {
  // The list's loader authorizes the page (admins with two-step only).
  await loadAdminCampaigns();
  const t = await getTranslations("CampaignAdmin");
  return (
    <PageContainer className="flex flex-col gap-6 py-10">
      <Link href="/admin/campaigns" className="self-start">
        {t("back")}
      </Link>
      <PageHeading title={t("newTitle")} />
      <CampaignForm initial={{ defaultLocale: "en" }} />
    </PageContainer>
  );
});
