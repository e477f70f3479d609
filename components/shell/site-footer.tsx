import { getTranslations } from "next-intl/server";
import { Button } from "@/components/ui/button";
import { ExternalLink, Link } from "@/components/ui/link";
import { canApply } from "@/lib/auth/policy";
import { loadViewer } from "@/lib/auth/viewer";
import { BANGKOK_RULES_URL } from "./nav-items";
import { PageContainer } from "./page-container";

export async function SiteFooter() {
  const [t, account, viewer] = await Promise.all([getTranslations("Shell"), getTranslations("Account"), loadViewer()]);
  return (
    <footer className="mt-16 border-t border-line bg-surface">
      <PageContainer className="flex flex-col gap-4 py-8 text-sm text-muted">
        <p>
          <span className="font-semibold text-ink">{t("networkName")}</span> · {t("footerTagline")}
        </p>
        <nav aria-label={t("footerNav")}>
          <ul className="flex flex-wrap items-center gap-x-6 gap-y-2">
            {/* Applying and signing in are for visitors; the apply page sends signed-in people elsewhere. */}
            {canApply(viewer) ? (
              <>
                <li>
                  <Link href="/apply">{t("footerApply")}</Link>
                </li>
                <li>
                  <Link href="/sign-in">{t("signIn")}</Link>
                </li>
              </>
            ) : (
              <>
                <li>
                  <Link href="/account">{account("account")}</Link>
                </li>
                <li>
                  <form method="post" action="/sign-out">
                    <Button type="submit" variant="secondary" size="sm">
                      {account("signOut")}
                    </Button>
                  </form>
                </li>
              </>
            )}
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
