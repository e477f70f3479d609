import { getFormatter, getLocale, getTranslations } from "next-intl/server";
import { languageName } from "@/lib/i18n/languages";
import { ruleRanges, type MatchReasons } from "@/lib/collaborations/format";

/**
 * Turns match reasons into one sentence in the viewer's language: "you work in Kenya; both on rules 25–26".
 * `perspective`: the viewer's own fit ("you…") or a member's fit with the viewer's request ("works on…").
 */
export async function reasonsSentence(reasons: MatchReasons, countryNames: ReadonlyMap<string, string>, perspective: "viewer" | "member"): Promise<string> {
  const [t, geography, areas, format, locale] = await Promise.all([getTranslations("MatchReasons"), getTranslations("Geography"), getTranslations("AreasOfWork"), getFormatter(), getLocale()]);
  const list = (items: string[]) => format.list(items, { type: "conjunction" });
  const m = perspective === "member";
  const parts: string[] = [];
  if (reasons.countries.length) parts.push(t(m ? "memberCountry" : "country", { countries: list(reasons.countries.map((code) => countryNames.get(code) ?? code)) }));
  if (reasons.regions.length) {
    const regions = list(reasons.regions.map((code) => (geography.has(`regions.${code}` as never) ? geography(`regions.${code}` as never) : code)));
    parts.push(t(m ? "memberRegion" : "region", { regions }));
  }
  if (reasons.continents.length) parts.push(t(m ? "memberContinent" : "continent"));
  if (reasons.rules.length) {
    const key = m ? (reasons.rules.length === 1 ? "memberRulesOne" : "memberRulesMany") : reasons.rules.length === 1 ? "rulesOne" : "rulesMany";
    parts.push(t(key, { rules: ruleRanges(reasons.rules) }));
  }
  if (reasons.areas.length) parts.push(t(m ? "memberAreas" : "areas", { areas: list(reasons.areas.map((area) => areas(area as never))) }));
  if (reasons.languages.length) {
    const languages = list(reasons.languages.map((code) => languageName(code, locale)));
    parts.push(m ? t("memberLanguages", { languages }) : t(reasons.languages.length === 1 ? "languagesOne" : "languagesMany", { languages }));
  }
  if (reasons.helps && !m) parts.push(t("helps"));
  return parts.join("; ");
}
