"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { ChoiceGroup, Radio } from "@/components/ui/choice";
import { Checkbox } from "@/components/ui/checkbox";
import { FormField } from "@/components/ui/form-field";
import { FormStatus } from "@/components/ui/form-status";
import { refusalOf } from "@/components/ui/refusal";
import { OptionSelect, organizationChoices, Select } from "@/components/ui/select";
import { SubmitButton } from "@/components/ui/submit-button";
import { Textarea } from "@/components/ui/textarea";
import { approveApplicationAction, rejectApplicationAction, requestMoreInfoAction } from "@/lib/applications/actions";

const ROLES = ["MEMBER", "MODERATOR", "ADMIN"] as const;

export type ApproveFormProps = {
  applicationId: string;
  /** An organization application: the applicant may become its representative. */
  organizationApplication: boolean;
  /** A proposed organization's name: the reviewer creates it or merges it into an existing one. */
  proposedOrganization: string | null;
  organizations: Array<{ id: string; name: string }>;
};

export function ApproveForm({ applicationId, organizationApplication, proposedOrganization, organizations }: ApproveFormProps) {
  const t = useTranslations("AdminApplication.approve");
  const [state, formAction] = useActionState(approveApplicationAction, null);
  const refusal = refusalOf(state);
  // The form is gone: focus goes to what replaced it.
  if (state?.ok) return <FormStatus state={state} focusOnSuccess />;
  return (
    <form action={formAction} noValidate className="flex flex-col gap-4">
      <FormStatus state={state} idPrefix="approve" fieldLabels={{ role: t("role"), mergeOrganizationId: t("mergeLabel") }} />
      <input type="hidden" name="applicationId" value={applicationId} />
      <FormField id="approve-role" label={t("role")} hint={t("roleHint")} error={refusal.errors.role} required>
        {(control) => (
          <Select {...control} name="role" defaultValue={refusal.text("role") ?? "MEMBER"}>
            {ROLES.map((role) => (
              <option key={role} value={role}>
                {t(`roles.${role}`)}
              </option>
            ))}
          </Select>
        )}
      </FormField>
      {organizationApplication ? <Checkbox id="approve-representative" name="representative" label={t("representative")} hint={t("representativeHint")} defaultChecked={refusal.text("representative") === "on"} /> : null}
      {proposedOrganization ? (
        <ChoiceGroup id="approve-organizationResolution" legend={t("organizationLegend")}>
          <Radio id="approve-create" name="organizationResolution" value="create" defaultChecked={refusal.text("organizationResolution") !== "merge"} label={t("create", { name: proposedOrganization })} />
          <Radio id="approve-merge" name="organizationResolution" value="merge" defaultChecked={refusal.text("organizationResolution") === "merge"} label={t("merge")} disabled={organizations.length === 0} />
          <FormField id="approve-mergeOrganizationId" label={t("mergeLabel")} hint={t("mergeHint")} error={refusal.errors.mergeOrganizationId} className="pl-8">
            {(control) => (
              <OptionSelect {...control} name="mergeOrganizationId" defaultValue={refusal.text("mergeOrganizationId") ?? ""} placeholder={t("mergePlaceholder")} options={organizationChoices(organizations)} />
            )}
          </FormField>
        </ChoiceGroup>
      ) : null}
      <SubmitButton pendingLabel={t("submitting")} className="self-start">
        {t("submit")}
      </SubmitButton>
    </form>
  );
}

/** Reject, or ask for more information: a required text that goes to the applicant. */
export function MessageDecisionForm({ applicationId, kind }: { applicationId: string; kind: "reject" | "moreInfo" }) {
  const t = useTranslations(`AdminApplication.${kind}`);
  const [state, formAction] = useActionState(kind === "reject" ? rejectApplicationAction : requestMoreInfoAction, null);
  const field = kind === "reject" ? "reason" : "message";
  const refusal = refusalOf(state);
  // The form is gone: focus goes to what replaced it.
  if (state?.ok) return <FormStatus state={state} focusOnSuccess />;
  return (
    <form action={formAction} noValidate className="flex flex-col gap-4">
      <FormStatus state={state} idPrefix={kind} fieldLabels={{ [field]: t("label") }} />
      <input type="hidden" name="applicationId" value={applicationId} />
      <FormField id={`${kind}-${field}`} label={t("label")} hint={t("hint")} error={refusal.errors[field]} required>
        {(control) => <Textarea {...control} name={field} rows={4} maxLength={2000} defaultValue={refusal.text(field)} />}
      </FormField>
      <SubmitButton variant={kind === "reject" ? "danger" : "secondary"} pendingLabel={t("submitting")} className="self-start">
        {t("submit")}
      </SubmitButton>
    </form>
  );
}
