// Services are the one layer that authorizes (README, Architecture). This calls every service entry point
// as every kind of viewer, resolved from a real session like a request's: the viewers its policy refuses
// get UNAUTHENTICATED (nobody signed in) or FORBIDDEN and nothing changes for them; the viewers it allows
// are never refused for who they are. Every function a service file exports must be listed here, or in
// NEEDS_NO_VIEWER with the reason, so a new entry point without a check fails this test.
import { readdirSync } from "node:fs";
import path from "node:path";
import { beforeEach, describe, expect, it } from "vitest";
import * as passwordService from "@/lib/account/password-service";
import * as sessionService from "@/lib/account/session-service";
import * as settingsService from "@/lib/account/settings-service";
import * as twoFactorService from "@/lib/account/two-factor-service";
import * as twoFactorResetService from "@/lib/account/two-factor-reset-service";
import * as applications from "@/lib/applications/service";
import * as membershipSettingsService from "@/lib/applications/settings-service";
import { reviewQueueFilterSchema } from "@/lib/applications/schema";
import * as policy from "@/lib/auth/policy";
import type { Policy } from "@/lib/auth/policy";
import { ANONYMOUS, type Viewer } from "@/lib/auth/viewer-types";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import * as boardPolicy from "@/lib/board/policy";
import { canUseRulesHub } from "@/lib/bangkok-rules/policy";
import * as rulesHub from "@/lib/bangkok-rules/service";
import { canUseCollaborations } from "@/lib/collaborations/policy";
import * as collaborationRequests from "@/lib/collaborations/request-service";
import * as collaborationResponses from "@/lib/collaborations/response-service";
import { closeSchema, requestListSchema, requestSchema } from "@/lib/collaborations/schema";
import * as collaborations from "@/lib/collaborations/service";
import * as boardPosts from "@/lib/board/post-service";
import { boardSearchSchema, replySchema, threadListSchema, threadSchema } from "@/lib/board/schema";
import * as boardSearch from "@/lib/board/search-service";
import * as board from "@/lib/board/service";
import * as conversationBlocks from "@/lib/conversations/block-service";
import * as conversationMessages from "@/lib/conversations/message-service";
import * as conversationPolicy from "@/lib/conversations/policy";
import { addParticipantsSchema, messageSchema, newConversationSchema } from "@/lib/conversations/schema";
import * as conversations from "@/lib/conversations/service";
import * as files from "@/lib/files/download-service";
import * as dashboard from "@/lib/dashboard/service";
import { canSeeDashboard } from "@/lib/dashboard/policy";
import * as countries from "@/lib/countries/service";
import { directoryFilterSchema } from "@/lib/directory/schema";
import * as directory from "@/lib/directory/service";
import * as invitations from "@/lib/invitations/service";
import * as auditLog from "@/lib/audit/log-service";
import * as jobHealth from "@/lib/jobs/health-service";
import * as mailbox from "@/lib/mail/mailbox-service";
import * as moderationFlags from "@/lib/moderation/flag-service";
import * as monitoringExport from "@/lib/monitoring-export/service";
import { canUseMonitoring } from "@/lib/monitoring/policy";
import * as moderationPolicy from "@/lib/moderation/policy";
import * as moderationQueue from "@/lib/moderation/queue-service";
import { queueFilterSchema } from "@/lib/moderation/schema";
import * as moderation from "@/lib/moderation/service";
import * as notifications from "@/lib/notifications/service";
import * as notificationPreferences from "@/lib/notifications/preferences-service";
import { MEMBER_TOPICS, notificationSettingsSchema } from "@/lib/notifications/schema";
import { memberFilterSchema } from "@/lib/members/schema";
import * as members from "@/lib/members/service";
import { organizationFilterSchema } from "@/lib/organizations/schema";
import * as organizations from "@/lib/organizations/service";
import * as organizationAdmin from "@/lib/organizations/admin-service";
import * as organizationJoin from "@/lib/organizations/join-service";
import * as organizationManage from "@/lib/organizations/manage-service";
import { canAdministerOrganizations, canLeaveOrganization, canManageOrganization, canRequestToJoin, canWithdrawJoinRequest } from "@/lib/organizations/policy";
import { adminOrganizationFilterSchema, editOrganizationSchema } from "@/lib/organizations/schema";
import * as monitoringReads from "@/lib/monitoring/service";
import * as monitoringWrites from "@/lib/monitoring/report-service";
import * as monitoringEvidence from "@/lib/monitoring/evidence-service";
import { requestReviewSchema, reviewDecisionSchema, saveReportSchema, startReportSchema } from "@/lib/monitoring/schema";
import * as places from "@/lib/places/service";
import { canAddPlace, canMergePlaces, canReadPlaces } from "@/lib/places/policy";
import { editPlaceSchema, placeSchema } from "@/lib/places/schema";
import * as privacy from "@/lib/privacy/service";
import * as resourceAttachments from "@/lib/resources/attachment-service";
import * as monitoringOverview from "@/lib/monitoring-overview/service";
import { findingsFilterSchema, matrixFilterSchema } from "@/lib/monitoring-overview/schema";
import * as resourceLibrary from "@/lib/resources/library-service";
import { canUseResources } from "@/lib/resources/policy";
import * as resourceWrites from "@/lib/resources/resource-service";
import { editResourceSchema, fileResourceSchema, linkResourceSchema, resourceListSchema } from "@/lib/resources/schema";
import { PROFILE_FIELDS, profileSchema } from "@/lib/profiles/schema";
import * as profiles from "@/lib/profiles/service";
import { canManageMutes } from "@/lib/safety/policy";
import * as safety from "@/lib/safety/service";
import * as campaignAdmin from "@/lib/campaigns/admin-service";
import * as campaignConsent from "@/lib/campaigns/consent-service";
import { canManageCampaigns } from "@/lib/campaigns/policy";
import { campaignSchema, consentAnswerSchema, spotlightEditSchema, spotlightSchema } from "@/lib/campaigns/schema";
import { createOrganization } from "@/tests/factories/organizations";
import { uniqueEmail } from "@/tests/factories/unique";
import { createAdmin, createApplicant, createMember, createModerator } from "@/tests/factories/users";
import { viewerFor } from "./applications-support";

/** An unknown recipient is refused on its field (VALIDATION): no refusal of who the writer is. */
const ignoreFieldRefusal = (error: unknown) => {
  if (error instanceof AppError && error.code === "VALIDATION") return null;
  throw error;
};

/** A well-formed id of nothing: NOT_FOUND for those let in. */
const ignoreNotFound = (error: unknown) => {
  if (error instanceof AppError && error.code === "NOT_FOUND") return null;
  throw error;
};

type Fixture = { organizationId: string; organizationSlug: string; otherMemberId: string; joinRequestId: string };
type Entry = { allowed: Policy; call: (viewer: Viewer, fixture: Fixture) => Promise<unknown>; refusedAnswer?: unknown };

const own = policy.canManageOwnAccount;
const inviteToFixture = (fixture: () => Fixture): Policy => (viewer) => policy.canInviteToOrganization(viewer, { id: fixture().organizationId });

const manageFixture = (fixture: () => Fixture): Policy => (viewer) => canManageOrganization(viewer, { id: fixture().organizationId });

const MEMBERS_EVERYWHERE = Object.fromEntries(Object.values(PROFILE_FIELDS).map((column) => [column, "MEMBERS"]));

let fixture: Fixture;
const current = () => fixture;
/** A representative's invitation form: no approval in advance. */
const reviewed = { preApproved: false, role: "MEMBER", organizationRole: "MEMBER" } as const;

/** Entry points by module and export name. Arguments are well-formed but point at nothing that matters. */
const MATRIX: Record<string, Record<string, Entry>> = {
  "account/two-factor-reset-service": {
    staffTwoFactorReset: { allowed: policy.canResetStaffTwoFactor, call: (v) => twoFactorResetService.staffTwoFactorReset(v, "no-such-user") },
    requestStaffTwoFactorReset: { allowed: policy.canResetStaffTwoFactor, call: (v) => twoFactorResetService.requestStaffTwoFactorReset(v, { userId: "no-such-user", reason: "Lost the device" }) },
    approveStaffTwoFactorReset: { allowed: policy.canResetStaffTwoFactor, call: (v) => twoFactorResetService.approveStaffTwoFactorReset(v, { resetId: "no-such-reset" }) },
    cancelStaffTwoFactorReset: { allowed: policy.canResetStaffTwoFactor, call: (v) => twoFactorResetService.cancelStaffTwoFactorReset(v, { resetId: "no-such-reset" }) },
  },
  "applications/settings-service": {
    membershipSettings: { allowed: policy.canChangeMembershipSettings, call: (v) => membershipSettingsService.membershipSettings(v) },
    changeReapplyPeriod: { allowed: policy.canChangeMembershipSettings, call: (v) => membershipSettingsService.changeReapplyPeriod(v, { months: 6 }) },
  },
  "account/password-service": {
    changePassword: { allowed: own, call: (v) => passwordService.changePassword(v, { currentPassword: "wrong-one", newPassword: "x", confirmPassword: "y" }) },
  },
  "account/session-service": {
    listOwnSessions: { allowed: own, call: (v) => sessionService.listOwnSessions(v) },
    endSessionByKey: { allowed: own, call: (v) => sessionService.endSessionByKey(v, "0".repeat(64)) },
    endAllOtherSessions: { allowed: own, call: (v) => sessionService.endAllOtherSessions(v) },
  },
  "account/settings-service": {
    accountOverview: { allowed: own, call: (v) => settingsService.accountOverview(v) },
    passwordSettings: { allowed: own, call: (v) => settingsService.passwordSettings(v) },
    emailSettings: { allowed: own, call: (v) => settingsService.emailSettings(v) },
    loadPendingEmailChange: { allowed: own, call: (v) => settingsService.loadPendingEmailChange(v) },
    changeDisplayName: { allowed: own, call: (v) => settingsService.changeDisplayName(v, { displayName: "Renamed" }) },
    changeLocale: { allowed: own, call: (v) => settingsService.changeLocale(v, { locale: "fr" }) },
    requestEmailChange: { allowed: own, call: (v) => settingsService.requestEmailChange(v, { newEmail: uniqueEmail("moved"), currentPassword: "wrong-one" }) },
    cancelEmailChange: { allowed: own, call: (v) => settingsService.cancelEmailChange(v) },
  },
  "account/two-factor-service": {
    securitySettings: { allowed: own, call: (v) => twoFactorService.securitySettings(v) },
    loadTwoFactorStatus: { allowed: own, call: (v) => twoFactorService.loadTwoFactorStatus(v) },
    startTwoFactorEnrolment: { allowed: own, call: (v) => twoFactorService.startTwoFactorEnrolment(v) },
    cancelTwoFactorEnrolment: { allowed: own, call: (v) => twoFactorService.cancelTwoFactorEnrolment(v) },
    confirmTwoFactor: { allowed: own, call: (v) => twoFactorService.confirmTwoFactor(v, { code: "000000" }) },
    regenerateRecoveryCodes: { allowed: own, call: (v) => twoFactorService.regenerateRecoveryCodes(v, { code: "000000" }) },
    disableTwoFactor: { allowed: own, call: (v) => twoFactorService.disableTwoFactor(v, { password: "wrong-one", code: "000000" }) },
  },
  "applications/service": {
    submitApplication: { allowed: policy.canApply, call: (v) => applications.submitApplication(v, { email: uniqueEmail("nobody"), password: "" } as never, {}) },
    ownApplication: { allowed: policy.canViewOwnApplication, call: (v) => applications.ownApplication(v) },
    resubmitOwnApplication: { allowed: policy.canViewOwnApplication, call: (v) => applications.resubmitOwnApplication(v, { proposedOrgCountryCode: "ZZ" } as never) },
    reviewQueue: { allowed: policy.canReviewApplications, call: (v) => applications.reviewQueue(v, reviewQueueFilterSchema.parse({})) },
    applicationForReview: { allowed: policy.canReviewApplications, call: (v) => applications.applicationForReview(v, "no-such-application") },
    pendingApplicationCount: { allowed: policy.canReviewApplications, call: (v) => applications.pendingApplicationCount(v), refusedAnswer: null },
    approve: { allowed: policy.canReviewApplications, call: (v) => applications.approve(v, { applicationId: "no-such-application", role: "MEMBER", organizationResolution: "merge" } as never) },
    reject: { allowed: policy.canReviewApplications, call: (v) => applications.reject(v, { applicationId: "no-such-application", reason: "x" }) },
    requestMoreInfo: { allowed: policy.canReviewApplications, call: (v) => applications.requestMoreInfo(v, { applicationId: "no-such-application", message: "x" }) },
    // Last: it deletes the applicant's account.
    withdrawOwnApplication: { allowed: policy.canWithdrawOwnApplication, call: (v) => applications.withdrawOwnApplication(v) },
  },
  "files/download-service": {
    // A well-formed id of no file: the members it lets through are told NOT_FOUND, which is no refusal of who they are.
    downloadFile: { allowed: policy.isActiveMember, call: (v) => files.downloadFile(v, "c0000000000000000000000000") },
  },
  "invitations/service": {
    inviteAsAdmin: { allowed: policy.canInviteAsAdmin, call: (v) => invitations.inviteAsAdmin(v, { email: uniqueEmail("invitee"), locale: "en", preApproved: false, role: "MEMBER" }) },
    inviteToOrganization: {
      allowed: inviteToFixture(current),
      call: (v, f) => invitations.inviteToOrganization(v, { email: uniqueEmail("invitee"), locale: "en", organizationId: f.organizationId, ...reviewed }),
    },
    revoke: { allowed: policy.canInviteAsAdmin, call: (v) => invitations.revoke(v, { invitationId: "no-such-invitation" }) },
    invitationList: { allowed: policy.canInviteAsAdmin, call: (v) => invitations.invitationList(v, { page: 1 }) },
    organizationInvitations: { allowed: inviteToFixture(current), call: (v, f) => invitations.organizationInvitations(v, f.organizationId, 1) },
    acceptPreApproved: { allowed: policy.canApply, call: (v) => invitations.acceptPreApproved(v, { token: "x".repeat(43) } as never, {}) },
    applyWithInvitation: { allowed: policy.canApply, call: (v) => invitations.applyWithInvitation(v, { token: "x".repeat(43) } as never, {}) },
  },
  "audit/log-service": {
    auditLogPage: { allowed: policy.canReadAuditLog, call: (v) => auditLog.auditLogPage(v, { actor: "nobody@example.org" }, "UTC") },
    // A generator: its first line is where it authorizes (and records the export).
    auditLogCsv: { allowed: policy.canReadAuditLog, call: (v) => auditLog.auditLogCsv(v, { action: "no.such-action" }, "UTC").next() },
  },
  "bangkok-rules/service": {
    rulesHub: { allowed: canUseRulesHub, call: (v) => rulesHub.rulesHub(v) },
    // Rule 71 does not exist: NOT_FOUND for those let in.
    rulePage: { allowed: canUseRulesHub, call: (v) => rulesHub.rulePage(v, 71) },
    ruleThreads: { allowed: canUseRulesHub, call: (v) => rulesHub.ruleThreads(v, 71, undefined) },
  },
  "dashboard/service": {
    adminDashboard: { allowed: canSeeDashboard, call: (v) => dashboard.adminDashboard(v, { months: 12 }) },
  },
  "jobs/health-service": {
    jobQueueHealth: { allowed: policy.canSeeJobQueue, call: (v) => jobHealth.jobQueueHealth(v) },
    // An unknown job: NOT_FOUND for admins (not a refusal of who they are).
    retryJob: { allowed: policy.canSeeJobQueue, call: (v) => jobHealth.retryJob(v, { jobId: "00000000-0000-4000-8000-000000000000" }) },
  },
  "mail/mailbox-service": {
    mailbox: { allowed: policy.canReadMailbox, call: (v) => mailbox.mailbox(v, {}) },
    mailboxEmail: { allowed: policy.canReadMailbox, call: (v) => mailbox.mailboxEmail(v, "no-such-email") },
  },
  "members/service": {
    memberList: { allowed: policy.canSuspendMembers, call: (v) => members.memberList(v, memberFilterSchema.parse({})) },
    memberForAdmin: { allowed: policy.canSuspendMembers, call: (v, f) => members.memberForAdmin(v, f.otherMemberId) },
    suspend: { allowed: policy.canSuspendMembers, call: (v) => members.suspend(v, { userId: "no-such-member", reason: "x" }) },
    reinstate: { allowed: policy.canSuspendMembers, call: (v) => members.reinstate(v, { userId: "no-such-member", reason: null }) },
    changeRole: { allowed: policy.canChangeRoles, call: (v) => members.changeRole(v, { userId: "no-such-member", role: "MEMBER" }) },
  },
  "countries/service": {
    networkCountries: { allowed: policy.canViewMemberProfiles, call: (v) => countries.networkCountries(v) },
    countryPage: { allowed: policy.canViewMemberProfiles, call: (v) => countries.countryPage(v, "ZZ") },
  },
  "profiles/service": {
    ownProfile: { allowed: policy.canEditOwnProfile, call: (v) => profiles.ownProfile(v) },
    updateOwnProfile: { allowed: policy.canEditOwnProfile, call: (v) => profiles.updateOwnProfile(v, profileSchema.parse({ displayName: "Renamed", ...MEMBERS_EVERYWHERE })) },
    // The private read's stricter gate (admins only) is proven in profiles-visibility.test.ts.
    memberProfile: { allowed: policy.canViewMemberProfiles, call: (v) => profiles.memberProfile(v, "nosuchhandle") },
    previewOwnProfile: { allowed: policy.canEditOwnProfile, call: (v) => profiles.previewOwnProfile(v) },
    ownPrivateReads: { allowed: policy.canEditOwnProfile, call: (v) => profiles.ownPrivateReads(v) },
    missingProfileFields: { allowed: policy.canEditOwnProfile, call: (v) => profiles.missingProfileFields(v) },
    replaceOwnPhoto: { allowed: policy.canEditOwnProfile, call: (v) => profiles.replaceOwnPhoto(v, new Blob([])) },
    removeOwnPhoto: { allowed: policy.canEditOwnProfile, call: (v) => profiles.removeOwnPhoto(v) },
  },
  "organizations/service": {
    representedOrganizations: { allowed: policy.canEnterMemberArea, call: (v) => organizations.representedOrganizations(v) },
    organizationPage: { allowed: policy.canViewMemberProfiles, call: (v) => organizations.organizationPage(v, "no-such-organization") },
    organizationDirectory: { allowed: policy.canViewMemberProfiles, call: (v) => organizations.organizationDirectory(v, organizationFilterSchema.parse({ kind: "NGO" })) },
  },
  "board/post-service": {
    startThread: { allowed: boardPolicy.canReadBoard, call: (v) => boardPosts.startThread(v, threadSchema.parse({ title: "A thread title", body: "Body", category: "no-such-category", language: "en" })) },
    replyToThread: { allowed: boardPolicy.canReadBoard, call: (v) => boardPosts.replyToThread(v, replySchema.parse({ threadId: "999999", body: "Body" })) },
    previewPost: { allowed: boardPolicy.canReadBoard, call: async (v) => boardPosts.previewPost(v, "**Preview**") },
    reactToPost: { allowed: boardPolicy.canReadBoard, call: (v) => boardPosts.reactToPost(v, { postId: "nosuchpost", kind: "THANKS" }) },
    postForEdit: { allowed: boardPolicy.canReadBoard, call: (v) => boardPosts.postForEdit(v, "nosuchpost") },
    postToFlag: { allowed: boardPolicy.canReadBoard, call: (v) => boardPosts.postToFlag(v, "nosuchpost") },
    postHistory: { allowed: boardPolicy.canModerateBoard, call: (v) => boardPosts.postHistory(v, "nosuchpost") },
    editOwnPost: { allowed: boardPolicy.canReadBoard, call: (v) => boardPosts.editOwnPost(v, { postId: "nosuchpost", body: "Edited" }) },
    deleteOwnPost: { allowed: boardPolicy.canReadBoard, call: (v) => boardPosts.deleteOwnPost(v, "nosuchpost") },
    flagBoardPost: { allowed: boardPolicy.canReadBoard, call: (v) => boardPosts.flagBoardPost(v, { postId: "nosuchpost", reason: "SPAM", note: null }) },
  },
  "board/search-service": {
    searchBoard: { allowed: boardPolicy.canReadBoard, call: (v) => boardSearch.searchBoard(v, boardSearchSchema.parse({ q: "nothing" })) },
  },
  "board/service": {
    boardOverview: { allowed: boardPolicy.canReadBoard, call: (v) => board.boardOverview(v, threadListSchema.parse({})) },
    threadPage: { allowed: boardPolicy.canReadBoard, call: (v) => board.threadPage(v, 999999) },
    newThreadForm: { allowed: boardPolicy.canReadBoard, call: (v) => board.newThreadForm(v) },
    watchThread: { allowed: boardPolicy.canReadBoard, call: (v) => board.watchThread(v, { threadId: 999999, level: "WATCHING" }) },
    watchCategory: { allowed: boardPolicy.canReadBoard, call: (v) => board.watchCategory(v, { category: "no-such-category", level: "WATCHING" }) },
    markBoardRead: { allowed: boardPolicy.canReadBoard, call: (v) => board.markBoardRead(v) },
  },
  "organizations/manage-service": {
    organizationForEdit: { allowed: manageFixture(current), call: (v, f) => organizationManage.organizationForEdit(v, f.organizationSlug) },
    updateOrganization: {
      allowed: manageFixture(current),
      call: (v, f) => organizationManage.updateOrganization(v, editOrganizationSchema.parse({ organizationId: f.organizationId, name: "Renamed", kind: "NGO", countryCode: "KE" })),
    },
    replaceLogo: { allowed: manageFixture(current), call: (v, f) => organizationManage.replaceLogo(v, f.organizationId, new Blob([])) },
    removeLogo: { allowed: manageFixture(current), call: (v, f) => organizationManage.removeLogo(v, f.organizationId) },
  },
  "organizations/join-service": {
    requestToJoin: { allowed: (v) => canRequestToJoin(v, { id: current().organizationId }), call: (v, f) => organizationJoin.requestToJoin(v, { organizationId: f.organizationId, message: null }) },
    withdrawOwnJoinRequest: { allowed: canWithdrawJoinRequest, call: (v) => organizationJoin.withdrawOwnJoinRequest(v, { requestId: "no-such-request" }) },
    joinRequestsPage: { allowed: manageFixture(current), call: (v, f) => organizationJoin.joinRequestsPage(v, f.organizationSlug) },
    decide: { allowed: manageFixture(current), call: (v, f) => organizationJoin.decide(v, { requestId: f.joinRequestId, decision: "decline" }) },
    removeMember: { allowed: manageFixture(current), call: (v, f) => organizationJoin.removeMember(v, { organizationId: f.organizationId, userId: "no-such-member" }) },
    changeMemberRole: { allowed: manageFixture(current), call: (v, f) => organizationJoin.changeMemberRole(v, { organizationId: f.organizationId, userId: "no-such-member", role: "REPRESENTATIVE" }) },
    // Last: the representative leaves (she is its only member, so she may).
    leave: { allowed: (v) => canLeaveOrganization(v, { id: current().organizationId }), call: (v, f) => organizationJoin.leave(v, { organizationId: f.organizationId }) },
  },
  "organizations/admin-service": {
    organizationsForAdmin: { allowed: canAdministerOrganizations, call: (v) => organizationAdmin.organizationsForAdmin(v, adminOrganizationFilterSchema.parse({})) },
    verify: { allowed: canAdministerOrganizations, call: (v) => organizationAdmin.verify(v, { organizationId: "no-such-organization" }) },
    archive: { allowed: canAdministerOrganizations, call: (v) => organizationAdmin.archive(v, { organizationId: "no-such-organization" }) },
    restore: { allowed: canAdministerOrganizations, call: (v) => organizationAdmin.restore(v, { organizationId: "no-such-organization" }) },
    merge: { allowed: canAdministerOrganizations, call: (v) => organizationAdmin.merge(v, { duplicateId: "no-such-duplicate", survivorId: "no-such-survivor" }) },
  },
  "campaigns/admin-service": {
    createCampaign: { allowed: canManageCampaigns, call: (v) => campaignAdmin.createCampaign(v, campaignSchema.parse({ slug: "matrix-campaign", defaultLocale: "en", hashtags: "", startsOn: "2099-01-01", title_en: "Matrix" })) },
    updateCampaign: { allowed: canManageCampaigns, call: (v) => campaignAdmin.updateCampaign(v, "nosuchcampaign", campaignSchema.parse({ slug: "matrix-campaign", defaultLocale: "en", hashtags: "", startsOn: "2099-01-01", title_en: "Matrix" })) },
    addSpotlight: { allowed: canManageCampaigns, call: (v) => campaignAdmin.addSpotlight(v, spotlightSchema.parse({ campaignId: "nosuchcampaign", slug: "matrix", subject: "MEMBER", subjectRef: "nobody", publishOn: "2099-01-02", story_en: "Story." })) },
    requestConsent: { allowed: canManageCampaigns, call: (v) => campaignAdmin.requestConsent(v, { spotlightId: "nosuchspotlight" }) },
    campaignsForAdmin: { allowed: canManageCampaigns, call: (v) => campaignAdmin.campaignsForAdmin(v) },
    campaignForAdmin: { allowed: canManageCampaigns, call: (v) => campaignAdmin.campaignForAdmin(v, "nosuchcampaign") },
    spotlightForAdmin: { allowed: canManageCampaigns, call: (v) => campaignAdmin.spotlightForAdmin(v, "nosuchspotlight") },
    updateSpotlight: { allowed: canManageCampaigns, call: (v) => campaignAdmin.updateSpotlight(v, spotlightEditSchema.parse({ spotlightId: "nosuchspotlight", publishOn: "2099-01-02", story_en: "Story." })) },
    moveSpotlight: { allowed: canManageCampaigns, call: (v) => campaignAdmin.moveSpotlight(v, { spotlightId: "nosuchspotlight", direction: "up" }) },
    removeSpotlight: { allowed: canManageCampaigns, call: (v) => campaignAdmin.removeSpotlight(v, { spotlightId: "nosuchspotlight" }) },
  },
  "campaigns/consent-service": {
    consentRequests: { allowed: policy.canManageOwnAccount, call: (v) => campaignConsent.consentRequests(v) },
    // A spotlight nobody answers for is NOT_FOUND to those the policy lets in.
    answerConsent: { allowed: policy.canEnterMemberArea, call: (v) => campaignConsent.answerConsent(v, consentAnswerSchema.parse({ spotlightId: "nosuchspotlight", preview: "0".repeat(64), decision: "decline" })) },
    withdrawConsent: { allowed: policy.canEnterMemberArea, call: (v) => campaignConsent.withdrawConsent(v, { spotlightId: "nosuchspotlight" }) },
    campaignRequestsSetting: { allowed: policy.canManageOwnAccount, call: (v) => campaignConsent.campaignRequestsSetting(v) },
    // Ticked stays ticked: a member's setting is what it was, and one without a profile is NOT_FOUND.
    setCampaignRequests: { allowed: policy.canEnterMemberArea, call: (v) => campaignConsent.setCampaignRequests(v, { allowed: true }) },
  },
  "conversations/service": {
    inbox: { allowed: conversationPolicy.canUseMessages, call: (v) => conversations.inbox(v, undefined) },
    // A conversation nobody may read answers NOT_FOUND to those the policy lets in: no refusal of who they are.
    conversationPage: { allowed: conversationPolicy.canUseMessages, call: (v) => conversations.conversationPage(v, "nosuchconversation") },
    messagingWith: { allowed: conversationPolicy.canUseMessages, call: (v) => conversations.messagingWith(v, "nosuchhandle") },
    blockedMembers: { allowed: conversationPolicy.canUseMessages, call: (v) => conversations.blockedMembers(v) },
    staffReadsOfOwnConversations: { allowed: conversationPolicy.canUseMessages, call: (v) => conversations.staffReadsOfOwnConversations(v) },
    newConversationForm: { allowed: conversationPolicy.canUseMessages, call: (v) => conversations.newConversationForm(v, "nosuchhandle") },
  },
  "conversations/message-service": {
    startConversation: {
      allowed: conversationPolicy.canUseMessages,
      call: (v) => conversationMessages.startConversation(v, newConversationSchema.parse({ to: "nosuchhandle", body: "Hello" })).catch(ignoreFieldRefusal),
    },
    sendMessage: { allowed: conversationPolicy.canUseMessages, call: (v) => conversationMessages.sendMessage(v, messageSchema.parse({ conversationId: "nosuchconversation", body: "Hello" })) },
    addPeople: { allowed: conversationPolicy.canUseMessages, call: (v) => conversationMessages.addPeople(v, addParticipantsSchema.parse({ conversationId: "nosuchconversation", to: "nosuchhandle" })) },
    leave: { allowed: conversationPolicy.canUseMessages, call: (v) => conversationMessages.leave(v, "nosuchconversation") },
    deleteOwnMessage: { allowed: conversationPolicy.canUseMessages, call: (v) => conversationMessages.deleteOwnMessage(v, "nosuchmessage") },
    messageToFlag: { allowed: conversationPolicy.canUseMessages, call: (v) => conversationMessages.messageToFlag(v, "nosuchmessage") },
    flagConversationMessage: { allowed: conversationPolicy.canUseMessages, call: (v) => conversationMessages.flagConversationMessage(v, { messageId: "nosuchmessage", reason: "SPAM", note: null }) },
    previewMessage: { allowed: conversationPolicy.canUseMessages, call: async (v) => conversationMessages.previewMessage(v, "**Preview**") },
  },
  "conversations/block-service": {
    blockMember: { allowed: conversationPolicy.canUseMessages, call: (v) => conversationBlocks.blockMember(v, "nosuchhandle") },
    unblockMember: { allowed: conversationPolicy.canUseMessages, call: (v) => conversationBlocks.unblockMember(v, "nosuchhandle") },
  },
  "moderation/service": {
    moderateMessage: { allowed: conversationPolicy.canModerateMessages, call: (v) => moderation.moderateMessage(v, { messageId: "nosuchmessage", action: "dismiss", reason: null }) },
    moderatePost: { allowed: boardPolicy.canModerateBoard, call: (v) => moderation.moderatePost(v, { postId: "nosuchpost", action: "dismiss", reason: null }) },
    moderateThread: { allowed: boardPolicy.canModerateBoard, call: (v) => moderation.moderateThread(v, { threadId: 999999, action: "lock" }) },
  },
  "moderation/queue-service": {
    moderationQueue: { allowed: moderationPolicy.canModerate, call: (v) => moderationQueue.moderationQueue(v, queueFilterSchema.parse({})) },
    moderationItem: { allowed: moderationPolicy.canModerate, call: (v) => moderationQueue.moderationItem(v, "nosuchitem") },
    moderateItem: { allowed: moderationPolicy.canModerate, call: (v) => moderationQueue.moderateItem(v, { itemId: "nosuchitem", action: "claim" }) },
  },
  "monitoring-export/service": {
    // A well-formed id of no report: those let in are told NOT_FOUND (as for a report they may not read).
    exportReportPdf: { allowed: canUseMonitoring, call: (v) => monitoringExport.exportReportPdf(v, "no-such-report").catch(ignoreNotFound) },
    exportReportJson: { allowed: canUseMonitoring, call: (v) => monitoringExport.exportReportJson(v, "no-such-report").catch(ignoreNotFound) },
    exportReportCsv: { allowed: canUseMonitoring, call: (v) => monitoringExport.exportReportCsv(v, "no-such-report", "findings").catch(ignoreNotFound) },
  },
  "moderation/flag-service": {
    itemToFlag: { allowed: policy.isActiveMember, call: (v) => moderationFlags.itemToFlag(v, "BoardThread", "999999") },
    flagItem: { allowed: policy.isActiveMember, call: (v) => moderationFlags.flagItem(v, { targetType: "Organization", targetId: "nosuchorganization", reason: "SPAM", note: null }) },
  },
  "notifications/service": {
    notificationsPage: { allowed: policy.canEnterMemberArea, call: (v) => notifications.notificationsPage(v, undefined) },
    markAllRead: { allowed: policy.canEnterMemberArea, call: (v) => notifications.markAllRead(v) },
    // A well-formed id of no notification: NOT_FOUND for those let in, no refusal of who they are.
    openNotification: { allowed: policy.canEnterMemberArea, call: (v) => notifications.openNotification(v, "nosuchnotification") },
  },
  "notifications/preferences-service": {
    notificationSettings: { allowed: policy.canEnterMemberArea, call: (v) => notificationPreferences.notificationSettings(v) },
    saveNotificationPreferences: {
      allowed: policy.canEnterMemberArea,
      call: (v) => notificationPreferences.saveNotificationPreferences(v, notificationSettingsSchema.parse({ ...Object.fromEntries(MEMBER_TOPICS.map((topic) => [topic, "IN_APP"])), timeZone: "UTC" })),
    },
  },
  "collaborations/service": {
    collaborationList: { allowed: canUseCollaborations, call: (v) => collaborations.collaborationList(v, requestListSchema.parse({ q: "nothing" })) },
    homeMatches: { allowed: canUseCollaborations, call: (v) => collaborations.homeMatches(v) },
    requestPage: { allowed: canUseCollaborations, call: (v) => collaborations.requestPage(v, "nosuchrequest") },
    newRequestForm: { allowed: canUseCollaborations, call: (v) => collaborations.newRequestForm(v) },
    requestForEdit: { allowed: canUseCollaborations, call: (v) => collaborations.requestForEdit(v, "nosuchrequest") },
    requestsAbout: { allowed: canUseCollaborations, call: (v) => collaborations.requestsAbout(v, { country: "KE" }) },
  },
  "monitoring-overview/service": {
    monitoringMatrix: { allowed: canUseMonitoring, call: (v) => monitoringOverview.monitoringMatrix(v, matrixFilterSchema.parse({ type: "PRISON", from: "2024" })) },
    monitoringFindings: { allowed: canUseMonitoring, call: (v) => monitoringOverview.monitoringFindings(v, findingsFilterSchema.parse({ rule: "5", country: "KE" })) },
    findingsOnRule: { allowed: canUseMonitoring, call: (v) => monitoringOverview.findingsOnRule(v, 5) },
  },
  "resources/library-service": {
    resourceList: { allowed: canUseResources, call: (v) => resourceLibrary.resourceList(v, resourceListSchema.parse({ q: "nothing", rule: "25" })) },
    searchResources: { allowed: canUseResources, call: (v) => resourceLibrary.searchResources(v, "nothing", undefined) },
    resourcePage: { allowed: canUseResources, call: (v) => resourceLibrary.resourcePage(v, "nosuchresource").catch(ignoreNotFound) },
    newResourceForm: { allowed: canUseResources, call: (v) => resourceLibrary.newResourceForm(v) },
    resourceForEdit: { allowed: canUseResources, call: (v) => resourceLibrary.resourceForEdit(v, "nosuchresource").catch(ignoreNotFound) },
    resourceVersionFor: { allowed: canUseResources, call: (v) => resourceLibrary.resourceVersionFor(v, "nosuchresource").catch(ignoreNotFound) },
    resourcesAbout: { allowed: canUseResources, call: (v) => resourceLibrary.resourcesAbout(v, { rule: 25 }) },
    resourcesOnRule: { allowed: canUseResources, call: (v) => resourceLibrary.resourcesOnRule(v, 25) },
  },
  "resources/attachment-service": {
    resourceChoices: { allowed: canUseResources, call: (v) => resourceAttachments.resourceChoices(v, "nothing") },
  },
  "resources/resource-service": {
    shareLinkResource: {
      allowed: canUseResources,
      call: (v) => resourceWrites.shareLinkResource(v, linkResourceSchema.parse({ type: "REPORT", title: "A resource", summary: "Summary", "languages[]": ["en"], visibility: "NETWORK", link: "https://example.org/r", "countries[]": ["ZZ"] })).catch(ignoreFieldRefusal),
    },
    editResource: {
      allowed: canUseResources,
      call: (v) => resourceWrites.editResource(v, editResourceSchema.parse({ resourceId: "nosuchresource", type: "REPORT", title: "A resource", summary: "Summary", "languages[]": ["en"], visibility: "NETWORK" })).catch(ignoreNotFound),
    },
    withdrawResource: { allowed: canUseResources, call: (v) => resourceWrites.withdrawResource(v, "nosuchresource").catch(ignoreNotFound) },
    restoreResource: { allowed: canUseResources, call: (v) => resourceWrites.restoreResource(v, "nosuchresource").catch(ignoreNotFound) },
    flagResourceFor: { allowed: canUseResources, call: (v) => resourceWrites.flagResourceFor(v, { resourceId: "nosuchresource", reason: "SPAM", note: null }).catch(ignoreNotFound) },
    prepareUpload: { allowed: canUseResources, call: (v) => resourceWrites.prepareUpload(v, null) },
    shareFileResource: {
      allowed: canUseResources,
      call: (v) => resourceWrites.shareFileResource(v, fileResourceSchema.parse({ type: "REPORT", title: "A resource", summary: "Summary", "languages[]": ["en"], visibility: "NETWORK", fileTicket: "nosuchfile.zz.zz" })).catch(ignoreFieldRefusal),
    },
    uploadedFile: { allowed: canUseResources, call: (v) => resourceWrites.uploadedFile(v, "nosuchfile.zz.zz") },
  },
  "collaborations/request-service": {
    postRequest: {
      allowed: canUseCollaborations,
      call: (v) => collaborationRequests.postRequest(v, requestSchema.parse({ kind: "RESEARCH", title: "A request title", body: "Body", needs: "Needs", collaboratorsWanted: "1", visibility: "NETWORK", "countries[]": ["ZZ"] })),
    },
    editRequest: {
      allowed: canUseCollaborations,
      call: (v) => collaborationRequests.editRequest(v, { requestId: "nosuchrequest", ...requestSchema.parse({ kind: "RESEARCH", title: "A request title", body: "Body", needs: "Needs", collaboratorsWanted: "1", visibility: "NETWORK" }) }),
    },
    startRequestWork: { allowed: canUseCollaborations, call: (v) => collaborationRequests.startRequestWork(v, "nosuchrequest") },
    closeRequest: { allowed: canUseCollaborations, call: (v) => collaborationRequests.closeRequest(v, closeSchema.parse({ requestId: "nosuchrequest", status: "CANCELLED" })) },
    reopenRequest: { allowed: canUseCollaborations, call: (v) => collaborationRequests.reopenRequest(v, "nosuchrequest") },
    inviteToRespond: { allowed: canUseCollaborations, call: (v) => collaborationRequests.inviteToRespond(v, { requestId: "nosuchrequest", handle: "nosuchhandle" }) },
    flagCollaborationRequest: { allowed: canUseCollaborations, call: (v) => collaborationRequests.flagCollaborationRequest(v, { requestId: "nosuchrequest", reason: "SPAM", note: null }) },
  },
  "collaborations/response-service": {
    respondToRequest: { allowed: canUseCollaborations, call: (v) => collaborationResponses.respondToRequest(v, { requestId: "nosuchrequest", body: "Interested", organizationId: null }) },
    decideOnResponse: { allowed: canUseCollaborations, call: (v) => collaborationResponses.decideOnResponse(v, { responseId: "nosuchresponse", decision: "accept", message: null }) },
    withdrawOwnResponse: { allowed: canUseCollaborations, call: (v) => collaborationResponses.withdrawOwnResponse(v, "nosuchresponse") },
  },
  "safety/service": {
    muteMember: { allowed: canManageMutes, call: (v, f) => safety.muteMember(v, f.otherMemberId) },
    unmuteMember: { allowed: canManageMutes, call: (v, f) => safety.unmuteMember(v, f.otherMemberId) },
    muteStateOf: { allowed: canManageMutes, call: (v) => safety.muteStateOf(v, "nosuchhandle") },
    peopleKeptAway: { allowed: canManageMutes, call: (v) => safety.peopleKeptAway(v, {}) },
  },
  // Members' data rights: their own data only; deleting with a wrong password is refused on its field, not for who they are.
  "privacy/service": {
    dataRightsOverview: { allowed: own, call: (v) => privacy.dataRightsOverview(v) },
    requestDataExport: { allowed: own, call: (v) => privacy.requestDataExport(v) },
    downloadDataExport: { allowed: own, call: (v) => privacy.downloadDataExport(v, "nosuchexport").catch(ignoreNotFound) },
    deleteMyAccount: { allowed: own, call: (v) => privacy.deleteMyAccount(v, { password: "wrong-one", code: "", posts: "keep", confirm: "yes" }) },
  },
  "places/service": {
    placeList: { allowed: canReadPlaces, call: (v) => places.placeList(v, {}) },
    placePage: { allowed: canReadPlaces, call: (v) => places.placePage(v, "nosuchplace").catch(ignoreNotFound) },
    newPlaceForm: { allowed: canAddPlace, call: (v) => places.newPlaceForm(v) },
    // An unknown country is refused on its field: no refusal of who the writer is.
    addPlace: { allowed: canAddPlace, call: (v) => places.addPlace(v, placeSchema.parse({ countryCode: "ZZ", name: "A place", type: "PRISON" })).catch(ignoreFieldRefusal) },
    editPlace: { allowed: canReadPlaces, call: (v) => places.editPlace(v, editPlaceSchema.parse({ placeId: "nosuchplace", countryCode: "KE", name: "A place", type: "PRISON" })).catch(ignoreNotFound) },
    mergePlace: { allowed: canMergePlaces, call: (v) => places.mergePlace(v, { placeId: "nosuchplace", intoPlaceId: "nosuchother" }).catch(ignoreNotFound) },
    placePicker: { allowed: canReadPlaces, call: (v) => places.placePicker(v, "KE") },
  },
  "monitoring/service": {
    reportList: { allowed: canUseMonitoring, call: (v) => monitoringReads.reportList(v, undefined) },
    reportPage: { allowed: canUseMonitoring, call: (v) => monitoringReads.reportPage(v, "nosuchreport").catch(ignoreNotFound) },
    reportForEdit: { allowed: canUseMonitoring, call: (v) => monitoringReads.reportForEdit(v, "nosuchreport").catch(ignoreNotFound) },
    newReportForm: { allowed: canUseMonitoring, call: (v) => monitoringReads.newReportForm(v, "KE") },
    placeHistory: { allowed: canUseMonitoring, call: (v) => monitoringReads.placeHistory(v, "nosuchplace") },
  },
  "monitoring/evidence-service": {
    prepareEvidenceUpload: { allowed: canUseMonitoring, call: (v) => monitoringEvidence.prepareEvidenceUpload(v, "nosuchreport").catch(ignoreNotFound) },
    attachEvidenceFile: { allowed: canUseMonitoring, call: (v) => monitoringEvidence.attachEvidenceFile(v, { reportId: "nosuchreport", ruleNumber: "5", redacted: "yes" }, "nosuchfile").catch(ignoreNotFound) },
    removeEvidence: { allowed: canUseMonitoring, call: (v) => monitoringEvidence.removeEvidence(v, { reportId: "nosuchreport", evidenceId: "nosuchevidence" }).catch(ignoreNotFound) },
    evidenceDownload: { allowed: canUseMonitoring, call: (v) => monitoringEvidence.evidenceDownload(v, "nosuchreport", "nosuchevidence").catch(ignoreNotFound) },
  },
  "monitoring/report-service": {
    // An unknown place is refused on its field: no refusal of who the writer is.
    startReport: {
      allowed: canUseMonitoring,
      call: (v) => monitoringWrites.startReport(v, startReportSchema.parse({ countryCode: "KE", placeId: "nosuchplace", title: "A visit", language: "en", visitStartedOn: "2026-01-10", visitEndedOn: "2026-01-10" })).catch(ignoreFieldRefusal),
    },
    saveReportDraft: {
      allowed: canUseMonitoring,
      call: (v) => monitoringWrites.saveReportDraft(v, saveReportSchema.parse({ reportId: "nosuchreport", revision: "1", countryCode: "KE", placeId: "nosuchplace", title: "A visit", language: "en", visitStartedOn: "2026-01-10", visitEndedOn: "2026-01-10" })).catch(ignoreNotFound),
    },
    autosaveReportDraft: {
      allowed: canUseMonitoring,
      call: (v) => monitoringWrites.autosaveReportDraft(v, saveReportSchema.parse({ reportId: "nosuchreport", revision: "1", countryCode: "KE", placeId: "nosuchplace", title: "A visit", language: "en", visitStartedOn: "2026-01-10", visitEndedOn: "2026-01-10" })).catch(ignoreNotFound),
    },
    requestReview: { allowed: canUseMonitoring, call: (v) => monitoringWrites.requestReview(v, requestReviewSchema.parse({ reportId: "nosuchreport", revision: "1" })).catch(ignoreNotFound) },
    reviewReport: { allowed: canUseMonitoring, call: (v) => monitoringWrites.reviewReport(v, reviewDecisionSchema.parse({ reportId: "nosuchreport", revision: "1", decision: "SEND_BACK", note: "More detail" })).catch(ignoreNotFound) },
    withdrawReport: { allowed: canUseMonitoring, call: (v) => monitoringWrites.withdrawReport(v, "nosuchreport").catch(ignoreNotFound) },
    startFollowUp: { allowed: canUseMonitoring, call: (v) => monitoringWrites.startFollowUp(v, "nosuchreport").catch(ignoreNotFound) },
  },
  "directory/service": {
    memberDirectory: { allowed: policy.canViewMemberProfiles, call: (v) => directory.memberDirectory(v, directoryFilterSchema.parse({ q: "nobody" })) },
  },
};

/** Exported functions that take no viewer, and why none is needed. */
const NEEDS_NO_VIEWER: Record<string, Record<string, string>> = {
  "account/password-service": {
    requestPasswordReset: "signed out by nature; the same answer for every address, rate-limited",
    checkPasswordResetToken: "the emailed token is the proof",
    resetPassword: "the emailed token is the proof",
    checkCurrentPassword: "a step inside the account services, after they authorized the member",
  },
  "account/settings-service": {
    checkEmailChangeToken: "the emailed token is the proof",
    confirmEmailChange: "the emailed token is the proof",
  },
  "applications/service": {
    limitApplicationsFromAddress: "counts a post from an address before anything else",
    inspectVerificationLink: "the emailed token is the proof",
    confirmEmail: "the emailed token is the proof",
  },
  "invitations/service": {
    inspectInvitation: "the invitation's token is the proof",
  },
  "resources/resource-service": {
    readableResource: "a step inside the resource services, after they authorized the member (takes a signed-in viewer)",
    checkedResourceWrite: "a step inside the resource services (and the upload route), after they authorized the member",
  },
  "monitoring/service": {
    readableReport: "a step inside the monitoring services, after they authorized the member (takes a signed-in viewer)",
    reportTexts: "pure: the texts of a report's fields that the personal-data check reads",
  },
  "campaigns/public-service": {
    publicCampaign: "public by design: built only from approved snapshots of live spotlights, the same for everyone",
    publicSpotlightPage: "public by design: built only from approved snapshots of live spotlights, the same for everyone",
    publicCampaignList: "public by design: the live campaigns' own titles, introductions and days, no spotlight",
    publicSpotlightPhotoFile: "public by design: only a live spotlight's approved photo",
    indexablePublicPages: "public by design: the live pages of campaigns an admin made indexable",
    publicCampaignVersions: "public by design: slugs and version numbers, for the public cache",
  },
  "moderation/service": {
    flaggedPostCount: "the admin navigation's count: null for anyone who does not moderate, never a refusal",
  },
  "conversations/service": {
    unreadConversationCount: "the header's count: the viewer's own rows, 0 for anyone who does not use messages",
  },
  "notifications/service": {
    unreadNotificationCount: "the header's bell: a count of the viewer's own rows, 0 for anyone who is not a member",
  },
  "notifications/unsubscribe-service": {
    inspectUnsubscribeLink: "the emailed signed link is the proof",
    unsubscribeWithLink: "the emailed signed link is the proof",
  },
};

const libRoot = path.resolve(import.meta.dirname, "../../lib");
const serviceFiles = readdirSync(libRoot, { recursive: true, encoding: "utf8" })
  .filter((file) => /(^|\/)([a-z-]+-)?service\.ts$/.test(file))
  .map((file) => file.replace(/\.ts$/, ""))
  .sort();

describe("the authorization matrix", () => {
  it("lists every service and every function it exports", async () => {
    expect(serviceFiles).toEqual(Object.keys({ ...MATRIX, ...NEEDS_NO_VIEWER }).filter((name, index, all) => all.indexOf(name) === index).sort());
    for (const file of serviceFiles) {
      const exported = (await import(path.join(libRoot, `${file}.ts`))) as Record<string, unknown>;
      const functions = Object.entries(exported).filter(([, value]) => typeof value === "function").map(([name]) => name).sort();
      expect([file, functions]).toEqual([file, [...Object.keys(MATRIX[file] ?? {}), ...Object.keys(NEEDS_NO_VIEWER[file] ?? {})].sort()]);
    }
  });

  let viewers: Record<string, Viewer>;

  // Tables are emptied before each test (setup.ts), so each one builds its viewers afresh.
  beforeEach(async () => {
    const representative = await createMember(db());
    const organization = await createOrganization(db(), { representative: { id: representative.id } });
    const otherMember = await createMember(db());
    const joinRequest = await db().organizationJoinRequest.create({ data: { organizationId: organization.id, userId: otherMember.id } });
    fixture = { organizationId: organization.id, organizationSlug: organization.slug, otherMemberId: otherMember.id, joinRequestId: joinRequest.id };
    const suspended = await createAdmin(db(), { totpEnabledAt: new Date() });
    const suspendedViewer = await viewerFor(suspended.id);
    await db().user.update({ where: { id: suspended.id }, data: { status: "SUSPENDED" } });
    viewers = {
      anonymous: ANONYMOUS,
      applicant: await viewerFor((await createApplicant(db())).id),
      "applicant asked for more": await viewerFor((await createApplicant(db(), { status: "MORE_INFO_REQUESTED" })).id),
      member: await viewerFor((await createMember(db())).id),
      representative: await viewerFor(representative.id),
      "moderator without two-step": await viewerFor((await createModerator(db())).id),
      moderator: await viewerFor((await createModerator(db(), { totpEnabledAt: new Date() })).id),
      "admin without two-step": await viewerFor((await createAdmin(db())).id),
      admin: await viewerFor((await createAdmin(db(), { totpEnabledAt: new Date() })).id),
      // The app never resolves a suspended member's session at all; a stale viewer must still be refused.
      suspended: { ...suspendedViewer, status: "SUSPENDED" },
    };
  });

  for (const [file, entries] of Object.entries(MATRIX)) {
    it(`${file}: refuses exactly the viewers its policies refuse`, async () => {
      for (const [name, entry] of Object.entries(entries)) {
        for (const [role, viewer] of Object.entries(viewers)) {
          const outcome = await entry.call(viewer, fixture).then(
            (value) => ({ value }),
            (error: unknown) => ({ error }),
          );
          const refusal = "error" in outcome && outcome.error instanceof AppError && ["UNAUTHENTICATED", "FORBIDDEN"].includes(outcome.error.code) ? outcome.error.code : null;
          if (entry.allowed(viewer)) {
            expect([name, role, refusal]).toEqual([name, role, null]);
          } else if ("refusedAnswer" in entry) {
            expect([name, role, "value" in outcome ? outcome.value : refusal]).toEqual([name, role, entry.refusedAnswer]);
          } else {
            expect([name, role, refusal]).toEqual([name, role, viewer.kind === "anonymous" ? "UNAUTHENTICATED" : "FORBIDDEN"]);
          }
        }
      }
    });
  }
});
