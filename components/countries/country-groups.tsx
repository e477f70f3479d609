import { getTranslations } from "next-intl/server";

export type GroupedCountry = { code: string; name: string; continentCode: string | null; regionCode: string | null; members: number; organizations: number };

/**
 * Countries by continent, then by UN M49 region (the intermediate region where there is one, e.g.
 * "Eastern Africa", otherwise the sub-region, e.g. "Western Europe"), names already in the reader's language
 * and sorted by it.
 */
export async function CountryGroups({ countries, locale }: { countries: GroupedCountry[]; locale: string }) {
  const [t, geography] = await Promise.all([getTranslations("Countries"), getTranslations("Geography")]);
  const collator = new Intl.Collator(locale);
  const continents = groupBy(countries, (country) => country.continentCode ?? "");
  const continentName = (code: string) => (code ? geography(`continents.${code}` as never) : "");
  const regionName = (code: string) => (code && geography.has(`regions.${code}` as never) ? geography(`regions.${code}` as never) : "");
  return (
    <div className="flex flex-col gap-6">
      {[...continents.entries()]
        .sort(([a], [b]) => collator.compare(continentName(a), continentName(b)))
        .map(([continent, inContinent]) => (
          <section key={continent} aria-labelledby={`continent-${continent}`} className="flex flex-col gap-3">
            <h3 id={`continent-${continent}`} className="text-lg font-semibold text-ink">
              {continentName(continent)}
            </h3>
            {[...groupBy(inContinent, (country) => country.regionCode ?? "").entries()]
              .sort(([a], [b]) => collator.compare(regionName(a), regionName(b)))
              .map(([region, inRegion]) => (
                <div key={region} className="flex flex-col gap-1">
                  {regionName(region) ? <h4 className="text-sm font-medium text-muted">{regionName(region)}</h4> : null}
                  <ul className="grid gap-x-6 gap-y-1 sm:grid-cols-2">
                    {inRegion
                      .sort((a, b) => collator.compare(a.name, b.name))
                      .map((country) => (
                        <li key={country.code} className="flex min-h-11 flex-wrap items-baseline gap-x-2">
                          <a href={`/countries/${country.code.toLowerCase()}`} className="font-medium text-brand-800 underline underline-offset-4 hover:text-brand-900">
                            {country.name}
                          </a>
                          <span className="text-sm text-muted">
                            {t("members", { count: country.members })} · {t("organizations", { count: country.organizations })}
                          </span>
                        </li>
                      ))}
                  </ul>
                </div>
              ))}
          </section>
        ))}
    </div>
  );
}

function groupBy<T>(items: T[], key: (item: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const item of items) groups.set(key(item), [...(groups.get(key(item)) ?? []), item]);
  return groups;
}
