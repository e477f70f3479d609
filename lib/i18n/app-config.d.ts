// Types next-intl's APIs (useTranslations, getTranslations, useLocale, ...) with our locales and the
// English catalogue, so a misspelt message key is a type error.
import type { Locale } from "./config";
import type { Messages } from "./catalogs";

declare module "next-intl" {
  interface AppConfig {
    Locale: Locale;
    Messages: Messages;
  }
}
