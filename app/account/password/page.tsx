import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { ChangePasswordForm } from "@/components/account/change-password-form";
import { Alert } from "@/components/ui/alert";
import { ButtonLink, Link } from "@/components/ui/link";
import { withClientMessages } from "@/components/shell/client-messages";
import { loadPasswordPage } from "@/lib/account/loaders";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("AccountPassword");
  return { title: t("metaTitle") };
}

export default withClientMessages(["AccountPassword", "FormStatus", "ui.button", "ui.formField"], async function ChangePasswordPage() {
  const { viewer, hasPassword } = await loadPasswordPage();
  const t = await getTranslations("AccountPassword");
  return (
    <>
      <div className="flex flex-col gap-2">
        <h1 className="text-3xl font-semibold tracking-tight text-ink">{t("title")}</h1>
        <p className="text-muted">{t("intro")}</p>
      </div>
      {hasPassword ? (
        <>
          <ChangePasswordForm email={viewer.email} />
          <p>
            <Link href="/reset-password">{t("forgot")}</Link>
          </p>
        </>
      ) : (
        <div className="flex flex-col items-start gap-4">
          <Alert variant="info" title={t("noPasswordTitle")} announce={false}>
            {t("noPasswordBody")}
          </Alert>
          <ButtonLink href="/reset-password">{t("noPasswordAction")}</ButtonLink>
        </div>
      )}
    </>
  );
});
