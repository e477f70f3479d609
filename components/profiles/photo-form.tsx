"use client";

import { useTranslations } from "next-intl";
import { ImageForm } from "@/components/files/image-form";
import { MemberAvatar } from "./member-avatar";
import { IMAGE_MAX_MEGABYTES } from "@/lib/files/image-limits";
import { removePhotoAction, uploadPhotoAction } from "@/lib/profiles/actions";

/** Upload or remove the profile photo (the shared image form, with the member's avatar as its preview). */
export function PhotoForm({ photoId, name }: { photoId: string | null; name: string }) {
  const t = useTranslations("ProfileForm");
  return (
    <ImageForm
      field="photo"
      preview={<MemberAvatar name={name} photoId={photoId} size="lg" alt={t("photoCurrent")} />}
      hasImage={Boolean(photoId)}
      upload={uploadPhotoAction}
      remove={removePhotoAction}
      labels={{
        none: t("photoNone"),
        choose: t("photoChoose"),
        limits: t("photoLimits", { max: IMAGE_MAX_MEGABYTES }),
        upload: t("photoUpload"),
        uploading: t("photoUploading"),
        remove: t("photoRemove"),
        removing: t("photoRemoving"),
      }}
    />
  );
}
