"use client";

import { useTranslations } from "next-intl";
import { FormField } from "@/components/ui/form-field";
import { Input } from "@/components/ui/input";
import { Select } from "@/components/ui/select";
import { Textarea } from "@/components/ui/textarea";

/** A recommendation carried from the visit followed up: what it said (its number then). */
export type CarriedInfo = { number: number };

const PRIORITIES = ["HIGH", "MEDIUM", "LOW"] as const;
const FOLLOW_UPS = ["IMPLEMENTED", "PARTLY_IMPLEMENTED", "NOT_IMPLEMENTED", "NO_INFORMATION"] as const;

/** The report form's recommendation rows: text, authority, priority, rule; a carried one also its follow-up. */
export function RecommendationRows({ rows, text, errors, carried }: { rows: number; text: (field: string) => string; errors: Readonly<Record<string, string[] | undefined>>; carried: Record<number, CarriedInfo> }) {
  const t = useTranslations("ReportForm");
  const priorities = useTranslations("Priorities");
  const followUps = useTranslations("FollowUps");
  return (
    <ol className="flex flex-col gap-6">
      {Array.from({ length: rows }, (_, index) => index + 1).map((row) => {
        const field = (part: string) => `rec-${row}-${part}`;
        const from = text(field("carriedFromId"));
        return (
          <li key={row} className="flex flex-col gap-3 rounded-md border border-line bg-surface p-3">
            <input type="hidden" name={field("carriedFromId")} value={from} />
            {from && carried[row] ? <p className="text-sm text-muted">{t("carried")}</p> : null}
            <FormField id={`report-${field("text")}`} label={t("recText", { number: row })} error={errors[field("text")]}>
              {(control) => <Textarea {...control} name={field("text")} rows={3} defaultValue={text(field("text"))} />}
            </FormField>
            <div className="grid gap-3 sm:grid-cols-3">
              <FormField id={`report-${field("authority")}`} label={t("recAuthority")} error={errors[field("authority")]}>
                {(control) => <Input {...control} name={field("authority")} maxLength={200} defaultValue={text(field("authority"))} />}
              </FormField>
              <FormField id={`report-${field("priority")}`} label={t("recPriority")} error={errors[field("priority")]}>
                {(control) => (
                  <Select {...control} name={field("priority")} defaultValue={text(field("priority")) || "MEDIUM"}>
                    {PRIORITIES.map((value) => <option key={value} value={value}>{priorities(value)}</option>)}
                  </Select>
                )}
              </FormField>
              <FormField id={`report-${field("rule")}`} label={t("recRule")} error={errors[field("rule")]}>
                {(control) => <Input {...control} name={field("rule")} inputMode="numeric" maxLength={2} defaultValue={text(field("rule"))} />}
              </FormField>
            </div>
            {from ? (
              <div className="grid gap-3 sm:grid-cols-2">
                <FormField id={`report-${field("followUp")}`} label={t("followUp")} error={errors[field("followUp")]}>
                  {(control) => (
                    <Select {...control} name={field("followUp")} defaultValue={text(field("followUp"))}>
                      <option value="">{t("noFollowUp")}</option>
                      {FOLLOW_UPS.map((value) => <option key={value} value={value}>{followUps(value)}</option>)}
                    </Select>
                  )}
                </FormField>
                <FormField id={`report-${field("followUpNote")}`} label={t("followUpNote")} error={errors[field("followUpNote")]}>
                  {(control) => <Textarea {...control} name={field("followUpNote")} rows={2} defaultValue={text(field("followUpNote"))} />}
                </FormField>
              </div>
            ) : null}
          </li>
        );
      })}
    </ol>
  );
}
