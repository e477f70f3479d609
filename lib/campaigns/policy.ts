// Who may do what with public campaigns (issue 16): pure functions of the viewer and the campaign or spotlight as
// the database has it now.
//
// - Admins prepare campaigns and spotlights and ask for consent; they never consent for anyone.
// - Consent is answered (approved field by field, declined, withdrawn) by whoever the spotlight features: the
//   member herself; for an organization, one of its representatives; for a collaboration's outcome or a
//   resource, its author side (the author, or the representatives of the organization it was written for).
// - The public sees a spotlight only while its campaign and the spotlight are published and its consent stands.
import { isActiveMember, isAdmin, isSignedIn, type Policy, type ResourcePolicy } from "@/lib/auth/policy";

export type SpotlightAccess = {
  subject: "MEMBER" | "ORGANIZATION" | "COLLABORATION_OUTCOME" | "RESOURCE";
  /** The member featured (MEMBER), or the author of the outcome or resource featured. */
  memberId: string | null;
  /** The organization featured (ORGANIZATION), or the one the outcome or resource was written for. */
  organizationId: string | null;
  consent: "NOT_REQUESTED" | "REQUESTED" | "APPROVED" | "DECLINED" | "WITHDRAWN";
};

export const canManageCampaigns: Policy = isAdmin;

/** Whoever the spotlight features, and so answers for its consent. */
export const answersForSpotlight: ResourcePolicy<SpotlightAccess> = (viewer, spotlight) => {
  if (!isActiveMember(viewer) || !isSignedIn(viewer)) return false;
  const representative = spotlight.organizationId !== null && viewer.representativeOf.includes(spotlight.organizationId);
  if (spotlight.subject === "MEMBER") return viewer.id === spotlight.memberId;
  if (spotlight.subject === "ORGANIZATION") return representative;
  return viewer.id === spotlight.memberId || representative;
};

/** Approving or declining: once asked, and again after a decline or a withdrawal (a new approval). */
export const canAnswerConsent: ResourcePolicy<SpotlightAccess> = (viewer, spotlight) =>
  spotlight.consent !== "NOT_REQUESTED" && answersForSpotlight(viewer, spotlight);

/** Withdrawing: at any time while approved (a suspended member's spotlight is taken down by the system). */
export const canWithdrawConsent: ResourcePolicy<SpotlightAccess> = (viewer, spotlight) =>
  spotlight.consent === "APPROVED" && answersForSpotlight(viewer, spotlight);

/** Whether a campaign's page is public at `now`: its publication day has come. */
export function isCampaignLive(campaign: { publishAt: Date | null }, now: Date): boolean {
  return campaign.publishAt !== null && campaign.publishAt <= now;
}

/**
 * Whether a spotlight is public at `now`: its campaign live, the publication job has put it live on its day
 * (`publishedAt`), and its consent stands. Withdrawing clears `publishedAt` with the snapshot.
 */
export function isSpotlightLive(
  campaign: { publishAt: Date | null },
  spotlight: { publishedAt: Date | null; consent: SpotlightAccess["consent"] },
  now: Date,
): boolean {
  return isCampaignLive(campaign, now) && spotlight.publishedAt !== null && spotlight.publishedAt <= now && spotlight.consent === "APPROVED";
}
