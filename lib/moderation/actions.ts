"use server";
import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { loadViewer } from "@/lib/auth/viewer";
import { messageModerationSchema } from "@/lib/conversations/schema";
import { postModerationSchema, requestFlagsSchema, threadModerationSchema } from "./schema";
import { dismissCollaborationFlags, moderateMessage, moderatePost, moderateThread } from "./service";

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

export async function dismissRequestFlagsAction(formData: FormData): Promise<void> {
  const parsed = requestFlagsSchema.safeParse(Object.fromEntries(formData));
  if (!parsed.success) redirect("/admin/moderation");
  const back = await dismissCollaborationFlags(await loadViewer(), parsed.data.requestId);
  revalidatePath("/admin/moderation");
  revalidatePath(`/collaborations/${parsed.data.requestId}`);
  redirect(back);
}
