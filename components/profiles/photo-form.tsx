"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { FormField } from "@/components/ui/form-field";
import { FormStatus } from "@/components/ui/form-status";
import { refusalOf } from "@/components/ui/refusal";
import { SubmitButton } from "@/components/ui/submit-button";
import { MemberAvatar } from "./member-avatar";
import { IMAGE_ACCEPT, IMAGE_MAX_MEGABYTES } from "@/lib/files/image-limits";
import { removePhotoAction, uploadPhotoAction } from "@/lib/profiles/actions";

/**
 * Upload or remove the profile photo: a plain multipart form (works without JavaScript); the server decodes,
 * limits and re-encodes the image and strips its metadata, and says so when it is done.
 */
export function PhotoForm({ photoId, name }: { photoId: string | null; name: string }) {
  const t = useTranslations("ProfileForm");
  const [state, upload] = useActionState(uploadPhotoAction, null);
  const [removed, remove] = useActionState(removePhotoAction, null);
  const refusal = refusalOf(state);
  return (
    <div className="flex flex-col gap-3">
      <div className="flex items-center gap-4">
        <MemberAvatar name={name} photoId={photoId} size="lg" alt={t("photoCurrent")} />
        {photoId ? null : <p className="text-sm text-muted">{t("photoNone")}</p>}
      </div>
      <form action={upload} className="flex flex-col gap-3" noValidate>
        <FormStatus state={state} idPrefix="photo" fieldLabels={{ photo: t("photoChoose") }} />
        <FormField id="photo-photo" label={t("photoChoose")} hint={t("photoLimits", { max: IMAGE_MAX_MEGABYTES })} error={refusal.errors.photo}>
          {(control) => (
            <input
              id={control.id}
              aria-describedby={control["aria-describedby"]}
              aria-invalid={control.invalid || undefined}
              type="file"
              name="photo"
              accept={IMAGE_ACCEPT}
              className="max-w-full text-ink file:mr-3 file:min-h-11 file:rounded-md file:border file:border-control file:bg-surface file:px-3 file:py-2 file:font-medium"
            />
          )}
        </FormField>
        <SubmitButton variant="secondary" pendingLabel={t("photoUploading")} className="self-start">
          {t("photoUpload")}
        </SubmitButton>
      </form>
      {photoId ? (
        <form action={remove} className="flex flex-col gap-2">
          <FormStatus state={removed} idPrefix="photo-remove" fieldLabels={{}} />
          <SubmitButton variant="secondary" pendingLabel={t("photoRemoving")} className="self-start">
            {t("photoRemove")}
          </SubmitButton>
        </form>
      ) : null}
    </div>
  );
}
