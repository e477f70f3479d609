import type { Metadata } from "next";
import { getFormatter, getTranslations } from "next-intl/server";
import { RequestsAbout } from "@/components/collaborations/requests-about";
import { activeCountries, NetworkMapSection } from "@/components/countries/network-map-section";
import { PageContainer } from "@/components/shell/page-container";
import { ButtonLink, Link } from "@/components/ui/link";
import { UserText } from "@/components/ui/user-text";
import { canManageOwnAccount, isApplicant } from "@/lib/auth/policy";
import { requirePageViewer } from "@/lib/auth/viewer";
import { loadHomeMatches } from "@/lib/collaborations/loaders";
import { loadNetworkCountries } from "@/lib/countries/loaders";
import { loadMissingProfileFields } from "@/lib/profiles/loaders";

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
  const [missing, countries, matches] = applicant ? [[], [], []] : await Promise.all([loadMissingProfileFields(), loadNetworkCountries().then(activeCountries), loadHomeMatches()]);
  const [labels, format, about] = await Promise.all([getTranslations("ProfileFields"), getFormatter(), getTranslations("CollaborationsAbout")]);
  return (
    <PageContainer className="flex max-w-3xl flex-col items-start gap-4 py-10">
      <h1 className="max-w-full text-3xl font-semibold tracking-tight text-ink">
        {t.rich("title", { name: viewer.displayName, who: (name) => <UserText>{name}</UserText> })}
      </h1>
      {/* An applicant's account and application share one status, so this says what /application says. */}
      <p className="text-muted">{applicant ? application(`status.${viewer.status as ApplicantStatus}`) : t("memberBody")}</p>
      {applicant ? <ButtonLink href="/application">{t("viewApplication")}</ButtonLink> : null}
      {missing.length ? (
        <section aria-labelledby="profile-prompt" className="flex w-full flex-col items-start gap-3 rounded-lg border border-line bg-surface p-4 sm:p-6">
          <h2 id="profile-prompt" className="text-xl font-semibold text-ink">
            {t("profilePromptTitle")}
          </h2>
          <p className="text-muted">{t("profilePromptBody", { fields: format.list(missing.map((field) => labels(field)), { type: "conjunction" }) })}</p>
          <ButtonLink href="/account/profile">{t("profilePromptAction")}</ButtonLink>
        </section>
      ) : null}
      {!applicant ? <RequestsAbout headingId="matches-heading" title={about("homeTitle")} requests={matches} empty={about("homeEmpty")} seeAll="/collaborations" seeAllLabel={about("homeSeeAll")} /> : null}
      {countries.length ? (
        <section aria-labelledby="network-heading" className="flex w-full flex-col gap-3">
          <h2 id="network-heading" className="text-xl font-semibold text-ink">
            {t("networkTitle")}
          </h2>
          <NetworkMapSection countries={countries} listedBelow={false} />
          <Link href="/countries">{t("allCountries")}</Link>
        </section>
      ) : null}
      <Link href="/account">{t("account")}</Link>
    </PageContainer>
  );
}
