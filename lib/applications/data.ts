import "server-only";
import { isStrongPassword } from "@/lib/auth/password-strength";
import { countryExists, findCountryNames } from "@/lib/countries/data";
import { db } from "@/lib/db";
import type { ApplicationKind, ApplicationStatus } from "@/lib/generated/prisma/enums";
import { findActiveOrganization } from "@/lib/organizations/data";
import { DEFAULT_REAPPLY_MONTHS, type FieldProblems, type OrganizationSelection } from "./schema";

/**
 * The checks on an applicant's answers that need more than zod: password strength, and whether the country
 * and organization named exist. Used by the public application and by the invited one alike.
 */
export async function checkApplicantAnswers(answers: {
  password: string;
  name: string;
  displayName: string;
  email: string;
  countryCode: string;
  organization?: OrganizationSelection;
}): Promise<FieldProblems> {
  const problems: FieldProblems = {};
  if (!isStrongPassword(answers.password, [answers.name, answers.displayName, answers.email])) problems.password = "weakPassword";
  if (!(await countryExists(answers.countryCode))) problems.countryCode = "unknownCountry";
  const organization = answers.organization;
  if (organization?.type === "existing" && !(await findActiveOrganization(organization.organizationId))) problems.organizationId = "unknownOrganization";
  if (organization?.type === "proposed" && !(await countryExists(organization.countryCode))) problems.proposedOrgCountryCode = "unknownCountry";
  return problems;
}

/** The waiting period admins chose for applying again after a rejection, in months. */
export async function findReapplyMonths(): Promise<number> {
  const settings = await db().membershipSettings.findUnique({ where: { id: 1 }, select: { reapplyAfterMonths: true } });
  return settings?.reapplyAfterMonths ?? DEFAULT_REAPPLY_MONTHS;
}

/** The membership settings page: the current choice and when it was last changed. */
export function findMembershipSettings() {
  return db().membershipSettings.findUnique({ where: { id: 1 }, select: { reapplyAfterMonths: true, updatedAt: true } });
}

/** When the person's latest rejected application was decided, if they have one. */
export async function findLastRejection(userId: string): Promise<Date | null> {
  const rejected = await db().membershipApplication.findFirst({ where: { userId, status: "REJECTED" }, orderBy: { decidedAt: "desc" }, select: { decidedAt: true, updatedAt: true } });
  return rejected ? (rejected.decidedAt ?? rejected.updatedAt) : null;
}

export function findAccountByEmail(email: string) {
  return db().user.findUnique({ where: { email }, select: { id: true, status: true, displayName: true, locale: true } });
}

// The applicant's own application ----------------------------------------------------------------------

const OPEN_STATUSES: ApplicationStatus[] = ["UNVERIFIED", "PENDING", "MORE_INFO_REQUESTED"];

/** The applicant's open application, as they may see it (never the reviewer's notes beyond the request). */
export function findOwnApplication(userId: string) {
  return db().membershipApplication.findFirst({
    where: { userId, status: { in: OPEN_STATUSES } },
    orderBy: { createdAt: "desc" },
    select: {
      id: true,
      kind: true,
      status: true,
      countryCode: true,
      languages: true,
      workDescription: true,
      vouchedBy: true,
      proposedOrgName: true,
      proposedOrgWebsite: true,
      proposedOrgCountryCode: true,
      infoRequest: true,
      submittedAt: true,
      createdAt: true,
      country: { select: { names: true } },
      organization: { select: { name: true } },
    },
  });
}

// Email verification -------------------------------------------------------------------------------------

export function findVerificationToken(tokenHash: string) {
  return db().authToken.findUnique({
    where: { tokenHash },
    select: { id: true, purpose: true, expiresAt: true, usedAt: true, user: { select: { status: true } } },
  });
}

// The review queue ---------------------------------------------------------------------------------------

export function countPendingApplications(): Promise<number> {
  return db().membershipApplication.count({ where: { status: "PENDING" } });
}

export type QueueQuery = {
  status: Extract<ApplicationStatus, "PENDING" | "MORE_INFO_REQUESTED">;
  kind?: ApplicationKind;
  countryCode?: string;
  skip: number;
  take: number;
};

/**
 * One page of the queue, oldest first, and how many match. The filters map onto the indexes
 * (status, submittedAt), (status, countryCode, submittedAt) and (status, kind, submittedAt); the id breaks
 * ties so pages never overlap.
 */
export async function listReviewQueue(query: QueueQuery) {
  const where = { status: query.status, ...(query.kind ? { kind: query.kind } : {}), ...(query.countryCode ? { countryCode: query.countryCode } : {}) };
  const [rows, total] = await Promise.all([
    db().membershipApplication.findMany({
      where,
      orderBy: [{ submittedAt: "asc" }, { id: "asc" }],
      skip: query.skip,
      take: query.take,
      select: {
        id: true,
        kind: true,
        submittedAt: true,
        countryCode: true,
        proposedOrgName: true,
        user: { select: { displayName: true, email: true } },
        country: { select: { names: true } },
        organization: { select: { name: true } },
      },
    }),
    db().membershipApplication.count({ where }),
  ]);
  return { rows, total };
}

/** The countries of applications with this status, with how many each, for the queue's country filter. */
export async function queueCountries(status: QueueQuery["status"]) {
  const groups = await db().membershipApplication.groupBy({ by: ["countryCode"], where: { status }, _count: { _all: true } });
  const countries = await findCountryNames(groups.map((group) => group.countryCode));
  const counts = new Map(groups.map((group) => [group.countryCode, group._count._all]));
  return countries.map((country) => ({ ...country, count: counts.get(country.code) ?? 0 }));
}

/** Everything a reviewer sees about one application, the private lived-experience account included. */
export function findApplicationForReview(id: string) {
  return db().membershipApplication.findUnique({
    where: { id },
    select: {
      id: true,
      kind: true,
      status: true,
      countryCode: true,
      languages: true,
      workDescription: true,
      vouchedBy: true,
      livedExperience: true,
      proposedOrgName: true,
      proposedOrgWebsite: true,
      proposedOrgCountryCode: true,
      consentedAt: true,
      submittedAt: true,
      createdAt: true,
      infoRequest: true,
      decisionReason: true,
      decidedAt: true,
      country: { select: { names: true } },
      organization: { select: { id: true, name: true, status: true } },
      invitation: { select: { createdAt: true, invitedBy: { select: { displayName: true } }, organization: { select: { name: true } } } },
      user: {
        select: {
          name: true,
          displayName: true,
          email: true,
          emailVerified: true,
          locale: true,
          status: true,
          // Earlier rejections of the same person (they may apply again after the waiting period).
          applications: { where: { id: { not: id }, status: "REJECTED" }, orderBy: { decidedAt: "desc" }, take: 5, select: { decidedAt: true, decisionReason: true } },
        },
      },
    },
  });
}
