import type { Metadata } from "next";
import { getFormatter, getTranslations } from "next-intl/server";
import { TwoFactorSection, type TwoFactorView } from "@/components/account/two-factor-section";
import { Alert } from "@/components/ui/alert";
import { withClientMessages } from "@/components/shell/client-messages";
import { loadSecurityPage } from "@/lib/account/loaders";
import { mustEnableTwoFactor } from "@/lib/auth/policy";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("AccountSecurity");
  return { title: t("metaTitle") };
}

/** Staff without two-step verification are sent here (?required=1) by every staff page until they set it up. */
export default withClientMessages(["AccountSecurity", "FormStatus", "ui.button", "ui.formField"], async function SecurityPage({ searchParams }: PageProps<"/account/security">) {
  const [{ viewer, twoFactor, hasPassword, canDisable }, { required }] = await Promise.all([loadSecurityPage(), searchParams]);
  const t = await getTranslations("AccountSecurity");
  const format = await getFormatter();
  const showRequired = twoFactor.state !== "on" && (mustEnableTwoFactor(viewer) || required === "1");
  const view: TwoFactorView =
    twoFactor.state === "on"
      ? { state: "on", enabledSince: format.dateTime(twoFactor.enabledAt, { dateStyle: "long" }), recoveryCodesLeft: twoFactor.recoveryCodesLeft }
      : twoFactor.state === "enrolling"
        ? { state: "enrolling", secret: twoFactor.secret, qrSvg: twoFactor.qrSvg }
        : { state: "off" };

  return (
    <>
      {showRequired ? (
        <Alert variant="warning" title={t("requiredTitle")} announce={false}>
          {t("requiredBody")}
        </Alert>
      ) : null}
      <div className="flex flex-col gap-2">
        <h1 className="text-3xl font-semibold tracking-tight text-ink">{t("title")}</h1>
        <p className="text-muted">{t("intro")}</p>
      </div>
      <TwoFactorSection view={view} canDisable={canDisable} hasPassword={hasPassword} />
    </>
  );
});
