import { getTranslations } from "next-intl/server";
import { BANGKOK_RULES_URL } from "@/components/shell/nav-items";
import { PageContainer } from "@/components/shell/page-container";
import { ButtonLink, ExternalLink, Link } from "@/components/ui/link";

// The public landing page. It explains the network and shows no member data of any kind.
export default async function HomePage() {
  const t = await getTranslations("Home");
  const activities = [
    { title: t("shareTitle"), body: t("shareBody") },
    { title: t("collaborateTitle"), body: t("collaborateBody") },
    { title: t("monitorTitle"), body: t("monitorBody") },
  ];

  return (
    <>
      <section className="border-b border-line bg-surface">
        <PageContainer className="flex flex-col items-start gap-6 py-12 sm:py-16">
          <h1 className="max-w-3xl text-3xl leading-tight font-semibold tracking-tight text-brand-900 sm:text-5xl">
            {t("title")}
          </h1>
          <p className="max-w-2xl text-lg text-muted sm:text-xl">{t("lead")}</p>
          <div className="flex flex-wrap items-center gap-x-6 gap-y-4">
            <ButtonLink href="/apply">{t("applyCta")}</ButtonLink>
            <Link href="/sign-in" variant="standalone">
              {t("signInCta")}
            </Link>
          </div>
        </PageContainer>
      </section>

      <PageContainer className="flex flex-col gap-14 py-12">
        <section aria-labelledby="what-title" className="flex flex-col gap-6">
          <h2 id="what-title" className="text-2xl font-semibold text-ink">
            {t("whatTitle")}
          </h2>
          <ul className="grid gap-4 md:grid-cols-3">
            {activities.map((activity) => (
              <li key={activity.title} className="flex flex-col gap-2 rounded-lg border border-line bg-surface p-5">
                <h3 className="text-lg font-semibold text-brand-800">{activity.title}</h3>
                <p className="text-muted">{activity.body}</p>
              </li>
            ))}
          </ul>
        </section>

        <section aria-labelledby="framework-title" className="flex max-w-3xl flex-col gap-4">
          <h2 id="framework-title" className="text-2xl font-semibold text-ink">
            {t("frameworkTitle")}
          </h2>
          <p className="text-muted">{t("frameworkBody")}</p>
          <p>
            <ExternalLink href={BANGKOK_RULES_URL} variant="standalone">
              {t("frameworkLink")}
            </ExternalLink>
          </p>
        </section>

        <section aria-labelledby="privacy-title" className="flex max-w-3xl flex-col gap-4">
          <h2 id="privacy-title" className="text-2xl font-semibold text-ink">
            {t("privacyTitle")}
          </h2>
          <p className="text-muted">{t("privacyBody")}</p>
        </section>

        <section aria-labelledby="join-title" className="flex max-w-3xl flex-col items-start gap-4 rounded-lg bg-brand-50 p-6">
          <h2 id="join-title" className="text-2xl font-semibold text-brand-900">
            {t("joinTitle")}
          </h2>
          <p className="text-ink">{t("joinBody")}</p>
          <ButtonLink href="/apply">{t("applyCta")}</ButtonLink>
        </section>
      </PageContainer>
    </>
  );
}
