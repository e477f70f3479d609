"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { Checkbox } from "@/components/ui/checkbox";
import { ChoiceGroup } from "@/components/ui/choice";
import { FormField } from "@/components/ui/form-field";
import { FormStatus } from "@/components/ui/form-status";
import { Input } from "@/components/ui/input";
import { refusalOf } from "@/components/ui/refusal";
import { OptionSelect, type SelectOption } from "@/components/ui/select";
import { SubmitButton } from "@/components/ui/submit-button";
import { Textarea } from "@/components/ui/textarea";
import { updateOrganizationAction } from "@/lib/organizations/actions";
import { ORGANIZATION_LIMITS } from "@/lib/organizations/schema";

export type OrganizationFormValues = {
  id: string;
  slug: string;
  name: string;
  description: string;
  website: string;
  kind: string;
  countryCode: string;
  workCountries: string[];
  areasOfWork: string[];
};

/**
 * The organization's details in one form (saved together or not at all). Countries of work are a plain
 * list of checkboxes, so choosing several works without JavaScript and with any assistive technology.
 */
export function OrganizationForm({ values, countries, kinds, areas }: { values: OrganizationFormValues; countries: SelectOption[]; kinds: SelectOption[]; areas: SelectOption[] }) {
  const t = useTranslations("OrganizationEdit");
  const [state, action] = useActionState(updateOrganizationAction, null);
  const refusal = refusalOf(state);
  const refused = state?.ok === false;
  const text = (field: keyof OrganizationFormValues, saved: string) => (refused ? (refusal.text(field) ?? "") : saved);
  const list = (field: string, saved: string[]) => (refused ? refusal.list(field) : saved);
  const id = (field: string) => `organization-${field}`;
  const labels = { name: t("name"), description: t("description"), website: t("website"), kind: t("kind"), countryCode: t("country"), workCountries: t("workCountries"), areasOfWork: t("areasOfWork") };
  const workCountries = new Set(list("workCountries[]", values.workCountries));
  const chosenAreas = new Set(list("areasOfWork[]", values.areasOfWork));
  return (
    <form action={action} noValidate className="flex flex-col gap-6">
      <FormStatus state={state} idPrefix="organization" fieldLabels={labels} />
      <input type="hidden" name="organizationId" value={values.id} />
      <input type="hidden" name="slug" value={values.slug} />
      <FormField id={id("name")} label={t("name")} hint={t("nameHint", { max: ORGANIZATION_LIMITS.name })} error={refusal.errors.name} required>
        {(control) => <Input {...control} name="name" maxLength={ORGANIZATION_LIMITS.name} defaultValue={text("name", values.name)} />}
      </FormField>
      <FormField id={id("description")} label={t("description")} hint={t("descriptionHint", { max: ORGANIZATION_LIMITS.description })} error={refusal.errors.description}>
        {(control) => <Textarea {...control} name="description" rows={6} maxLength={ORGANIZATION_LIMITS.description} defaultValue={text("description", values.description)} />}
      </FormField>
      <FormField id={id("website")} label={t("website")} hint={t("websiteHint", { max: ORGANIZATION_LIMITS.website })} error={refusal.errors.website}>
        {(control) => <Input {...control} name="website" type="url" inputMode="url" maxLength={ORGANIZATION_LIMITS.website} defaultValue={text("website", values.website)} />}
      </FormField>
      <FormField id={id("kind")} label={t("kind")} error={refusal.errors.kind} required>
        {(control) => <OptionSelect {...control} name="kind" className="max-w-md" defaultValue={text("kind", values.kind)} options={kinds} />}
      </FormField>
      <FormField id={id("countryCode")} label={t("country")} error={refusal.errors.countryCode} required>
        {(control) => <OptionSelect {...control} name="countryCode" className="max-w-md" defaultValue={text("countryCode", values.countryCode)} options={countries} />}
      </FormField>
      <ChoiceGroup id={id("workCountries")} legend={t("workCountries")} hint={t("workCountriesHint")} error={refusal.errors.workCountries}>
        <div className="grid max-h-80 gap-2 overflow-y-auto rounded-md border border-line p-3 sm:grid-cols-2">
          {countries.map((country) => (
            <Checkbox key={country.value} id={id(`work-${country.value}`)} name="workCountries[]" value={country.value} label={country.label} defaultChecked={workCountries.has(country.value)} />
          ))}
        </div>
      </ChoiceGroup>
      <ChoiceGroup id={id("areasOfWork")} legend={t("areasOfWork")} error={refusal.errors.areasOfWork}>
        <div className="grid gap-2 sm:grid-cols-2">
          {areas.map((area) => (
            <Checkbox key={area.value} id={id(`area-${area.value}`)} name="areasOfWork[]" value={area.value} label={area.label} defaultChecked={chosenAreas.has(area.value)} />
          ))}
        </div>
      </ChoiceGroup>
      <SubmitButton pendingLabel={t("saving")} className="self-start">
        {t("save")}
      </SubmitButton>
    </form>
  );
}
