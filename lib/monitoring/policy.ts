// Who may do what with monitoring reports and the places registry: pure functions of the viewer and the report
// as the database has it now (a report's status, visibility, organization, author and team), so a withdrawn
// report or a suspended member is refused however old the page.
//
// - A DRAFT or IN_REVIEW report is read and edited by its team only: the author, the members added to its team,
//   and for an organization's report that organization's representatives (who review and publish it).
// - A PUBLISHED report is read by every active member (NETWORK) or by the organization's members (ORGANIZATION),
//   and always by its team. A WITHDRAWN one by its team only.
// - Staff get no special reading right: monitoring reports protect sources, and moderators judge them only
//   through what is flagged to them (the moderation queue's own rules).
// - Applicants, suspended members and anonymous visitors read nothing.
import { isActiveMember, isModerator, isSignedIn, type Policy, type ResourcePolicy } from "@/lib/auth/policy";

export type ReportAccess = {
  authorId: string;
  organizationId: string | null;
  visibility: "NETWORK" | "ORGANIZATION";
  status: "DRAFT" | "IN_REVIEW" | "PUBLISHED" | "WITHDRAWN";
  /** Ids of the members on its team (the author need not be listed). */
  teamIds: readonly string[];
  /** Who sent it for review (null when it is not in review). */
  reviewRequestedById: string | null;
};

export const canUseMonitoring: Policy = isActiveMember;

/** Places: every active member may add one (in any country) and read the registry; moderators merge them. */
export const canAddPlace: Policy = isActiveMember;
export const canMergePlaces: Policy = isModerator;

/** Starting a report: any active member, as themselves; for an organization only as one of its members. */
export const canWriteReportFor: ResourcePolicy<{ organizationId: string | null }> = (viewer, target) =>
  isActiveMember(viewer) && isSignedIn(viewer) && (target.organizationId === null || viewer.organizationIds.includes(target.organizationId));

/** The report's team: its author, the members added to it, and its organization's representatives. */
export const isOnTeam: ResourcePolicy<ReportAccess> = (viewer, report) =>
  isActiveMember(viewer) &&
  isSignedIn(viewer) &&
  (viewer.id === report.authorId ||
    report.teamIds.includes(viewer.id) ||
    (report.organizationId !== null && viewer.representativeOf.includes(report.organizationId)));

const isAudience: ResourcePolicy<ReportAccess> = (viewer, report) =>
  isActiveMember(viewer) &&
  isSignedIn(viewer) &&
  (report.visibility === "NETWORK" || (report.organizationId !== null && viewer.organizationIds.includes(report.organizationId)));

export const canReadReport: ResourcePolicy<ReportAccess> = (viewer, report) =>
  isOnTeam(viewer, report) || (report.status === "PUBLISHED" && isAudience(viewer, report));

/** Drafts are saved by the team while DRAFT (a report in review goes back to DRAFT to be changed). */
export const canEditDraft: ResourcePolicy<ReportAccess> = (viewer, report) => report.status === "DRAFT" && isOnTeam(viewer, report);

export const canRequestReview: ResourcePolicy<ReportAccess> = canEditDraft;

/**
 * Reviewing (approve and publish, or send back): another team member than the one who asked for the review, or
 * the organization's representative — never the one who asked, so no one publishes their own text unread (a
 * member writing alone adds a colleague to the team to have it reviewed).
 */
export const canReviewReport: ResourcePolicy<ReportAccess> = (viewer, report) =>
  report.status === "IN_REVIEW" && isOnTeam(viewer, report) && isSignedIn(viewer) && viewer.id !== report.reviewRequestedById;

/** Correcting a published report (a new revision, the earlier text kept), withdrawing it: the team. */
export const canCorrectReport: ResourcePolicy<ReportAccess> = (viewer, report) => report.status === "PUBLISHED" && isOnTeam(viewer, report);
export const canWithdrawReport = canCorrectReport;

/** A follow-up visit to the place of a published report: whoever may read that report. */
export const canFollowUpReport: ResourcePolicy<ReportAccess> = (viewer, report) => report.status === "PUBLISHED" && canReadReport(viewer, report);

/**
 * Evidence files (uploaded into a finding, or removed from it): the team, while it may change the report — a
 * draft, or a published report it corrects. Downloading one is reading the report (canReadReport).
 */
export const canChangeEvidence: ResourcePolicy<ReportAccess> = (viewer, report) => canEditDraft(viewer, report) || canCorrectReport(viewer, report);

/** Exports (PDF, JSON, CSV): whoever may read it. */
export const canExportReport = canReadReport;
