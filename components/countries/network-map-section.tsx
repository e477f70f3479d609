import { getLocale, getTranslations } from "next-intl/server";
import { NetworkMap } from "@/components/map/network-map";
import { countryName } from "@/lib/countries/format";
import type { NetworkCountry } from "@/lib/countries/loaders";

/** The countries with anyone listed in them, named in the reader's language, for the map and the lists. */
export async function activeCountries(countries: NetworkCountry[]) {
  const locale = await getLocale();
  const collator = new Intl.Collator(locale);
  return countries
    .filter((country) => country.members + country.organizations > 0)
    .map((country) => ({ ...country, name: countryName(country, locale), regionCode: country.intermediateRegionCode ?? country.subregionCode }))
    .sort((a, b) => collator.compare(a.name, b.name));
}

/**
 * The network map: shade by listed members and organizations (square root, so one busy country does not wash
 * out the rest). Its text equivalent is the grouped list below it on /countries (`listedBelow`), and elsewhere
 * (the member home) the link to /countries that the caption names.
 */
export async function NetworkMapSection({ countries, listedBelow }: { countries: Awaited<ReturnType<typeof activeCountries>>; listedBelow: boolean }) {
  const t = await getTranslations("Countries");
  const busiest = Math.max(1, ...countries.map((country) => country.members + country.organizations));
  return (
    <NetworkMap
      title={t("mapTitle")}
      description={t(listedBelow ? "mapDescription" : "mapDescriptionElsewhere")}
      list={false}
      countries={countries.map((country) => ({
        code: country.code,
        numericCode: country.numericCode,
        name: country.name,
        href: `/countries/${country.code.toLowerCase()}`,
        label: t("countsLabel", { name: country.name, members: country.members, organizations: country.organizations }),
        intensity: Math.sqrt((country.members + country.organizations) / busiest),
      }))}
    />
  );
}
