import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { MessagePage } from "@/components/applications/status-page";
import { ButtonLink } from "@/components/ui/link";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("VerifyEmail");
  return { title: t("confirmedTitle") };
}

export default async function EmailConfirmedPage() {
  const t = await getTranslations("VerifyEmail");
  return (
    <MessagePage title={t("confirmedTitle")} variant="success" actions={<ButtonLink href="/sign-in?next=/application">{t("signIn")}</ButtonLink>}>
      {t("confirmedBody")}
    </MessagePage>
  );
}
