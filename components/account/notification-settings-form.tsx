"use client";

import { useTranslations } from "next-intl";
import { useActionState, useSyncExternalStore, type ReactNode } from "react";
import { Checkbox } from "@/components/ui/checkbox";
import { ChoiceGroup, Radio } from "@/components/ui/choice";
import { FormField } from "@/components/ui/form-field";
import { FormStatus } from "@/components/ui/form-status";
import { refusalOf } from "@/components/ui/refusal";
import { Select } from "@/components/ui/select";
import { SubmitButton } from "@/components/ui/submit-button";
import type { NotificationDelivery, NotificationTopic } from "@/lib/generated/prisma/enums";
import { saveNotificationSettingsAction } from "@/lib/notifications/actions";
import { DELIVERIES } from "@/lib/notifications/schema";

const NOTIFICATION_SETTINGS_ID = "notification-settings";

/**
 * The browser's zone, once hydrated (the server and a browser without JavaScript have none: UTC stays
 * preselected). A hook rather than an inline script: this page is mostly reached by client-side navigation,
 * where an inline script would not run.
 */
function useBrowserTimeZone(): string | null {
  return useSyncExternalStore(
    () => () => undefined,
    () => Intl.DateTimeFormat().resolvedOptions().timeZone || null,
    () => null,
  );
}

export type NotificationSettingsValues = {
  topics: Array<{ topic: NotificationTopic; delivery: NotificationDelivery; defaultDelivery: NotificationDelivery }>;
  /** Null: none saved yet (UTC until the member saves). */
  timeZone: string | null;
  mailShowsTitles: boolean;
  timeZones: string[];
};

/** Every topic's delivery, the time zone and the titles opt-in on one form and one save; it works without JavaScript. */
export function NotificationSettingsForm({ values }: { values: NotificationSettingsValues }) {
  const t = useTranslations("NotificationSettings");
  const [state, action] = useActionState(saveNotificationSettingsAction, null);
  const refusal = refusalOf(state);
  // After a refusal the form shows what was sent (React resets a form after its action); otherwise what is saved.
  const sent = (field: string, saved: string) => (state?.ok === false ? (refusal.text(field) ?? saved) : saved);
  const id = (field: string) => `${NOTIFICATION_SETTINGS_ID}-${field}`;
  const browserZone = useBrowserTimeZone();
  // A zone is suggested, never stored, until the member saves; the Select remounts on a new default.
  const suggestedZone = values.timeZone ?? (browserZone && values.timeZones.includes(browserZone) ? browserZone : "UTC");
  const labels = { ...Object.fromEntries(values.topics.map(({ topic }) => [topic, t(`topics.${topic}.label`)])), timeZone: t("timeZone"), mailShowsTitles: t("mailShowsTitles") };

  return (
    <form action={action} className="flex flex-col gap-8" noValidate>
      <FormStatus state={state} idPrefix={NOTIFICATION_SETTINGS_ID} fieldLabels={labels} />

      <Section title={t("topicsTitle")}>
        {values.topics.map(({ topic, delivery, defaultDelivery }) => (
          <ChoiceGroup key={topic} id={id(topic)} legend={t(`topics.${topic}.label`)} hint={t(`topics.${topic}.hint`)} error={refusal.errors[topic]} className="rounded-lg border border-line bg-surface p-4">
            <div className="grid gap-2 sm:grid-cols-2">
              {DELIVERIES.map((choice) => (
                <Radio
                  key={choice}
                  id={id(`${topic}-${choice}`)}
                  name={topic}
                  value={choice}
                  defaultChecked={sent(topic, delivery) === choice}
                  label={
                    <>
                      {t(`deliveries.${choice}`)}
                      {choice === defaultDelivery ? <span className="text-muted"> {t("default")}</span> : null}
                    </>
                  }
                />
              ))}
            </div>
          </ChoiceGroup>
        ))}
      </Section>

      <Section title={t("timeZoneTitle")}>
        <FormField id={id("timeZone")} label={t("timeZone")} hint={values.timeZone ? t("timeZoneHint") : `${t("timeZoneHint")} ${t("timeZoneNotSaved")}`} error={refusal.errors.timeZone}>
          {(control) => (
            <Select {...control} name="timeZone" defaultValue={sent("timeZone", suggestedZone)} className="w-full max-w-md">
              {values.timeZones.map((zone) => (
                <option key={zone} value={zone}>
                  {zone.replaceAll("_", " ")}
                </option>
              ))}
            </Select>
          )}
        </FormField>
      </Section>

      <Section title={t("emailsTitle")}>
        <Checkbox
          id={id("mailShowsTitles")}
          name="mailShowsTitles"
          label={t("mailShowsTitles")}
          hint={t("mailShowsTitlesHint")}
          error={refusal.errors.mailShowsTitles}
          defaultChecked={state?.ok === false ? refusal.text("mailShowsTitles") === "on" : values.mailShowsTitles}
        />
      </Section>

      <SubmitButton pendingLabel={t("saving")} className="self-start">
        {t("save")}
      </SubmitButton>
    </form>
  );
}

function Section({ title, children }: { title: string; children: ReactNode }) {
  return (
    <section className="flex flex-col gap-4 border-t border-line pt-6 first-of-type:border-t-0 first-of-type:pt-0">
      <h2 className="text-xl font-semibold text-ink">{title}</h2>
      {children}
    </section>
  );
}
