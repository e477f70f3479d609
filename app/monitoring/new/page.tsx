import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { StartReportForm } from "@/components/monitoring/start-report-form";
import { withClientMessages } from "@/components/shell/client-messages";
import { PageContainer } from "@/components/shell/page-container";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { controlClasses } from "@/components/ui/field-classes";
import { Link } from "@/components/ui/link";
import { loadChoices } from "@/lib/collaborations/loaders";
import { loadNewReportForm } from "@/lib/monitoring/loaders";
import { REPORT_LANGUAGES } from "@/lib/monitoring/schema";
import { firstValues } from "@/lib/search-params";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("NewReport");
  return { title: t("metaTitle") };
}

export default withClientMessages(["ReportForm", "NewReport", "FormStatus", "ui.button", "ui.formField"], async function NewReportPage({ searchParams }: PageProps<"/monitoring/new">) {
  const query = firstValues(await searchParams);
  const countryCode = query.country && /^[A-Z]{2}$/.test(query.country) ? query.country : undefined;
  const [{ organizations, places }, { countries, languages, locale }, t, list, types] = await Promise.all([loadNewReportForm(countryCode), loadChoices(), getTranslations("NewReport"), getTranslations("Reports"), getTranslations("PlaceTypes")]);
  const reportLanguages = languages.filter((option) => (REPORT_LANGUAGES as readonly string[]).includes(option.code));
  return (
    <PageContainer className="flex max-w-3xl flex-col gap-6 py-8 lg:py-10">
      <Link href="/monitoring/reports" variant="subtle" className="text-sm">{list("title")}</Link>
      <div className="flex flex-col gap-2">
        <h1 className="text-3xl font-semibold tracking-tight text-ink">{t("title")}</h1>
        <p className="text-muted">{t("intro")}</p>
      </div>
      <Alert variant="warning" announce={false}>{t("protect")}</Alert>
      <form method="get" action="/monitoring/new" className="flex flex-col gap-3 sm:flex-row sm:items-end">
        <label className="flex flex-col gap-1.5 font-medium text-ink">
          {t("countryStep")}
          <select name="country" defaultValue={countryCode ?? ""} className={controlClasses(false)}>
            <option value="" />
            {countries.map((country) => <option key={country.code} value={country.code}>{country.name}</option>)}
          </select>
        </label>
        <Button type="submit" variant="secondary">{t("showPlaces")}</Button>
      </form>
      {countryCode ? (
        places.length === 0 ? (
          <p className="text-muted">
            {t("noPlaces")} <Link href={`/monitoring/places/new?country=${countryCode}`}>{t("addPlace")}</Link>
          </p>
        ) : (
          <>
            <StartReportForm
              countryCode={countryCode}
              places={places.map((place) => ({ value: place.id, label: [place.name, place.locality, types(place.type)].filter(Boolean).join(" · ") }))}
              organizations={organizations.map((organization) => ({ value: organization.id, label: organization.name }))}
              languages={reportLanguages.map((option) => ({ value: option.code, label: option.name }))}
              initial={{ placeId: query.place, language: (REPORT_LANGUAGES as readonly string[]).includes(locale) ? locale : "en" }}
            />
            <Link href={`/monitoring/places/new?country=${countryCode}`} className="self-start">{t("addPlace")}</Link>
          </>
        )
      ) : null}
    </PageContainer>
  );
});
