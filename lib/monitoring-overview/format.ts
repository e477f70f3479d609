// The matrix's arithmetic, pure: how a filter is counted (the kept counts or a count over the findings), which
// column a country falls in, cells added up by column, and the shares a cell's bar draws. Unit-tested.
import type { Assessment, Grouping, MatrixFilter } from "./schema";

export type Counts = { complies: number; partlyComplies: number; doesNotComply: number; notAssessed: number };
export type CountryCell = Counts & { ruleNumber: number; countryCode: string };
export type GeoCountry = { code: string; continentCode: string | null; subregionCode: string | null; intermediateRegionCode: string | null };

/** The order in which assessments are shown and counted. */
export const ASSESSMENT_ORDER: ReadonlyArray<{ assessment: Assessment; key: keyof Counts }> = [
  { assessment: "COMPLIES", key: "complies" },
  { assessment: "PARTLY_COMPLIES", key: "partlyComplies" },
  { assessment: "DOES_NOT_COMPLY", key: "doesNotComply" },
  { assessment: "NOT_ASSESSED", key: "notAssessed" },
];

export const noCounts = (): Counts => ({ complies: 0, partlyComplies: 0, doesNotComply: 0, notAssessed: 0 });

export function total(counts: Counts): number {
  return counts.complies + counts.partlyComplies + counts.doesNotComply + counts.notAssessed;
}

export function addCounts(into: Counts, add: Counts): Counts {
  for (const { key } of ASSESSMENT_ORDER) into[key] += add[key];
  return into;
}

/** What the kept counts (MonitoringMatrixCount) hold beside the whole network's: the values a single filter can take. */
export type KeptTokens = { types: string[]; years: number[]; organizationIds: string[] };

export function parseTokens(tokens: readonly string[]): KeptTokens {
  const of = (prefix: string) => tokens.filter((token) => token.startsWith(prefix)).map((token) => token.slice(prefix.length));
  return { types: of("type:"), years: of("year:").map(Number).sort((a, b) => b - a), organizationIds: of("organization:") };
}

export type CountingPlan =
  | { kind: "kept"; tokens: string[] }
  | { kind: "live"; type: string | null; fromYear: number | null; toYear: number | null; organizationId: string | null }
  | { kind: "nothing" };

/**
 * How to count a matrix: with no filter or one (a place type, a period, an organization) the kept counts answer,
 * a period as the sum of its years' counts; two or more are counted over the findings. The geography never
 * changes the plan (it only narrows the countries). `organizationId` is null when the filtered organization
 * does not exist (nothing to count).
 */
export function countingPlan(filter: Pick<MatrixFilter, "type" | "from" | "to" | "organization">, yearsPresent: readonly number[], organizationId: string | null | undefined): CountingPlan {
  if (filter.organization && !organizationId) return { kind: "nothing" };
  const [fromYear, toYear] = filter.from && filter.to && filter.from > filter.to ? [filter.to, filter.from] : [filter.from ?? null, filter.to ?? null];
  const period = fromYear !== null || toYear !== null;
  const narrowing = [Boolean(filter.type), period, Boolean(filter.organization)].filter(Boolean).length;
  if (narrowing > 1) return { kind: "live", type: filter.type ?? null, fromYear, toYear, organizationId: organizationId ?? null };
  if (filter.type) return { kind: "kept", tokens: [`type:${filter.type}`] };
  if (organizationId) return { kind: "kept", tokens: [`organization:${organizationId}`] };
  if (period) {
    const years = yearsPresent.filter((year) => (fromYear === null || year >= fromYear) && (toYear === null || year <= toYear));
    return years.length ? { kind: "kept", tokens: years.map((year) => `year:${year}`) } : { kind: "nothing" };
  }
  return { kind: "kept", tokens: [""] };
}

/** A country's close region: its intermediate region, else its sub-region (as the directory groups them). */
export const closeRegion = (country: GeoCountry): string | null => country.intermediateRegionCode ?? country.subregionCode;

/** The countries a continent or region filter keeps (null: no such filter, every country). */
export function countriesIn(countries: readonly GeoCountry[], filter: { continent?: string; region?: string }): string[] | null {
  if (!filter.continent && !filter.region) return null;
  return countries
    .filter((country) => (!filter.continent || country.continentCode === filter.continent) && (!filter.region || country.subregionCode === filter.region || closeRegion(country) === filter.region))
    .map((country) => country.code);
}

/** The column a country's findings are shown in. */
export function columnOf(country: GeoCountry | undefined, code: string, grouping: Grouping): string {
  if (grouping === "country" || !country) return code;
  return (grouping === "continent" ? country.continentCode : closeRegion(country)) ?? code;
}

export type Matrix = { columns: Array<{ code: string; total: number }>; cells: Map<string, Counts>; ruleTotals: Map<number, number>; total: number };

export const cellKey = (ruleNumber: number, column: string) => `${ruleNumber}:${column}`;

/** The country cells added up into the grouping's columns; columns by most findings first (the page sorts by name). */
export function buildMatrix(rows: readonly CountryCell[], countries: ReadonlyMap<string, GeoCountry>, grouping: Grouping): Matrix {
  const cells = new Map<string, Counts>();
  const columns = new Map<string, number>();
  const ruleTotals = new Map<number, number>();
  let sum = 0;
  for (const row of rows) {
    const n = total(row);
    if (n === 0) continue;
    const column = columnOf(countries.get(row.countryCode), row.countryCode, grouping);
    const key = cellKey(row.ruleNumber, column);
    cells.set(key, addCounts(cells.get(key) ?? noCounts(), row));
    columns.set(column, (columns.get(column) ?? 0) + n);
    ruleTotals.set(row.ruleNumber, (ruleTotals.get(row.ruleNumber) ?? 0) + n);
    sum += n;
  }
  return { columns: [...columns].map(([code, n]) => ({ code, total: n })).sort((a, b) => b.total - a.total || a.code.localeCompare(b.code)), cells, ruleTotals, total: sum };
}

/** Each assessment's share of a cell, in percent, rounded so that they add up to 100 (for the cell's bar). */
export function shares(counts: Counts): Array<{ assessment: Assessment; percent: number }> {
  const n = total(counts);
  if (n === 0) return [];
  const raw = ASSESSMENT_ORDER.map(({ assessment, key }) => ({ assessment, exact: (counts[key] / n) * 100 }));
  const floors = raw.map((part) => ({ ...part, percent: Math.floor(part.exact) }));
  let left = 100 - floors.reduce((sum, part) => sum + part.percent, 0);
  for (const part of [...floors].sort((a, b) => b.exact - b.percent - (a.exact - a.percent))) {
    if (left <= 0) break;
    part.percent += 1;
    left -= 1;
  }
  return floors.filter((part) => counts[ASSESSMENT_ORDER.find((o) => o.assessment === part.assessment)!.key] > 0).map(({ assessment, percent }) => ({ assessment, percent }));
}
