import { useTranslations } from "next-intl";

export function SkipLink() {
  const t = useTranslations("Shell");
  return (
    <a
      href="#main"
      className="sr-only z-50 rounded-md bg-surface px-4 py-3 font-medium text-brand-800 underline focus:not-sr-only focus:fixed focus:top-3 focus:left-3"
    >
      {t("skipToContent")}
    </a>
  );
}
