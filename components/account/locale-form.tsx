"use client";

import { useTranslations } from "next-intl";
import { useActionState, useState } from "react";
import { FormField } from "@/components/ui/form-field";
import { Select } from "@/components/ui/select";
import { SubmitButton } from "@/components/ui/submit-button";
import { changeLocaleAction } from "@/lib/account/actions";
import { localeNames, locales, type Locale } from "@/lib/i18n/config";
import { fieldError, FormMessage } from "./form-message";

export function LocaleForm({ locale }: { locale: Locale }) {
  const t = useTranslations("AccountOverview");
  const [state, action] = useActionState(changeLocaleAction, null);
  const [value, setValue] = useState<string>(locale);
  return (
    <form action={action} className="flex flex-col gap-4" noValidate>
      <FormMessage state={state} />
      <FormField label={t("language")} hint={t("languageHint")} error={fieldError(state, "locale")}>
        {(control) => (
          <Select {...control} name="locale" value={value} onChange={(event) => setValue(event.target.value)} className="max-w-xs">
            {locales.map((value) => (
              <option key={value} value={value} lang={value}>
                {localeNames[value]}
              </option>
            ))}
          </Select>
        )}
      </FormField>
      <SubmitButton variant="secondary" pendingLabel={t("languageSaving")} className="self-start">
        {t("languageSave")}
      </SubmitButton>
    </form>
  );
}
