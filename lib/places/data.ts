import "server-only";
// Reads of the registry of places of detention. The list and the picker read active places of one country (or
// all), in name order (keyset over name and id, index (countryCode, status, name)); the text search matches the
// folded name, locality and authority with prefix terms (the expression GIN index of migration
// monitoring_places_search).
import { db } from "@/lib/db";
import { Prisma, type DetentionPlaceType } from "@/lib/generated/prisma/client";
import type { NameCursor } from "./format";

export const PLACE_SELECT = {
  id: true,
  countryCode: true,
  name: true,
  type: true,
  locality: true,
  authority: true,
  capacity: true,
  womenHeld: true,
  figuresSource: true,
  figuresDate: true,
  status: true,
  mergedIntoId: true,
  createdById: true,
  createdAt: true,
  updatedAt: true,
} satisfies Prisma.DetentionPlaceSelect;

export type PlaceRow = Prisma.DetentionPlaceGetPayload<{ select: typeof PLACE_SELECT }>;

export function findPlace(id: string): Promise<PlaceRow | null> {
  return db().detentionPlace.findUnique({ where: { id }, select: PLACE_SELECT });
}

export type PlaceQuery = { countryCode?: string; type?: DetentionPlaceType; tsquery: string | null; cursor: NameCursor | null; take: number };

/** One page of active places (one more than `take`, so the caller knows whether there is a next page). */
export function listPlaces(query: PlaceQuery): Promise<PlaceRow[]> {
  const conditions = [Prisma.sql`status = 'ACTIVE'`];
  if (query.countryCode) conditions.push(Prisma.sql`"countryCode" = ${query.countryCode}`);
  if (query.type) conditions.push(Prisma.sql`type = ${query.type}::"DetentionPlaceType"`);
  if (query.tsquery) conditions.push(Prisma.sql`to_tsvector('simple', "searchText") @@ to_tsquery('simple', ${query.tsquery})`);
  if (query.cursor) conditions.push(Prisma.sql`(name, id) > (${query.cursor.name}, ${query.cursor.id})`);
  return db().$queryRaw<PlaceRow[]>`
    SELECT id, "countryCode", name, type, locality, authority, capacity, "womenHeld", "figuresSource", "figuresDate", status, "mergedIntoId", "createdById", "createdAt", "updatedAt"
      FROM "DetentionPlace"
     WHERE ${Prisma.join(conditions, " AND ")}
     ORDER BY name COLLATE "C", id
     LIMIT ${query.take + 1}`;
}

/** The active places of a country, for the report form's picker (a country holds tens, not thousands). */
export function listCountryPlaces(countryCode: string, take = 500) {
  return db().detentionPlace.findMany({
    where: { countryCode, status: "ACTIVE" },
    select: { id: true, name: true, type: true, locality: true },
    orderBy: [{ name: "asc" }, { id: "asc" }],
    take,
  });
}

/** The countries that have places in the registry, for the list's country filter. */
export async function placeCountryCodes(): Promise<string[]> {
  const rows = await db().detentionPlace.findMany({ where: { status: "ACTIVE" }, select: { countryCode: true }, distinct: ["countryCode"], orderBy: { countryCode: "asc" } });
  return rows.map((row) => row.countryCode);
}
