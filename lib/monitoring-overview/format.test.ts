import { describe, expect, it } from "vitest";
import { buildMatrix, cellKey, countingPlan, countriesIn, parseTokens, shares, type GeoCountry } from "./format";
import { findingsHref, matrixHref } from "./schema";

const counts = (complies: number, partlyComplies: number, doesNotComply: number, notAssessed: number) => ({ complies, partlyComplies, doesNotComply, notAssessed });

const KENYA: GeoCountry = { code: "KE", continentCode: "AF", subregionCode: "202", intermediateRegionCode: "014" };
const UGANDA: GeoCountry = { code: "UG", continentCode: "AF", subregionCode: "202", intermediateRegionCode: "014" };
const EGYPT: GeoCountry = { code: "EG", continentCode: "AF", subregionCode: "015", intermediateRegionCode: null };
const PERU: GeoCountry = { code: "PE", continentCode: "SA", subregionCode: "419", intermediateRegionCode: "005" };
const GEO = new Map([KENYA, UGANDA, EGYPT, PERU].map((country) => [country.code, country]));

describe("countingPlan", () => {
  const years = [2026, 2025, 2023];
  it("reads the kept counts with no filter or a single one, a period as its years", () => {
    expect(countingPlan({}, years, undefined)).toEqual({ kind: "kept", tokens: [""] });
    expect(countingPlan({ type: "PRISON" }, years, undefined)).toEqual({ kind: "kept", tokens: ["type:PRISON"] });
    expect(countingPlan({ organization: "monitors" }, years, "org1")).toEqual({ kind: "kept", tokens: ["organization:org1"] });
    expect(countingPlan({ from: 2024 }, years, undefined)).toEqual({ kind: "kept", tokens: ["year:2026", "year:2025"] });
    expect(countingPlan({ from: 2026, to: 2023 }, years, undefined)).toEqual({ kind: "kept", tokens: ["year:2026", "year:2025", "year:2023"] });
    expect(countingPlan({ to: 2020 }, years, undefined)).toEqual({ kind: "nothing" });
  });

  it("counts two filters now, and nothing for an organization that does not exist", () => {
    expect(countingPlan({ type: "PRISON", from: 2025 }, years, undefined)).toEqual({ kind: "live", type: "PRISON", fromYear: 2025, toYear: null, organizationId: null });
    expect(countingPlan({ organization: "monitors", to: 2024 }, years, "org1")).toEqual({ kind: "live", type: null, fromYear: null, toYear: 2024, organizationId: "org1" });
    expect(countingPlan({ organization: "nobody", type: "PRISON" }, years, null)).toEqual({ kind: "nothing" });
  });
});

describe("countriesIn and buildMatrix", () => {
  it("keeps the countries of a continent or a region at any level", () => {
    expect(countriesIn([...GEO.values()], {})).toBeNull();
    expect(countriesIn([...GEO.values()], { continent: "AF" })).toEqual(["KE", "UG", "EG"]);
    expect(countriesIn([...GEO.values()], { region: "202" })).toEqual(["KE", "UG"]);
    expect(countriesIn([...GEO.values()], { region: "015" })).toEqual(["EG"]);
    expect(countriesIn([...GEO.values()], { continent: "SA", region: "014" })).toEqual([]);
  });

  it("adds countries up into regions or continents, with totals per column and rule", () => {
    const rows = [
      { ruleNumber: 5, countryCode: "KE", ...counts(0, 1, 3, 0) },
      { ruleNumber: 5, countryCode: "UG", ...counts(1, 0, 0, 0) },
      { ruleNumber: 5, countryCode: "PE", ...counts(0, 0, 0, 2) },
      { ruleNumber: 6, countryCode: "EG", ...counts(0, 0, 0, 0) },
    ];
    const byCountry = buildMatrix(rows, GEO, "country");
    expect(byCountry.columns).toEqual([{ code: "KE", total: 4 }, { code: "PE", total: 2 }, { code: "UG", total: 1 }]);
    const byRegion = buildMatrix(rows, GEO, "region");
    expect(byRegion.cells.get(cellKey(5, "014"))).toEqual(counts(1, 1, 3, 0));
    expect(byRegion.columns.map((column) => column.code)).toEqual(["014", "005"]);
    const byContinent = buildMatrix(rows, GEO, "continent");
    expect(byContinent.cells.get(cellKey(5, "AF"))).toEqual(counts(1, 1, 3, 0));
    expect(byContinent.ruleTotals.get(5)).toBe(7);
    expect(byContinent.ruleTotals.has(6)).toBe(false);
    expect(byContinent.total).toBe(7);
  });
});

describe("shares", () => {
  it("gives each assessment present its share, adding up to 100", () => {
    expect(shares(counts(1, 1, 1, 0))).toEqual([
      { assessment: "COMPLIES", percent: 34 },
      { assessment: "PARTLY_COMPLIES", percent: 33 },
      { assessment: "DOES_NOT_COMPLY", percent: 33 },
    ]);
    expect(shares(counts(0, 0, 7, 0))).toEqual([{ assessment: "DOES_NOT_COMPLY", percent: 100 }]);
    expect(shares(counts(0, 0, 0, 0))).toEqual([]);
    const many = shares(counts(3, 5, 11, 2));
    expect(many.reduce((sum, part) => sum + part.percent, 0)).toBe(100);
  });
});

describe("tokens and addresses", () => {
  it("reads the kept tokens into the filters' choices, years newest first", () => {
    expect(parseTokens(["organization:o1", "type:PRISON", "year:2023", "year:2025"])).toEqual({ types: ["PRISON"], years: [2025, 2023], organizationIds: ["o1"] });
  });

  it("writes the matrix's and a cell's addresses with only the values given", () => {
    expect(matrixHref({})).toBe("/monitoring");
    expect(matrixHref({ by: "country", type: "PRISON", from: 2024 })).toBe("/monitoring?type=PRISON&from=2024");
    expect(matrixHref({ by: "region", continent: "AF" })).toBe("/monitoring?by=region&continent=AF");
    expect(findingsHref({ rule: 5, country: "KE", type: "PRISON", after: "abc" })).toBe("/monitoring/findings?rule=5&country=KE&type=PRISON&after=abc");
  });
});
