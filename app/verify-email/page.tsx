import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { ConfirmEmailForm } from "@/components/applications/confirm-email-form";
import { MessagePage } from "@/components/applications/status-page";
import { PageContainer } from "@/components/shell/page-container";
import { ButtonLink } from "@/components/ui/link";
import { withClientMessages } from "@/components/shell/client-messages";
import { loadVerificationLink } from "@/lib/applications/loaders";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("VerifyEmail");
  return { title: t("metaTitle") };
}

/**
 * The link in the confirmation email. Opening it changes nothing; the button does (a POST), so mail
 * scanners that open links cannot use it up. `state` is where the button's action sends a refusal.
 */
export default withClientMessages(["FormStatus", "VerifyEmail", "ui.button"], async function VerifyEmailPage({ searchParams }: PageProps<"/verify-email">) {
  const { token, state } = await searchParams;
  const t = await getTranslations("VerifyEmail");
  const outcome = typeof state === "string" && ["used", "expired", "invalid"].includes(state) ? state : await loadVerificationLink(token);

  if (outcome === "valid" && typeof token === "string") {
    return (
      <PageContainer className="flex max-w-2xl flex-col gap-6 py-10">
        <h1 className="text-3xl font-semibold tracking-tight text-ink">{t("title")}</h1>
        <p className="text-muted">{t("body")}</p>
        <ConfirmEmailForm token={token} />
      </PageContainer>
    );
  }
  if (outcome === "used") {
    return (
      <MessagePage title={t("usedTitle")} actions={<ButtonLink href="/sign-in?next=/application">{t("signIn")}</ButtonLink>}>
        {t("usedBody")}
      </MessagePage>
    );
  }
  if (outcome === "expired") {
    return (
      <MessagePage title={t("expiredTitle")} variant="warning" actions={<ButtonLink href="/apply">{t("applyAgain")}</ButtonLink>}>
        {t("expiredBody")}
      </MessagePage>
    );
  }
  return (
    <MessagePage title={t("invalidTitle")} variant="warning">
      {t("invalidBody")}
    </MessagePage>
  );
});
