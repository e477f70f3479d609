import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { MessagePage } from "@/components/applications/status-page";
import { Link } from "@/components/ui/link";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("ApplicationStatus");
  return { title: t("withdrawnMetaTitle") };
}

export default async function ApplicationWithdrawnPage() {
  const t = await getTranslations("ApplicationStatus");
  return (
    <MessagePage title={t("withdrawnTitle")} variant="success" actions={<Link href="/">{t("backHome")}</Link>}>
      {t("withdrawnBody")}
    </MessagePage>
  );
}
