"use server";
import { cookies } from "next/headers";
import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { formAction } from "@/lib/action";
import { sessionCookieName } from "@/lib/auth/session-cookie";
import { loadViewer } from "@/lib/auth/viewer";
import { deleteAccountSchema, requestExportSchema } from "./schema";
import { deleteMyAccount, requestDataExport } from "./service";

// Thin wrappers: parse (formAction), hand the request's viewer to the service, refresh the privacy page.

export const requestExportAction = formAction(requestExportSchema, async () => {
  const { created } = await requestDataExport(await loadViewer());
  revalidatePath("/account/privacy");
  const t = await getTranslations("DataRights");
  return { ok: true, data: undefined, message: created ? t("export.requested") : t("export.alreadyRequested") };
});

export const deleteAccountAction = formAction(deleteAccountSchema, async (input) => {
  await deleteMyAccount(await loadViewer(), input);
  // The session row is gone already (the cookie signs nobody in); the cookie goes too.
  (await cookies()).delete(sessionCookieName());
  redirect("/goodbye");
});
