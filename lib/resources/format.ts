// Pure helpers: the tokens a resource is filtered by (the "kind:value" shape of collaboration requests' tokens),
// its search document, and the name a downloaded file is given.
import type { PlaceCodes } from "@/lib/collaborations/format";
import { searchDocument } from "@/lib/search/text";
import type { ResourceTypeValue } from "./schema";

const placeTokens = (country: PlaceCodes) =>
  [`country:${country.code}`, country.continentCode && `continent:${country.continentCode}`, country.regionCode && `region:${country.regionCode}`, country.subregionCode && `region:${country.subregionCode}`, country.intermediateRegionCode && `region:${country.intermediateRegionCode}`].filter(
    (token): token is string => Boolean(token),
  );

/** What a resource is filtered by; stored in Resource."filterTokens". */
export function resourceTokens(resource: { type: ResourceTypeValue; countries: PlaceCodes[]; ruleNumbers: number[]; languages: string[]; organizationId: string | null; year: number | null }): string[] {
  return [
    ...new Set([
      `type:${resource.type}`,
      ...resource.countries.flatMap(placeTokens),
      ...resource.ruleNumbers.map((rule) => `rule:${rule}`),
      ...resource.languages.map((language) => `language:${language}`),
      ...(resource.organizationId ? [`organization:${resource.organizationId}`] : []),
      ...(resource.year ? [`year:${resource.year}`] : []),
    ]),
  ].sort();
}

/** The folded document searched: title, summary and the current version's extracted text (capped: 200,000 characters). */
export function resourceSearchDocument(parts: { title: string; summary: string; extractedText: string | null | undefined }): string {
  return searchDocument([parts.title, parts.summary, parts.extractedText?.slice(0, 200_000)]);
}

/** The link's host, shown beside "open the link" so members see where it leads. */
export function linkHost(url: string): string {
  try {
    return new URL(url).hostname;
  } catch {
    return url;
  }
}
