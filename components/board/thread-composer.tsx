"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { RulePicker } from "@/components/profiles/rule-picker";
import { ChoiceGroup } from "@/components/ui/choice";
import { FormField } from "@/components/ui/form-field";
import { FormStatus } from "@/components/ui/form-status";
import { Input } from "@/components/ui/input";
import { Select } from "@/components/ui/select";
import { controlClasses } from "@/components/ui/field-classes";
import { startThreadAction } from "@/lib/board/actions";
import type { RuleGroup } from "@/lib/bangkok-rules/reference-data";
import { ComposerButtons, ComposerPreview, composerValues } from "./composer-parts";
import { AttachmentPicker } from "@/components/resources/attachment-picker";
import { MarkdownField } from "./markdown-field";

type Option = { value: string; label: string };

export type ThreadComposerProps = {
  categories: Option[];
  languages: Option[];
  countries: Option[];
  ruleGroups: RuleGroup[];
  defaults: { category?: string; language: string };
  /** BOARD_LIMITS, passed by the server page (importing the schema would ship zod to the phone). */
  limits: { titleMin: number; title: number; post: number; rules: number; countries: number; attachments: number };
};

/** A new thread: title, category, language, tags and the first post, with a preview by round trip. */
export function ThreadComposer({ categories, languages, countries, ruleGroups, defaults, limits }: ThreadComposerProps) {
  const t = useTranslations("BoardComposer");
  const [state, action] = useActionState(startThreadAction, null);
  const values = composerValues(state);
  const chosenCountries = values.list("countries[]");
  const fieldLabels = { title: t("title"), category: t("category"), language: t("language"), "rules[]": t("rules"), "countries[]": t("countries"), body: t("body"), attach: t("attach") };
  return (
    <form action={action} noValidate className="flex flex-col gap-5">
      <FormStatus state={state} idPrefix="thread" fieldLabels={fieldLabels} showSuccess={false} />
      <FormField id="thread-title" label={t("title")} hint={t("titleHint", { min: limits.titleMin, max: limits.title })} error={values.errors.title} required>
        {(control) => <Input {...control} name="title" maxLength={limits.title} defaultValue={values.text("title")} />}
      </FormField>
      <div className="grid gap-5 sm:grid-cols-2">
        <FormField id="thread-category" label={t("category")} error={values.errors.category} required>
          {(control) => (
            <Select {...control} name="category" defaultValue={values.text("category") ?? defaults.category ?? categories[0]?.value}>
              {categories.map((option) => (
                <option key={option.value} value={option.value}>{option.label}</option>
              ))}
            </Select>
          )}
        </FormField>
        <FormField id="thread-language" label={t("language")} error={values.errors.language} required>
          {(control) => (
            <Select {...control} name="language" defaultValue={values.text("language") ?? defaults.language}>
              {languages.map((option) => (
                <option key={option.value} value={option.value}>{option.label}</option>
              ))}
            </Select>
          )}
        </FormField>
      </div>
      <MarkdownField id="thread-body" draftKey="new-thread" initial={values.text("body") ?? ""} error={values.errors.body} maxLength={limits.post} />
      <AttachmentPicker id="thread-attach" initial={[]} initialText={values.text("attach")} error={values.errors.attach} max={limits.attachments} />
      <ChoiceGroup id="thread-rules[]" legend={t("rules")} hint={t("rulesHint", { max: limits.rules })} error={values.errors["rules[]"]}>
        <RulePicker groups={ruleGroups} selected={new Set(values.list("rules[]").map(Number))} idPrefix="thread-rule" />
      </ChoiceGroup>
      <FormField id="thread-countries[]" label={t("countries")} hint={t("countriesHint", { max: limits.countries })} error={values.errors["countries[]"]}>
        {(control) => (
          <select
            key={chosenCountries.join()}
            id={control.id}
            aria-describedby={control["aria-describedby"]}
            aria-invalid={control.invalid || undefined}
            name="countries[]"
            multiple
            size={6}
            defaultValue={chosenCountries}
            className={controlClasses(control.invalid)}
          >
            {countries.map((option) => (
              <option key={option.value} value={option.value}>{option.label}</option>
            ))}
          </select>
        )}
      </FormField>
      <ComposerPreview state={state} />
      <ComposerButtons postLabel={t("post")} pendingLabel={t("posting")} />
      <p className="text-xs text-muted">{t("draftKept")}</p>
    </form>
  );
}
