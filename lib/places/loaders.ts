import "server-only";
import { forPage } from "@/lib/auth/viewer";
import { firstValues, type SearchParams } from "@/lib/search-params";
import { newPlaceForm, placeList, placePage, placePicker } from "./service";
import { placeListSchema } from "./schema";

export type { PlaceRow } from "./data";

export function loadPlaceList(searchParams: SearchParams) {
  const filter = placeListSchema.parse(firstValues(searchParams));
  return forPage("/monitoring/places", async (viewer) => ({ filter, ...(await placeList(viewer, filter)) }));
}

export function loadPlacePage(id: string) {
  return forPage(`/monitoring/places/${encodeURIComponent(id)}`, (viewer) => placePage(viewer, id));
}

export function loadNewPlaceForm() {
  return forPage("/monitoring/places/new", newPlaceForm);
}

export function loadPlacePicker(path: string, countryCode: string) {
  return forPage(path, (viewer) => placePicker(viewer, countryCode));
}
