import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { ApplyForm } from "@/components/applications/apply-form";
import { PageContainer } from "@/components/shell/page-container";
import { Link } from "@/components/ui/link";
import { withClientMessages } from "@/components/shell/client-messages";
import { applyAction } from "@/lib/applications/actions";
import { loadApplyPage } from "@/lib/applications/loaders";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("Apply");
  return { title: t("metaTitle") };
}

export default withClientMessages(["Apply", "FormStatus", "InvitationAccept", "ui.button", "ui.formField"], async function ApplyPage() {
  const { countries, organizations, languages } = await loadApplyPage();
  const t = await getTranslations("Apply");
  return (
    <PageContainer className="flex max-w-2xl flex-col gap-8 py-10">
      <div className="flex flex-col gap-3">
        <h1 className="text-3xl font-semibold tracking-tight text-ink">{t("title")}</h1>
        <p className="text-lg text-muted">{t("intro")}</p>
        <p className="text-muted">{t("steps")}</p>
        <p>
          {t("alreadyMember")} <Link href="/sign-in">{t("signIn")}</Link>
        </p>
      </div>
      <ApplyForm action={applyAction} mode={{ type: "public" }} countries={countries} organizations={organizations} languages={languages} />
    </PageContainer>
  );
});
