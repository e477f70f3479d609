import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { PageContainer } from "@/components/shell/page-container";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("SignIn");
  return { title: t("checkEmailTitle") };
}

export default async function CheckEmailPage() {
  const t = await getTranslations("SignIn");
  return (
    <PageContainer className="flex max-w-xl flex-col gap-4 py-10">
      <h1 className="text-3xl font-semibold tracking-tight text-ink">{t("checkEmailTitle")}</h1>
      <p className="text-muted">{t("checkEmailBody")}</p>
    </PageContainer>
  );
}
