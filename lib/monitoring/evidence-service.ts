import "server-only";
// Files uploaded as a finding's evidence, for an explicit viewer (README, "Monitoring reports"): lib/files stores
// them (documents checked from their content, images re-encoded without any metadata: no camera, no GPS), this
// service decides who may add, remove and download them — the report's team adds and removes them while it may
// change the report; whoever may read the report downloads them, nobody else (NOT_FOUND, like a file that does
// not exist). The download itself is lib/files' response, as for the library's files.
import { authorize } from "@/lib/auth/authorize";
import type { Viewer } from "@/lib/auth/viewer-types";
import { AppError } from "@/lib/errors";
import { findStoredFileMeta } from "@/lib/files/data";
import { discardUpload } from "@/lib/files/mutations";
import { fileRefusal } from "@/lib/files/storage";
import { evidenceUploadsPerMember } from "@/lib/rate-limit/limits";
import { enforceLimits } from "@/lib/rate-limit/mutations";
import { findEvidenceFile, findFindingForEvidence } from "./data";
import { deleteEvidenceFile, insertEvidenceFile } from "./mutations";
import { canChangeEvidence, canUseMonitoring } from "./policy";
import { evidenceUploadSchema, REPORT_LIMITS, type RemoveEvidenceInput } from "./schema";
import { readableReport } from "./service";

/** Before the upload route reads the body: may the viewer add evidence to this report now (and how often)? */
export async function prepareEvidenceUpload(requester: Viewer, reportId: string): Promise<{ reportId: string }> {
  const viewer = authorize(requester, canUseMonitoring);
  const access = await readableReport(viewer, reportId);
  if (!canChangeEvidence(viewer, access)) throw new AppError("FORBIDDEN", { messageKey: "MonitoringErrors.notEditable" });
  await enforceLimits([evidenceUploadsPerMember(viewer.id)], "MonitoringErrors.uploadsLimited");
  return { reportId: access.id };
}

/**
 * The upload form's fields (parsed here: a refusal of any kind deletes the file) and the file just stored (unclaimed):
 * it becomes the evidence of the report's finding on `ruleNumber`, claimed in that
 * transaction; refused on its field — the redaction box not ticked, no such finding saved, too many files — and
 * then the file is deleted, as after any refusal.
 */
export async function attachEvidenceFile(requester: Viewer, fields: Record<string, unknown>, storedFileId: string): Promise<{ evidenceId: string }> {
  try {
    const viewer = authorize(requester, canUseMonitoring);
    const parsed = evidenceUploadSchema.safeParse(fields);
    if (!parsed.success) throw fileRefusal("UPLOAD_INVALID", "file");
    const input = parsed.data;
    const access = await readableReport(viewer, input.reportId);
    if (!canChangeEvidence(viewer, access)) throw new AppError("FORBIDDEN", { messageKey: "MonitoringErrors.notEditable" });
    if (input.redacted !== "yes") throw new AppError("VALIDATION", { field: "redacted", messageKey: "MonitoringErrors.redactionUnconfirmed" });
    const finding = await findFindingForEvidence(access.id, input.ruleNumber);
    if (!finding) throw new AppError("VALIDATION", { field: "ruleNumber", messageKey: "MonitoringErrors.findingNotSaved", values: { number: input.ruleNumber } });
    if (finding.files >= REPORT_LIMITS.evidenceFilesPerFinding) throw new AppError("VALIDATION", { field: "ruleNumber", messageKey: "MonitoringErrors.tooManyEvidenceFiles", values: { max: REPORT_LIMITS.evidenceFilesPerFinding } });
    const file = await findStoredFileMeta(storedFileId);
    if (!file || file.kind !== "MONITORING_EVIDENCE") throw new AppError("VALIDATION", { field: "file", messageKey: "MonitoringErrors.uploadAgain" });
    const status = access.status === "PUBLISHED" ? "PUBLISHED" : "DRAFT";
    const added = await insertEvidenceFile({ reportId: access.id, findingId: finding.id, storedFileId, caption: input.caption, createdById: viewer.id }, [status]);
    if (!added) throw new AppError("CONFLICT", { messageKey: "MonitoringErrors.changedMeanwhile" });
    return { evidenceId: added };
  } catch (error) {
    await discardUpload(storedFileId);
    throw error;
  }
}

/** The team removes an uploaded file from a finding: the file itself is deleted with it. */
export async function removeEvidence(requester: Viewer, input: RemoveEvidenceInput): Promise<void> {
  const viewer = authorize(requester, canUseMonitoring);
  const access = await readableReport(viewer, input.reportId);
  if (!canChangeEvidence(viewer, access)) throw new AppError("FORBIDDEN", { messageKey: "MonitoringErrors.notEditable" });
  if (!(await deleteEvidenceFile(access.id, input.evidenceId))) throw new AppError("NOT_FOUND");
}

/** The download route: the stored file of an evidence of a report the viewer may read; NOT_FOUND otherwise. */
export async function evidenceDownload(requester: Viewer, reportId: string, evidenceId: string): Promise<{ storedFileId: string }> {
  const viewer = authorize(requester, canUseMonitoring);
  const access = await readableReport(viewer, reportId);
  const evidence = /^[a-z0-9]{1,40}$/.test(evidenceId) ? await findEvidenceFile(access.id, evidenceId) : null;
  if (!evidence) throw new AppError("NOT_FOUND");
  return { storedFileId: evidence.storedFileId };
}
