"use server";
import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { formAction } from "@/lib/action";
import { loadViewer } from "@/lib/auth/viewer";
import { editResource, flagResourceFor, restoreResource, shareFileResource, shareLinkResource, withdrawResource } from "./resource-service";
import { editResourceSchema, fileResourceSchema, flagResourceSchema, linkResourceSchema, resourceIdSchema } from "./schema";

// The resource's forms: plain forms (they work without JavaScript) that go back to the resource's page, which
// says what was done (`?done=…`).

const back = (resourceId: string, done: string): never => {
  revalidatePath("/resources", "layout");
  redirect(`/resources/${resourceId}?done=${done}`);
};

export const shareLinkResourceAction = formAction(linkResourceSchema, async (input) => {
  const { id } = await shareLinkResource(await loadViewer(), input);
  back(id, "shared");
});

/** The second step of sharing a file (the upload route stored it and gave the form its ticket). */
export const shareFileResourceAction = formAction(fileResourceSchema, async (input) => {
  const { id } = await shareFileResource(await loadViewer(), input);
  back(id, "shared");
});

export const editResourceAction = formAction(editResourceSchema, async (input) => {
  const { id, versionId } = await editResource(await loadViewer(), input);
  back(id, versionId ? "versioned" : "edited");
});

export const withdrawResourceAction = formAction(resourceIdSchema, async ({ resourceId }) => {
  await withdrawResource(await loadViewer(), resourceId);
  back(resourceId, "withdrawn");
});

export const restoreResourceAction = formAction(resourceIdSchema, async ({ resourceId }) => {
  await restoreResource(await loadViewer(), resourceId);
  back(resourceId, "restored");
});

export const flagResourceAction = formAction(flagResourceSchema, async (input) => {
  const outcome = await flagResourceFor(await loadViewer(), input);
  const t = await getTranslations("Resource");
  return { ok: true as const, data: undefined, message: t(outcome === "flagged" ? "flagged" : "alreadyFlagged") };
});
