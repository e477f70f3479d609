import "server-only";
// The membership journey's rules, for an explicit viewer: the server actions and pages call these after
// resolving the viewer from the request, and the integration tests call them with a viewer of their choice.
// Nothing here reads the request; what it needs from it (client address, locale) comes in a
// RequestContext (lib/request-context.ts); links in emails come from lib/links.ts.
import { authorize } from "@/lib/auth/authorize";
import { hashPassword } from "@/lib/auth/password";
import { canApply, canReviewApplications, canViewOwnApplication, canWithdrawOwnApplication } from "@/lib/auth/policy";
import { hashToken, isWellFormedToken, newToken } from "@/lib/auth/tokens";
import type { Viewer } from "@/lib/auth/viewer-types";
import type { MemberStatus } from "@/lib/generated/prisma/enums";
import { AppError } from "@/lib/errors";
import { countryExists } from "@/lib/countries/data";
import { defaultLocale } from "@/lib/i18n/config";
import { membershipLinks, platformUrl } from "@/lib/links";
import { markVisitedRead } from "@/lib/notifications/mutations";
import type { Visit } from "@/lib/notifications/schema";
import { findActiveOrganization, listActiveOrganizations } from "@/lib/organizations/data";
import { UNKNOWN_ADDRESS } from "@/lib/rate-limit/client-address";
import { applicationPerAddress, applicationPerEmail } from "@/lib/rate-limit/limits";
import { enforceLimits } from "@/lib/rate-limit/mutations";
import type { RequestContext } from "@/lib/request-context";
import {
  checkApplicantAnswers,
  countPendingApplications,
  findAccountByEmail,
  findApplicationForReview,
  findLastRejection,
  findReapplyMonths,
  findOwnApplication,
  findVerificationToken,
  listReviewQueue,
  queueCountries,
} from "./data";
import {
  approveApplication,
  confirmApplicationEmail,
  createUnverifiedApplication,
  rejectApplication,
  requestMoreInformation,
  noticeApplyAttempt,
  reopenRejectedApplicant,
  resendVerification,
  resubmitApplication,
  withdrawApplication,
  type ConfirmEmailResult,
} from "./mutations";
import {
  reapplyAllowedFrom,
  refuseProblems,
  type ApplyInput,
  type ApproveApplicationInput,
  type RejectApplicationInput,
  type RequestMoreInfoInput,
  type ReviewQueueFilter,
  type UpdateApplicationInput,
} from "./schema";

export const VERIFY_EMAIL_LINK_HOURS = 48;
export const REVIEW_QUEUE_PAGE_SIZE = 25;

/** The application limits' refusal names what is limited (applications from a connection or for an address). */
const APPLICATIONS_RATE_LIMITED = "ApplicationErrors.rateLimited";

/**
 * Counts one application post from the request's address, and refuses with RATE_LIMITED (and the time
 * to wait) when it has posted too often. The action calls it before parsing the form, so invalid posts and
 * the password estimate cannot be repeated without limit.
 */
export async function limitApplicationsFromAddress(context: Pick<RequestContext, "clientAddress">): Promise<void> {
  await enforceLimits([applicationPerAddress(context.clientAddress ?? UNKNOWN_ADDRESS)], APPLICATIONS_RATE_LIMITED);
}

/**
 * The public application (its address was counted by limitApplicationsFromAddress). The answer never says
 * whether the address is registered: for a registered one nothing is created (an unconfirmed applicant gets
 * a fresh confirmation link, the owner of an account that signs in a notice, at most daily), after the same password hashing, and the visitor
 * is told to check their email either way. The limit per email address counts only complete applications,
 * so retrying after a weak password does not use it up.
 */
const NOTICED_STATUSES: MemberStatus[] = ["ACTIVE", "PENDING", "MORE_INFO_REQUESTED"];
// A rejected address may apply again after the waiting period (reapplyAfterRejection).

export async function submitApplication(viewer: Viewer, input: ApplyInput, context: RequestContext): Promise<void> {
  if (!canApply(viewer)) throw new AppError("FORBIDDEN");
  refuseProblems(await checkApplicantAnswers(input));
  await enforceLimits([applicationPerEmail(input.email)], APPLICATIONS_RATE_LIMITED);

  const passwordHash = await hashPassword(input.password);
  const token = newToken();
  const verification = {
    tokenHash: hashToken(token),
    expiresAt: new Date(Date.now() + VERIFY_EMAIL_LINK_HOURS * 60 * 60 * 1000),
    url: platformUrl(`/verify-email?token=${token}`),
  };
  const existing = await findAccountByEmail(input.email);
  const { password: _password, ...answers } = input;
  const record = { ...answers, passwordHash, locale: context.locale ?? defaultLocale };
  if (existing?.status === "REJECTED") return reapplyAfterRejection(existing, record, verification);
  if (existing) {
    if (existing.status === "UNVERIFIED") await resendVerification(existing.id, { email: input.email, locale: existing.locale, displayName: existing.displayName }, verification);
    // The owner of an account that signs in hears of it (perhaps they forgot they have one). Suspended and
    // erased people get nothing: the notice's "sign in" would not be true for them.
    else if (NOTICED_STATUSES.includes(existing.status)) await noticeApplyAttempt({ id: existing.id, email: input.email, locale: existing.locale }, { template: "account.apply-attempt", params: { signInUrl: membershipLinks().signInUrl } });
    return;
  }
  await createUnverifiedApplication(record, verification);
}

/**
 * A rejected person may apply again once the waiting period admins set has passed since the decision: the account
 * becomes an unconfirmed applicant with the new answers. Before that, the address's owner is told from when (at
 * most daily); the visitor is told to check their email, as always.
 */
async function reapplyAfterRejection(
  account: { id: string; locale: string | null },
  record: Parameters<typeof reopenRejectedApplicant>[1],
  verification: Parameters<typeof reopenRejectedApplicant>[2],
): Promise<void> {
  const [decidedAt, months] = await Promise.all([findLastRejection(account.id), findReapplyMonths()]);
  const from = decidedAt ? reapplyAllowedFrom(decidedAt, months) : new Date(0);
  if (from <= new Date()) await reopenRejectedApplicant(account.id, record, verification);
  else await noticeApplyAttempt({ id: account.id, email: record.email, locale: account.locale }, { template: "account.reapply-later", params: { from } });
}

export type VerificationLinkState = "valid" | "used" | "expired" | "invalid";

/** What a confirmation link is worth, without using it (the page asks the visitor to confirm first). */
export async function inspectVerificationLink(token: unknown, now = new Date()): Promise<VerificationLinkState> {
  if (!isWellFormedToken(token)) return "invalid";
  const row = await findVerificationToken(hashToken(token));
  if (!row || row.purpose !== "VERIFY_EMAIL") return "invalid";
  if (row.usedAt || row.user.status !== "UNVERIFIED") return "used";
  if (row.expiresAt <= now) return "expired";
  return "valid";
}

/** Uses a confirmation link: the application enters the review queue. */
export async function confirmEmail(token: unknown): Promise<ConfirmEmailResult> {
  if (!isWellFormedToken(token)) return "invalid";
  return confirmApplicationEmail(hashToken(token), membershipLinks());
}

/** The applicant answers a request for more information; the application returns to the queue. */
export async function resubmitOwnApplication(viewer: Viewer, input: UpdateApplicationInput): Promise<void> {
  const applicant = authorize(viewer, canViewOwnApplication);
  if (input.proposedOrgCountryCode && !(await countryExists(input.proposedOrgCountryCode))) refuseProblems({ proposedOrgCountryCode: "unknownCountry" });
  await resubmitApplication(applicant.id, input);
}

/** Withdraws the viewer's application and deletes their account and everything in it. */
export async function withdrawOwnApplication(viewer: Viewer): Promise<void> {
  const applicant = authorize(viewer, canWithdrawOwnApplication);
  if (!(await withdrawApplication(applicant.id))) throw new AppError("CONFLICT");
}

/** The applicant's own application (and nothing else). */
export async function ownApplication(viewer: Viewer) {
  const applicant = authorize(viewer, canViewOwnApplication);
  return { viewer: applicant, application: await findOwnApplication(applicant.id) };
}

// Review ------------------------------------------------------------------------------------------------

/** One page of the review queue, and the countries its applications come from (for the filter); opening it reads the admin's application notifications (if the bell counts some). */
export async function reviewQueue(viewer: Viewer, filter: ReviewQueueFilter, visit: Visit = {}) {
  const reviewer = authorize(viewer, canReviewApplications);
  if (visit.unreadNotifications) await markVisitedRead(reviewer.id, { type: "NEW_APPLICATION" });
  const status = filter.status === "more-info" ? "MORE_INFO_REQUESTED" : "PENDING";
  const [{ rows, total }, countries] = await Promise.all([
    listReviewQueue({
      status,
      kind: filter.kind === "individual" ? "INDIVIDUAL" : filter.kind === "organization" ? "ORGANIZATION" : undefined,
      countryCode: filter.country,
      skip: (filter.page - 1) * REVIEW_QUEUE_PAGE_SIZE,
      take: REVIEW_QUEUE_PAGE_SIZE,
    }),
    queueCountries(status),
  ]);
  return { rows, total, totalPages: Math.max(1, Math.ceil(total / REVIEW_QUEUE_PAGE_SIZE)), countries };
}

/** One application as the reviewer sees it, with the organizations it could be merged into. */
export async function applicationForReview(viewer: Viewer, id: string) {
  const reviewer = authorize(viewer, canReviewApplications);
  const [application, organizations] = await Promise.all([findApplicationForReview(id), listActiveOrganizations()]);
  return { viewer: reviewer, application, organizations };
}

/** How many applications wait for review, for the admin navigation; null for those who may not review. */
export async function pendingApplicationCount(viewer: Viewer): Promise<number | null> {
  return canReviewApplications(viewer) ? countPendingApplications() : null;
}

export async function approve(viewer: Viewer, input: ApproveApplicationInput): Promise<void> {
  const reviewer = authorize(viewer, canReviewApplications);
  if (input.organizationResolution === "merge" && !(input.mergeOrganizationId && (await findActiveOrganization(input.mergeOrganizationId)))) {
    refuseProblems({ mergeOrganizationId: "unknownOrganization" });
  }
  await approveApplication({ ...input, actorId: reviewer.id, signInUrl: membershipLinks().signInUrl });
}

export async function reject(viewer: Viewer, input: RejectApplicationInput): Promise<void> {
  const reviewer = authorize(viewer, canReviewApplications);
  await rejectApplication({ ...input, actorId: reviewer.id });
}

export async function requestMoreInfo(viewer: Viewer, input: RequestMoreInfoInput): Promise<void> {
  const reviewer = authorize(viewer, canReviewApplications);
  await requestMoreInformation({ ...input, actorId: reviewer.id, statusUrl: membershipLinks().statusUrl });
}
