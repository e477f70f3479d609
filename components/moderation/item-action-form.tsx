"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { FormField } from "@/components/ui/form-field";
import { FormStatus } from "@/components/ui/form-status";
import { Input } from "@/components/ui/input";
import { Select } from "@/components/ui/select";
import { SubmitButton } from "@/components/ui/submit-button";
import { Textarea } from "@/components/ui/textarea";
import { moderateItemAction } from "@/lib/moderation/actions";

export type ItemActionField =
  | { name: "note" | "message"; kind: "text" | "textarea"; required?: boolean; defaultValue?: string }
  | { name: "body"; kind: "textarea"; required: true; defaultValue: string }
  | { name: "category"; kind: "select"; options: ReadonlyArray<{ value: string; label: string }>; defaultValue?: string }
  | { name: "takeOver"; kind: "hidden"; defaultValue: "on" };

/**
 * One step on a moderation item, as its own form (works without JavaScript: the action redirects back to the
 * item's page). Refusals are shown on their fields; `action` names the step.
 */
export function ItemActionForm({ itemId, action, label, fields = [], variant = "secondary" }: {
  itemId: string;
  action: string;
  label: string;
  fields?: readonly ItemActionField[];
  variant?: "primary" | "secondary" | "danger";
}) {
  const t = useTranslations("ModerationItem");
  const [state, formAction] = useActionState(moderateItemAction, null);
  const prefix = `item-${action}`;
  const values = state?.ok === false ? state.values ?? {} : {};
  const errors = state?.ok === false ? state.fieldErrors ?? {} : {};
  const labels = Object.fromEntries(fields.filter((field) => field.kind !== "hidden").map((field) => [field.name, t(`fields.${field.name}`)]));
  const value = (name: string, fallback?: string) => (typeof values[name] === "string" ? (values[name] as string) : fallback);
  return (
    <form action={formAction} noValidate className="flex flex-col gap-2">
      <FormStatus state={state} idPrefix={prefix} fieldLabels={labels} />
      <input type="hidden" name="itemId" value={itemId} />
      <input type="hidden" name="action" value={action} />
      {fields.map((field) => {
        if (field.kind === "hidden") return <input key={field.name} type="hidden" name={field.name} value={field.defaultValue} />;
        const id = `${prefix}-${field.name}`;
        const required = field.name === "body" || ("required" in field && field.required === true);
        return (
          <FormField key={field.name} id={id} label={t(`fields.${field.name}`)} required={required} error={errors[field.name]}>
            {(control) =>
              field.kind === "select" ? (
                <Select {...control} name={field.name} defaultValue={value(field.name, field.defaultValue)}>
                  {field.options.map((option) => (
                    <option key={option.value} value={option.value}>{option.label}</option>
                  ))}
                </Select>
              ) : field.kind === "textarea" ? (
                <Textarea {...control} name={field.name} rows={field.name === "body" ? 8 : 2} defaultValue={value(field.name, field.defaultValue)} />
              ) : (
                <Input {...control} name={field.name} defaultValue={value(field.name, field.defaultValue)} />
              )
            }
          </FormField>
        );
      })}
      <SubmitButton variant={variant} size="sm" className="min-h-11 self-start">{label}</SubmitButton>
    </form>
  );
}
