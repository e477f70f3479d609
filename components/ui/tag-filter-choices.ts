import { getTranslations } from "next-intl/server";
import type { SelectOption } from "./select";

type Found = { regions: ReadonlyArray<{ continent: string | null; region: string }>; organizations: ReadonlyArray<{ slug: string; name: string }> };

type TagChoicesInput = {
  /** The regions and organizations the list's items carry (from the domain's list loader). */
  found: Found;
  /** The filtered continent narrows the regions offered. */
  continent: string | undefined;
  /** The filtered organization, offered even when none of the found items carries it. */
  organization: { slug: string; name: string } | null | undefined;
  countries: ReadonlyArray<{ code: string; name: string }>;
  languages: ReadonlyArray<{ code: string; name: string }>;
  ruleLabel: (number: number) => string;
};

/**
 * The options of the filters every tagged list shares (collaboration requests, resources): continent, region,
 * country, rule, language, organization — translated, in the viewer's language.
 */
export async function tagFilterChoices({ found, continent, organization, countries, languages, ruleLabel }: TagChoicesInput): Promise<Record<"continent" | "region" | "country" | "rule" | "language" | "organization", SelectOption[]>> {
  const geography = await getTranslations("Geography");
  const regionName = (code: string) => (geography.has(`regions.${code}` as never) ? geography(`regions.${code}` as never) : code);
  const continents = [...new Set(found.regions.map((row) => row.continent).filter((code): code is string => Boolean(code)))];
  return {
    continent: continents.filter((code) => code !== "AN").map((code) => ({ value: code, label: geography(`continents.${code}` as never) })),
    region: found.regions.filter((row) => !continent || row.continent === continent).map((row) => ({ value: row.region, label: regionName(row.region) })),
    country: countries.map((country) => ({ value: country.code, label: country.name })),
    rule: Array.from({ length: 70 }, (_, index) => ({ value: String(index + 1), label: ruleLabel(index + 1) })),
    language: languages.map((language) => ({ value: language.code, label: language.name })),
    organization: [...found.organizations.map((row) => ({ value: row.slug, label: row.name })), ...(organization && !found.organizations.some((row) => row.slug === organization.slug) ? [{ value: organization.slug, label: organization.name }] : [])],
  };
}
