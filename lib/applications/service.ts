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
import { AppError } from "@/lib/errors";
import { countryExists } from "@/lib/countries/data";
import { defaultLocale } from "@/lib/i18n/config";
import { membershipLinks, platformUrl } from "@/lib/links";
import { findActiveOrganization } from "@/lib/organizations/data";
import { UNKNOWN_ADDRESS } from "@/lib/rate-limit/client-address";
import type { RequestContext } from "@/lib/request-context";
import { checkApplicantAnswers, findAccountByEmail, findVerificationToken, listReviewQueue } from "./data";
import {
  approveApplication,
  confirmApplicationEmail,
  consumeApplicationAddressLimit,
  consumeApplicationEmailLimit,
  createUnverifiedApplication,
  rejectApplication,
  requestMoreInformation,
  resendVerification,
  resubmitApplication,
  withdrawApplication,
  type ConfirmEmailResult,
} from "./mutations";
import type {
  ApplyInput,
  ApproveApplicationInput,
  FieldProblems,
  RejectApplicationInput,
  RequestMoreInfoInput,
  ReviewQueueFilter,
  UpdateApplicationInput,
} from "./schema";

export const VERIFY_EMAIL_LINK_HOURS = 48;
export const REVIEW_QUEUE_PAGE_SIZE = 25;

export type SubmitOutcome = { ok: true } | { ok: false; fields: FieldProblems };

function refuseAfter(waitSeconds: number): void {
  if (waitSeconds > 0) throw new AppError("RATE_LIMITED", { minutes: Math.max(1, Math.ceil(waitSeconds / 60)) });
}

/**
 * Counts one application post from the request's address, and refuses with RATE_LIMITED (and the minutes
 * to wait) when it has posted too often. The action calls it before parsing the form, so invalid posts and
 * the password estimate cannot be repeated without limit.
 */
export async function limitApplicationsFromAddress(context: Pick<RequestContext, "clientAddress">): Promise<void> {
  refuseAfter(await consumeApplicationAddressLimit(context.clientAddress ?? UNKNOWN_ADDRESS));
}

/**
 * The public application (its address was counted by limitApplicationsFromAddress). The answer never says
 * whether the address is registered: for a registered one nothing is created (an unconfirmed applicant gets
 * a fresh confirmation link, nobody else gets anything), after the same password hashing, and the visitor
 * is told to check their email either way. The limit per email address counts only complete applications,
 * so retrying after a weak password does not use it up.
 */
export async function submitApplication(viewer: Viewer, input: ApplyInput, context: RequestContext): Promise<SubmitOutcome> {
  if (!canApply(viewer)) throw new AppError("FORBIDDEN");
  const problems = await checkApplicantAnswers(input);
  if (Object.keys(problems).length > 0) return { ok: false, fields: problems };
  refuseAfter(await consumeApplicationEmailLimit(input.email));

  const passwordHash = await hashPassword(input.password);
  const token = newToken();
  const verification = {
    tokenHash: hashToken(token),
    expiresAt: new Date(Date.now() + VERIFY_EMAIL_LINK_HOURS * 60 * 60 * 1000),
    url: platformUrl(`/verify-email?token=${token}`),
  };
  const existing = await findAccountByEmail(input.email);
  if (existing) {
    if (existing.status === "UNVERIFIED") await resendVerification(existing.id, { email: input.email, locale: existing.locale, displayName: existing.displayName }, verification);
    return { ok: true };
  }
  const { password: _password, ...answers } = input;
  await createUnverifiedApplication({ ...answers, passwordHash, locale: context.locale ?? defaultLocale }, verification);
  return { ok: true };
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
export async function resubmitOwnApplication(viewer: Viewer, input: UpdateApplicationInput): Promise<SubmitOutcome> {
  const applicant = authorize(viewer, canViewOwnApplication);
  if (input.proposedOrgCountryCode && !(await countryExists(input.proposedOrgCountryCode))) return { ok: false, fields: { proposedOrgCountryCode: "unknownCountry" } };
  await resubmitApplication(applicant.id, input, membershipLinks());
  return { ok: true };
}

/** Withdraws the viewer's application and deletes their account and everything in it. */
export async function withdrawOwnApplication(viewer: Viewer): Promise<void> {
  const applicant = authorize(viewer, canWithdrawOwnApplication);
  if (!(await withdrawApplication(applicant.id))) throw new AppError("CONFLICT");
}

// Review ------------------------------------------------------------------------------------------------

export async function reviewQueue(viewer: Viewer, filter: ReviewQueueFilter) {
  authorize(viewer, canReviewApplications);
  const { rows, total } = await listReviewQueue({
    status: filter.status === "more-info" ? "MORE_INFO_REQUESTED" : "PENDING",
    kind: filter.kind === "individual" ? "INDIVIDUAL" : filter.kind === "organization" ? "ORGANIZATION" : undefined,
    countryCode: filter.country,
    skip: (filter.page - 1) * REVIEW_QUEUE_PAGE_SIZE,
    take: REVIEW_QUEUE_PAGE_SIZE,
  });
  return { rows, total, totalPages: Math.max(1, Math.ceil(total / REVIEW_QUEUE_PAGE_SIZE)) };
}

export type DecisionOutcome = { ok: true } | { ok: false; fields: Partial<Record<string, "unknownOrganization">> };

export async function approve(viewer: Viewer, input: ApproveApplicationInput): Promise<DecisionOutcome> {
  const reviewer = authorize(viewer, canReviewApplications);
  if (input.organizationResolution === "merge" && !(input.mergeOrganizationId && (await findActiveOrganization(input.mergeOrganizationId)))) {
    return { ok: false, fields: { mergeOrganizationId: "unknownOrganization" } };
  }
  await approveApplication({ ...input, actorId: reviewer.id, signInUrl: membershipLinks().signInUrl });
  return { ok: true };
}

export async function reject(viewer: Viewer, input: RejectApplicationInput): Promise<DecisionOutcome> {
  const reviewer = authorize(viewer, canReviewApplications);
  await rejectApplication({ ...input, actorId: reviewer.id });
  return { ok: true };
}

export async function requestMoreInfo(viewer: Viewer, input: RequestMoreInfoInput): Promise<DecisionOutcome> {
  const reviewer = authorize(viewer, canReviewApplications);
  await requestMoreInformation({ ...input, actorId: reviewer.id, statusUrl: membershipLinks().statusUrl });
  return { ok: true };
}
