"use server";
import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { formAction, type ActionResult, type ActionState, type FormValues } from "@/lib/action";
import { loadViewer } from "@/lib/auth/viewer";
import { AppError } from "@/lib/errors";
import { attachEntries, type AttachmentsPreview } from "@/lib/resources/schema";
import { blockMember, unblockMember } from "./block-service";
import { addPeople, deleteOwnMessage, flagConversationMessage, leave, previewMessage, sendMessage, startConversation } from "./message-service";
import { addParticipantsSchema, blockSchema, conversationIdSchema, flagMessageSchema, messageSchema, newConversationSchema } from "./schema";

// The conversations' forms. As on the board, "Preview" and "Send" are two buttons of one form (name="intent"),
// so the preview works without JavaScript; every other action is a plain form that goes back where it was.

/** The composer's state, the board's shape (so the conversation composer shares the board's composer parts). */
export type ComposerData = { preview: string; values: FormValues; attachments?: AttachmentsPreview };
export type ComposerState = ActionState<ComposerData>;

const submitNew = formAction(newConversationSchema, async (input): Promise<ComposerData> => {
  const { id, number } = await startConversation(await loadViewer(), input);
  revalidatePath("/messages", "layout");
  redirect(`/messages/${id}#message-${number}`);
});

const submitMessage = formAction(messageSchema, async (input): Promise<ComposerData> => {
  const { conversationId, number } = await sendMessage(await loadViewer(), input);
  revalidatePath("/messages", "layout");
  redirect(`/messages/${conversationId}#message-${number}`);
});

async function preview(formData: FormData): Promise<ActionResult<ComposerData>> {
  const values = Object.fromEntries([...formData.keys()].filter((key) => !key.startsWith("$")).map((key) => [key, String(formData.get(key) ?? "")])) as FormValues;
  const { html, attachments } = await previewMessage(await loadViewer(), String(values.body ?? ""), attachEntries(values.attach));
  return { ok: true, data: { preview: html, values, attachments } };
}

export async function startConversationAction(previous: ComposerState, formData: FormData): Promise<ActionResult<ComposerData>> {
  return formData.get("intent") === "preview" ? preview(formData) : submitNew(previous, formData);
}

export async function sendMessageAction(previous: ComposerState, formData: FormData): Promise<ActionResult<ComposerData>> {
  return formData.get("intent") === "preview" ? preview(formData) : submitMessage(previous, formData);
}

export const addPeopleAction = formAction(addParticipantsSchema, async (input) => {
  await addPeople(await loadViewer(), input);
  revalidatePath("/messages", "layout");
  redirect(`/messages/${input.conversationId}`);
});

export async function leaveConversationAction(formData: FormData): Promise<void> {
  const parsed = conversationIdSchema.safeParse(Object.fromEntries(formData));
  if (!parsed.success) redirect("/messages");
  await leave(await loadViewer(), parsed.data.conversationId);
  revalidatePath("/messages", "layout");
  redirect("/messages");
}

export async function deleteMessageAction(formData: FormData): Promise<void> {
  const messageId = String(formData.get("messageId") ?? "");
  if (!/^[a-z0-9]{1,40}$/.test(messageId)) redirect("/messages");
  const conversationId = await deleteOwnMessage(await loadViewer(), messageId);
  revalidatePath("/messages", "layout");
  redirect(`/messages/${conversationId}`);
}

export const flagMessageAction = formAction(flagMessageSchema, async (input) => {
  const outcome = await flagConversationMessage(await loadViewer(), input);
  const t = await getTranslations("BoardFlag");
  return { ok: true as const, data: undefined, message: t(outcome === "flagged" ? "flagged" : "already") };
});

/** Block or unblock, from a profile or the account's list: back to where the form was. */
async function changeBlock(formData: FormData, blocked: boolean): Promise<void> {
  const parsed = blockSchema.safeParse(Object.fromEntries(formData));
  if (!parsed.success) redirect("/account/messages");
  await (blocked ? blockMember : unblockMember)(await loadViewer(), parsed.data.handle).catch((error: unknown) => {
    if (!(error instanceof AppError && error.code === "NOT_FOUND")) throw error;
  });
  revalidatePath("/account/messages");
  revalidatePath("/account/people");
  revalidatePath(`/members/${parsed.data.handle}`);
  const from = formData.get("from");
  redirect(from === "account" ? "/account/messages" : from === "people" ? "/account/people#blocked" : `/members/${parsed.data.handle}`);
}

export async function blockMemberAction(formData: FormData): Promise<void> {
  await changeBlock(formData, true);
}

export async function unblockMemberAction(formData: FormData): Promise<void> {
  await changeBlock(formData, false);
}
