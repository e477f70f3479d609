"use server";
import { revalidatePath } from "next/cache";
import { getTranslations } from "next-intl/server";
import { formAction } from "@/lib/action";
import { loadViewer } from "@/lib/auth/viewer";
import { profileSchema } from "./schema";
import { updateOwnProfile } from "./service";

// Thin wrappers: parse (formAction), hand the request's viewer to the service, refresh the pages.

export const saveProfileAction = formAction(profileSchema, async (input) => {
  await updateOwnProfile(await loadViewer(), input);
  revalidatePath("/account", "layout");
  revalidatePath("/members", "layout");
  const t = await getTranslations("ProfileForm");
  return { ok: true, data: undefined, message: t("saved") };
});
