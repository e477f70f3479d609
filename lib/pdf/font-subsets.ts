// Which of Inter's static subsets (as @fontsource/inter ships them: one file per script) holds each character,
// and a text cut into runs that each one font can draw. A PDF font has no fallback of its own, so "Łódź" is
// drawn as "Ł" (latin-ext), "ó" (latin), "d" (latin), "ź" (latin-ext). Pure: unit-tested without fonts.
import unicodeRanges from "@fontsource/inter/unicode.json" with { type: "json" };

/** Tried in this order: the first subset that covers a character draws it (latin has the space and digits). */
export const SUBSETS = ["latin", "latin-ext", "vietnamese", "cyrillic", "cyrillic-ext", "greek", "greek-ext"] as const;
export type Subset = (typeof SUBSETS)[number];

type Range = readonly [number, number];

function parseRanges(spec: string): Range[] {
  return spec.split(",").map((part) => {
    const [first, last] = part.trim().replace(/^U\+/i, "").split("-");
    const start = Number.parseInt(first!, 16);
    return [start, last ? Number.parseInt(last, 16) : start] as const;
  });
}

const RANGES: ReadonlyArray<readonly [Subset, Range[]]> = SUBSETS.map((subset) => [subset, parseRanges((unicodeRanges as Record<string, string>)[subset] ?? "")]);

/** The subset that draws a code point, or null when Inter has no glyph for it (CJK, Arabic, emoji…). */
export function subsetOf(codePoint: number): Subset | null {
  for (const [subset, ranges] of RANGES) {
    if (ranges.some(([start, end]) => codePoint >= start && codePoint <= end)) return subset;
  }
  return null;
}

export type SubsetRun = { subset: Subset; text: string };

/** The replacement character (in latin) stands for what no subset can draw, so nothing is silently dropped. */
const REPLACEMENT = "\ufffd";

/** `text` cut into runs of one subset each, in order; characters no subset covers become U+FFFD. */
export function splitBySubset(text: string): SubsetRun[] {
  const runs: SubsetRun[] = [];
  for (const character of text.normalize("NFC")) {
    const found = subsetOf(character.codePointAt(0)!);
    const subset = found ?? "latin";
    const drawn = found ? character : REPLACEMENT;
    const last = runs.at(-1);
    if (last && last.subset === subset) last.text += drawn;
    else runs.push({ subset, text: drawn });
  }
  return runs;
}
