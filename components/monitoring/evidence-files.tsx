import { getFormatter, getTranslations } from "next-intl/server";
import { Button } from "@/components/ui/button";
import { Checkbox } from "@/components/ui/checkbox";
import { controlClasses } from "@/components/ui/field-classes";
import { FormField } from "@/components/ui/form-field";
import { Input } from "@/components/ui/input";
import { Link } from "@/components/ui/link";
import { Select } from "@/components/ui/select";
import { UserText } from "@/components/ui/user-text";
import { FILE_MAX_MEGABYTES, FILE_REFUSAL_CODES, RESOURCE_FILE_ACCEPT } from "@/lib/files/file-limits";
import { resourceTypeOf } from "@/lib/files/filename";
import { formatFileSize } from "@/lib/files/format";
import type { ReportDetail } from "@/lib/monitoring/loaders";
import { REPORT_LIMITS } from "@/lib/monitoring/schema";
import { EvidenceRemoveForm } from "./evidence-remove-form";

/** The upload route's refusals of its own (by MonitoringErrors key), each shown on the field it is about. */
const OWN_REFUSALS: Record<string, "file" | "ruleNumber" | "redacted"> = {
  redactionUnconfirmed: "redacted",
  findingNotSaved: "ruleNumber",
  tooManyEvidenceFiles: "ruleNumber",
  uploadAgain: "file",
  uploadsLimited: "file",
  notEditable: "file",
  changedMeanwhile: "file",
  fileMissing: "file",
};

type Finding = ReportDetail["findings"][number];

/**
 * A draft's evidence files: those uploaded into each finding (each with its removal), and the upload form — a plain
 * multipart post to the upload route (it works without JavaScript), which comes back here with the refusal's code.
 * The form reminds the author that redacting is hers: photos lose their metadata, not what they show.
 */
export async function EvidenceFiles({ reportId, findings, error, rule }: { reportId: string; findings: Finding[]; error: string | undefined; rule: number | undefined }) {
  const [t, errors, files, format] = await Promise.all([getTranslations("ReportForm"), getTranslations("MonitoringErrors"), getTranslations("Files"), getFormatter()]);
  const code = error === "FILE_MISSING" ? "fileMissing" : error === "RATE_LIMITED" ? "uploadsLimited" : error;
  const field = code ? (OWN_REFUSALS[code] ?? "file") : null;
  const message = !code
    ? null
    : code in OWN_REFUSALS
      ? errors(code as never, { number: rule ?? 0, max: REPORT_LIMITS.evidenceFilesPerFinding } as never)
      : (FILE_REFUSAL_CODES as readonly string[]).includes(code)
        ? files(`refusals.${code}` as never, { maxMegabytes: FILE_MAX_MEGABYTES } as never)
        : files("refusals.UPLOAD_INVALID" as never);
  const withFiles = findings.filter((finding) => finding.evidence.some((evidence) => evidence.file));
  const describe = (file: NonNullable<Finding["evidence"][number]["file"]>) => {
    const kind = resourceTypeOf(file.contentType)?.toUpperCase() ?? "";
    return file.width && file.height ? t("evidenceImage", { kind, width: file.width, height: file.height, size: formatFileSize(format, file.byteSize) }) : t("evidenceDocument", { kind, size: formatFileSize(format, file.byteSize) });
  };
  return (
    <section id="evidence" aria-labelledby="evidence-heading" className="flex scroll-mt-4 flex-col gap-4">
      <h2 id="evidence-heading" className="text-xl font-semibold text-ink">{t("evidenceFiles")}</h2>
      <p className="text-muted">{t("evidenceFilesIntro")}</p>
      {withFiles.length ? (
        <ul className="flex flex-col gap-3">
          {withFiles.map((finding) => (
            <li key={finding.id} className="flex flex-col gap-2">
              <p className="font-medium text-ink">{t("rule", { number: finding.ruleNumber })}</p>
              <ul className="flex flex-col gap-2">
                {finding.evidence.flatMap((evidence) => {
                  if (!evidence.file) return [];
                  const name = evidence.file.filename ?? t("evidenceUnnamed");
                  return [
                    <li key={evidence.id} className="flex flex-col gap-1 rounded-md border border-line bg-surface px-3 py-2 text-sm sm:flex-row sm:items-center sm:justify-between">
                      <span className="flex flex-col gap-0.5">
                        <Link href={`/monitoring/reports/${reportId}/evidence/${evidence.id}`} prefetch={false}><UserText>{name}</UserText></Link>
                        <span className="text-muted">{describe(evidence.file)}</span>
                        {evidence.caption ? <UserText className="text-ink">{evidence.caption}</UserText> : null}
                      </span>
                      <EvidenceRemoveForm reportId={reportId} evidenceId={evidence.id} name={name} />
                    </li>,
                  ];
                })}
              </ul>
            </li>
          ))}
        </ul>
      ) : null}
      {findings.length === 0 ? (
        <p className="text-sm text-muted">{t("evidenceNoFindings")}</p>
      ) : (
        <form method="post" action={`/monitoring/reports/${reportId}/evidence`} encType="multipart/form-data" className="flex flex-col gap-4 rounded-lg border border-line bg-surface p-4">
          {message && field === "file" ? (
            <p id="evidence-refusal" role="alert" className="text-sm font-medium text-red-700">
              {message}
            </p>
          ) : null}
          <FormField id="evidence-ruleNumber" label={t("evidenceFinding")} error={field === "ruleNumber" ? message : null} required>
            {(control) => (
              <Select {...control} name="ruleNumber" defaultValue={rule && findings.some((finding) => finding.ruleNumber === rule) ? String(rule) : String(findings[0]!.ruleNumber)}>
                {findings.map((finding) => <option key={finding.id} value={finding.ruleNumber}>{t("rule", { number: finding.ruleNumber })}</option>)}
              </Select>
            )}
          </FormField>
          <div className="flex flex-col gap-1">
            <label htmlFor="evidence-file" className="font-medium text-ink">
              {t("evidenceFile")} <span className="font-normal text-muted">{t("evidenceRequired")}</span>
            </label>
            <p id="evidence-file-hint" className="text-sm text-muted">{files("limits", { maxMegabytes: FILE_MAX_MEGABYTES })} {t("evidencePhotoHint")}</p>
            <input
              id="evidence-file"
              name="file"
              type="file"
              aria-required
              accept={RESOURCE_FILE_ACCEPT}
              aria-describedby={field === "file" ? "evidence-file-hint evidence-refusal" : "evidence-file-hint"}
              aria-invalid={field === "file" ? true : undefined}
              className={controlClasses(field === "file", "py-2")}
            />
          </div>
          <FormField id="evidence-caption" label={t("evidenceCaption")} hint={t("evidenceCaptionHint")}>
            {(control) => <Input {...control} name="caption" maxLength={REPORT_LIMITS.evidenceCaption} autoComplete="off" />}
          </FormField>
          <Checkbox id="evidence-redacted" name="redacted" value="yes" label={t("evidenceRedacted")} error={field === "redacted" ? message : null} />
          <Button type="submit" className="self-start">{t("evidenceUpload")}</Button>
        </form>
      )}
    </section>
  );
}
