import { useTranslations } from "next-intl";
import { ExternalLink, Link } from "@/components/ui/link";
import { BANGKOK_RULES_URL } from "./nav-items";
import { PageContainer } from "./page-container";

export function SiteFooter() {
  const t = useTranslations("Shell");
  return (
    <footer className="mt-16 border-t border-line bg-surface">
      <PageContainer className="flex flex-col gap-4 py-8 text-sm text-muted">
        <p>
          <span className="font-semibold text-ink">{t("networkName")}</span> · {t("footerTagline")}
        </p>
        <nav aria-label={t("footerNav")}>
          <ul className="flex flex-wrap gap-x-6 gap-y-2">
            <li>
              <Link href="/apply">{t("footerApply")}</Link>
            </li>
            <li>
              <Link href="/sign-in">{t("signIn")}</Link>
            </li>
            <li>
              <ExternalLink href={BANGKOK_RULES_URL}>{t("footerBangkokRules")}</ExternalLink>
            </li>
          </ul>
        </nav>
        <p className="max-w-prose">{t("footerPrivacy")}</p>
      </PageContainer>
    </footer>
  );
}
