// Pure helpers of the matching: the tokens a request and a profile are matched by (the directory's "kind:value"
// shape, so a request's tokens meet a member's AdvocateProfile."directoryTokens"), the words of "I can help
// with" as a text query, and the reasons a match is shown with.
import { foldText } from "@/lib/search/text";
import { KIND_AREAS, type CollaborationKindValue } from "./schema";

export type PlaceCodes = { code: string; continentCode: string | null; regionCode: string | null; subregionCode: string | null; intermediateRegionCode: string | null };

const placeTokens = (country: PlaceCodes) =>
  [`country:${country.code}`, country.continentCode && `continent:${country.continentCode}`, country.regionCode && `region:${country.regionCode}`, country.subregionCode && `region:${country.subregionCode}`, country.intermediateRegionCode && `region:${country.intermediateRegionCode}`].filter(
    (token): token is string => Boolean(token),
  );

/** The most specific region of a country (intermediate region, else sub-region): the one a match by region means. */
const closeRegion = (country: PlaceCodes) => country.intermediateRegionCode ?? country.subregionCode;

/** What a request is filtered and matched by; stored in CollaborationRequest."matchTokens". */
export function requestTokens(request: { kind: CollaborationKindValue; countries: PlaceCodes[]; ruleNumbers: number[]; languages: string[]; organizationId: string | null }): string[] {
  const area = KIND_AREAS[request.kind];
  return [
    ...new Set([
      `kind:${request.kind}`,
      ...request.countries.flatMap(placeTokens),
      ...request.ruleNumbers.map((rule) => `rule:${rule}`),
      ...request.languages.map((language) => `language:${language}`),
      ...(area ? [`area:${area}`] : []),
      ...(request.organizationId ? [`organization:${request.organizationId}`] : []),
    ]),
  ].sort();
}

/**
 * The tokens that make a candidate (a topic in common: a country or close region, a rule, an area); a common
 * language or continent alone only adds to the score of one. `tokens` are a request's or a profile's.
 */
export function strongTokens(tokens: readonly string[], countries: PlaceCodes[]): string[] {
  const regions = new Set(countries.map(closeRegion).filter(Boolean).map((code) => `region:${code}`));
  return tokens.filter((token) => /^(country|rule|area):/.test(token) || regions.has(token));
}

/** A member's own profile as tokens, for the requests that fit them (all of their own fields: it is their view). */
export function profileTokens(profile: { country: PlaceCodes | null; languages: string[]; areasOfWork: string[]; ruleNumbers: number[] }): string[] {
  return [
    ...new Set([
      ...(profile.country ? placeTokens(profile.country) : []),
      ...profile.languages.map((language) => `language:${language}`),
      ...profile.areasOfWork.map((area) => `area:${area}`),
      ...profile.ruleNumbers.map((rule) => `rule:${rule}`),
    ]),
  ].sort();
}

/** Words too common in this network to say anything about a fit. */
const COMMON_WORDS = new Set(
  "with from that this have will your their about other others women woman prison prisons prisoner prisoners mujeres mujer prision presas para como sobre entre desde femmes femme detenues detention avec pour dans mulheres mulher prisao presas sobre help ayuda aide ajuda".split(" "),
);

/** "I can help with" as a text query: its telling words (four letters or more) as prefixes, any of them (at most 8). */
export function helpTsquery(canHelpWith: string | null | undefined): string | null {
  if (!canHelpWith) return null;
  const words = [...new Set(foldText(canHelpWith).split(/[^\p{L}\p{N}]+/u).filter((word) => word.length >= 4 && !COMMON_WORDS.has(word)))].slice(0, 8);
  return words.length ? words.map((word) => `${word.slice(0, 40)}:*`).join(" | ") : null;
}

export type MatchReasons = { countries: string[]; regions: string[]; continents: string[]; rules: number[]; areas: string[]; languages: string[]; helps: boolean };

/** The closest regions of these countries (region codes), the only regions a reason names. */
export function closeRegions(countries: PlaceCodes[]): Set<string> {
  return new Set(countries.map(closeRegion).filter((code): code is string => Boolean(code)));
}

/**
 * The tokens two sides share, as reasons: a country, else a close region (of `close`, the closest regions of
 * the side whose countries are asked about), else the continent; rules; areas; languages.
 */
export function matchReasons(shared: readonly string[], options: { helps?: boolean; close?: ReadonlySet<string> } = {}): MatchReasons {
  const { helps = false, close = new Set<string>() } = options;
  const of = (kind: string) => shared.filter((token) => token.startsWith(`${kind}:`)).map((token) => token.slice(kind.length + 1));
  const countries = of("country");
  const regions = countries.length ? [] : of("region").filter((code) => close.has(code));
  return {
    countries,
    regions,
    continents: countries.length || regions.length ? [] : of("continent"),
    rules: of("rule").map(Number).sort((a, b) => a - b),
    areas: of("area"),
    languages: of("language"),
    helps,
  };
}

/** Rule numbers as ranges: [25, 26, 28] → "25–26, 28". */
export function ruleRanges(rules: readonly number[]): string {
  const sorted = [...new Set(rules)].sort((a, b) => a - b);
  const parts: string[] = [];
  for (let i = 0; i < sorted.length; i++) {
    let end = i;
    while (end + 1 < sorted.length && sorted[end + 1] === sorted[end]! + 1) end++;
    parts.push(end > i ? `${sorted[i]}–${sorted[end]}` : String(sorted[i]));
    i = end;
  }
  return parts.join(", ");
}

/** Tokens by what they say, for a cheap score (one array overlap per group) and the candidates (`strong`). */
export type TokenGroups = { countries: string[]; regions: string[]; continents: string[]; rules: string[]; areas: string[]; languages: string[] };

export function tokenGroups(tokens: readonly string[], countries: PlaceCodes[]): TokenGroups {
  const close = new Set([...closeRegions(countries)].map((code) => `region:${code}`));
  const of = (kind: string) => tokens.filter((token) => token.startsWith(`${kind}:`));
  return { countries: of("country"), regions: of("region").filter((token) => close.has(token)), continents: of("continent"), rules: of("rule"), areas: of("area"), languages: of("language") };
}

/**
 * The tokens that make a candidate (a request for a member, a member for a request): a country, close region or
 * rule in common. An area alone is shared by too many to rank them all: it adds to the score, and makes candidates
 * only when nothing else is named.
 */
export function candidateTokens(groups: TokenGroups): string[] {
  const precise = [...groups.countries, ...groups.regions, ...groups.rules];
  return precise.length ? precise : groups.areas;
}

/** The subject type of a request's workspace (a WORKSPACE conversation of lib/conversations about the request). */
export const WORKSPACE_SUBJECT = "CollaborationRequest";
