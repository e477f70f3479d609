"use client";

import { useTranslations } from "next-intl";
import { useActionState, useState } from "react";
import { FormField } from "@/components/ui/form-field";
import { FormStatus } from "@/components/ui/form-status";
import { Input } from "@/components/ui/input";
import { refusalOf } from "@/components/ui/refusal";
import { SubmitButton } from "@/components/ui/submit-button";
import { changeDisplayNameAction } from "@/lib/account/actions";
import { DISPLAY_NAME_MAX_LENGTH } from "@/lib/account/schema";

export function DisplayNameForm({ displayName }: { displayName: string }) {
  const t = useTranslations("AccountOverview");
  const [state, action] = useActionState(changeDisplayNameAction, null);
  const refusal = refusalOf(state);
  // Controlled, so what was typed stays in the field when the form comes back with an error.
  const [value, setValue] = useState(refusal.text("displayName") ?? displayName);
  return (
    <form action={action} className="flex flex-col gap-4" noValidate>
      <FormStatus state={state} idPrefix="display-name" fieldLabels={{ displayName: t("displayName") }} />
      <FormField id="display-name-displayName" label={t("displayName")} hint={t("displayNameHint")} error={refusal.errors.displayName} required>
        {(control) => (
          <Input {...control} name="displayName" value={value}
            onChange={(event) => setValue(event.target.value)} autoComplete="nickname" maxLength={DISPLAY_NAME_MAX_LENGTH} className="max-w-md" />
        )}
      </FormField>
      <SubmitButton variant="secondary" pendingLabel={t("displayNameSaving")} className="self-start">
        {t("displayNameSave")}
      </SubmitButton>
    </form>
  );
}
