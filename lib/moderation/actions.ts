"use server";
import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { loadViewer } from "@/lib/auth/viewer";
import { messageModerationSchema } from "@/lib/conversations/schema";
import { getTranslations } from "next-intl/server";
import { formAction } from "@/lib/action";
import { flagItem } from "./flag-service";
import { moderateItem } from "./queue-service";
import { itemActionSchema, itemFlagSchema, postModerationSchema, threadModerationSchema } from "./schema";
import { moderateMessage, moderatePost, moderateThread } from "./service";

// Moderators' buttons: plain forms (they work without JavaScript), back to the post or thread afterwards, or
// to the queue when they were pressed there.

const backTo = (formData: FormData, fallback: string) => (formData.get("from") === "queue" ? "/admin/moderation" : fallback);

export async function moderatePostAction(formData: FormData): Promise<void> {
  const parsed = postModerationSchema.safeParse(Object.fromEntries(formData));
  if (!parsed.success) redirect("/admin/moderation");
  const permalink = await moderatePost(await loadViewer(), parsed.data);
  revalidatePath("/board", "layout");
  revalidatePath("/admin/moderation");
  redirect(backTo(formData, permalink));
}

export async function moderateThreadAction(formData: FormData): Promise<void> {
  const parsed = threadModerationSchema.safeParse(Object.fromEntries(formData));
  if (!parsed.success) redirect("/board");
  const path = await moderateThread(await loadViewer(), parsed.data);
  revalidatePath("/board", "layout");
  redirect(backTo(formData, path));
}

/** Hide, restore or dismiss a flagged conversation message; back to the conversation's flagged part or the queue. */
export async function moderateMessageAction(formData: FormData): Promise<void> {
  const parsed = messageModerationSchema.safeParse(Object.fromEntries(formData));
  if (!parsed.success) redirect("/admin/moderation");
  const path = await moderateMessage(await loadViewer(), parsed.data);
  revalidatePath("/admin/moderation");
  revalidatePath("/messages", "layout");
  // Dismissed flags end staff's access: the conversation would answer "not found", so back to the queue.
  redirect(formData.get("from") === "queue" || parsed.data.action === "dismiss" ? "/admin/moderation" : path);
}

/** One step on a queue item (claim, act, resolve): back to the item's page, which says what was done. */
export const moderateItemAction = formAction(itemActionSchema, async (input) => {
  const { itemId, done } = await moderateItem(await loadViewer(), input);
  revalidatePath("/admin/moderation", "layout");
  revalidatePath("/board", "layout");
  redirect(`/admin/moderation/${itemId}?done=${done}`);
});

/** A member's flag on a thread, a profile or an organization; said once done. */
export const flagItemAction = formAction(itemFlagSchema, async (input) => {
  const outcome = await flagItem(await loadViewer(), input);
  const t = await getTranslations("ModerationFlagForm");
  return { ok: true as const, data: undefined, message: t(outcome === "flagged" ? "flagged" : "already") };
});
