import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { PageContainer } from "@/components/shell/page-container";
import { Link } from "@/components/ui/link";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("Goodbye");
  return { title: t("metaTitle") };
}

/** Where deleting an account lands: signed out, nothing of the member's left to show. */
export default async function GoodbyePage() {
  const t = await getTranslations("Goodbye");
  return (
    <PageContainer className="flex max-w-2xl flex-col items-start gap-4 py-10">
      <h1 className="text-3xl font-semibold tracking-tight text-ink">{t("title")}</h1>
      <p className="text-muted">{t("body")}</p>
      <Link href="/">{t("home")}</Link>
    </PageContainer>
  );
}
