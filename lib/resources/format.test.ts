import { describe, expect, it } from "vitest";
import { linkHost, resourceSearchDocument, resourceTokens } from "./format";

describe("resource filter tokens", () => {
  it("name the type, every level of each country's place, rules, languages, organization and year, once, sorted", () => {
    const kenya = { code: "KE", continentCode: "AF", regionCode: "002", subregionCode: "202", intermediateRegionCode: "014" };
    expect(resourceTokens({ type: "REPORT", countries: [kenya, { ...kenya, code: "UG" }], ruleNumbers: [25, 26], languages: ["en", "sw"], organizationId: "org1", year: 2024 })).toEqual([
      "continent:AF", "country:KE", "country:UG", "language:en", "language:sw", "organization:org1", "region:002", "region:014", "region:202", "rule:25", "rule:26", "type:REPORT", "year:2024",
    ]);
    expect(resourceTokens({ type: "OTHER", countries: [], ruleNumbers: [], languages: [], organizationId: null, year: null })).toEqual(["type:OTHER"]);
  });
});

describe("the search document", () => {
  it("folds title, summary and file text, without accents or case", () => {
    expect(resourceSearchDocument({ title: "Cárceles de BOGOTÁ", summary: "Informe  anual", extractedText: "Página\nuno" })).toBe("carceles de bogota informe anual pagina uno");
    expect(resourceSearchDocument({ title: "T", summary: "S", extractedText: null })).toBe("t s");
  });
});

describe("a link's host", () => {
  it("is what the page says the link leads to", () => {
    expect(linkHost("https://www.example.org/a/b?c")).toBe("www.example.org");
  });
});
