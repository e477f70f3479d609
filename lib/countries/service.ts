import "server-only";
import { authorize } from "@/lib/auth/authorize";
import { canViewMemberProfiles } from "@/lib/auth/policy";
import type { Viewer } from "@/lib/auth/viewer-types";
import { AppError } from "@/lib/errors";
import { countActiveOrganizationsByCountry, listOrganizationsInCountry } from "@/lib/organizations/data";
import { countListedMembersByCountry, listMemberCards } from "@/lib/profiles/data";
import { findCountry, listCountriesForMap } from "./data";

/** How many member cards a country page shows at a time. */
export const COUNTRY_MEMBERS_PAGE = 24;

/**
 * Every country with its counts of listed members (who show their country to the network) and active
 * organizations (based or working there): the same for every member, since it counts only what any
 * member could list.
 */
export async function networkCountries(requester: Viewer) {
  authorize(requester, canViewMemberProfiles);
  const [countries, members, organizations] = await Promise.all([listCountriesForMap(), countListedMembersByCountry(), countActiveOrganizationsByCountry()]);
  return countries.map((country) => ({ ...country, members: members.get(country.code) ?? 0, organizations: organizations.get(country.code) ?? 0 }));
}

/** A country's page: who works there (listed members, newest first, by cursor) and the organizations working there. */
export async function countryPage(requester: Viewer, code: string, after?: string) {
  authorize(requester, canViewMemberProfiles);
  const country = /^[A-Z]{2}$/.test(code) ? await findCountry(code) : null;
  if (!country) throw new AppError("NOT_FOUND");
  const [members, organizations] = await Promise.all([
    listMemberCards({ countryCode: code, countryVisibility: "MEMBERS" }, { after, take: COUNTRY_MEMBERS_PAGE }),
    listOrganizationsInCountry(code),
  ]);
  return { country, members, organizations };
}
