import "server-only";
// The featured answer for their spotlights: they see a preview of exactly what would be public, choose each
// field, approve or decline, and withdraw at any time. Nobody else answers for them, admins included.
import { authorize } from "@/lib/auth/authorize";
import { canEnterMemberArea, canManageOwnAccount } from "@/lib/auth/policy";
import type { Viewer } from "@/lib/auth/viewer-types";
import { AppError } from "@/lib/errors";
import { acceptsCampaignRequests, findSpotlight, listConsentRequests, spotlightAccess, spotlightCandidate } from "./data";
import { approvedSpotlight, previewFingerprint, readApprovedSpotlight } from "./format";
import { recordCampaignRequestsSetting, recordConsentAnswer, recordConsentWithdrawn } from "./mutations";
import { canAnswerConsent, canWithdrawConsent } from "./policy";
import type { ConsentAnswer } from "./schema";

/**
 * The member's spotlights, each with its preview (what could be public now), its fingerprint and what is
 * approved. Asked of everyone who reaches the privacy page (applicants too: they have none).
 */
export async function consentRequests(viewer: Viewer) {
  const member = authorize(viewer, canManageOwnAccount);
  const rows = await listConsentRequests(member.id, member.representativeOf);
  return rows
    .filter((row) => canAnswerConsent(member, spotlightAccess(row)))
    .map((row) => {
      const candidate = spotlightCandidate(row);
      return {
        id: row.id,
        campaign: row.campaign,
        subject: row.subject,
        consent: row.consent,
        publishAt: row.publishAt,
        candidate,
        preview: previewFingerprint(candidate),
        approved: readApprovedSpotlight(row.approved),
      };
    });
}

const CHOICE_FIELDS = ["photo", "country", "organization", "story", "quote"] as const;

export async function answerConsent(viewer: Viewer, answer: ConsentAnswer): Promise<void> {
  const member = authorize(viewer, canEnterMemberArea);
  const row = await findSpotlight(answer.spotlightId);
  if (!row || !canAnswerConsent(member, spotlightAccess(row))) throw new AppError("NOT_FOUND");
  const candidate = spotlightCandidate(row);
  if (previewFingerprint(candidate) !== answer.preview) throw new AppError("CONFLICT", { messageKey: "CampaignErrors.previewChanged" });
  const fields = answer.decision === "approve" ? [...(answer.name === "NO_NAME" ? [] : [answer.name === "DISPLAY_NAME" ? "name" : "otherName"]), ...CHOICE_FIELDS.filter((field) => answer[field])] : [];
  // Checked again inside the transaction, with the row locked: the subject as it is then must be the one previewed.
  const stillValid = async (tx: Parameters<typeof findSpotlight>[1]) => {
    const now = await findSpotlight(answer.spotlightId, tx);
    return now !== null && canAnswerConsent(member, spotlightAccess(now)) && previewFingerprint(spotlightCandidate(now)) === answer.preview;
  };
  await recordConsentAnswer(member.id, row.id, { approved: answer.decision === "approve" ? approvedSpotlight(candidate, answer) : null, fields }, stillValid);
}

export async function withdrawConsent(viewer: Viewer, input: { spotlightId: string }): Promise<void> {
  const member = authorize(viewer, canEnterMemberArea);
  const row = await findSpotlight(input.spotlightId);
  if (!row || !canWithdrawConsent(member, spotlightAccess(row))) throw new AppError("NOT_FOUND");
  await recordConsentWithdrawn(member.id, row.id);
}

/** Whether campaigns may ask to feature the member: her setting as it is now (null without a profile: no choice to make). */
export async function campaignRequestsSetting(viewer: Viewer): Promise<boolean | null> {
  const member = authorize(viewer, canManageOwnAccount);
  return acceptsCampaignRequests(member.id);
}

export async function setCampaignRequests(viewer: Viewer, input: { allowed: boolean }): Promise<{ declined: number }> {
  const member = authorize(viewer, canEnterMemberArea);
  if ((await acceptsCampaignRequests(member.id)) === null) throw new AppError("NOT_FOUND");
  return recordCampaignRequestsSetting(member.id, input.allowed);
}
