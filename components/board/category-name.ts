/** A category's name or description in the page's language, else English, else the first one written. */
export function localized(names: unknown, locale: string): string {
  const map = (names && typeof names === "object" ? names : {}) as Record<string, string>;
  return map[locale] ?? map.en ?? Object.values(map)[0] ?? "";
}
