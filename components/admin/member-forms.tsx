"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { FormField } from "@/components/ui/form-field";
import { FormStatus } from "@/components/ui/form-status";
import { refusalOf } from "@/components/ui/refusal";
import { Select } from "@/components/ui/select";
import { SubmitButton } from "@/components/ui/submit-button";
import { Textarea } from "@/components/ui/textarea";
import { changeRoleAction, reinstateMemberAction, suspendMemberAction } from "@/lib/members/actions";

const ROLES = ["MEMBER", "MODERATOR", "ADMIN"] as const;

/** Suspend (reason required) or reinstate (note optional). */
export function MemberStatusForm({ userId, kind }: { userId: string; kind: "suspend" | "reinstate" }) {
  const t = useTranslations(`AdminMembers.${kind}`);
  const [state, formAction] = useActionState(kind === "suspend" ? suspendMemberAction : reinstateMemberAction, null);
  const refusal = refusalOf(state);
  // The form is gone: focus goes to what replaced it.
  if (state?.ok) return <FormStatus state={state} focusOnSuccess />;
  return (
    <form action={formAction} noValidate className="flex flex-col gap-4">
      <FormStatus state={state} idPrefix={kind} fieldLabels={{ reason: t("label") }} />
      <input type="hidden" name="userId" value={userId} />
      <FormField id={`${kind}-reason`} label={t("label")} hint={t("hint")} error={refusal.errors.reason} required={kind === "suspend"}>
        {(control) => <Textarea {...control} name="reason" rows={3} maxLength={1000} defaultValue={refusal.text("reason")} />}
      </FormField>
      <SubmitButton variant={kind === "suspend" ? "danger" : "primary"} pendingLabel={t("submitting")} className="self-start">
        {t("submit")}
      </SubmitButton>
    </form>
  );
}

export function ChangeRoleForm({ userId, role }: { userId: string; role: (typeof ROLES)[number] }) {
  const t = useTranslations("AdminMembers");
  const [state, formAction] = useActionState(changeRoleAction, null);
  const refusal = refusalOf(state);
  return (
    <form action={formAction} noValidate className="flex flex-col gap-4">
      <FormStatus state={state} idPrefix="role" fieldLabels={{ role: t("changeRole.label") }} />
      <input type="hidden" name="userId" value={userId} />
      <FormField id="role-role" label={t("changeRole.label")} hint={t("changeRole.hint")} error={refusal.errors.role}>
        {(control) => (
          <Select {...control} name="role" defaultValue={refusal.text("role") ?? role}>
            {ROLES.map((option) => (
              <option key={option} value={option}>
                {t(`roles.${option}`)}
              </option>
            ))}
          </Select>
        )}
      </FormField>
      <SubmitButton variant="secondary" pendingLabel={t("changeRole.submitting")} className="self-start">
        {t("changeRole.submit")}
      </SubmitButton>
    </form>
  );
}
