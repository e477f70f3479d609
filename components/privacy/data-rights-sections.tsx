import { getFormatter, getTranslations } from "next-intl/server";
import { DATE_TIME } from "@/components/account/date-format";
import { SimpleActionForm } from "@/components/account/simple-action-form";
import { Alert } from "@/components/ui/alert";
import { buttonClasses } from "@/components/ui/button";
import { ButtonLink, Link } from "@/components/ui/link";
import { requestExportAction } from "@/lib/privacy/actions";
import { EXPORT_KEPT_DAYS, type ExportState } from "@/lib/privacy/format";
import { DeleteAccountForm } from "./delete-account-form";

/** "Your data": the latest export's state (a refresh shows the next one: no script needed) and the button. */
export async function ExportSection({ state }: { state: ExportState }) {
  const [t, format] = await Promise.all([getTranslations("DataRights.export"), getFormatter()]);
  const inProgress = state.state === "requested" || state.state === "preparing";
  return (
    <section aria-labelledby="data-export-heading" className="flex flex-col items-start gap-3">
      <h2 id="data-export-heading" className="text-xl font-semibold text-ink">{t("title")}</h2>
      <p className="text-muted">{t("intro", { days: EXPORT_KEPT_DAYS })}</p>
      <p role="status" className="font-medium text-ink" data-export-state={state.state}>
        {state.state === "none" ? t("stateNone") : null}
        {state.state === "requested" ? t("stateRequested", { at: format.dateTime(state.requestedAt, DATE_TIME) }) : null}
        {state.state === "preparing" ? t("statePreparing", { at: format.dateTime(state.requestedAt, DATE_TIME) }) : null}
        {state.state === "ready"
          ? t("stateReady", { until: format.dateTime(state.until, DATE_TIME), size: format.number(Math.max(0.1, state.byteSize / 1_048_576), { maximumFractionDigits: 1 }) })
          : null}
        {state.state === "expired" ? t("stateExpired") : null}
        {state.state === "failed" ? t("stateFailed") : null}
      </p>
      {state.state === "ready" ? (
        // A plain link, not Next's: it must never be prefetched (each download is audited).
        <a href={`/account/privacy/export/${state.id}`} download className={buttonClasses()}>
          {t("download")}
        </a>
      ) : null}
      {inProgress ? (
        <Link href="/account/privacy">{t("refresh")}</Link>
      ) : (
        <SimpleActionForm action={requestExportAction} label={state.state === "ready" ? t("prepareAgain") : t("prepare")} pendingLabel={t("preparing")} variant={state.state === "ready" ? "secondary" : "primary"} />
      )}
    </section>
  );
}

/** "Delete your account": what happens, then the form (or why it cannot be used). */
export async function DeleteSection({ email, deletion }: { email: string; deletion: { hasPassword: boolean; needsCode: boolean; lastAdmin: boolean } }) {
  const t = await getTranslations("DataRights.delete");
  return (
    <section aria-labelledby="delete-account-heading" className="flex flex-col gap-3">
      <h2 id="delete-account-heading" className="text-xl font-semibold text-ink">{t("title")}</h2>
      <p className="text-muted">{t("intro")}</p>
      <ul className="list-disc pl-6 text-muted">
        <li>{t("whatGoes")}</li>
        <li>{t("whatStays")}</li>
        <li>{t("exportFirst")}</li>
      </ul>
      {deletion.lastAdmin ? (
        <Alert variant="info" title={t("lastAdminTitle")} announce={false}>
          {t("lastAdminBody")}
        </Alert>
      ) : deletion.hasPassword ? (
        <DeleteAccountForm email={email} needsCode={deletion.needsCode} />
      ) : (
        <div className="flex flex-col items-start gap-3">
          <Alert variant="info" title={t("noPasswordTitle")} announce={false}>
            {t("noPasswordBody")}
          </Alert>
          <ButtonLink href="/reset-password">{t("noPasswordAction")}</ButtonLink>
        </div>
      )}
    </section>
  );
}
