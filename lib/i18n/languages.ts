// The working languages an applicant can name (ISO 639-1). Names are never stored or translated by hand:
// the UI shows each in the viewer's language with Intl.DisplayNames. The set covers the languages most
// spoken by the network's members and in the regions where it works; a language missing here is no
// obstacle (the work description is free text).
export const APPLICATION_LANGUAGES = [
  "en", "es", "fr", "pt", "ar", "ru", "zh", "sw", "hi", "bn", "ur", "fa", "id", "ms", "tr", "de", "it", "nl",
  "pl", "uk", "am", "ha", "yo", "ig", "zu", "wo", "lg", "th", "vi", "tl", "ja", "ko", "ne", "so", "mi",
] as const;

export type ApplicationLanguage = (typeof APPLICATION_LANGUAGES)[number];

/** The languages as { code, name } in `locale`, sorted the way that language sorts. */
export function languageOptions(locale: string): Array<{ code: ApplicationLanguage; name: string }> {
  const names = new Intl.DisplayNames([locale], { type: "language", fallback: "code" });
  const collator = new Intl.Collator(locale);
  return APPLICATION_LANGUAGES.map((code) => ({ code, name: capitalize(names.of(code) ?? code, locale) })).sort((a, b) =>
    collator.compare(a.name, b.name),
  );
}

/** One language's name in `locale` ("swahili" → "Swahili" at the start of a list item). */
export function languageName(code: string, locale: string): string {
  return capitalize(new Intl.DisplayNames([locale], { type: "language", fallback: "code" }).of(code) ?? code, locale);
}

function capitalize(name: string, locale: string): string {
  return name.charAt(0).toLocaleUpperCase(locale) + name.slice(1);
}
