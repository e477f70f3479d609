"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { ChoiceGroup, Radio } from "@/components/ui/choice";
import { Checkbox } from "@/components/ui/checkbox";
import { FormField } from "@/components/ui/form-field";
import { FormStatus } from "@/components/ui/form-status";
import { Input } from "@/components/ui/input";
import { refusalOf } from "@/components/ui/refusal";
import { countryChoices, OptionSelect } from "@/components/ui/select";
import { SubmitButton } from "@/components/ui/submit-button";
import { Textarea } from "@/components/ui/textarea";
import type { RuleGroup } from "@/lib/bangkok-rules/reference-data";
import { saveProfileAction } from "@/lib/profiles/actions";
import { AREAS_OF_WORK, MESSAGE_POLICIES, PROFILE_LIMITS, type VisibilityColumn } from "@/lib/profiles/schema";
import { RulePicker } from "./rule-picker";
import { VisibilitySelect } from "./visibility-select";

export type ProfileFormValues = {
  displayName: string;
  bio: string;
  countryCode: string;
  languages: string[];
  areasOfWork: string[];
  keywords: string;
  ruleNumbers: number[];
  canHelpWith: string;
  lookingFor: string;
  livedExperience: string;
  hiddenFromDirectory: boolean;
  messagePolicy: string;
  visibility: Record<VisibilityColumn, string>;
  organizations: Array<{ id: string; name: string; title: string }>;
};

type Option = { code: string; name: string };

/** The whole profile on one form; it works before JavaScript loads, and a refused save keeps what was typed. */
export function ProfileForm({ values, countries, languages, ruleGroups }: { values: ProfileFormValues; countries: Option[]; languages: Option[]; ruleGroups: RuleGroup[] }) {
  const t = useTranslations("ProfileForm");
  const areas = useTranslations("AreasOfWork");
  const [state, action] = useActionState(saveProfileAction, null);
  const refusal = refusalOf(state);
  const refused = state?.ok === false;
  // After a refusal the form shows what was sent (React resets a form after its action); otherwise what is saved.
  const text = (field: keyof ProfileFormValues & string, saved: string) => (refused ? (refusal.text(field) ?? "") : saved);
  const list = (field: string, saved: string[]) => (refused ? refusal.list(field) : saved);
  const flag = (field: string, saved: boolean) => (refused ? refusal.text(field) === "on" : saved);
  const visibility = (column: VisibilityColumn) => (refused ? (refusal.text(column) ?? values.visibility[column]) : values.visibility[column]);
  const id = (field: string) => `profile-${field}`;
  const labels = { displayName: t("displayName"), bio: t("bio"), countryCode: t("country"), languages: t("languages"), areasOfWork: t("areasOfWork"), keywords: t("keywords"), rules: t("rules"), canHelpWith: t("canHelpWith"), lookingFor: t("lookingFor"), livedExperience: t("livedExperience"), organizationTitles: t("organizationsTitle") };
  const selectedRules = new Set(list("rules[]", values.ruleNumbers.map(String)).map(Number));

  return (
    <form action={action} className="flex flex-col gap-8" noValidate>
      <FormStatus state={state} idPrefix="profile" fieldLabels={labels} />

      <Section title={t("identityTitle")}>
        <FormField id={id("displayName")} label={t("displayName")} hint={t("displayNameHint")} error={refusal.errors.displayName} required>
          {(control) => <Input {...control} name="displayName" defaultValue={text("displayName", values.displayName)} maxLength={PROFILE_LIMITS.displayName} autoComplete="nickname" className="max-w-md" />}
        </FormField>
        <Checkbox id={id("hiddenFromDirectory")} name="hiddenFromDirectory" label={t("hiddenFromDirectory")} hint={t("hiddenFromDirectoryHint")} defaultChecked={flag("hiddenFromDirectory", values.hiddenFromDirectory)} />
        <ChoiceGroup id={id("messagePolicy")} legend={t("messagePolicy")} hint={t("messagePolicyHint")}>
          {MESSAGE_POLICIES.map((policy) => (
            <Radio key={policy} id={id(`messagePolicy-${policy}`)} name="messagePolicy" value={policy} label={t(`messagePolicies.${policy}`)} defaultChecked={text("messagePolicy", values.messagePolicy) === policy} />
          ))}
        </ChoiceGroup>
      </Section>

      <Section title={t("aboutTitle")}>
        <VisibilityField column="photoVisibility" label={t("photo")} value={visibility("photoVisibility")}>
          <p className="text-sm text-muted">{t("photoHint")}</p>
        </VisibilityField>
        <VisibilityField column="bioVisibility" label={t("bio")} value={visibility("bioVisibility")}>
          <FormField id={id("bio")} label={t("bio")} hint={t("bioHint", { max: PROFILE_LIMITS.bio })} error={refusal.errors.bio}>
            {(control) => <Textarea {...control} name="bio" rows={4} defaultValue={text("bio", values.bio)} maxLength={PROFILE_LIMITS.bio} />}
          </FormField>
        </VisibilityField>
        <VisibilityField column="countryVisibility" label={t("country")} value={visibility("countryVisibility")}>
          <FormField id={id("countryCode")} label={t("country")} hint={t("countryHint")} error={refusal.errors.countryCode}>
            {(control) => (
              <OptionSelect {...control} name="countryCode" defaultValue={text("countryCode", values.countryCode)} className="max-w-md" placeholder={t("noCountry")} options={countryChoices(countries)} />
            )}
          </FormField>
        </VisibilityField>
        <VisibilityField column="languagesVisibility" label={t("languages")} value={visibility("languagesVisibility")}>
          <ChoiceGroup id={id("languages")} legend={t("languages")} error={refusal.errors.languages}>
            <div className="grid grid-cols-2 gap-x-4 gap-y-2 sm:grid-cols-3">
              {languages.map((language) => (
                <Checkbox key={language.code} id={id(`language-${language.code}`)} name="languages[]" value={language.code} label={language.name} defaultChecked={list("languages[]", values.languages).includes(language.code)} />
              ))}
            </div>
          </ChoiceGroup>
        </VisibilityField>
      </Section>

      <Section title={t("workTitle")}>
        <VisibilityField column="areasVisibility" label={t("areasOfWork")} value={visibility("areasVisibility")}>
          <ChoiceGroup id={id("areasOfWork")} legend={t("areasOfWork")} error={refusal.errors.areasOfWork}>
            <div className="grid gap-x-4 gap-y-2 sm:grid-cols-2">
              {AREAS_OF_WORK.map((area) => (
                <Checkbox key={area} id={id(`area-${area}`)} name="areasOfWork[]" value={area} label={areas(area)} defaultChecked={list("areasOfWork[]", values.areasOfWork).includes(area)} />
              ))}
            </div>
          </ChoiceGroup>
          <FormField id={id("keywords")} label={t("keywords")} hint={t("keywordsHint", { max: PROFILE_LIMITS.keywords, length: PROFILE_LIMITS.keyword })} error={refusal.errors.keywords}>
            {(control) => <Input {...control} name="keywords" defaultValue={text("keywords", values.keywords)} maxLength={PROFILE_LIMITS.keywords * (PROFILE_LIMITS.keyword + 2)} />}
          </FormField>
        </VisibilityField>
        <VisibilityField column="rulesVisibility" label={t("rules")} value={visibility("rulesVisibility")}>
          <ChoiceGroup id={id("rules")} legend={t("rules")} hint={`${t("rulesHint")} ${selectedRules.size ? t("rulesChosen", { count: selectedRules.size }) : t("rulesNone")}`} error={refusal.errors.rules}>
            <RulePicker groups={ruleGroups} selected={selectedRules} />
          </ChoiceGroup>
        </VisibilityField>
        {(["canHelpWith", "lookingFor"] as const).map((field) => (
          <VisibilityField key={field} column={`${field}Visibility`} label={t(field)} value={visibility(`${field}Visibility`)}>
            <FormField id={id(field)} label={t(field)} hint={t(`${field}Hint`, { max: PROFILE_LIMITS[field] })} error={refusal.errors[field]}>
              {(control) => <Textarea {...control} name={field} rows={3} defaultValue={text(field, values[field])} maxLength={PROFILE_LIMITS[field]} />}
            </FormField>
          </VisibilityField>
        ))}
      </Section>

      <Section title={t("organizationsTitle")}>
        <VisibilityField column="organizationsVisibility" label={t("organizationsTitle")} value={visibility("organizationsVisibility")}>
          <p className="text-sm text-muted">{values.organizations.length ? t("organizationsHint") : t("noOrganizations")}</p>
          {values.organizations.map((organization, index) => (
            <FormField key={organization.id} id={id(`organization-${organization.id}`)} label={t("organizationTitle", { organization: organization.name })} error={index === 0 ? refusal.errors.organizationTitles : undefined}>
              {(control) => (
                <>
                  <input type="hidden" name="organizationIds[]" value={organization.id} />
                  <Input {...control} name="organizationTitles[]" defaultValue={refused ? (refusal.list("organizationTitles[]")[index] ?? "") : organization.title} maxLength={PROFILE_LIMITS.organizationTitle} className="max-w-md" />
                </>
              )}
            </FormField>
          ))}
        </VisibilityField>
      </Section>

      <Section title={t("privateTitle")}>
        <FormField id={id("livedExperience")} label={t("livedExperience")} hint={t("livedExperienceHint", { max: PROFILE_LIMITS.livedExperience })} error={refusal.errors.livedExperience}>
          {(control) => <Textarea {...control} name="livedExperience" rows={4} defaultValue={text("livedExperience", values.livedExperience)} maxLength={PROFILE_LIMITS.livedExperience} />}
        </FormField>
        <LivedExperienceChoice value={visibility("livedExperienceVisibility")} />
      </Section>

      <SubmitButton pendingLabel={t("saving")} className="self-start">
        {t("save")}
      </SubmitButton>
    </form>
  );
}

function Section({ title, children }: { title: string; children: React.ReactNode }) {
  return (
    <section className="flex flex-col gap-5 border-t border-line pt-6 first-of-type:border-t-0 first-of-type:pt-0">
      <h2 className="text-xl font-semibold text-ink">{title}</h2>
      {children}
    </section>
  );
}

/** A field and, under it, who sees it. */
function VisibilityField({ column, label, value, children }: { column: VisibilityColumn; label: string; value: string; children: React.ReactNode }) {
  return (
    <div className="flex flex-col gap-2">
      {children}
      <VisibilitySelect id={`profile-${column}`} name={column} defaultValue={value} fieldLabel={label} />
    </div>
  );
}

/** Lived experience stays with admins unless the member explicitly picks the network: two radio buttons, not a default. */
function LivedExperienceChoice({ value }: { value: string }) {
  const t = useTranslations("ProfileForm");
  const visibility = useTranslations("Visibility");
  return (
    <ChoiceGroup id="profile-livedExperienceVisibility" legend={t("visibilityLegend")}>
      <Radio id="profile-lived-admins" name="livedExperienceVisibility" value="ADMINS" label={visibility("ADMINS")} defaultChecked={value !== "MEMBERS"} />
      <Radio id="profile-lived-members" name="livedExperienceVisibility" value="MEMBERS" label={t("livedExperienceShare")} defaultChecked={value === "MEMBERS"} />
    </ChoiceGroup>
  );
}
