import "server-only";
// Admins prepare campaigns: the campaign itself, its spotlights, and asking the featured for consent. They never
// consent for anyone (consent-service.ts).
import { authorize } from "@/lib/auth/authorize";
import type { Viewer } from "@/lib/auth/viewer-types";
import { todayUtc } from "@/lib/collaborations/schema";
import { AppError } from "@/lib/errors";
import { acceptsCampaignRequests, findCampaign, findSpotlight, findSpotlightSubject } from "./data";
import { insertCampaign, insertSpotlight, markConsentRequested, updateCampaignRow } from "./mutations";
import { canManageCampaigns } from "./policy";
import type { CampaignInput, SpotlightInput } from "./schema";

const refused = (key: string, field: string) => new AppError("VALIDATION", { field, messageKey: `CampaignErrors.${key}` });

/** Scheduling in the past is refused (today is fine: it goes live at once). */
function refuseDayPast(day: string | null, field: string, now: Date): void {
  if (day !== null && day < todayUtc(now)) throw refused("scheduledInPast", field);
}

export async function createCampaign(viewer: Viewer, input: CampaignInput, now = new Date()): Promise<{ id: string }> {
  const admin = authorize(viewer, canManageCampaigns);
  refuseDayPast(input.publishOn, "publishOn", now);
  return insertCampaign(admin.id, input);
}

export async function updateCampaign(viewer: Viewer, campaignId: string, input: CampaignInput, now = new Date()): Promise<void> {
  const admin = authorize(viewer, canManageCampaigns);
  const campaign = await findCampaign(campaignId);
  if (!campaign) throw new AppError("NOT_FOUND");
  // A publication day already passed may stay as it is; moving it, it must not be moved into the past.
  const unchanged = campaign.publishAt !== null && input.publishOn === campaign.publishAt.toISOString().slice(0, 10);
  if (!unchanged) refuseDayPast(input.publishOn, "publishOn", now);
  await updateCampaignRow(admin.id, campaignId, input);
}

export async function addSpotlight(viewer: Viewer, input: SpotlightInput, now = new Date()): Promise<{ id: string }> {
  const admin = authorize(viewer, canManageCampaigns);
  const campaign = await findCampaign(input.campaignId);
  if (!campaign) throw new AppError("NOT_FOUND");
  refuseDayPast(input.publishOn, "publishOn", now);
  if (campaign.publishAt && input.publishOn < campaign.publishAt.toISOString().slice(0, 10)) throw refused("beforeCampaign", "publishOn");
  if (!input.stories[campaign.defaultLocale as keyof typeof input.stories]) throw refused("storyInDefaultLanguage", `story_${campaign.defaultLocale}`);
  const subject = await findSpotlightSubject(input.subject, input.subjectRef);
  if (!subject) throw refused(`unknownSubject.${input.subject}`, "subjectRef");
  // A member who asked not to be featured is refused here, by name of the reason, not silently skipped.
  if (subject.memberId && (await acceptsCampaignRequests(subject.memberId)) !== true) throw refused("notFeaturable", "subjectRef");
  return insertSpotlight(admin.id, input, subject);
}

export async function requestConsent(viewer: Viewer, input: { spotlightId: string }): Promise<void> {
  const admin = authorize(viewer, canManageCampaigns);
  const spotlight = await findSpotlight(input.spotlightId);
  if (!spotlight) throw new AppError("NOT_FOUND");
  if (spotlight.memberId && (await acceptsCampaignRequests(spotlight.memberId)) === false) throw refused("notFeaturable", "spotlightId");
  await markConsentRequested(admin.id, input.spotlightId);
}
