"use client";

import { useTranslations } from "next-intl";
import { Checkbox } from "@/components/ui/checkbox";
import { FormField } from "@/components/ui/form-field";
import { countryChoices, OptionSelect } from "@/components/ui/select";
import { Link } from "@/components/ui/link";
import { ChoiceGroup } from "@/components/ui/choice";

/** The working languages, as checkboxes in two or three columns (works on any phone without JavaScript). */
export function LanguageFields({
  idPrefix,
  languages,
  selected,
  error,
}: {
  idPrefix: string;
  languages: Array<{ code: string; name: string }>;
  selected: string[];
  error?: string[];
}) {
  const t = useTranslations("Apply");
  const required = useTranslations("ui.formField")("required");
  return (
    <ChoiceGroup id={`${idPrefix}-languages`} legend={t("languages.legend")} hint={t("languages.hint")} error={error} required requiredLabel={required}>
      <div className="grid grid-cols-2 gap-x-4 gap-y-2 sm:grid-cols-3">
        {languages.map((language) => (
          <Checkbox
            key={language.code}
            id={`${idPrefix}-language-${language.code}`}
            name="languages[]"
            value={language.code}
            label={language.name}
            defaultChecked={selected.includes(language.code)}
          />
        ))}
      </div>
    </ChoiceGroup>
  );
}

/** Explicit consent to the privacy notice. The notice opens in a new tab (and says so), so nothing typed is lost. */
export function ConsentField({
  idPrefix,
  privacyHref,
  error,
  checked,
  wording,
}: {
  idPrefix: string;
  privacyHref: string;
  error?: string[];
  checked: boolean;
  /** Instead of the application's wording (a pre-approved invitation has nothing to review). */
  wording?: { label: string; error: string };
}) {
  const t = useTranslations("Apply");
  return (
    <div id={`${idPrefix}-consent`} tabIndex={-1} className="flex flex-col gap-2">
      <p className="text-sm text-muted">
        {t.rich("consent.notice", { link: (chunks) => <Link href={privacyHref} target="_blank">{chunks}</Link> })}
      </p>
      <Checkbox name="consent" label={wording?.label ?? t("consent.label")} error={error?.length ? (wording?.error ?? t("consent.error")) : undefined} defaultChecked={checked} />
    </div>
  );
}

/** Where the applicant works: a select of countries named in the viewer's language. */
export function CountryField({
  idPrefix,
  countries,
  selected,
  error,
}: {
  idPrefix: string;
  countries: { code: string; name: string }[];
  selected: string | undefined;
  error?: string[];
}) {
  const t = useTranslations("Apply");
  return (
    <FormField id={`${idPrefix}-countryCode`} label={t("country.label")} hint={t("country.hint")} error={error} required>
      {(control) => (
        <OptionSelect {...control} name="countryCode" defaultValue={selected ?? ""} placeholder={t("country.placeholder")} options={countryChoices(countries)} />
      )}
    </FormField>
  );
}
