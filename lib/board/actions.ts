"use server";
import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { formAction, type ActionResult, type ActionState, type FormValues } from "@/lib/action";
import { loadViewer } from "@/lib/auth/viewer";
import { previewPost, replyToThread, startThread } from "./post-service";
import { replySchema, threadSchema } from "./schema";

// The composer's actions. "Preview" and "Post" are two buttons of one form (name="intent"), so the preview
// works without JavaScript too: the page comes back with the cooked preview and everything typed kept.

export type ComposerData = { preview: string; values: FormValues };
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
  return { ok: true, data: { preview: previewPost(await loadViewer(), body), values } };
}

export async function startThreadAction(previous: ComposerState, formData: FormData): Promise<ActionResult<ComposerData>> {
  return formData.get("intent") === "preview" ? preview(formData) : submitThread(previous, formData);
}

export async function replyAction(previous: ComposerState, formData: FormData): Promise<ActionResult<ComposerData>> {
  return formData.get("intent") === "preview" ? preview(formData) : submitReply(previous, formData);
}
