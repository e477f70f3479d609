"use client";

import { useTranslations } from "next-intl";
import { ImageForm } from "@/components/files/image-form";
import { IMAGE_MAX_MEGABYTES } from "@/lib/files/image-limits";
import { removeLogoAction, uploadLogoAction } from "@/lib/organizations/actions";

/** Upload or remove the organization's logo (the shared image form, as for profile photos). */
export function LogoForm({ organizationId, logoId }: { organizationId: string; logoId: string | null }) {
  const t = useTranslations("OrganizationEdit");
  const preview = logoId ? (
    // eslint-disable-next-line @next/next/no-img-element -- a members-only file served by the app; next/image would re-fetch it without the session
    <img src={`/files/${logoId}`} alt={t("logoCurrent")} width={128} height={128} className="size-24 shrink-0 rounded-md border border-line bg-surface object-contain" />
  ) : null;
  return (
    <ImageForm
      field="logo"
      preview={preview}
      hasImage={Boolean(logoId)}
      upload={uploadLogoAction}
      remove={removeLogoAction}
      hidden={{ organizationId }}
      labels={{
        none: t("logoNone"),
        choose: t("logoChoose"),
        limits: t("logoLimits", { max: IMAGE_MAX_MEGABYTES }),
        upload: t("logoUpload"),
        uploading: t("logoUploading"),
        remove: t("logoRemove"),
        removing: t("logoRemoving"),
      }}
    />
  );
}
