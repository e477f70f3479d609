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
