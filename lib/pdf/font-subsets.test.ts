import { describe, expect, it } from "vitest";
import { splitBySubset, subsetOf } from "./font-subsets";

describe("font subsets", () => {
  it("draws each character with the first of Inter's subsets that has it", () => {
    expect(subsetOf("é".codePointAt(0)!)).toBe("latin");
    expect(subsetOf("ł".codePointAt(0)!)).toBe("latin-ext");
    expect(subsetOf("ж".codePointAt(0)!)).toBe("cyrillic");
    expect(subsetOf("漢".codePointAt(0)!)).toBeNull();
  });

  it("cuts a text into runs of one subset, spaces staying with latin, and marks what none can draw", () => {
    expect(splitBySubset("Łódź ñ ç ã 漢")).toEqual([
      { subset: "latin-ext", text: "Ł" },
      { subset: "latin", text: "ód" },
      { subset: "latin-ext", text: "ź" },
      { subset: "latin", text: " ñ ç ã \ufffd" },
    ]);
  });

  it("composes decomposed accents first (NFC), so e + ◌́ is drawn as é", () => {
    expect(splitBySubset("e\u0301")).toEqual([{ subset: "latin", text: "é" }]);
  });
});
