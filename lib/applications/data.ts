import "server-only";
import { NO_PERMANENT_POPULATION } from "@/lib/countries/work-countries";
import { db } from "@/lib/db";
import type { ApplicationKind, ApplicationStatus } from "@/lib/generated/prisma/enums";

// Reference data the forms offer ------------------------------------------------------------------------

const workCountries = { code: { notIn: [...NO_PERMANENT_POPULATION] } };

/** Every country one can work in, with its names by UI language (Country.names). */
export function listCountries() {
  return db().country.findMany({ where: workCountries, select: { code: true, names: true, name: true }, orderBy: { name: "asc" } });
}

/** Whether `code` is a country one can work in (see NO_PERMANENT_POPULATION). */
export async function countryExists(code: string): Promise<boolean> {
  return (await db().country.count({ where: { AND: [{ code }, workCountries] } })) === 1;
}

/** Organizations an applicant may name or a reviewer may merge into: the active ones, by name. */
export function listActiveOrganizations() {
  return db().organization.findMany({
    where: { status: "ACTIVE" },
    select: { id: true, name: true, countryCode: true },
    orderBy: [{ name: "asc" }, { id: "asc" }],
  });
}

export function findActiveOrganization(id: string) {
  return db().organization.findFirst({ where: { id, status: "ACTIVE" }, select: { id: true, name: true } });
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
  const countries = await db().country.findMany({
    where: { code: { in: groups.map((group) => group.countryCode) } },
    select: { code: true, names: true, name: true },
  });
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
      user: { select: { name: true, displayName: true, email: true, emailVerified: true, locale: true, status: true } },
    },
  });
}

export function findCountryNames(codes: string[]) {
  return db().country.findMany({ where: { code: { in: codes } }, select: { code: true, names: true, name: true } });
}
