import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { PageContainer } from "@/components/shell/page-container";
import { ButtonLink } from "@/components/ui/link";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("Errors");
  // Said here too, not only in the root layout: a missing page is the last one to be indexed.
  return { title: t("notFoundTitle"), robots: { index: false, follow: false } };
}

export default async function NotFound() {
  const t = await getTranslations("Errors");
  return (
    <PageContainer className="flex max-w-3xl flex-col items-start gap-4 py-14">
      <h1 className="text-3xl font-semibold text-ink">{t("notFoundTitle")}</h1>
      <p className="text-lg text-muted">{t("notFoundBody")}</p>
      <ButtonLink href="/">{t("goHome")}</ButtonLink>
    </PageContainer>
  );
}
