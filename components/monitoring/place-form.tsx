"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { FormField } from "@/components/ui/form-field";
import { FormStatus } from "@/components/ui/form-status";
import { Input } from "@/components/ui/input";
import { refusalOf } from "@/components/ui/refusal";
import { Select } from "@/components/ui/select";
import { SubmitButton } from "@/components/ui/submit-button";
import { addPlaceAction, editPlaceAction } from "@/lib/places/actions";

type Option = { value: string; label: string };
export type PlaceFormValues = Partial<Record<"countryCode" | "name" | "type" | "locality" | "authority" | "capacity" | "womenHeld" | "figuresSource" | "figuresDate", string>>;

/** A place of detention, added or corrected: a plain form that works without JavaScript, refilled after a refusal. */
export function PlaceForm({ placeId, countries, types, initial, limits }: { placeId?: string; countries: Option[]; types: Option[]; initial: PlaceFormValues; limits: { nameMin: number; name: number } }) {
  const t = useTranslations("PlaceForm");
  const [state, action] = useActionState(placeId ? editPlaceAction : addPlaceAction, null);
  const refused = refusalOf(state);
  const sent = state?.ok === false;
  const text = (field: keyof PlaceFormValues) => (sent ? refused.text(field) : initial[field]) ?? "";
  const errors = refused.errors;
  const labels = { countryCode: t("countryCode"), name: t("name"), type: t("type"), locality: t("locality"), authority: t("authority"), capacity: t("capacity"), womenHeld: t("womenHeld"), figuresSource: t("figuresSource"), figuresDate: t("figuresDate") };
  const line = (field: "locality" | "authority" | "figuresSource", hint?: string) => (
    <FormField id={`place-${field}`} label={labels[field]} hint={hint} error={errors[field]}>
      {(control) => <Input {...control} name={field} maxLength={500} defaultValue={text(field)} />}
    </FormField>
  );
  return (
    <form action={action} noValidate className="flex flex-col gap-5">
      <FormStatus state={state} idPrefix="place" fieldLabels={labels} showSuccess={false} />
      {placeId ? <input type="hidden" name="placeId" value={placeId} /> : null}
      <FormField id="place-countryCode" label={labels.countryCode} error={errors.countryCode} required>
        {(control) => (
          <Select {...control} name="countryCode" defaultValue={text("countryCode")}>
            <option value="">{t("chooseCountry")}</option>
            {countries.map((option) => (
              <option key={option.value} value={option.value}>{option.label}</option>
            ))}
          </Select>
        )}
      </FormField>
      <FormField id="place-name" label={labels.name} hint={t("nameHint", { min: limits.nameMin, max: limits.name })} error={errors.name} required>
        {(control) => <Input {...control} name="name" maxLength={limits.name} defaultValue={text("name")} />}
      </FormField>
      <FormField id="place-type" label={labels.type} error={errors.type} required>
        {(control) => (
          <Select {...control} name="type" defaultValue={text("type") || types[0]?.value}>
            {types.map((option) => (
              <option key={option.value} value={option.value}>{option.label}</option>
            ))}
          </Select>
        )}
      </FormField>
      {line("locality")}
      {line("authority", t("authorityHint"))}
      <div className="grid gap-5 sm:grid-cols-2">
        <FormField id="place-capacity" label={labels.capacity} hint={t("figuresHint")} error={errors.capacity}>
          {(control) => <Input {...control} name="capacity" inputMode="numeric" maxLength={6} defaultValue={text("capacity")} />}
        </FormField>
        <FormField id="place-womenHeld" label={labels.womenHeld} hint={t("figuresHint")} error={errors.womenHeld}>
          {(control) => <Input {...control} name="womenHeld" inputMode="numeric" maxLength={6} defaultValue={text("womenHeld")} />}
        </FormField>
      </div>
      {line("figuresSource")}
      <FormField id="place-figuresDate" label={labels.figuresDate} hint={t("dateHint")} error={errors.figuresDate}>
        {(control) => <Input {...control} name="figuresDate" type="date" defaultValue={text("figuresDate")} />}
      </FormField>
      <SubmitButton pendingLabel={placeId ? t("saving") : t("adding")} className="self-start">
        {placeId ? t("save") : t("add")}
      </SubmitButton>
    </form>
  );
}
