import "server-only";
// The registry of places of detention, for an explicit viewer: the list (a country, a type, a text search), a
// place's page, adding and correcting a place, a moderator's merge, and the report form's picker.
import { authorize } from "@/lib/auth/authorize";
import type { Viewer } from "@/lib/auth/viewer-types";
import { countryExists } from "@/lib/countries/data";
import { AppError } from "@/lib/errors";
import { prefixTsquery, searchTerms } from "@/lib/search/text";
import { findPlace, listCountryPlaces, listPlaces, placeCountryCodes, type PlaceRow } from "./data";
import { decodeNameCursor, encodeNameCursor } from "./format";
import { insertPlace, mergePlaces, updatePlace } from "./mutations";
import { canAddPlace, canEditPlace, canMergePlaces, canReadPlaces } from "./policy";
import type { EditPlaceInput, MergePlacesInput, PlaceInput, PlaceListFilter } from "./schema";

export const PLACES_PER_PAGE = 30;

const wellFormed = (id: string) => /^[a-z0-9]{1,40}$/.test(id);

export async function placeList(requester: Viewer, filter: PlaceListFilter) {
  authorize(requester, canReadPlaces);
  const [rows, countryCodes] = await Promise.all([
    listPlaces({ countryCode: filter.country, type: filter.type, tsquery: prefixTsquery(searchTerms(filter.q)), cursor: decodeNameCursor(filter.after), take: PLACES_PER_PAGE }),
    placeCountryCodes(),
  ]);
  const places = rows.slice(0, PLACES_PER_PAGE);
  const last = places.at(-1);
  return { places, next: rows.length > PLACES_PER_PAGE && last ? encodeNameCursor(last) : null, countryCodes };
}

/** A place as its page shows it (a merged one points at the place kept), with what the viewer may do to it. */
export async function placePage(requester: Viewer, id: string) {
  const viewer = authorize(requester, canReadPlaces);
  const place = wellFormed(id) ? await findPlace(id) : null;
  if (!place) throw new AppError("NOT_FOUND");
  return { place, canEdit: canEditPlace(viewer, place), canMerge: canMergePlaces(viewer) && place.status === "ACTIVE" };
}

export async function newPlaceForm(requester: Viewer): Promise<{ allowed: true }> {
  authorize(requester, canAddPlace);
  return { allowed: true };
}

async function checkCountry(countryCode: string): Promise<void> {
  if (!(await countryExists(countryCode))) throw new AppError("VALIDATION", { field: "countryCode", messageKey: "PlaceErrors.unknownCountry" });
}

export async function addPlace(requester: Viewer, input: PlaceInput): Promise<{ id: string }> {
  const viewer = authorize(requester, canAddPlace);
  await checkCountry(input.countryCode);
  return insertPlace(viewer.id, input);
}

export async function editPlace(requester: Viewer, input: EditPlaceInput): Promise<{ id: string }> {
  const viewer = authorize(requester, canReadPlaces);
  const place = wellFormed(input.placeId) ? await findPlace(input.placeId) : null;
  if (!place) throw new AppError("NOT_FOUND");
  if (!canEditPlace(viewer, place)) throw new AppError("FORBIDDEN");
  await checkCountry(input.countryCode);
  if (!(await updatePlace(place.id, input))) throw new AppError("CONFLICT", { messageKey: "PlaceErrors.merged" });
  return { id: place.id };
}

/** A moderator merges a duplicate into the place kept (same country): its reports move there, audited. */
export async function mergePlace(requester: Viewer, input: MergePlacesInput): Promise<{ id: string; movedReports: number }> {
  const viewer = authorize(requester, canMergePlaces);
  const [from, into] = await Promise.all([findPlace(input.placeId), findPlace(input.intoPlaceId)]);
  if (!from) throw new AppError("NOT_FOUND");
  if (!into || into.status !== "ACTIVE") throw new AppError("VALIDATION", { field: "intoPlaceId", messageKey: "PlaceErrors.unknownPlace" });
  if (into.countryCode !== from.countryCode) throw new AppError("VALIDATION", { field: "intoPlaceId", messageKey: "PlaceErrors.otherCountry" });
  const merged = await mergePlaces(viewer.id, from.id, into.id);
  if (!merged) throw new AppError("CONFLICT", { messageKey: "PlaceErrors.merged" });
  return { id: into.id, movedReports: merged.movedReports };
}

/** The report form's picker: the active places of one country. */
export async function placePicker(requester: Viewer, countryCode: string): Promise<Array<Pick<PlaceRow, "id" | "name" | "type" | "locality">>> {
  authorize(requester, canReadPlaces);
  return /^[A-Z]{2}$/.test(countryCode) ? listCountryPlaces(countryCode) : [];
}
