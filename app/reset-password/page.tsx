import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { PasswordResetRequestForm } from "@/components/account/password-reset-request-form";
import { PageContainer } from "@/components/shell/page-container";
import { Link } from "@/components/ui/link";
import { withClientMessages } from "@/components/shell/client-messages";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("PasswordReset");
  return { title: t("metaTitle") };
}

/** Open to everyone, signed in or not: the answer never says whether an address has an account. */
export default withClientMessages(["FormStatus", "PasswordReset", "ui.button", "ui.formField"], async function PasswordResetRequestPage() {
  const t = await getTranslations("PasswordReset");
  return (
    <PageContainer className="flex max-w-xl flex-col gap-8 py-10">
      <div className="flex flex-col gap-2">
        <h1 className="text-3xl font-semibold tracking-tight text-ink">{t("title")}</h1>
        <p className="text-muted">{t("intro")}</p>
      </div>
      <PasswordResetRequestForm />
      <p>
        <Link href="/sign-in">{t("backToSignIn")}</Link>
      </p>
    </PageContainer>
  );
});
