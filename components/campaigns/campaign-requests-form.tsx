"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { Checkbox } from "@/components/ui/checkbox";
import { FormStatus } from "@/components/ui/form-status";
import { SubmitButton } from "@/components/ui/submit-button";
import { setCampaignRequestsAction } from "@/lib/campaigns/actions";

/** The member's standing choice: may campaigns ask to feature her at all? Off declines what waits for her. */
export function CampaignRequestsForm({ allowed }: { allowed: boolean }) {
  const t = useTranslations("CampaignConsent");
  const [state, action] = useActionState(setCampaignRequestsAction, null);
  return (
    <form action={action} className="flex flex-col gap-3 rounded-lg border border-line bg-surface p-4" noValidate>
      <FormStatus state={state} idPrefix="campaign-requests" fieldLabels={{ allowed: t("requestsLabel") }} />
      <fieldset className="flex flex-col gap-2">
        <legend className="mb-1 font-medium text-ink">{t("requestsLegend")}</legend>
        <Checkbox id="campaign-requests-allowed" name="allowed" defaultChecked={allowed} label={t("requestsLabel")} hint={t("requestsHint")} />
      </fieldset>
      <div>
        <SubmitButton variant="secondary" pendingLabel={t("saving")}>
          {t("requestsSave")}
        </SubmitButton>
      </div>
    </form>
  );
}
