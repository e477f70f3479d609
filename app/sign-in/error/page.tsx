import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { PageContainer } from "@/components/shell/page-container";
import { ButtonLink } from "@/components/ui/link";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("SignIn");
  return { title: t("errorTitle") };
}

/** Where Auth.js sends an expired, reused or forged sign-in link: a clear page, never a trace. */
export default async function SignInErrorPage() {
  const t = await getTranslations("SignIn");
  return (
    <PageContainer className="flex max-w-xl flex-col items-start gap-4 py-10">
      <h1 className="text-3xl font-semibold tracking-tight text-ink">{t("errorTitle")}</h1>
      <p className="text-muted">{t("errorBody")}</p>
      <ButtonLink href="/sign-in">{t("tryAgain")}</ButtonLink>
    </PageContainer>
  );
}
