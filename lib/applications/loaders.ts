import "server-only";
import { getLocale } from "next-intl/server";
import { redirect } from "next/navigation";
import { cache } from "react";
import { canReviewApplications, canViewOwnApplication, isApplicant } from "@/lib/auth/policy";
import { loadViewer, requirePageViewer } from "@/lib/auth/viewer";
import { countryOptions } from "@/lib/countries/names";
import { findCountryNames, listCountries } from "@/lib/countries/data";
import { listActiveOrganizations } from "@/lib/organizations/data";
import { countPendingApplications, findApplicationForReview, findOwnApplication, queueCountries } from "./data";
import { languageOptions } from "./languages";
import { reviewQueueFilterSchema } from "./schema";
import { inspectVerificationLink, reviewQueue } from "./service";

/** Countries, organizations and languages the application forms offer, in the viewer's language. */
export const loadApplicationFormOptions = cache(async () => {
  const [locale, countries, organizations] = await Promise.all([getLocale(), listCountries(), listActiveOrganizations()]);
  return { countries: countryOptions(countries, locale), organizations, languages: languageOptions(locale) };
});

/** The application form is for visitors: a signed-in person goes to their own page instead. */
export async function loadApplyPage() {
  const viewer = await loadViewer();
  if (viewer.kind === "signed-in") redirect(isApplicant(viewer) ? "/application" : "/welcome");
  return loadApplicationFormOptions();
}

export async function loadVerificationLink(token: unknown) {
  return inspectVerificationLink(token);
}

/** The applicant's own application (and nothing else). */
export async function loadOwnApplication() {
  const viewer = await requirePageViewer(canViewOwnApplication, "/application");
  const application = await findOwnApplication(viewer.id);
  return { viewer, application };
}

export async function loadReviewQueue(searchParams: Record<string, string | string[] | undefined>) {
  const viewer = await requirePageViewer(canReviewApplications, "/admin/applications");
  const filter = reviewQueueFilterSchema.parse({
    status: first(searchParams.status),
    kind: first(searchParams.kind) || undefined,
    country: first(searchParams.country) || undefined,
    page: first(searchParams.page) ?? 1,
  });
  const status = filter.status === "more-info" ? "MORE_INFO_REQUESTED" : "PENDING";
  const [queue, countries] = await Promise.all([reviewQueue(viewer, filter), queueCountries(status)]);
  return { filter, ...queue, countries };
}

export async function loadApplicationForReview(id: string) {
  const viewer = await requirePageViewer(canReviewApplications, `/admin/applications/${encodeURIComponent(id)}`);
  const [application, organizations] = await Promise.all([findApplicationForReview(id), listActiveOrganizations()]);
  return { viewer, application, organizations };
}

/** How many applications wait for review, for the admin navigation; null for those who cannot review. */
export const loadPendingCount = cache(async (): Promise<number | null> => {
  const viewer = await loadViewer();
  return canReviewApplications(viewer) ? countPendingApplications() : null;
});

function first(value: string | string[] | undefined): string | undefined {
  return Array.isArray(value) ? value[0] : value;
}

export async function findCountryNamesFor(codes: string[]) {
  return findCountryNames(codes);
}
