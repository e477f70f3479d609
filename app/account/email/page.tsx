import type { Metadata } from "next";
import { getFormatter, getTranslations } from "next-intl/server";
import { DATE_TIME } from "@/components/account/date-format";
import { EmailChangeForm } from "@/components/account/email-change-form";
import { SimpleActionForm } from "@/components/account/simple-action-form";
import { Alert } from "@/components/ui/alert";
import { ButtonLink } from "@/components/ui/link";
import { withClientMessages } from "@/components/shell/client-messages";
import { cancelEmailChangeAction } from "@/lib/account/actions";
import { loadEmailPage } from "@/lib/account/loaders";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("AccountEmail");
  return { title: t("metaTitle") };
}

export default withClientMessages(["AccountEmail", "FormStatus", "ui.button", "ui.formField"], async function ChangeEmailPage() {
  const { viewer, pending, hasPassword } = await loadEmailPage();
  const t = await getTranslations("AccountEmail");
  const format = await getFormatter();
  return (
    <>
      <div className="flex flex-col gap-2">
        <h1 className="text-3xl font-semibold tracking-tight text-ink">{t("title")}</h1>
        <p className="break-all font-medium text-ink">{t("current", { email: viewer.email })}</p>
        <p className="text-muted">{t("intro")}</p>
      </div>
      {pending ? (
        <section aria-labelledby="pending-heading" className="flex flex-col items-start gap-3 rounded-lg border border-line bg-surface p-4">
          <h2 id="pending-heading" className="text-lg font-semibold text-ink">
            {t("pendingTitle")}
          </h2>
          <p className="break-all text-muted">
            {t("pendingBody", {
              email: pending.newEmail,
              expires: format.dateTime(pending.expiresAt, DATE_TIME),
            })}
          </p>
          <SimpleActionForm action={cancelEmailChangeAction} label={t("cancel")} pendingLabel={t("cancelling")} />
        </section>
      ) : null}
      {hasPassword ? (
        <EmailChangeForm />
      ) : (
        <div className="flex flex-col items-start gap-4">
          <Alert variant="info" title={t("noPasswordTitle")} announce={false}>
            {t("noPasswordBody")}
          </Alert>
          <ButtonLink href="/account/password">{t("noPasswordAction")}</ButtonLink>
        </div>
      )}
    </>
  );
});
