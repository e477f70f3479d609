"use client";

import { useTranslations } from "next-intl";
import { FormField } from "@/components/ui/form-field";
import { Input } from "@/components/ui/input";
import { OptionSelect, organizationChoices, Select } from "@/components/ui/select";
import { ChoiceGroup, Radio } from "@/components/ui/choice";

export type OrganizationOption = { id: string; name: string };

type Values = { text(name: string): string | undefined };

/**
 * The organization an applicant speaks for: one already in the network, or a new one they propose. Shown
 * only while "on behalf of an organization" is chosen, and each part only for its choice — with CSS
 * (:has), so it works without JavaScript; the server ignores these fields for individual applications.
 */
export function OrganizationFields({
  organizations,
  countries,
  values,
  errors,
}: {
  organizations: OrganizationOption[];
  countries: Array<{ code: string; name: string }>;
  values: Values;
  errors: Record<string, string[] | undefined>;
}) {
  const t = useTranslations("Apply.organization");
  const required = useTranslations("ui.formField")("required");
  // Tailwind reads class names from the source, so the ids in the :has() selectors are written out.
  const idPrefix = "apply";
  const existingId = "apply-organizationChoice-existing";
  const newId = "apply-organizationChoice-new";
  return (
    <section
      aria-labelledby={`${idPrefix}-organization-heading`}
      className="hidden flex-col gap-5 group-has-[#apply-kind-organization:checked]:flex"
    >
      <h2 id={`${idPrefix}-organization-heading`} className="text-xl font-semibold text-ink">
        {t("heading")}
      </h2>
      <ChoiceGroup id={`${idPrefix}-organizationChoice`} legend={t("legend")} error={errors.organizationChoice} required requiredLabel={required}>
        <Radio id={existingId} name="organizationChoice" value="existing" label={t("existing")} defaultChecked={values.text("organizationChoice") === "existing"} disabled={organizations.length === 0} />
        <Radio id={newId} name="organizationChoice" value="new" label={t("new")} defaultChecked={values.text("organizationChoice") === "new"} />
      </ChoiceGroup>
      <div className="hidden flex-col gap-5 group-has-[#apply-organizationChoice-existing:checked]:flex">
        <FormField id={`${idPrefix}-organizationId`} label={t("existingLabel")} error={errors.organizationId} required>
          {(control) => (
            <OptionSelect {...control} name="organizationId" defaultValue={values.text("organizationId") ?? ""} placeholder={t("existingPlaceholder")} options={organizationChoices(organizations)} />
          )}
        </FormField>
      </div>
      <div className="hidden flex-col gap-5 group-has-[#apply-organizationChoice-new:checked]:flex">
        <FormField id={`${idPrefix}-proposedOrgName`} label={t("nameLabel")} error={errors.proposedOrgName} required>
          {(control) => <Input {...control} name="proposedOrgName" autoComplete="organization" maxLength={200} defaultValue={values.text("proposedOrgName")} />}
        </FormField>
        <FormField id={`${idPrefix}-proposedOrgWebsite`} label={t("websiteLabel")} hint={t("websiteHint")} error={errors.proposedOrgWebsite}>
          {(control) => <Input {...control} name="proposedOrgWebsite" type="url" inputMode="url" autoComplete="url" maxLength={300} defaultValue={values.text("proposedOrgWebsite")} />}
        </FormField>
        <FormField id={`${idPrefix}-proposedOrgCountryCode`} label={t("countryLabel")} error={errors.proposedOrgCountryCode} required>
          {(control) => (
            <Select {...control} name="proposedOrgCountryCode" defaultValue={values.text("proposedOrgCountryCode") ?? ""}>
              <option value="">{t("countryPlaceholder")}</option>
              {countries.map((country) => (
                <option key={country.code} value={country.code}>
                  {country.name}
                </option>
              ))}
            </Select>
          )}
        </FormField>
      </div>
    </section>
  );
}
