import "server-only";
// The member directory, for an explicit viewer: this is where its reads are authorized. What a card and a
// filter may show is decided in the data layer (listed members; fields the member shows to the network).
import { authorize } from "@/lib/auth/authorize";
import { canViewMemberProfiles } from "@/lib/auth/policy";
import type { Viewer } from "@/lib/auth/viewer-types";
import { listCountriesForMap } from "@/lib/countries/data";
import { listDirectoryCards } from "@/lib/profiles/data";
import { COUNTED_MATCHES_LIMIT, searchDirectory, type ChosenOrganization, type FacetCount } from "./data";
import { decodeCursor, encodeCursor, type DirectoryFilter } from "./schema";

/** How many cards a directory page shows. */
export const DIRECTORY_PAGE = 24;

export async function memberDirectory(viewer: Viewer, filter: DirectoryFilter) {
  authorize(viewer, canViewMemberProfiles);
  const [{ rows, hasMore, facets, countsCapped, chosenOrganization }, countries] = await Promise.all([
    searchDirectory(filter, decodeCursor(filter.after), DIRECTORY_PAGE),
    listCountriesForMap(),
  ]);
  const cards = await listDirectoryCards(rows.map((row) => row.userId));
  const last = rows.at(-1);
  const next = hasMore && last ? encodeCursor({ key: last.key instanceof Date ? last.key.toISOString() : last.key, userId: last.userId }) : null;
  // When some counts were taken over only part of the matches, the page shows the choices without numbers.
  return { cards, next, countsCappedAt: countsCapped ? COUNTED_MATCHES_LIMIT : null, facets: withChosen(filter, { ...geographyFacets(facets.geography, countries), ...otherFacets(facets, chosenOrganization) }, countries) };
}

/**
 * Keeps every chosen value offered, with a count of 0 when nothing matches it any more, so the form shows the
 * choice and a member can see why nothing is found.
 */
function withChosen(filter: DirectoryFilter, facets: ReturnType<typeof geographyFacets> & ReturnType<typeof otherFacets>, countries: MapCountry[]) {
  const add = <T extends { value: string; count: number }>(rows: T[], value: string | undefined, row: (value: string) => T | null) => {
    const missing = value && !rows.some((existing) => existing.value === value) ? row(value) : null;
    return missing ? [...rows, missing] : rows;
  };
  const chosenCountry = countries.find((country) => country.code === filter.country);
  return {
    ...facets,
    countries: filter.country && chosenCountry && !facets.countries.some((row) => row.country.code === filter.country) ? [...facets.countries, { country: chosenCountry, count: 0 }] : facets.countries,
    continents: add(facets.continents, filter.continent, (value) => (countries.some((country) => country.continentCode === value) ? { value, count: 0 } : null)),
    regions: add(facets.regions, filter.region, (value) => {
      const country = countries.find((row) => (row.intermediateRegionCode ?? row.subregionCode) === value);
      return country ? { value, count: 0, continent: country.continentCode } : null;
    }),
    languages: add(facets.languages, filter.language, (value) => ({ value, count: 0 })),
    areas: add(facets.areas, filter.area, (value) => ({ value, count: 0 })),
    rules: add(facets.rules, filter.rule, (value) => ({ value, count: 0 })),
  };
}

type MapCountry = Awaited<ReturnType<typeof listCountriesForMap>>[number];

/** Countries with their counts, and the continents and regions (intermediate region, else sub-region) they add up to. */
function geographyFacets(counts: FacetCount[], countries: MapCountry[]) {
  const byCode = new Map(countries.map((country) => [country.code, country]));
  const continents = new Map<string, number>();
  const regions = new Map<string, { count: number; continent: string | null }>();
  const countryCounts = counts.flatMap(({ value, count }) => {
    const country = byCode.get(value);
    if (!country) return [];
    if (country.continentCode) continents.set(country.continentCode, (continents.get(country.continentCode) ?? 0) + count);
    const region = country.intermediateRegionCode ?? country.subregionCode;
    if (region) regions.set(region, { count: (regions.get(region)?.count ?? 0) + count, continent: country.continentCode });
    return [{ country, count }];
  });
  return {
    countries: countryCounts,
    continents: [...continents].map(([value, count]) => ({ value, count })),
    regions: [...regions].map(([value, { count, continent }]) => ({ value, count, continent })),
  };
}

function otherFacets(facets: Record<"language" | "area" | "rule" | "organization", FacetCount[]>, chosen: ChosenOrganization) {
  const organizations = facets.organization.map(({ value, label, count }) => ({ value, label: label ?? value, count }));
  if (chosen && !organizations.some((organization) => organization.value === chosen.slug)) organizations.push({ value: chosen.slug, label: chosen.name, count: 0 });
  return { languages: facets.language, areas: facets.area, rules: facets.rule, organizations };
}

export type MemberDirectory = Awaited<ReturnType<typeof memberDirectory>>;
