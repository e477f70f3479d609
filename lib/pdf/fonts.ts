// The app's own typeface, Inter, for PDFs: the static WOFF files of @fontsource/inter (the variable font the
// pages use cannot be embedded by PDF libraries), read from the installed package and parsed by fontkit once
// per process, only for the faces and scripts a document uses; pdfkit embeds a subset of the glyphs drawn.
// Nothing is fetched. The parsed fonts are shared by every document (fontkit keeps its glyph caches there),
// which halves the time of a long report.
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import * as fontkit from "fontkit";
import type { Subset } from "./font-subsets";
import { woffToSfnt } from "./woff";

export type Face = "regular" | "bold" | "italic" | "boldItalic";
export type ParsedFont = fontkit.Font;

const FILE_STEM: Record<Face, string> = { regular: "400-normal", bold: "700-normal", italic: "400-italic", boldItalic: "700-italic" };

// Resolved from the project's root rather than this file, which a bundler moves.
const resolveFromRoot = createRequire(path.join(process.cwd(), "package.json")).resolve;
const parsed = new Map<string, ParsedFont>();

/** The name a face and subset are registered under in a document ("bold/latin-ext"). */
export function fontKey(face: Face, subset: Subset): string {
  return `${face}/${subset}`;
}

/** The font of a face and subset, read, unwrapped from WOFF and parsed once. */
export function interFont(face: Face, subset: Subset): ParsedFont {
  const key = fontKey(face, subset);
  let font = parsed.get(key);
  if (!font) {
    const file = resolveFromRoot(`@fontsource/inter/files/inter-${subset}-${FILE_STEM[face]}.woff`);
    font = fontkit.create(woffToSfnt(readFileSync(file))) as ParsedFont;
    parsed.set(key, font);
  }
  return font;
}

export function faceOf(style: { bold?: boolean; italic?: boolean }): Face {
  if (style.bold) return style.italic ? "boldItalic" : "bold";
  return style.italic ? "italic" : "regular";
}
