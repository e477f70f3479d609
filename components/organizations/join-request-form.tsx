"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { FormField } from "@/components/ui/form-field";
import { FormStatus } from "@/components/ui/form-status";
import { refusalOf } from "@/components/ui/refusal";
import { SubmitButton } from "@/components/ui/submit-button";
import { Textarea } from "@/components/ui/textarea";
import { requestToJoinAction } from "@/lib/organizations/actions";
import { ORGANIZATION_LIMITS } from "@/lib/organizations/schema";

/** A member asks to join, with an optional short note to the representatives. */
export function JoinRequestForm({ organizationId, slug }: { organizationId: string; slug: string }) {
  const t = useTranslations("OrganizationJoin");
  const [state, action] = useActionState(requestToJoinAction, null);
  const refusal = refusalOf(state);
  return (
    <form action={action} noValidate className="flex flex-col gap-4">
      <FormStatus state={state} idPrefix="join" fieldLabels={{ message: t("message") }} />
      <input type="hidden" name="organizationId" value={organizationId} />
      <input type="hidden" name="slug" value={slug} />
      <FormField id="join-message" label={t("message")} hint={t("messageHint", { max: ORGANIZATION_LIMITS.joinMessage })} error={refusal.errors.message}>
        {(control) => <Textarea {...control} name="message" rows={3} maxLength={ORGANIZATION_LIMITS.joinMessage} defaultValue={refusal.text("message")} />}
      </FormField>
      <SubmitButton pendingLabel={t("asking")} className="self-start">
        {t("ask")}
      </SubmitButton>
    </form>
  );
}
