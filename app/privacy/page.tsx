import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { PageContainer } from "@/components/shell/page-container";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("Privacy");
  return { title: t("metaTitle") };
}

const SECTIONS = ["collect", "who", "email", "keep", "rights", "cookies"] as const;

export default async function PrivacyPage() {
  const t = await getTranslations("Privacy");
  return (
    <PageContainer className="flex max-w-3xl flex-col gap-6 py-10">
      <h1 className="text-3xl font-semibold tracking-tight text-ink">{t("title")}</h1>
      <p className="text-lg text-muted">{t("intro")}</p>
      {SECTIONS.map((section) => (
        <section key={section} aria-labelledby={`privacy-${section}`} className="flex flex-col gap-2">
          <h2 id={`privacy-${section}`} className="text-xl font-semibold text-ink">
            {t(`${section}Title`)}
          </h2>
          <p>{t(`${section}Body`)}</p>
        </section>
      ))}
    </PageContainer>
  );
}
