import "server-only";
import { cache } from "react";
import { getLocale } from "next-intl/server";
import { forPage } from "@/lib/auth/viewer";
import { listCountries } from "@/lib/countries/data";
import { countryOptions } from "@/lib/countries/format";
import { languageOptions } from "@/lib/i18n/languages";
import type { Visit } from "@/lib/notifications/schema";
import { firstValues, type SearchParams } from "@/lib/search-params";
import { requestListSchema } from "./schema";
import { collaborationList, homeMatches, newRequestForm, requestForEdit, requestPage, requestsAbout } from "./service";

export type { RequestMatch, RequestPage } from "./service";
export type { RequestRow } from "./data";

export function loadCollaborationList(searchParams: SearchParams) {
  const filter = requestListSchema.parse(firstValues(searchParams));
  return forPage("/collaborations", async (viewer) => ({ filter, ...(await collaborationList(viewer, filter)) }));
}

/** The countries and languages the request form and the filters offer, in the viewer's language. */
export const loadChoices = cache(async () => {
  const [locale, countries] = await Promise.all([getLocale(), listCountries()]);
  return { countries: countryOptions(countries, locale), languages: languageOptions(locale), locale };
});

export function loadRequestPage(id: string, visit?: Visit) {
  return forPage(`/collaborations/${encodeURIComponent(id)}`, (viewer) => requestPage(viewer, id, visit));
}

export function loadNewRequestForm() {
  return forPage("/collaborations/new", newRequestForm);
}

export function loadRequestForEdit(id: string) {
  return forPage(`/collaborations/${encodeURIComponent(id)}/edit`, (viewer) => requestForEdit(viewer, id));
}

/** The few requests about a country or an organization, for its page (`path`: the page, to sign in back to). */
export function loadRequestsAbout(path: string, about: { country: string } | { organizationId: string }) {
  return forPage(path, (viewer) => requestsAbout(viewer, about));
}

/** The member home's matches (the page asks for them for members only). */
export function loadHomeMatches() {
  return forPage("/welcome", homeMatches);
}
