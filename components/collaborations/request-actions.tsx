"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { ChoiceGroup, Radio } from "@/components/ui/choice";
import { Checkbox } from "@/components/ui/checkbox";
import { FormField } from "@/components/ui/form-field";
import { FormStatus } from "@/components/ui/form-status";
import { refusalOf } from "@/components/ui/refusal";
import { Select } from "@/components/ui/select";
import { SubmitButton } from "@/components/ui/submit-button";
import { Textarea } from "@/components/ui/textarea";
import { closeRequestAction, decideAction, respondAction } from "@/lib/collaborations/actions";

// The request page's forms that carry text: a response, an answer to one, a closing. Plain forms (no JavaScript
// needed); a refusal comes back with what was typed.

export function ResponseForm({ requestId, organizations, maxLength }: { requestId: string; organizations: Array<{ value: string; label: string }>; maxLength: number }) {
  const t = useTranslations("CollaborationRequest");
  const [state, action] = useActionState(respondAction, null);
  const refused = refusalOf(state);
  return (
    <form action={action} noValidate className="flex flex-col gap-4">
      <FormStatus state={state} idPrefix="response" fieldLabels={{ organizationId: t("respondAs"), body: t("message") }} showSuccess={false} />
      <input type="hidden" name="requestId" value={requestId} />
      {organizations.length ? (
        <FormField id="response-organizationId" label={t("respondAs")} error={refused.errors.organizationId}>
          {(control) => (
            <Select {...control} name="organizationId" defaultValue={refused.text("organizationId") ?? ""}>
              <option value="">{t("respondAsSelf")}</option>
              {organizations.map((option) => (
                <option key={option.value} value={option.value}>{option.label}</option>
              ))}
            </Select>
          )}
        </FormField>
      ) : null}
      <FormField id="response-body" label={t("message")} hint={t("messageHint", { max: maxLength })} error={refused.errors.body} required>
        {(control) => <Textarea {...control} name="body" rows={6} maxLength={maxLength} defaultValue={refused.text("body") ?? ""} />}
      </FormField>
      <SubmitButton pendingLabel={t("sending")} className="self-start">
        {t("send")}
      </SubmitButton>
    </form>
  );
}

/** Accept or decline a response, with an optional message: two buttons of one form. */
export function DecisionForm({ responseId, maxLength }: { responseId: string; maxLength: number }) {
  const t = useTranslations("CollaborationRequest");
  const [state, action] = useActionState(decideAction, null);
  const refused = refusalOf(state);
  const id = `decision-${responseId}`;
  return (
    <form action={action} noValidate className="flex flex-col gap-3">
      <FormStatus state={state} idPrefix={id} fieldLabels={{ message: t("decisionMessage") }} showSuccess={false} />
      <input type="hidden" name="responseId" value={responseId} />
      <FormField id={`${id}-message`} label={t("decisionMessage")} error={refused.errors.message}>
        {(control) => <Textarea {...control} name="message" rows={2} maxLength={maxLength} defaultValue={refused.text("message") ?? ""} />}
      </FormField>
      <div className="flex flex-wrap gap-3">
        <SubmitButton name="decision" value="accept" pendingLabel={t("deciding")}>
          {t("accept")}
        </SubmitButton>
        <SubmitButton name="decision" value="decline" variant="secondary" pendingLabel={t("deciding")}>
          {t("decline")}
        </SubmitButton>
      </div>
    </form>
  );
}

/** Close as completed (with an outcome) or cancelled; the outcome may be shared with the network. */
export function CloseForm({ requestId, maxLength }: { requestId: string; maxLength: number }) {
  const t = useTranslations("CollaborationRequest");
  const [state, action] = useActionState(closeRequestAction, null);
  const refused = refusalOf(state);
  const status = refused.text("status") ?? "COMPLETED";
  return (
    <form action={action} noValidate className="flex flex-col gap-4">
      <FormStatus state={state} idPrefix="close" fieldLabels={{ status: t("closeAs"), outcome: t("outcome") }} showSuccess={false} />
      <input type="hidden" name="requestId" value={requestId} />
      <ChoiceGroup id="close-status" legend={t("closeAs")} error={refused.errors.status}>
        <Radio id="close-status-completed" name="status" value="COMPLETED" label={t("completed")} defaultChecked={status === "COMPLETED"} />
        <Radio id="close-status-cancelled" name="status" value="CANCELLED" label={t("cancelled")} defaultChecked={status === "CANCELLED"} />
      </ChoiceGroup>
      <FormField id="close-outcome" label={t("outcome")} hint={t("outcomeHint")} error={refused.errors.outcome}>
        {(control) => <Textarea {...control} name="outcome" rows={3} maxLength={maxLength} defaultValue={refused.text("outcome") ?? ""} />}
      </FormField>
      <Checkbox id="close-outcomeShared" name="outcomeShared" label={t("outcomeShared")} defaultChecked={refused.text("outcomeShared") === "on"} />
      <SubmitButton variant="secondary" pendingLabel={t("closing")} className="self-start">
        {t("close")}
      </SubmitButton>
    </form>
  );
}
