import { readFileSync } from "node:fs";
import path from "node:path";
import * as fontkit from "fontkit";
import { describe, expect, it } from "vitest";
import { woffToSfnt } from "./woff";

const woff = readFileSync(path.join(process.cwd(), "node_modules/@fontsource/inter/files/inter-latin-ext-700-normal.woff"));

describe("woffToSfnt", () => {
  it("unwraps a WOFF into the font it carries, with its glyphs and names", () => {
    const font = fontkit.create(woffToSfnt(woff)) as fontkit.Font;
    const wrapped = fontkit.create(woff) as fontkit.Font;
    expect(font.familyName).toBe(wrapped.familyName);
    expect(font.numGlyphs).toBe(wrapped.numGlyphs);
    expect(font.hasGlyphForCodePoint("ł".codePointAt(0)!)).toBe(true);
    expect(font.layout("Łź").glyphs.map((glyph) => glyph.advanceWidth)).toEqual(wrapped.layout("Łź").glyphs.map((glyph) => glyph.advanceWidth));
  });

  it("refuses what is not a WOFF font", () => {
    expect(() => woffToSfnt(Buffer.from("%PDF-1.7 not a font at all, but long enough for a header"))).toThrow("Not a WOFF font");
  });
});
