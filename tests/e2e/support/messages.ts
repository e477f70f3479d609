// The app's own message catalogues, so specs follow the copy instead of repeating it.
import { catalogs, type Messages } from "../../../lib/i18n/catalogs";

export type { Messages };
export const LOCALES = ["en", "es", "fr", "pt"] as const;
export type Locale = (typeof LOCALES)[number];

export function messages(locale: Locale): Messages {
  return catalogs[locale];
}
