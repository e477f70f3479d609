"use client";

import { useActionState, type ReactNode } from "react";
import { FormField } from "@/components/ui/form-field";
import { FormStatus } from "@/components/ui/form-status";
import { refusalOf } from "@/components/ui/refusal";
import { SubmitButton } from "@/components/ui/submit-button";
import type { ActionResult, ActionState } from "@/lib/action";
import { IMAGE_ACCEPT } from "@/lib/files/image-limits";

type ImageAction = (previous: ActionState, formData: FormData) => Promise<ActionResult>;

export type ImageFormLabels = { none: string; choose: string; limits: string; upload: string; uploading: string; remove: string; removing: string };

/**
 * Upload or remove one image (a profile photo, an organization's logo): a plain multipart form that works
 * without JavaScript; the server decodes, limits and re-encodes the image and strips its metadata
 * (lib/files), and says so when it is done. `hidden` fields say whose image it is.
 */
export function ImageForm({
  field,
  preview,
  hasImage,
  upload,
  remove,
  labels,
  hidden = {},
}: {
  field: string;
  preview: ReactNode;
  hasImage: boolean;
  upload: ImageAction;
  remove: ImageAction;
  labels: ImageFormLabels;
  hidden?: Record<string, string>;
}) {
  const [state, uploadAction] = useActionState(upload, null);
  const [removed, removeAction] = useActionState(remove, null);
  const refusal = refusalOf(state);
  const hiddenInputs = Object.entries(hidden).map(([name, value]) => <input key={name} type="hidden" name={name} value={value} />);
  return (
    <div className="flex flex-col gap-3">
      <div className="flex items-center gap-4">
        {preview}
        {hasImage ? null : <p className="text-sm text-muted">{labels.none}</p>}
      </div>
      <form action={uploadAction} className="flex flex-col gap-3" noValidate>
        <FormStatus state={state} idPrefix={field} fieldLabels={{ [field]: labels.choose }} />
        {hiddenInputs}
        <FormField id={`${field}-${field}`} label={labels.choose} hint={labels.limits} error={refusal.errors[field]}>
          {(control) => (
            <input
              id={control.id}
              aria-describedby={control["aria-describedby"]}
              aria-invalid={control.invalid || undefined}
              type="file"
              name={field}
              accept={IMAGE_ACCEPT}
              className="max-w-full text-ink file:mr-3 file:min-h-11 file:rounded-md file:border file:border-control file:bg-surface file:px-3 file:py-2 file:font-medium"
            />
          )}
        </FormField>
        <SubmitButton variant="secondary" pendingLabel={labels.uploading} className="self-start">
          {labels.upload}
        </SubmitButton>
      </form>
      {hasImage ? (
        <form action={removeAction} className="flex flex-col gap-2">
          <FormStatus state={removed} idPrefix={`${field}-remove`} fieldLabels={{}} />
          {hiddenInputs}
          <SubmitButton variant="secondary" pendingLabel={labels.removing} className="self-start">
            {labels.remove}
          </SubmitButton>
        </form>
      ) : null}
    </div>
  );
}
