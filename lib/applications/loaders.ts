import "server-only";
import { getLocale } from "next-intl/server";
import { redirect } from "next/navigation";
import { cache } from "react";
import { isApplicant } from "@/lib/auth/policy";
import { forPage, loadViewer } from "@/lib/auth/viewer";
import { findCountryNames, listCountries } from "@/lib/countries/data";
import { countryOptions } from "@/lib/countries/format";
import { languageOptions } from "@/lib/i18n/languages";
import type { Visit } from "@/lib/notifications/schema";
import { listActiveOrganizations } from "@/lib/organizations/data";
import { reviewQueueFilterSchema } from "./schema";
import { applicationForReview, inspectVerificationLink, ownApplication, pendingApplicationCount, reviewQueue } from "./service";
import { membershipSettings } from "./settings-service";

// What the membership pages show. Reference lists are public; everything about a person is read through
// the service, which authorizes, for this request's viewer.

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

export function loadOwnApplication() {
  return forPage("/application", ownApplication);
}

export async function loadReviewQueue(searchParams: Record<string, string | string[] | undefined>, visit?: Visit) {
  const filter = reviewQueueFilterSchema.parse({
    status: first(searchParams.status),
    kind: first(searchParams.kind) || undefined,
    country: first(searchParams.country) || undefined,
    page: first(searchParams.page) ?? 1,
  });
  return { filter, ...(await forPage("/admin/applications", (viewer) => reviewQueue(viewer, filter, visit))) };
}

export function loadApplicationForReview(id: string) {
  return forPage(`/admin/applications/${encodeURIComponent(id)}`, (viewer) => applicationForReview(viewer, id));
}

export function loadMembershipSettings() {
  return forPage("/admin/applications/settings", membershipSettings);
}

/** How many applications wait for review, for the admin navigation; null for those who cannot review. */
export const loadPendingCount = cache(async (): Promise<number | null> => pendingApplicationCount(await loadViewer()));

function first(value: string | string[] | undefined): string | undefined {
  return Array.isArray(value) ? value[0] : value;
}

export async function findCountryNamesFor(codes: string[]) {
  return findCountryNames(codes);
}
