import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { PageContainer } from "@/components/shell/page-container";
import { ButtonLink, Link } from "@/components/ui/link";
import { UserText } from "@/components/ui/user-text";
import { canManageOwnAccount, isApplicant } from "@/lib/auth/policy";
import { requirePageViewer } from "@/lib/auth/viewer";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("Welcome");
  return { title: t("metaTitle") };
}

type ApplicantStatus = "UNVERIFIED" | "PENDING" | "MORE_INFO_REQUESTED";

/** Where signing in lands: members see their start page, applicants the way to their application. */
export default async function WelcomePage() {
  const viewer = await requirePageViewer(canManageOwnAccount, "/welcome");
  const [t, application] = await Promise.all([getTranslations("Welcome"), getTranslations("ApplicationStatus")]);
  const applicant = isApplicant(viewer);
  return (
    <PageContainer className="flex max-w-3xl flex-col items-start gap-4 py-10">
      <h1 className="max-w-full text-3xl font-semibold tracking-tight text-ink">
        {t.rich("title", { name: viewer.displayName, who: (name) => <UserText>{name}</UserText> })}
      </h1>
      {/* An applicant's account and application share one status, so this says what /application says. */}
      <p className="text-muted">{applicant ? application(`status.${viewer.status as ApplicantStatus}`) : t("memberBody")}</p>
      {applicant ? <ButtonLink href="/application">{t("viewApplication")}</ButtonLink> : null}
      <Link href="/account">{t("account")}</Link>
    </PageContainer>
  );
}
