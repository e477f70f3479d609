"use server";
import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { formAction } from "@/lib/action";
import { loadViewer } from "@/lib/auth/viewer";
import { AppError } from "@/lib/errors";
import { addSpotlight, createCampaign, moveSpotlight, removeSpotlight, requestConsent, updateCampaign, updateSpotlight } from "./admin-service";
import { answerConsent, setCampaignRequests, withdrawConsent } from "./consent-service";
import { campaignIdField, campaignRequestsSchema, campaignSchema, consentAnswerSchema, spotlightEditSchema, spotlightIdSchema, spotlightMoveSchema, spotlightSchema } from "./schema";

// Thin wrappers: parse (formAction), hand the request's viewer to the service, refresh the privacy page.

export const answerConsentAction = formAction(consentAnswerSchema, async (input) => {
  await answerConsent(await loadViewer(), input);
  revalidatePath("/account/privacy");
  const t = await getTranslations("CampaignConsent");
  return { ok: true, data: undefined, message: t(input.decision === "approve" ? "approved" : "declined") };
});

export const withdrawConsentAction = formAction(spotlightIdSchema, async (input) => {
  await withdrawConsent(await loadViewer(), input);
  revalidatePath("/account/privacy");
  const t = await getTranslations("CampaignConsent");
  return { ok: true, data: undefined, message: t("withdrawn") };
});

export const setCampaignRequestsAction = formAction(campaignRequestsSchema, async (input) => {
  const { declined } = await setCampaignRequests(await loadViewer(), input);
  revalidatePath("/account/privacy");
  const t = await getTranslations("CampaignConsent");
  return { ok: true, data: undefined, message: input.allowed ? t("requestsAllowed") : t("requestsRefused", { declined }) };
});

// ---- the campaign team's forms (/admin/campaigns): a creation or a save goes back to the campaign's page ----

const toCampaign = (campaignId: string, done: string, hash = ""): never => {
  revalidatePath("/admin/campaigns", "layout");
  redirect(`/admin/campaigns/${campaignId}?done=${done}${hash}`);
};

export const createCampaignAction = formAction(campaignSchema, async (input) => {
  const { id } = await createCampaign(await loadViewer(), input);
  return toCampaign(id, "created");
});

export const updateCampaignAction = formAction(campaignSchema, async (input, formData) => {
  const campaignId = campaignIdField.safeParse(formData.get("campaignId"));
  if (!campaignId.success) throw new AppError("NOT_FOUND");
  await updateCampaign(await loadViewer(), campaignId.data, input);
  return toCampaign(campaignId.data, "saved");
});

export const addSpotlightAction = formAction(spotlightSchema, async (input) => {
  await addSpotlight(await loadViewer(), input);
  return toCampaign(input.campaignId, "spotlightAdded", "#spotlights");
});

export const updateSpotlightAction = formAction(spotlightEditSchema, async (input) => {
  const { consentReset, campaignId } = await updateSpotlight(await loadViewer(), input);
  return toCampaign(campaignId, consentReset ? "consentReset" : "spotlightSaved", "#spotlights");
});

// Buttons on the campaign's page go back to it, which says what was done (the button itself may be gone: the
// first spotlight has no "move up", an asked one no "ask").

export const moveSpotlightAction = formAction(spotlightMoveSchema, async (input) => {
  const { campaignId } = await moveSpotlight(await loadViewer(), input);
  return toCampaign(campaignId, "moved", "#spotlights");
});

export const requestConsentAction = formAction(spotlightIdSchema, async (input) => {
  const { campaignId } = await requestConsent(await loadViewer(), input);
  return toCampaign(campaignId, "asked", "#spotlights");
});

export const removeSpotlightAction = formAction(spotlightIdSchema, async (input) => {
  const { campaignId } = await removeSpotlight(await loadViewer(), input);
  return toCampaign(campaignId, "removed", "#spotlights");
});
