"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { FormField } from "@/components/ui/form-field";
import { FormStatus } from "@/components/ui/form-status";
import { Select } from "@/components/ui/select";
import { SubmitButton } from "@/components/ui/submit-button";
import { refusalOf } from "@/components/ui/refusal";
import { mergePlaceAction } from "@/lib/places/actions";

/** A moderator merges this place (a duplicate) into another place of the same country. */
export function MergePlaceForm({ placeId, candidates }: { placeId: string; candidates: Array<{ value: string; label: string }> }) {
  const t = useTranslations("PlacePage");
  const [state, action] = useActionState(mergePlaceAction, null);
  const errors = refusalOf(state).errors;
  return (
    <form action={action} noValidate className="flex flex-col gap-4">
      <FormStatus state={state} idPrefix="merge" fieldLabels={{ intoPlaceId: t("mergeInto") }} showSuccess={false} />
      <input type="hidden" name="placeId" value={placeId} />
      <FormField id="merge-intoPlaceId" label={t("mergeInto")} error={errors.intoPlaceId} required>
        {(control) => (
          <Select {...control} name="intoPlaceId" defaultValue="">
            <option value="">{t("chooseKept")}</option>
            {candidates.map((option) => (
              <option key={option.value} value={option.value}>{option.label}</option>
            ))}
          </Select>
        )}
      </FormField>
      <SubmitButton pendingLabel={t("merging")} variant="secondary" className="self-start">{t("merge")}</SubmitButton>
    </form>
  );
}
