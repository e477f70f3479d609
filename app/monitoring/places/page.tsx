import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { PlaceList } from "@/components/monitoring/place-list";
import { PageContainer } from "@/components/shell/page-container";
import { Button } from "@/components/ui/button";
import { controlClasses } from "@/components/ui/field-classes";
import { EmptyState } from "@/components/ui/empty-state";
import { ButtonLink, Link } from "@/components/ui/link";
import { PageHeading } from "@/components/ui/page-heading";
import { loadChoices } from "@/lib/collaborations/loaders";
import { loadPlaceList } from "@/lib/places/loaders";
import { PLACE_TYPES, placeListHref } from "@/lib/places/schema";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("Places");
  return { title: t("metaTitle") };
}

export default async function PlacesPage({ searchParams }: PageProps<"/monitoring/places">) {
  const [{ filter, places, next, countryCodes }, { countries }, t, types] = await Promise.all([loadPlaceList(await searchParams), loadChoices(), getTranslations("Places"), getTranslations("PlaceTypes")]);
  const countryNames = new Map(countries.map((country) => [country.code, country.name]));
  const filtered = Boolean(filter.country || filter.type || filter.q);
  return (
    <PageContainer className="flex flex-col gap-6 py-8 lg:py-10">
      <PageHeading title={t("title")} intro={t("intro")}>
        <div className="flex flex-wrap gap-3">
          <ButtonLink href="/monitoring/places/new">{t("add")}</ButtonLink>
          <ButtonLink href="/monitoring/new" variant="secondary">{t("writeReport")}</ButtonLink>
        </div>
      </PageHeading>
      <form method="get" action="/monitoring/places" role="search" aria-label={t("filtersLabel")} className="flex flex-col gap-4 sm:flex-row sm:flex-wrap sm:items-end">
        <label className="flex flex-col gap-1.5 font-medium text-ink">
          {t("country")}
          <select name="country" defaultValue={filter.country ?? ""} className={controlClasses(false)}>
            <option value="">{t("anyCountry")}</option>
            {countryCodes.map((code) => (
              <option key={code} value={code}>{countryNames.get(code) ?? code}</option>
            ))}
          </select>
        </label>
        <label className="flex flex-col gap-1.5 font-medium text-ink">
          {t("type")}
          <select name="type" defaultValue={filter.type ?? ""} className={controlClasses(false)}>
            <option value="">{t("anyType")}</option>
            {PLACE_TYPES.map((type) => (
              <option key={type} value={type}>{types(type)}</option>
            ))}
          </select>
        </label>
        <label className="flex flex-col gap-1.5 font-medium text-ink">
          {t("search")}
          <input type="search" name="q" defaultValue={filter.q ?? ""} maxLength={120} className={controlClasses(false)} />
        </label>
        <Button type="submit" variant="secondary">{t("apply")}</Button>
      </form>
      {places.length === 0 ? (
        <EmptyState title={filtered ? t("empty") : t("emptyRegistry")} description={t("emptyHint")} action={filtered ? <Link href="/monitoring/places">{t("clear")}</Link> : <Link href="/monitoring/places/new">{t("add")}</Link>} />
      ) : (
        <PlaceList places={places} countryNames={countryNames} label={t("resultsLabel")} />
      )}
      <div className="flex flex-wrap gap-6">
        {next ? <Link href={placeListHref({ ...filter, after: next })}>{t("next")}</Link> : null}
        {filter.after ? <Link href={placeListHref({ ...filter, after: undefined })}>{t("first")}</Link> : null}
      </div>
    </PageContainer>
  );
}
