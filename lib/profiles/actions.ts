"use server";
import { revalidatePath } from "next/cache";
import { getTranslations } from "next-intl/server";
import { formAction } from "@/lib/action";
import { loadViewer } from "@/lib/auth/viewer";
import { photoFormSchema, profileSchema } from "./schema";
import { removeOwnPhoto, replaceOwnPhoto, updateOwnProfile } from "./service";

// Thin wrappers: parse (formAction), hand the request's viewer to the service, refresh the pages.

export const saveProfileAction = formAction(profileSchema, async (input) => {
  await updateOwnProfile(await loadViewer(), input);
  refreshProfilePages();
  const t = await getTranslations("ProfileForm");
  return { ok: true, data: undefined, message: t("saved") };
});

function refreshProfilePages(): void {
  revalidatePath("/account", "layout");
  revalidatePath("/members", "layout");
}

// The file itself is read from the form data by the service (formAction parses the text fields only).
export const uploadPhotoAction = formAction(photoFormSchema, async (_input, formData) => {
  await replaceOwnPhoto(await loadViewer(), formData.get("photo"));
  refreshProfilePages();
  const t = await getTranslations("ProfileForm");
  return { ok: true, data: undefined, message: t("photoSaved") };
});

export const removePhotoAction = formAction(photoFormSchema, async () => {
  await removeOwnPhoto(await loadViewer());
  refreshProfilePages();
  const t = await getTranslations("ProfileForm");
  return { ok: true, data: undefined, message: t("photoRemoved") };
});
