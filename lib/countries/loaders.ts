import "server-only";
import { forPage } from "@/lib/auth/viewer";
import { countryPage, networkCountries } from "./service";

export function loadNetworkCountries() {
  return forPage("/countries", networkCountries);
}

export function loadCountryPage(code: string, after: string | undefined) {
  return forPage(`/countries/${encodeURIComponent(code)}`, (viewer) => countryPage(viewer, code.toUpperCase(), after));
}

export type NetworkCountry = Awaited<ReturnType<typeof networkCountries>>[number];
