// The languages the platform speaks. Pure data: safe to import from server, client and tests.

export const locales = ["en", "es", "fr", "pt"] as const;

export type Locale = (typeof locales)[number];

export const defaultLocale: Locale = "en";

/** The cookie holding a visitor's chosen language (the name next-intl uses by convention). */
export const LOCALE_COOKIE = "NEXT_LOCALE";

/** Request header through which the server (lib/http/page-headers.ts) tells lib/i18n/request.ts the page's path. */
export const PATHNAME_HEADER = "x-wipn-pathname";

/** One year: a language choice should survive between visits. */
export const LOCALE_COOKIE_MAX_AGE_SECONDS = 60 * 60 * 24 * 365;

export function isLocale(value: unknown): value is Locale {
  return typeof value === "string" && (locales as readonly string[]).includes(value);
}

// Each language is named in itself (an endonym), so someone who cannot read the current language can
// still find their own. These names are deliberately not translated, which is why they live here and
// not in the message catalogues.
export const localeNames: Record<Locale, string> = {
  en: "English",
  es: "Español",
  fr: "Français",
  pt: "Português",
};
