"use server";
import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { formAction } from "@/lib/action";
import { loadViewer } from "@/lib/auth/viewer";
import { closeRequest, editRequest, flagCollaborationRequest, inviteToRespond, postRequest, reopenRequest, startRequestWork } from "./request-service";
import { decideOnResponse, respondToRequest, withdrawOwnResponse } from "./response-service";
import { closeSchema, decisionSchema, editRequestSchema, flagRequestSchema, inviteSchema, requestIdSchema, requestSchema, responseIdSchema, responseSchema } from "./schema";

// The request's forms: plain forms (they work without JavaScript) that go back to the request's page, which
// says what was done (`?done=…`).

const back = (requestId: string, done: string, anchor = ""): never => {
  revalidatePath("/collaborations", "layout");
  redirect(`/collaborations/${requestId}?done=${done}${anchor}`);
};

export const postRequestAction = formAction(requestSchema, async (input) => {
  const { id } = await postRequest(await loadViewer(), input);
  back(id, "posted");
});

export const editRequestAction = formAction(editRequestSchema, async (input) => {
  const { id } = await editRequest(await loadViewer(), input);
  back(id, "edited");
});

export const startWorkAction = formAction(requestIdSchema, async ({ requestId }) => {
  await startRequestWork(await loadViewer(), requestId);
  back(requestId, "started");
});

export const closeRequestAction = formAction(closeSchema, async (input) => {
  await closeRequest(await loadViewer(), input);
  back(input.requestId, input.status === "COMPLETED" ? "completed" : "cancelled");
});

export const reopenRequestAction = formAction(requestIdSchema, async ({ requestId }) => {
  await reopenRequest(await loadViewer(), requestId);
  back(requestId, "reopened");
});

export const respondAction = formAction(responseSchema, async (input) => {
  const { requestId } = await respondToRequest(await loadViewer(), input);
  back(requestId, "responded", "#your-responses");
});

export const decideAction = formAction(decisionSchema, async (input) => {
  const { requestId } = await decideOnResponse(await loadViewer(), input);
  back(requestId, input.decision === "accept" ? "accepted" : "declined", "#responses");
});

export const withdrawResponseAction = formAction(responseIdSchema, async ({ responseId }) => {
  const { requestId } = await withdrawOwnResponse(await loadViewer(), responseId);
  back(requestId, "withdrawn", "#your-responses");
});

export const inviteAction = formAction(inviteSchema, async (input) => {
  const outcome = await inviteToRespond(await loadViewer(), input);
  revalidatePath(`/collaborations/${input.requestId}`);
  const t = await getTranslations("CollaborationRequest");
  return { ok: true as const, data: undefined, message: t(outcome === "invited" ? "invited" : "alreadyInvited") };
});

export const flagRequestAction = formAction(flagRequestSchema, async (input) => {
  const outcome = await flagCollaborationRequest(await loadViewer(), input);
  const t = await getTranslations("CollaborationRequest");
  return { ok: true as const, data: undefined, message: t(outcome === "flagged" ? "flagged" : "alreadyFlagged") };
});
