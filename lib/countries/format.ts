// Country names in the viewer's language, from Country.names ({ en, es, fr, pt }). Pure.

export type CountryRow = { code: string; name: string; names: unknown };
export type CountryOption = { code: string; name: string };

/** A country's name in `locale`, falling back to English. */
export function countryName(country: { name: string; names: unknown } | null | undefined, locale: string): string {
  if (!country) return "";
  const names = country.names && typeof country.names === "object" ? (country.names as Record<string, unknown>) : {};
  const localized = names[locale];
  return typeof localized === "string" && localized ? localized : country.name;
}

/** Options for a country select, named and sorted in `locale`. */
export function countryOptions(rows: CountryRow[], locale: string): CountryOption[] {
  const collator = new Intl.Collator(locale);
  return rows.map((row) => ({ code: row.code, name: countryName(row, locale) })).sort((a, b) => collator.compare(a.name, b.name));
}
