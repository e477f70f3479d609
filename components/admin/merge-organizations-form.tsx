"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { FormField } from "@/components/ui/form-field";
import { FormStatus } from "@/components/ui/form-status";
import { refusalOf } from "@/components/ui/refusal";
import { OptionSelect, type SelectOption } from "@/components/ui/select";
import { SubmitButton } from "@/components/ui/submit-button";
import { mergeOrganizationsAction } from "@/lib/organizations/actions";

/** Merge a duplicate into the organization that stays: two choices among the organizations not archived. */
export function MergeOrganizationsForm({ organizations }: { organizations: SelectOption[] }) {
  const t = useTranslations("AdminOrganizations");
  const [state, action] = useActionState(mergeOrganizationsAction, null);
  const refusal = refusalOf(state);
  return (
    <form action={action} noValidate className="flex flex-col gap-4">
      <FormStatus state={state} idPrefix="merge" fieldLabels={{ duplicateId: t("duplicate"), survivorId: t("survivor") }} />
      <FormField id="merge-duplicateId" label={t("duplicate")} error={refusal.errors.duplicateId} required>
        {(control) => <OptionSelect {...control} name="duplicateId" className="max-w-md" placeholder={t("choose")} defaultValue={refusal.text("duplicateId") ?? ""} options={organizations} />}
      </FormField>
      <FormField id="merge-survivorId" label={t("survivor")} error={refusal.errors.survivorId} required>
        {(control) => <OptionSelect {...control} name="survivorId" className="max-w-md" placeholder={t("choose")} defaultValue={refusal.text("survivorId") ?? ""} options={organizations} />}
      </FormField>
      <SubmitButton variant="danger" pendingLabel={t("merging")} className="self-start">
        {t("merge")}
      </SubmitButton>
    </form>
  );
}
