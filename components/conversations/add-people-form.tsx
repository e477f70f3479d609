"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { FormField } from "@/components/ui/form-field";
import { FormStatus } from "@/components/ui/form-status";
import { Input } from "@/components/ui/input";
import { refusalOf } from "@/components/ui/refusal";
import { SubmitButton } from "@/components/ui/submit-button";
import { addPeopleAction } from "@/lib/conversations/actions";

/** Adds members to a group by handle; each must accept messages from the one adding them. */
export function AddPeopleForm({ conversationId }: { conversationId: string }) {
  const t = useTranslations("MessageComposer");
  const [state, action] = useActionState(addPeopleAction, null);
  const refusal = refusalOf(state);
  return (
    <form action={action} noValidate className="flex flex-col gap-3">
      <FormStatus state={state} idPrefix="add-people" fieldLabels={{ to: t("addPeople") }} showSuccess={false} />
      <input type="hidden" name="conversationId" value={conversationId} />
      <FormField id="add-people-to" label={t("addPeople")} hint={t("addPeopleHint")} error={refusal.errors.to}>
        {(control) => <Input {...control} name="to" defaultValue={refusal.text("to")} autoComplete="off" autoCapitalize="none" spellCheck={false} />}
      </FormField>
      <SubmitButton variant="secondary" size="sm" pendingLabel={t("adding")} className="self-start">{t("add")}</SubmitButton>
    </form>
  );
}
