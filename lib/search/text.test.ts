import { describe, expect, it } from "vitest";
import { foldText, prefixTsquery, searchDocument, searchTerms } from "./text";

describe("search text", () => {
  it("folds case and accents, in every script the network writes", () => {
    expect(foldText("Bogotá")).toBe("bogota");
    expect(foldText("ÇELİK Łódź São Paulo Ñandú")).toBe("celik łodz sao paulo nandu");
    expect(foldText("Москва")).toBe("москва");
  });

  it("builds a document from the parts that are present", () => {
    expect(searchDocument(["María  José", null, "", "Salud\nmental"])).toBe("maria jose salud mental");
  });

  it("keeps only letters and digits of a query, folded, de-duplicated and bounded", () => {
    expect(searchTerms("  Bogotá & (mar:* | !x) ")).toEqual(["bogota", "mar", "x"]);
    expect(searchTerms("a b c d e f g h i j")).toHaveLength(8);
    expect(searchTerms("")).toEqual([]);
    expect(searchTerms(undefined)).toEqual([]);
    expect(searchTerms("'; DROP TABLE --")).toEqual(["drop", "table"]);
  });

  it("matches every term as a word prefix", () => {
    expect(prefixTsquery(["bog", "mar"])).toBe("bog:* & mar:*");
    expect(prefixTsquery([])).toBeNull();
  });
});
