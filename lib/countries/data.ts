import "server-only";
import { db } from "@/lib/db";
import { NO_PERMANENT_POPULATION } from "./schema";

// Reads of the country reference (names by UI language in Country.names; see lib/countries/names.ts).

const workCountries = { code: { notIn: [...NO_PERMANENT_POPULATION] } };

/** Every country one can work in, with its names by UI language (Country.names). */
export function listCountries() {
  return db().country.findMany({ where: workCountries, select: { code: true, names: true, name: true }, orderBy: { name: "asc" } });
}

/** Whether `code` is a country one can work in (see NO_PERMANENT_POPULATION). */
export async function countryExists(code: string): Promise<boolean> {
  return (await db().country.count({ where: { AND: [{ code }, workCountries] } })) === 1;
}

/** The names of these countries (any country of the reference, inhabited or not). */
export function findCountryNames(codes: string[]) {
  return db().country.findMany({ where: { code: { in: codes } }, select: { code: true, names: true, name: true } });
}

/** Every country one can work in, with what the countries page groups and draws them by. */
export function listCountriesForMap() {
  return db().country.findMany({
    where: workCountries,
    select: { code: true, name: true, names: true, numericCode: true, continentCode: true, subregionCode: true, intermediateRegionCode: true },
  });
}

export function findCountry(code: string) {
  return db().country.findFirst({ where: { AND: [{ code }, workCountries] }, select: { code: true, name: true, names: true, continentCode: true } });
}

/** Which of these codes are countries one can work in. */
export async function existingCountries(codes: string[]): Promise<Set<string>> {
  const rows = await db().country.findMany({ where: { AND: [{ code: { in: codes } }, workCountries] }, select: { code: true } });
  return new Set(rows.map((row) => row.code));
}
