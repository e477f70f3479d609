import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { PageContainer } from "@/components/shell/page-container";
import { ButtonLink, Link } from "@/components/ui/link";
import { canManageOwnAccount, isApplicant } from "@/lib/auth/policy";
import { requirePageViewer } from "@/lib/auth/viewer";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("Welcome");
  return { title: t("metaTitle") };
}

/** Where signing in lands: members see their start page, applicants the way to their application. */
export default async function WelcomePage() {
  const viewer = await requirePageViewer(canManageOwnAccount, "/welcome");
  const t = await getTranslations("Welcome");
  const applicant = isApplicant(viewer);
  return (
    <PageContainer className="flex max-w-3xl flex-col items-start gap-4 py-10">
      <h1 className="text-3xl font-semibold tracking-tight text-ink">{t("title", { name: viewer.displayName })}</h1>
      <p className="text-muted">{applicant ? t("applicantBody") : t("memberBody")}</p>
      {applicant ? <ButtonLink href="/application">{t("viewApplication")}</ButtonLink> : null}
      <Link href="/account">{t("account")}</Link>
    </PageContainer>
  );
}
