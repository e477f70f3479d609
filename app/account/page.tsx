import type { Metadata } from "next";
import { getLocale, getTranslations } from "next-intl/server";
import type { ReactNode } from "react";
import { DisplayNameForm } from "@/components/account/display-name-form";
import { LocaleForm } from "@/components/account/locale-form";
import { Link } from "@/components/ui/link";
import { withClientMessages } from "@/components/shell/client-messages";
import { loadAccountOverview } from "@/lib/account/loaders";
import { isLocale } from "@/lib/i18n/config";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("AccountOverview");
  return { title: t("metaTitle") };
}

export default withClientMessages(["AccountOverview", "FormStatus", "ui.button", "ui.formField"], async function AccountPage() {
  const { viewer, account, sessionCount, pendingEmailChange, recoveryCodesLeft, hasPassword } = await loadAccountOverview();
  const [t, locale] = await Promise.all([getTranslations("AccountOverview"), getLocale()]);
  const savedLocale = isLocale(account.locale) ? account.locale : locale;
  const twoFactor = account.totpEnabledAt ? `${t("twoFactorOn")} · ${recoveryCodesLeft > 0 ? t("recoveryCodesLeft", { count: recoveryCodesLeft }) : t("noRecoveryCodesLeft")}` : t("twoFactorOff");

  return (
    <>
      <div className="flex flex-col gap-2">
        <h1 className="text-3xl font-semibold tracking-tight text-ink">{t("title")}</h1>
        <p className="text-muted">{t("intro")}</p>
      </div>

      <section aria-labelledby="profile-heading" className="flex flex-col gap-6">
        <h2 id="profile-heading" className="text-xl font-semibold text-ink">
          {t("profileTitle")}
        </h2>
        <DisplayNameForm displayName={account.displayName ?? account.name ?? ""} />
        <LocaleForm locale={savedLocale} />
      </section>

      <section aria-labelledby="sign-in-heading" className="flex flex-col gap-4 border-t border-line pt-6">
        <h2 id="sign-in-heading" className="text-xl font-semibold text-ink">
          {t("signInTitle")}
        </h2>
        <dl className="flex flex-col divide-y divide-line rounded-lg border border-line bg-surface">
          <Row label={t("emailLabel")} link={<Link href="/account/email">{t("changeEmail")}</Link>}>
            <span className="block break-all">{viewer.email}</span>
            {pendingEmailChange ? <span className="block break-all text-sm text-muted">{t("emailPending", { email: pendingEmailChange.newEmail })}</span> : null}
          </Row>
          <Row label={t("passwordLabel")} link={<Link href="/account/password">{t("changePassword")}</Link>}>
            {hasPassword ? t("passwordSet") : t("passwordNotSet")}
          </Row>
          <Row label={t("twoFactorLabel")} link={<Link href="/account/security">{t("manageTwoFactor")}</Link>}>
            {twoFactor}
          </Row>
          <Row label={t("sessionsLabel")} link={<Link href="/account/sessions">{t("manageSessions")}</Link>}>
            {t("sessionsCount", { count: sessionCount })}
          </Row>
        </dl>
      </section>
    </>
  );
});

function Row({ label, link, children }: { label: string; link: ReactNode; children: ReactNode }) {
  return (
    <div className="flex flex-col gap-1 p-4">
      <dt className="text-sm font-medium text-muted">{label}</dt>
      <dd className="flex flex-col gap-2 text-ink sm:flex-row sm:items-baseline sm:justify-between sm:gap-4">
        <span className="min-w-0">{children}</span>
        <span className="shrink-0">{link}</span>
      </dd>
    </div>
  );
}
