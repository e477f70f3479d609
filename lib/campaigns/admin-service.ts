import "server-only";
// Admins prepare campaigns: the campaign itself, its spotlights, and asking the featured for consent. They never
// consent for anyone (consent-service.ts).
import { authorize } from "@/lib/auth/authorize";
import type { Viewer } from "@/lib/auth/viewer-types";
import { todayUtc } from "@/lib/collaborations/schema";
import { AppError } from "@/lib/errors";
import { acceptsCampaignRequests, findCampaign, findCampaignForAdmin, findSpotlight, findSpotlightForAdmin, findSpotlightSubject, listCampaignsForAdmin } from "./data";
import { campaignSchedule, campaignState } from "./format";
import { deleteSpotlightRow, insertCampaign, insertSpotlight, markConsentRequested, moveSpotlightRow, updateCampaignRow, updateSpotlightRow } from "./mutations";
import { canManageCampaigns } from "./policy";
import type { CampaignInput, SpotlightEdit, SpotlightInput, SpotlightMove } from "./schema";

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

export async function requestConsent(viewer: Viewer, input: { spotlightId: string }): Promise<{ campaignId: string }> {
  const admin = authorize(viewer, canManageCampaigns);
  const spotlight = await findSpotlight(input.spotlightId);
  if (!spotlight) throw new AppError("NOT_FOUND");
  if (spotlight.memberId && (await acceptsCampaignRequests(spotlight.memberId)) === false) throw refused("notFeaturable", "spotlightId");
  await markConsentRequested(admin.id, input.spotlightId);
  return { campaignId: spotlight.campaignId };
}

// ---- the campaign team's pages, and editing, ordering and removing spotlights ----

/** Every campaign with its state now (preparing, scheduled, live, ended). */
export async function campaignsForAdmin(viewer: Viewer, now = new Date()) {
  authorize(viewer, canManageCampaigns);
  return (await listCampaignsForAdmin()).map((campaign) => ({ ...campaign, state: campaignState(campaign, now) }));
}

/** A campaign, its spotlights in order, and its schedule day by day. */
export async function campaignForAdmin(viewer: Viewer, campaignId: string, now = new Date()) {
  authorize(viewer, canManageCampaigns);
  const campaign = await findCampaignForAdmin(campaignId);
  if (!campaign) throw new AppError("NOT_FOUND");
  return { campaign, state: campaignState(campaign, now), schedule: campaignSchedule(campaign, campaign.spotlights, now) };
}

export async function spotlightForAdmin(viewer: Viewer, spotlightId: string) {
  authorize(viewer, canManageCampaigns);
  const spotlight = await findSpotlightForAdmin(spotlightId);
  if (!spotlight) throw new AppError("NOT_FOUND");
  return spotlight;
}

/**
 * A spotlight's new day and texts: the day not in the past (unless kept as it was) nor before its campaign's,
 * the story still in the campaign's default language. Editing what was approved asks for consent again.
 */
export async function updateSpotlight(viewer: Viewer, input: SpotlightEdit, now = new Date()): Promise<{ consentReset: boolean; campaignId: string }> {
  const admin = authorize(viewer, canManageCampaigns);
  const spotlight = await findSpotlight(input.spotlightId);
  if (!spotlight) throw new AppError("NOT_FOUND");
  const { campaign } = spotlight;
  if (input.publishOn !== spotlight.publishAt.toISOString().slice(0, 10)) refuseDayPast(input.publishOn, "publishOn", now);
  if (campaign.publishAt && input.publishOn < campaign.publishAt.toISOString().slice(0, 10)) throw refused("beforeCampaign", "publishOn");
  if (!input.stories[campaign.defaultLocale as keyof typeof input.stories]) throw refused("storyInDefaultLanguage", `story_${campaign.defaultLocale}`);
  return { ...(await updateSpotlightRow(admin.id, input, now)), campaignId: spotlight.campaignId };
}

export async function moveSpotlight(viewer: Viewer, input: SpotlightMove): Promise<{ moved: boolean; campaignId: string }> {
  const admin = authorize(viewer, canManageCampaigns);
  return moveSpotlightRow(admin.id, input);
}

export async function removeSpotlight(viewer: Viewer, input: { spotlightId: string }): Promise<{ campaignId: string }> {
  const admin = authorize(viewer, canManageCampaigns);
  return deleteSpotlightRow(admin.id, input.spotlightId);
}
