"use client";

import { useTranslations } from "next-intl";
import { useActionState, useState } from "react";
import { FormField } from "@/components/ui/form-field";
import { FormStatus } from "@/components/ui/form-status";
import { refusalOf } from "@/components/ui/refusal";
import { Select } from "@/components/ui/select";
import { SubmitButton } from "@/components/ui/submit-button";
import { changeLocaleAction } from "@/lib/account/actions";
import { localeNames, locales, type Locale } from "@/lib/i18n/config";

export function LocaleForm({ locale }: { locale: Locale }) {
  const t = useTranslations("AccountOverview");
  const [state, action] = useActionState(changeLocaleAction, null);
  const [value, setValue] = useState<string>(locale);
  return (
    <form action={action} className="flex flex-col gap-4" noValidate>
      <FormStatus state={state} idPrefix="language" fieldLabels={{ locale: t("language") }} />
      <FormField id="language-locale" label={t("language")} hint={t("languageHint")} error={refusalOf(state).errors.locale}>
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
