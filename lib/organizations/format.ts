// Organization slugs: readable, ASCII, stable. Pure, so it is unit-tested without a database.

const MAX_SLUG_LENGTH = 60;

/** Latin letters that Unicode does not decompose into a base letter and a mark. */
const LIGATURES: Record<string, string> = { œ: "oe", æ: "ae", ß: "ss", ø: "o", đ: "d", ł: "l", þ: "th" };

/** "Mujeres Libres — Bogotá" → "mujeres-libres-bogota"; a name with no Latin letters or digits → "organization". */
export function slugify(name: string): string {
  const slug = name
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[œæßøđłþ]/g, (letter) => LIGATURES[letter] ?? letter)
    .replace(/&/g, " and ")
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "")
    .slice(0, MAX_SLUG_LENGTH)
    .replace(/-+$/g, "");
  return slug || "organization";
}

/** The first of base, base-2, base-3… that is not taken. */
export function firstFreeSlug(base: string, taken: Iterable<string>): string {
  const used = new Set(taken);
  if (!used.has(base)) return base;
  for (let n = 2; ; n += 1) {
    const candidate = `${base}-${n}`;
    if (!used.has(candidate)) return candidate;
  }
}
