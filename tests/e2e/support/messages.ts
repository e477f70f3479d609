// The app's own message catalogues, so specs follow the copy instead of repeating it.
import { readFileSync } from "node:fs";
import path from "node:path";
import type en from "../../../lib/i18n/messages/en.json";

export type Messages = typeof en;
export const LOCALES = ["en", "es", "fr", "pt"] as const;
export type Locale = (typeof LOCALES)[number];

const cache = new Map<Locale, Messages>();

export function messages(locale: Locale): Messages {
  let catalogue = cache.get(locale);
  if (!catalogue) {
    const file = path.join(import.meta.dirname, "../../../lib/i18n/messages", `${locale}.json`);
    catalogue = JSON.parse(readFileSync(file, "utf8")) as Messages;
    cache.set(locale, catalogue);
  }
  return catalogue;
}
