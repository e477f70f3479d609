import { getLocale, getTranslations } from "next-intl/server";
import { headers } from "next/headers";
import { linkClasses } from "@/components/ui/link";
import { cx } from "@/components/ui/class-names";
import { publicPagePath, RULES_EXPLAINER_PATH } from "@/lib/http/public-pages";
import { localeNames, locales, PATHNAME_HEADER, type Locale } from "@/lib/i18n/config";
import { NetworkLogo } from "./network-logo";
import { PageContainer } from "./page-container";

// The header and footer of the public pages (the campaigns, the Bangkok Rules explainer). They read no session
// and no cookie: a public page is the same for every visitor in a language, which lets the server cache it
// whole. The language switch is a set of plain links (`?lang=es`), not the member area's form (which sets a
// cookie); nothing links into the member area but a neutral "Members: sign in".

function Brand({ name }: { name: string }) {
  return (
    // A plain link, like every link of the public pages: nothing of theirs needs the client router.
    // eslint-disable-next-line @next/next/no-html-link-for-pages
    <a href="/" className="flex min-h-11 items-center gap-2 text-lg leading-tight font-semibold text-brand-900">
      <NetworkLogo />
      <span>{name}</span>
    </a>
  );
}

export async function PublicSiteHeader() {
  const [t, language, current, headerList] = await Promise.all([getTranslations("Shell"), getTranslations("Language"), getLocale(), headers()]);
  const pathname = headerList.get(PATHNAME_HEADER) ?? "/";
  return (
    <header className="border-b border-line bg-surface">
      <div className="border-b border-line bg-brand-50">
        <PageContainer className="flex justify-end py-1">
          <nav aria-label={language("label")}>
            <ul className="flex flex-wrap items-center gap-x-1 gap-y-1">
              {locales.map((locale) => (
                <li key={locale}>
                  <a
                    href={publicPagePath(pathname, locale)}
                    lang={locale}
                    hrefLang={locale}
                    aria-current={locale === current ? "true" : undefined}
                    className={cx(
                      "inline-flex min-h-9 items-center rounded px-2 text-sm",
                      locale === current ? "font-semibold text-brand-800 underline decoration-2 underline-offset-4" : "text-ink hover:bg-brand-100 hover:underline",
                    )}
                  >
                    {localeNames[locale]}
                  </a>
                </li>
              ))}
            </ul>
          </nav>
        </PageContainer>
      </div>
      <PageContainer className="flex flex-wrap items-center justify-between gap-x-4 gap-y-1 py-3">
        <Brand name={t("networkName")} />
      </PageContainer>
    </header>
  );
}

export async function PublicSiteFooter() {
  const [t, campaigns, locale] = await Promise.all([getTranslations("Shell"), getTranslations("CampaignPublic"), getLocale()]);
  return (
    <footer className="mt-16 border-t border-line bg-surface">
      <PageContainer className="flex flex-col gap-4 py-8 text-sm text-muted">
        <p>
          <span className="font-semibold text-ink">{t("networkName")}</span> · {t("footerTagline")}
        </p>
        <nav aria-label={t("footerNav")}>
          <ul className="flex flex-wrap items-center gap-x-6 gap-y-2">
            <li>
              <a href={publicPagePath(RULES_EXPLAINER_PATH, locale as Locale)} className={linkClasses()}>
                {campaigns("rulesLink")}
              </a>
            </li>
            <li>
              <a href="/sign-in" className={linkClasses()}>
                {campaigns("membersSignIn")}
              </a>
            </li>
          </ul>
        </nav>
      </PageContainer>
    </footer>
  );
}
