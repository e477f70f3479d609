"use server";
import { revalidatePath } from "next/cache";
import { getTranslations } from "next-intl/server";
import { formAction } from "@/lib/action";
import { loadViewer } from "@/lib/auth/viewer";
import { answerConsent, setCampaignRequests, withdrawConsent } from "./consent-service";
import { campaignRequestsSchema, consentAnswerSchema, spotlightIdSchema } from "./schema";

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
