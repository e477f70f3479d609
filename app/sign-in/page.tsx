import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { redirect } from "next/navigation";
import { MagicLinkForm } from "@/components/auth/magic-link-form";
import { SignInForm } from "@/components/auth/sign-in-form";
import { PageContainer } from "@/components/shell/page-container";
import { Link } from "@/components/ui/link";
import { Alert } from "@/components/ui/alert";
import { withClientMessages } from "@/components/shell/client-messages";
import { loadEndedSessionReason, loadViewer } from "@/lib/auth/viewer";
import { safeReturnPath } from "@/lib/i18n/schema";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("SignIn");
  return { title: t("metaTitle") };
}

export default withClientMessages(["FormStatus", "SignIn", "ui.button", "ui.formField"], async function SignInPage({ searchParams }: PageProps<"/sign-in">) {
  const query = await searchParams;
  const next = safeReturnPath(query.next);
  if ((await loadViewer()).kind === "signed-in") redirect(next === "/" ? "/welcome" : next);
  const t = await getTranslations("SignIn");
  // Said only when this browser's own cookie confirms it, so a crafted link cannot show it to anyone else.
  const ended = await loadEndedSessionReason();
  const endedNotice = ended && query.reason === ended ? t(`ended.${ended}`) : undefined;
  // The code step after an opened sign-in link (lib/auth/auth.ts, signIn callback).
  const challenge = typeof query.challenge === "string" ? query.challenge : undefined;
  return (
    <PageContainer className="flex max-w-xl flex-col gap-8 py-10">
      <div className="flex flex-col gap-2">
        <h1 className="text-3xl font-semibold tracking-tight text-ink">{t("title")}</h1>
        <p className="text-muted">{t("intro")}</p>
      </div>
      {endedNotice ? <Alert variant="warning">{endedNotice}</Alert> : null}
      <SignInForm next={next} challenge={challenge} />
      <p>
        <Link href="/reset-password">{t("forgotPassword")}</Link>
      </p>
      <section aria-labelledby="magic-link-heading" className="flex flex-col gap-3 border-t border-line pt-6">
        <h2 id="magic-link-heading" className="text-xl font-semibold text-ink">
          {t("magicLinkTitle")}
        </h2>
        <p className="text-muted">{t("magicLinkIntro")}</p>
        <MagicLinkForm next={next} />
      </section>
      <p className="border-t border-line pt-6">
        {t("notMember")} <Link href="/apply">{t("apply")}</Link>
      </p>
    </PageContainer>
  );
});
