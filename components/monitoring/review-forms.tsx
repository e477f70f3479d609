"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { ChoiceGroup, Radio } from "@/components/ui/choice";
import { Checkbox } from "@/components/ui/checkbox";
import { FormField } from "@/components/ui/form-field";
import { FormStatus } from "@/components/ui/form-status";
import { refusalOf } from "@/components/ui/refusal";
import { SubmitButton } from "@/components/ui/submit-button";
import { Textarea } from "@/components/ui/textarea";
import type { ActionState } from "@/lib/action";
import { followUpReportAction, requestReviewAction, reviewReportAction, withdrawReportAction, type ReviewStepData } from "@/lib/monitoring/actions";
import type { PersonalDataHit } from "@/lib/monitoring/loaders";

/** Where a hit is, in words: "Observations on rule 5", "Summary"… */
function useWhere() {
  const t = useTranslations("ReportPage");
  return (where: string) => {
    const finding = /^finding-(\d+)-observations$/.exec(where);
    if (finding) return t("where.finding", { number: Number(finding[1]) });
    const recommendation = /^rec-(\d+)-(text|followUpNote)$/.exec(where);
    if (recommendation) return t(recommendation[2] === "text" ? "where.recommendation" : "where.followUpNote", { number: Number(recommendation[1]) });
    return ["title", "teamText", "interviewsText", "areasSeenText", "summary"].includes(where) ? t(`where.${where}` as never) : where;
  };
}

/** The personal-data check's hits, and the confirmation that lets the member go on. */
function PersonalDataWarning({ hits }: { hits: PersonalDataHit[] }) {
  const t = useTranslations("ReportPage");
  const where = useWhere();
  const kind = { name: t("hitName"), phone: t("hitPhone"), id: t("hitId") };
  return (
    <div role="alert" className="flex flex-col gap-2 rounded-md border-l-4 border-amber-600 bg-amber-50 p-4 text-ink">
      <p className="font-semibold">{t("personalDataTitle")}</p>
      <p>{t("personalDataIntro")}</p>
      <ul className="list-disc pl-5">
        {hits.map((hit, index) => (
          <li key={index}>
            {where(hit.where)} — {kind[hit.kind]}: <q dir="auto">{hit.excerpt}</q>
          </li>
        ))}
      </ul>
      <Checkbox id="confirm-personal-data" name="confirmed" value="yes" label={t("personalDataConfirm")} />
    </div>
  );
}

const hitsOf = (state: ActionState<ReviewStepData>) => (state?.ok && state.data ? state.data.hits : null);

export function RequestReviewForm({ reportId, revision, warnings }: { reportId: string; revision: number; warnings: PersonalDataHit[] }) {
  const t = useTranslations("ReportPage");
  const [state, action] = useActionState(requestReviewAction, null);
  const hits = hitsOf(state) ?? (warnings.length ? warnings : null);
  return (
    <form action={action} className="flex flex-col gap-3">
      <FormStatus state={state} showSuccess={false} />
      <input type="hidden" name="reportId" value={reportId} />
      <input type="hidden" name="revision" value={revision} />
      <p className="text-sm text-muted">{t("sendForReviewHint")}</p>
      {hits ? <PersonalDataWarning hits={hits} /> : null}
      <SubmitButton pendingLabel={t("sending")} className="self-start">{hits ? t("confirmAndSend") : t("sendForReview")}</SubmitButton>
    </form>
  );
}

export function ReviewForm({ reportId, revision, warnings, hasOrganization }: { reportId: string; revision: number; warnings: PersonalDataHit[]; hasOrganization: boolean }) {
  const t = useTranslations("ReportPage");
  const visibility = useTranslations("ReportVisibility");
  const [state, action] = useActionState(reviewReportAction, null);
  const refused = refusalOf(state);
  const hits = hitsOf(state) ?? (warnings.length ? warnings : null);
  const errors = refused.errors;
  return (
    <form action={action} noValidate className="flex flex-col gap-4">
      <FormStatus state={state} idPrefix="review" fieldLabels={{ decision: t("decision"), visibility: t("visibilityChoice"), note: t("reviewNote") }} showSuccess={false} />
      <input type="hidden" name="reportId" value={reportId} />
      <input type="hidden" name="revision" value={revision} />
      <ChoiceGroup id="review-decision" legend={t("decision")} error={errors.decision}>
        <Radio id="review-decision-publish" name="decision" value="PUBLISH" label={t("publish")} defaultChecked={refused.text("decision") !== "SEND_BACK"} />
        <Radio id="review-decision-send-back" name="decision" value="SEND_BACK" label={t("sendBack")} defaultChecked={refused.text("decision") === "SEND_BACK"} />
      </ChoiceGroup>
      <ChoiceGroup id="review-visibility" legend={t("visibilityChoice")} error={errors.visibility}>
        <Radio id="review-visibility-network" name="visibility" value="NETWORK" label={visibility("NETWORK")} defaultChecked={refused.text("visibility") !== "ORGANIZATION"} />
        {hasOrganization ? <Radio id="review-visibility-organization" name="visibility" value="ORGANIZATION" label={visibility("ORGANIZATION")} defaultChecked={refused.text("visibility") === "ORGANIZATION"} /> : null}
      </ChoiceGroup>
      <FormField id="review-note" label={t("reviewNote")} hint={t("reviewNoteHint")} error={errors.note}>
        {(control) => <Textarea {...control} name="note" rows={3} defaultValue={refused.text("note") ?? ""} />}
      </FormField>
      {hits ? <PersonalDataWarning hits={hits} /> : null}
      <SubmitButton pendingLabel={t("deciding")} className="self-start">{t("decide")}</SubmitButton>
    </form>
  );
}

/** A one-button form (withdraw, start a follow-up). */
export function ReportButtonForm({ reportId, kind, label, pendingLabel }: { reportId: string; kind: "withdraw" | "followUp"; label: string; pendingLabel: string }) {
  const [state, action] = useActionState(kind === "withdraw" ? withdrawReportAction : followUpReportAction, null);
  return (
    <form action={action} className="flex flex-col gap-2">
      <FormStatus state={state} showSuccess={false} />
      <input type="hidden" name="reportId" value={reportId} />
      <SubmitButton pendingLabel={pendingLabel} variant={kind === "withdraw" ? "danger" : "secondary"} className="self-start">{label}</SubmitButton>
    </form>
  );
}
