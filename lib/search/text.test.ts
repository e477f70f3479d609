import { describe, expect, it } from "vitest";
import { foldText, prefixTsquery, searchDocument, searchTerms, snippet } from "./text";

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

describe("snippet", () => {
  it("marks the words a term starts, ignoring accents and case, and shows them as written", () => {
    const parts = snippet("Trabajo con mujeres en la cárcel de **Bogotá** desde 2019.", ["bogota", "carc"]);
    expect(parts.filter((part) => part.match).map((part) => part.text)).toEqual(["cárcel", "Bogotá"]);
    expect(parts.map((part) => part.text).join("")).toBe("Trabajo con mujeres en la cárcel de Bogotá desde 2019.");
  });

  it("cuts around the first match, and keeps what looks like markup as text", () => {
    const long = `${"palabra ".repeat(40)}<script>alert(1)</script> objetivo ${"fin ".repeat(40)}`;
    const parts = snippet(long, ["objetivo"], 10);
    expect(parts[0]!.text.startsWith("… ")).toBe(true);
    expect(parts.at(-1)!.text).toBe(" …");
    expect(parts.map((part) => part.text).join("")).toContain("<script>alert(1)</script>");
    expect(parts.find((part) => part.match)?.text).toBe("objetivo");
  });
});
