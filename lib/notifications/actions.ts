"use server";
import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { formAction } from "@/lib/action";
import { loadViewer } from "@/lib/auth/viewer";
import { saveNotificationPreferences } from "./preferences-service";
import { notificationSettingsSchema } from "./schema";
import { markAllRead } from "./service";
import { unsubscribeWithLink } from "./unsubscribe-service";

/** "Mark all read": a plain form, back to the list. */
export async function markAllReadAction(): Promise<void> {
  await markAllRead(await loadViewer());
  revalidatePath("/notifications");
  redirect("/notifications");
}

/** The preferences form: every topic, the time zone and the titles opt-in, saved at once. */
export const saveNotificationSettingsAction = formAction(notificationSettingsSchema, async (input) => {
  await saveNotificationPreferences(await loadViewer(), input);
  revalidatePath("/account/notifications");
  const t = await getTranslations("NotificationSettings");
  return { ok: true, data: undefined, message: t("saved") };
});

/** The unsubscribe page's button (no sign-in: the link is the proof), back to the page, which says it is done. */
export async function confirmUnsubscribeAction(token: string): Promise<void> {
  await unsubscribeWithLink(token);
  redirect(`/unsubscribe/${encodeURIComponent(token)}/confirm`);
}

/** A mail program's one-click unsubscribe (RFC 8058, the route handler of the link): what became of it. */
export async function oneClickUnsubscribe(token: string): Promise<"done" | "invalid" | "expired"> {
  const { state } = await unsubscribeWithLink(token);
  return state === "pending" ? "done" : state;
}
