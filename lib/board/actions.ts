"use server";
import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { formAction, type ActionResult, type ActionState, type FormValues } from "@/lib/action";
import { loadViewer } from "@/lib/auth/viewer";
import { AppError } from "@/lib/errors";
import { attachEntries, type AttachmentsPreview } from "@/lib/resources/schema";
import { deleteOwnPost, editOwnPost, flagBoardPost, previewPost, reactToPost, replyToThread, startThread } from "./post-service";
import { categoryWatchSchema, editPostSchema, flagSchema, postIdSchema, reactionSchema, replySchema, threadSchema, threadWatchSchema } from "./schema";
import { markBoardRead, watchCategory, watchThread } from "./service";

// The composer's actions. "Preview" and "Post" are two buttons of one form (name="intent"), so the preview
// works without JavaScript too: the page comes back with the cooked preview and everything typed kept.

export type ComposerData = { preview: string; values: FormValues; attachments?: AttachmentsPreview };
export type ComposerState = ActionState<ComposerData>;

const submitThread = formAction(threadSchema, async (input): Promise<ComposerData> => {
  const { id, slug } = await startThread(await loadViewer(), input);
  revalidatePath("/board", "layout");
  redirect(`/board/t/${id}/${slug}`);
});

const submitReply = formAction(replySchema, async (input): Promise<ComposerData> => {
  const { threadId, slug, number } = await replyToThread(await loadViewer(), input);
  revalidatePath("/board", "layout");
  redirect(`/board/t/${threadId}/${slug}/${number}#post-${number}`);
});

async function preview(formData: FormData): Promise<ActionResult<ComposerData>> {
  const values = Object.fromEntries([...new Set(formData.keys())].filter((key) => !key.startsWith("$")).map((key) => {
    const all = formData.getAll(key).filter((value): value is string => typeof value === "string");
    return [key, key.endsWith("[]") ? all : (all[0] ?? "")];
  })) as FormValues;
  const body = typeof values.body === "string" ? values.body.slice(0, 50_000) : "";
  const { html, attachments } = await previewPost(await loadViewer(), body, attachEntries(values.attach));
  return { ok: true, data: { preview: html, values, attachments } };
}

export async function startThreadAction(previous: ComposerState, formData: FormData): Promise<ActionResult<ComposerData>> {
  return formData.get("intent") === "preview" ? preview(formData) : submitThread(previous, formData);
}

export async function replyAction(previous: ComposerState, formData: FormData): Promise<ActionResult<ComposerData>> {
  return formData.get("intent") === "preview" ? preview(formData) : submitReply(previous, formData);
}

const submitEdit = formAction(editPostSchema, async (input): Promise<ComposerData> => {
  const permalink = await editOwnPost(await loadViewer(), input);
  revalidatePath("/board", "layout");
  redirect(permalink);
});

export async function editPostAction(previous: ComposerState, formData: FormData): Promise<ActionResult<ComposerData>> {
  return formData.get("intent") === "preview" ? preview(formData) : submitEdit(previous, formData);
}

/**
 * A reaction button (a form of its own, so it works without JavaScript): toggles, then back to the post. A post
 * that cannot take it any more (hidden, deleted meanwhile) simply shows as it now is.
 */
export async function reactAction(formData: FormData): Promise<void> {
  const parsed = reactionSchema.safeParse(Object.fromEntries(formData));
  if (!parsed.success) redirect("/board");
  const permalink = await reactToPost(await loadViewer(), parsed.data).catch((error: unknown) => {
    if (error instanceof AppError) return null;
    throw error;
  });
  revalidatePath("/board", "layout");
  redirect(permalink ?? "/board");
}

export async function deletePostAction(formData: FormData): Promise<void> {
  const parsed = postIdSchema.safeParse(Object.fromEntries(formData));
  if (!parsed.success) redirect("/board");
  const next = await deleteOwnPost(await loadViewer(), parsed.data.postId);
  revalidatePath("/board", "layout");
  redirect(next);
}

export const flagAction = formAction(flagSchema, async (input) => {
  const outcome = await flagBoardPost(await loadViewer(), input);
  const t = await getTranslations("BoardFlag");
  return { ok: true as const, data: undefined, message: t(outcome === "flagged" ? "flagged" : "already") };
});

/** The watching level of a thread or a category: plain forms, back to where they were sent from. */
export async function watchThreadAction(formData: FormData): Promise<void> {
  const parsed = threadWatchSchema.safeParse(Object.fromEntries(formData));
  if (!parsed.success) redirect("/board");
  redirect(await watchThread(await loadViewer(), parsed.data));
}

export async function watchCategoryAction(formData: FormData): Promise<void> {
  const parsed = categoryWatchSchema.safeParse(Object.fromEntries(formData));
  if (!parsed.success) redirect("/board");
  const back = await watchCategory(await loadViewer(), parsed.data);
  revalidatePath("/board", "layout");
  redirect(back);
}

export async function markBoardReadAction(): Promise<void> {
  await markBoardRead(await loadViewer());
  revalidatePath("/board", "layout");
  redirect("/board?view=unread");
}
