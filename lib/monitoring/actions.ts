"use server";
import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { getFormatter, getTranslations } from "next-intl/server";
import { formAction, formValues, type ActionResult } from "@/lib/action";
import { loadViewer } from "@/lib/auth/viewer";
import { mergeAfterConflict, ReportConflictError, type PersonalDataHit } from "./format";
import { removeEvidence } from "./evidence-service";
import { autosaveReportDraft, requestReview, reviewReport, saveReportDraft, startFollowUp, startReport, withdrawReport } from "./report-service";
import { removeEvidenceSchema, reportIdSchema, requestReviewSchema, reviewDecisionSchema, saveReportSchema, startReportSchema } from "./schema";

// The reports' forms: plain forms (they work without JavaScript). A save goes back to the form at its new
// revision; a conflict comes back to the form merged: what only the other member changed is taken in, what both
// changed keeps the member's text with the other's version shown on the field. Review steps that found likely personal data come back with the hits to confirm.

const to = (path: string): never => {
  revalidatePath("/monitoring", "layout");
  redirect(path);
};

export const startReportAction = formAction(startReportSchema, async (input) => {
  const { id } = await startReport(await loadViewer(), input);
  to(`/monitoring/reports/${id}/edit?done=started`);
});

export const saveReportAction = formAction(saveReportSchema, async (input, formData): Promise<ActionResult> => {
  try {
    const { id } = await saveReportDraft(await loadViewer(), input);
    const section = formData.get("section");
    return to(`/monitoring/reports/${id}/edit?done=saved${typeof section === "string" && /^[a-z-]{1,30}$/.test(section) ? `#${section}` : ""}`);
  } catch (error) {
    if (!(error instanceof ReportConflictError)) throw error;
    const [t, format] = await Promise.all([getTranslations("ReportForm"), getFormatter()]);
    const { conflict } = error;
    const submitted = Object.fromEntries(Object.entries(formValues(formData)).map(([field, value]) => [field, Array.isArray(value) ? value.join(" ") : value]));
    const { values, clashes } = mergeAfterConflict(typeof submitted.baseDigest === "string" ? submitted.baseDigest : "", submitted, conflict.changed);
    const fieldErrors = Object.fromEntries(clashes.map(({ field, value }) => [field, [value ? t("conflictTheirs", { value: value.length > 400 ? `${value.slice(0, 400)}…` : value }) : t("conflictTheirsBlank")]]));
    return {
      ok: false,
      code: "CONFLICT",
      message: t("conflict", { name: conflict.savedBy ?? t("someone"), at: format.dateTime(conflict.savedAt, { dateStyle: "medium", timeStyle: "short" }), count: clashes.length, taken: conflict.changed.length - clashes.length }),
      fieldErrors,
      // The member's text, rebased on the revision saved meanwhile: saving again keeps theirs, knowingly.
      values: { ...values, revision: String(conflict.revision), baseDigest: conflict.digest },
    };
  }
});

export type AutosaveData = { revision: number; digest: string };

/** The form's background save: no redirect, the new revision back; a conflict stops it and says who saved. */
export const autosaveReportAction = formAction(saveReportSchema, async (input): Promise<ActionResult<AutosaveData>> => {
  try {
    const { revision, digest } = await autosaveReportDraft(await loadViewer(), input);
    return { ok: true, data: { revision, digest } };
  } catch (error) {
    if (!(error instanceof ReportConflictError)) throw error;
    const [t, format] = await Promise.all([getTranslations("ReportForm"), getFormatter()]);
    return { ok: false, code: "CONFLICT", message: t("autosaveConflict", { name: error.conflict.savedBy ?? t("someone"), at: format.dateTime(error.conflict.savedAt, { dateStyle: "medium", timeStyle: "short" }) }) };
  }
});

export type ReviewStepData = { hits: PersonalDataHit[] } | undefined;

export const requestReviewAction = formAction(requestReviewSchema, async (input): Promise<ActionResult<ReviewStepData>> => {
  const step = await requestReview(await loadViewer(), input);
  if (!step.done) return { ok: true, data: { hits: step.hits } };
  return to(`/monitoring/reports/${input.reportId}?done=inReview`);
});

export const reviewReportAction = formAction(reviewDecisionSchema, async (input): Promise<ActionResult<ReviewStepData>> => {
  const step = await reviewReport(await loadViewer(), input);
  if (!step.done) return { ok: true, data: { hits: step.hits } };
  return to(`/monitoring/reports/${input.reportId}?done=${input.decision === "PUBLISH" ? "published" : "sentBack"}`);
});

export const withdrawReportAction = formAction(reportIdSchema, async ({ reportId }) => {
  await withdrawReport(await loadViewer(), reportId);
  to(`/monitoring/reports/${reportId}?done=withdrawn`);
});

export const followUpReportAction = formAction(reportIdSchema, async ({ reportId }) => {
  const { id } = await startFollowUp(await loadViewer(), reportId);
  to(`/monitoring/reports/${id}/edit?done=followUp`);
});

/** Removing an uploaded evidence file (the upload itself is a multipart post: app/monitoring/reports/[id]/evidence). */
export const removeEvidenceAction = formAction(removeEvidenceSchema, async (input) => {
  await removeEvidence(await loadViewer(), input);
  to(`/monitoring/reports/${input.reportId}/edit?done=evidenceRemoved#evidence`);
});
