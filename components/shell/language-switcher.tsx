import { useLocale, useTranslations } from "next-intl";
import { cx } from "@/components/ui/class-names";
import { setLocaleAction } from "@/lib/i18n/actions";
import { localeNames, locales } from "@/lib/i18n/config";
import { ReturnToInput } from "./return-to-input";

/**
 * One submit button per language, each named in its own language. A plain form posting to a server
 * action: it works before (and without) JavaScript.
 */
export function LanguageSwitcher() {
  const t = useTranslations("Language");
  const current = useLocale();
  return (
    <form action={setLocaleAction} aria-label={t("label")} className="flex flex-wrap items-center gap-x-1 gap-y-1">
      <ReturnToInput />
      <span className="mr-1 inline-flex items-center gap-1.5 text-sm text-muted">
        <svg aria-hidden="true" viewBox="0 0 20 20" className="size-4" fill="none" stroke="currentColor" strokeWidth="1.5">
          <circle cx="10" cy="10" r="7.5" />
          <path d="M2.5 10h15M10 2.5c2 2.2 3 4.7 3 7.5s-1 5.3-3 7.5c-2-2.2-3-4.7-3-7.5s1-5.3 3-7.5Z" />
        </svg>
        <span className="sr-only sm:not-sr-only">{t("label")}</span>
      </span>
      {locales.map((locale) => (
        <button
          key={locale}
          type="submit"
          name="locale"
          value={locale}
          lang={locale}
          aria-current={locale === current ? "true" : undefined}
          className={cx(
            "min-h-9 rounded px-2 text-sm",
            locale === current
              ? "font-semibold text-brand-800 underline decoration-2 underline-offset-4"
              : "text-ink hover:bg-brand-100 hover:underline",
          )}
        >
          {localeNames[locale]}
        </button>
      ))}
    </form>
  );
}
