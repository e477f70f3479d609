// Folding and query parsing shared by every text search (the directory now; the board, requests and resources
// later): text is folded on write (lower case, accents removed by Unicode decomposition) and searched through
// to_tsvector('simple', folded) with prefix terms, so "bogota" finds "Bogotá" and "mar" finds "María".

/** Lower case without diacritics: "Bogotá Çelik" → "bogota celik". */
export function foldText(text: string): string {
  return text.normalize("NFKD").replace(/\p{M}+/gu, "").toLowerCase().normalize("NFC");
}

/** The folded document of several parts, skipping empty ones. */
export function searchDocument(parts: ReadonlyArray<string | null | undefined>): string {
  return parts.flatMap((part) => (part ? [foldText(part).replace(/\s+/g, " ").trim()] : [])).filter(Boolean).join(" ");
}

const MAX_TERMS = 8;
const MAX_TERM_LENGTH = 40;

/** The words of a search box, folded; only letters and digits survive, so no tsquery syntax gets through. */
export function searchTerms(query: string | undefined): string[] {
  if (!query) return [];
  const words = foldText(query).split(/[^\p{L}\p{N}]+/u).filter(Boolean);
  return [...new Set(words.map((word) => word.slice(0, MAX_TERM_LENGTH)))].slice(0, MAX_TERMS);
}

/** A tsquery where every term must match as a word prefix ("bog:* & mar:*"); null for an empty search. */
export function prefixTsquery(terms: readonly string[]): string | null {
  return terms.length ? terms.map((term) => `${term}:*`).join(" & ") : null;
}

export type SnippetPart = { text: string; match: boolean };

/**
 * A short excerpt of `text` around the first word a search term starts, as parts to render (matched words
 * marked): plain text in, plain text out, so the page escapes it like any other text — no HTML is built here.
 * Markdown's marks are dropped; accents and case are ignored when matching, never in what is shown.
 */
export function snippet(text: string, terms: readonly string[], words = 30): SnippetPart[] {
  const tokens = text.replace(/^\s*>+/gm, " ").replace(/[*_`~|]|^#+|\[|\]\([^)]*\)|\]/gm, " ").split(/\s+/).filter(Boolean);
  const matches = (token: string) => {
    const folded = foldText(token).replace(/[^\p{L}\p{N}]+/gu, "");
    return terms.some((term) => folded.startsWith(term));
  };
  const first = tokens.findIndex(matches);
  const start = Math.max(0, (first < 0 ? 0 : first) - Math.floor(words / 3));
  const window = tokens.slice(start, start + words);
  const parts: SnippetPart[] = [];
  if (start > 0) parts.push({ text: "… ", match: false });
  window.forEach((token, index) => {
    const separator = index < window.length - 1 ? " " : "";
    if (matches(token)) parts.push({ text: token, match: true }, ...(separator ? [{ text: separator, match: false }] : []));
    else if (parts.length && !parts.at(-1)!.match) parts.at(-1)!.text += token + separator;
    else parts.push({ text: token + separator, match: false });
  });
  if (start + words < tokens.length) parts.push({ text: " …", match: false });
  return parts;
}
