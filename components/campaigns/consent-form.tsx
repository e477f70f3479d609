"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { Checkbox } from "@/components/ui/checkbox";
import { ChoiceGroup, Radio } from "@/components/ui/choice";
import { FormField } from "@/components/ui/form-field";
import { FormStatus } from "@/components/ui/form-status";
import { Input } from "@/components/ui/input";
import { refusalOf } from "@/components/ui/refusal";
import { SubmitButton } from "@/components/ui/submit-button";
import { answerConsentAction } from "@/lib/campaigns/actions";

/** One line of the preview: what would be public if ticked, exactly as it would read. */
export type ConsentField = { name: "photo" | "country" | "organization" | "story" | "quote"; label: string; value: string; photoUrl?: string };

/**
 * The featured member's answer: a name (hers, another, or none) and each field she lets be public, shown with
 * its value, nothing ticked beforehand. The preview's fingerprint goes with it, so a changed preview is refused.
 */
export function ConsentForm({ spotlightId, preview, displayName, fields }: { spotlightId: string; preview: string; displayName: string | null; fields: ConsentField[] }) {
  const t = useTranslations("CampaignConsent");
  const [state, action] = useActionState(answerConsentAction, null);
  const refusal = refusalOf(state);
  const prefix = `consent-${spotlightId}`;
  return (
    <form action={action} className="flex flex-col gap-4" noValidate>
      <FormStatus state={state} idPrefix={prefix} fieldLabels={{ name: t("nameLegend"), otherName: t("otherName") }} />
      <input type="hidden" name="spotlightId" value={spotlightId} />
      <input type="hidden" name="preview" value={preview} />
      <ChoiceGroup id={`${prefix}-name`} legend={t("nameLegend")} error={refusal.errors.name}>
        {displayName ? <Radio id={`${prefix}-name-display`} name="name" value="DISPLAY_NAME" defaultChecked={refusal.text("name") === "DISPLAY_NAME"} label={t("displayName", { name: displayName })} /> : null}
        <Radio id={`${prefix}-name-other`} name="name" value="OTHER_NAME" defaultChecked={refusal.text("name") === "OTHER_NAME"} label={t("anotherName")} />
        <Radio id={`${prefix}-name-none`} name="name" value="NO_NAME" defaultChecked={!refusal.text("name") || refusal.text("name") === "NO_NAME"} label={t("noName")} />
      </ChoiceGroup>
      <FormField id={`${prefix}-otherName`} label={t("otherName")} hint={t("otherNameHint")} error={refusal.errors.otherName}>
        {(control) => <Input {...control} name="otherName" defaultValue={refusal.text("otherName")} autoComplete="off" />}
      </FormField>
      <fieldset className="flex flex-col gap-3">
        <legend className="mb-1 font-medium text-ink">{t("fieldsLegend")}</legend>
        {fields.map((field) => (
          <Checkbox
            key={field.name}
            id={`${prefix}-${field.name}`}
            name={field.name}
            defaultChecked={refusal.text(field.name) === "on"}
            label={
              <span className="flex flex-col gap-1">
                <span className="font-medium">{field.label}</span>
                {field.photoUrl ? (
                  // The member's own photo, served to her by /files; a preview of what would be public.
                  // eslint-disable-next-line @next/next/no-img-element
                  <img src={field.photoUrl} alt={t("photoAlt")} width={64} height={64} className="size-16 rounded-full object-cover" />
                ) : (
                  <span className="whitespace-pre-line text-muted">{field.value}</span>
                )}
              </span>
            }
          />
        ))}
      </fieldset>
      <div className="flex flex-wrap gap-3">
        <SubmitButton name="decision" value="approve" variant="primary" pendingLabel={t("saving")}>
          {t("approve")}
        </SubmitButton>
        <SubmitButton name="decision" value="decline" variant="secondary" pendingLabel={t("saving")}>
          {t("decline")}
        </SubmitButton>
      </div>
    </form>
  );
}
