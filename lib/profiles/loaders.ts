import "server-only";
import { getLocale } from "next-intl/server";
import { cache } from "react";
import { forPage } from "@/lib/auth/viewer";
import { listCountries } from "@/lib/countries/data";
import { countryOptions } from "@/lib/countries/format";
import { languageOptions } from "@/lib/i18n/languages";
import { memberProfile, missingProfileFields, ownPrivateReads, ownProfile, previewOwnProfile } from "./service";

// What the profile pages show, read through the service (which authorizes) for this request's viewer.

/** The profile form: the member's profile and the lists it offers, in the viewer's language. */
export const loadOwnProfile = cache(async () => {
  const [{ profile }, locale, countries] = await Promise.all([forPage("/account/profile", ownProfile), getLocale(), listCountries()]);
  return { profile, countries: countryOptions(countries, locale), languages: languageOptions(locale) };
});

export function loadMemberProfile(handle: string, privateRead: boolean) {
  return forPage(`/members/${encodeURIComponent(handle)}`, (viewer) => memberProfile(viewer, handle, { privateRead }));
}

export function loadProfilePreview() {
  return forPage("/account/profile/preview", previewOwnProfile);
}

export function loadPrivateReads() {
  return forPage("/account/privacy", ownPrivateReads);
}

export function loadMissingProfileFields() {
  return forPage("/welcome", missingProfileFields);
}
export type { ProfileFields } from "./data";
