import { getTranslations } from "next-intl/server";
import { Button } from "@/components/ui/button";
import { controlClasses } from "@/components/ui/field-classes";
import { FILE_MAX_MEGABYTES, RESOURCE_FILE_ACCEPT } from "@/lib/files/file-limits";

/** Why the upload route sent the member back: lib/files' refusal codes, and two of the library's own. */
const OWN_REFUSALS = { RATE_LIMITED: "ResourceErrors.uploadsLimited", FILE_MISSING: "ResourceErrors.fileMissing" } as const;

/**
 * The first step of sharing a file: a plain multipart form to the upload route (it works without JavaScript and
 * streams the file; the size limit is stated), with the refusal the route sent back, if any, on the field.
 */
export async function UploadForm({ action, error, label }: { action: string; error: string | undefined; label: string }) {
  const t = await getTranslations();
  const files = await getTranslations("Files");
  const refusal = error
    ? error in OWN_REFUSALS
      ? t(OWN_REFUSALS[error as keyof typeof OWN_REFUSALS])
      : files.has(`refusals.${error}` as never)
        ? files(`refusals.${error}` as never, { maxMegabytes: FILE_MAX_MEGABYTES } as never)
        : files("refusals.UPLOAD_INVALID" as never)
    : null;
  return (
    <form method="post" action={action} encType="multipart/form-data" className="flex flex-col gap-3 rounded-lg border border-line bg-surface p-4">
      <label htmlFor="resource-file" className="font-medium text-ink">
        {label} <span className="font-normal text-muted">{t("ui.formField.required")}</span>
      </label>
      <p id="resource-file-hint" className="text-sm text-muted">{files("limits", { maxMegabytes: FILE_MAX_MEGABYTES })}</p>
      {refusal ? (
        <p id="resource-file-error" role="alert" className="text-sm font-medium text-red-700">
          {refusal}
        </p>
      ) : null}
      <input
        id="resource-file"
        name="file"
        type="file"
        aria-required
        accept={RESOURCE_FILE_ACCEPT}
        aria-describedby={refusal ? "resource-file-hint resource-file-error" : "resource-file-hint"}
        aria-invalid={refusal ? true : undefined}
        className={controlClasses(Boolean(refusal), "py-2")}
      />
      <Button type="submit" className="self-start">{t("ResourceForm.upload")}</Button>
    </form>
  );
}
