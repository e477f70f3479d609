"use client";

import { useTranslations } from "next-intl";
import { useActionState, useState } from "react";
import { FormField } from "@/components/ui/form-field";
import { FormStatus } from "@/components/ui/form-status";
import { Input } from "@/components/ui/input";
import { refusalOf } from "@/components/ui/refusal";
import { SubmitButton } from "@/components/ui/submit-button";
import {
  cancelTwoFactorAction,
  confirmTwoFactorAction,
  disableTwoFactorAction,
  regenerateRecoveryCodesAction,
  startTwoFactorAction,
} from "@/lib/account/actions";
import { RecoveryCodes } from "./recovery-codes";
import { SimpleActionForm } from "./simple-action-form";

export type TwoFactorView =
  | { state: "off" }
  | { state: "enrolling"; secret: string; qrSvg: string }
  | { state: "on"; enabledSince: string; recoveryCodesLeft: number };

/**
 * Everything about two-step verification on one component that stays mounted while the page refreshes
 * around it, so the recovery codes returned by "turn on" or "make new codes" survive the refresh (also
 * when the form was posted without JavaScript, where React renders the page with the action's result).
 */
export function TwoFactorSection({ view, canDisable, hasPassword }: { view: TwoFactorView; canDisable: boolean; hasPassword: boolean }) {
  const t = useTranslations("AccountSecurity");
  const [confirmState, confirmAction] = useActionState(confirmTwoFactorAction, null);
  const [regenerateState, regenerateAction] = useActionState(regenerateRecoveryCodesAction, null);
  const [dismissed, setDismissed] = useState<object | null>(null);

  const fresh = [confirmState, regenerateState]
    .filter((state) => state?.ok === true)
    .sort((a, b) => (b?.ok ? b.data.issuedAt : 0) - (a?.ok ? a.data.issuedAt : 0))[0];
  if (fresh?.ok && fresh !== dismissed) {
    return <RecoveryCodes codes={fresh.data.recoveryCodes} message={fresh.message} onDone={() => setDismissed(fresh)} />;
  }

  if (view.state === "off") {
    return (
      <div className="flex flex-col items-start gap-4">
        <p className="font-medium text-ink">{t("statusOff")}</p>
        <p className="text-muted">{t("appsHint")}</p>
        <SimpleActionForm action={startTwoFactorAction} label={t("setUp")} pendingLabel={t("settingUp")} variant="primary" showSuccess={false} />
      </div>
    );
  }

  if (view.state === "enrolling") {
    return (
      <div className="flex flex-col gap-8">
        <section aria-labelledby="scan-heading" className="flex flex-col gap-3">
          <h2 id="scan-heading" className="text-xl font-semibold text-ink">
            {t("stepScanTitle")}
          </h2>
          <p className="text-muted">{t("appsHint")}</p>
          <p className="text-muted">{t("stepScanBody")}</p>
          {/* Drawn on the server from the secret; nothing is fetched from anywhere. */}
          <div role="img" aria-label={t("qrLabel")} className="size-56 border border-line bg-white" dangerouslySetInnerHTML={{ __html: view.qrSvg }} />
          <details className="max-w-prose">
            <summary className="min-h-11 cursor-pointer py-2 font-medium text-brand-700 underline underline-offset-4">{t("manualSummary")}</summary>
            <div className="flex flex-col gap-2 pt-2">
              <p className="text-muted">{t("manualBody")}</p>
              <p>
                <span className="font-medium text-ink">{t("keyLabel")}: </span>
                <code data-testid="totp-secret" className="break-all rounded bg-stone-100 px-2 py-1 font-mono text-lg tracking-wider text-ink">
                  {view.secret.match(/.{1,4}/g)?.join(" ")}
                </code>
              </p>
            </div>
          </details>
        </section>
        <section aria-labelledby="confirm-heading" className="flex flex-col gap-3">
          <h2 id="confirm-heading" className="text-xl font-semibold text-ink">
            {t("stepConfirmTitle")}
          </h2>
          <form action={confirmAction} className="flex flex-col gap-4" noValidate>
            <FormStatus state={confirmState} idPrefix="confirm" fieldLabels={{ code: t("code") }} />
            <FormField id="confirm-code" label={t("code")} hint={t("codeHint")} error={refusalOf(confirmState).errors.code} required>
              {(control) => <Input {...control} name="code" inputMode="numeric" autoComplete="one-time-code" maxLength={8} className="max-w-40 font-mono text-lg tracking-widest" />}
            </FormField>
            <SubmitButton pendingLabel={t("confirming")} className="self-start">
              {t("confirm")}
            </SubmitButton>
          </form>
        </section>
        <SimpleActionForm action={cancelTwoFactorAction} label={t("cancel")} pendingLabel={t("cancelling")} variant="ghost" showSuccess={false} />
      </div>
    );
  }

  return (
    <div className="flex flex-col gap-8">
      <div className="flex flex-col gap-2">
        <p className="font-medium text-ink">{t("statusOn", { date: view.enabledSince })}</p>
        <p className="text-muted">{view.recoveryCodesLeft > 0 ? t("recoveryLeft", { count: view.recoveryCodesLeft }) : t("recoveryNone")}</p>
      </div>
      <section aria-labelledby="regenerate-heading" className="flex flex-col gap-3 border-t border-line pt-6">
        <h2 id="regenerate-heading" className="text-xl font-semibold text-ink">
          {t("regenerateTitle")}
        </h2>
        <p className="text-muted">{t("regenerateBody")}</p>
        <form action={regenerateAction} className="flex flex-col gap-4" noValidate>
          <FormStatus state={regenerateState} idPrefix="regenerate" fieldLabels={{ code: t("regenerateCode") }} />
          <FormField id="regenerate-code" label={t("regenerateCode")} hint={t("codeOrRecoveryHint")} error={refusalOf(regenerateState).errors.code} required>
            {(control) => <Input {...control} name="code" autoComplete="one-time-code" maxLength={40} className="max-w-56 font-mono" />}
          </FormField>
          <SubmitButton variant="secondary" pendingLabel={t("regenerating")} className="self-start">
            {t("regenerate")}
          </SubmitButton>
        </form>
      </section>
      <section aria-labelledby="disable-heading" className="flex flex-col gap-3 border-t border-line pt-6">
        <h2 id="disable-heading" className="text-xl font-semibold text-ink">
          {t("disableTitle")}
        </h2>
        {!canDisable ? <p className="text-muted">{t("staffMustKeep")}</p> : !hasPassword ? <p className="text-muted">{t("noPasswordForDisable")}</p> : <DisableForm />}
      </section>
    </div>
  );
}

function DisableForm() {
  const t = useTranslations("AccountSecurity");
  const [state, action] = useActionState(disableTwoFactorAction, null);
  const refusal = refusalOf(state);
  return (
    <form action={action} className="flex flex-col gap-4" noValidate>
      <p className="text-muted">{t("disableBody")}</p>
      <FormStatus state={state} idPrefix="disable" fieldLabels={{ password: t("password"), code: t("disableCode") }} />
      <FormField id="disable-password" label={t("password")} error={refusal.errors.password} required>
        {(control) => <Input {...control} name="password" type="password" autoComplete="current-password" className="max-w-md" />}
      </FormField>
      <FormField id="disable-code" label={t("disableCode")} hint={t("codeOrRecoveryHint")} error={refusal.errors.code} required>
        {(control) => <Input {...control} name="code" autoComplete="one-time-code" maxLength={40} className="max-w-56 font-mono" />}
      </FormField>
      <SubmitButton variant="danger" pendingLabel={t("disabling")} className="self-start">
        {t("disable")}
      </SubmitButton>
    </form>
  );
}
