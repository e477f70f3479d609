import type { Metadata } from "next";
import { getLocale, getTranslations } from "next-intl/server";
import { CountryGroups } from "@/components/countries/country-groups";
import { activeCountries, NetworkMapSection } from "@/components/countries/network-map-section";
import { ApplicationNotDecided } from "@/components/shell/members-area";
import { PageContainer } from "@/components/shell/page-container";
import { PageHeading } from "@/components/ui/page-heading";
import { EmptyState } from "@/components/ui/empty-state";
import { isApplicant } from "@/lib/auth/policy";
import { loadViewer } from "@/lib/auth/viewer";
import { loadNetworkCountries } from "@/lib/countries/loaders";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("Countries");
  return { title: t("metaTitle") };
}

export default async function CountriesPage() {
  if (isApplicant(await loadViewer())) return <ApplicationNotDecided />;
  const [countries, t, locale] = await Promise.all([loadNetworkCountries(), getTranslations("Countries"), getLocale()]);
  const active = await activeCountries(countries);
  return (
    <PageContainer className="flex flex-col gap-6 py-8 lg:py-10">
      <PageHeading title={t("title")} intro={t("intro")} />
      {active.length === 0 ? (
        <EmptyState title={t("empty")} />
      ) : (
        <>
          <a href="#country-list" className="sr-only focus:not-sr-only focus:self-start focus:rounded-md focus:bg-surface focus:p-2 focus:text-brand-800">
            {t("skipMap")}
          </a>
          <NetworkMapSection countries={active} listedBelow />
          <section id="country-list" tabIndex={-1} aria-labelledby="country-list-heading" className="flex flex-col gap-4">
            <h2 id="country-list-heading" className="text-xl font-semibold text-ink">
              {t("listTitle")}
            </h2>
            <CountryGroups countries={active} locale={locale} />
          </section>
        </>
      )}
    </PageContainer>
  );
}
