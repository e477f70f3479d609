import { describe, expect, it } from "vitest";
import { closeRegions, helpTsquery, matchReasons, profileTokens, requestTokens, ruleRanges, strongTokens } from "./format";

const kenya = { code: "KE", continentCode: "AF", regionCode: "002", subregionCode: "202", intermediateRegionCode: "014" };
const brazil = { code: "BR", continentCode: "SA", regionCode: "019", subregionCode: "419", intermediateRegionCode: "005" };

describe("matching tokens", () => {
  it("gives a request the directory's tokens for its kind, places, rules, languages, area and organization", () => {
    expect(requestTokens({ kind: "MONITORING_VISIT", countries: [kenya], ruleNumbers: [25], languages: ["sw"], organizationId: "org1" })).toEqual([
      "area:MONITORING", "continent:AF", "country:KE", "kind:MONITORING_VISIT", "language:sw", "organization:org1", "region:002", "region:014", "region:202", "rule:25",
    ]);
  });

  it("makes candidates only of a topic in common: a country, a close region, a rule, an area", () => {
    const tokens = profileTokens({ country: kenya, languages: ["en"], areasOfWork: ["HEALTH"], ruleNumbers: [5] });
    expect(strongTokens(tokens, [kenya])).toEqual(["area:HEALTH", "country:KE", "region:014", "rule:5"]);
  });

  it("names a country, else the close region, else the continent, and lists rules as ranges", () => {
    expect(matchReasons(["country:KE", "region:014", "continent:AF", "rule:26", "rule:25", "rule:28", "language:sw"], { close: closeRegions([kenya]) })).toEqual({
      countries: ["KE"], regions: [], continents: [], rules: [25, 26, 28], areas: [], languages: ["sw"], helps: false,
    });
    expect(matchReasons(["region:002", "region:014", "continent:AF"], { close: closeRegions([kenya]) })).toMatchObject({ regions: ["014"], continents: [] });
    expect(matchReasons(["region:019", "continent:SA"], { close: closeRegions([brazil]) })).toMatchObject({ regions: [], continents: ["SA"] });
    expect(ruleRanges([28, 25, 26, 1])).toBe("1, 25–26, 28");
  });

  it("reads telling words of “I can help with” as prefixes, without accents or the network's common words", () => {
    expect(helpTsquery("Formación para mujeres en prisión: monitoreo, visitas")).toBe("formacion:* | monitoreo:* | visitas:*");
    expect(helpTsquery("help with women")).toBeNull();
    expect(helpTsquery(null)).toBeNull();
  });
});
