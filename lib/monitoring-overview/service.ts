import "server-only";
// The monitoring picture, for an explicit viewer: where /monitoring, /monitoring/findings and a rule page's
// findings section are authorized. What is counted and listed is the network's: findings of reports PUBLISHED
// to the NETWORK, the same for every member (we chose not to add a viewer's organization-only reports, so that
// the picture one member sees and quotes is the picture every member sees; those reports are read on the
// organization's own report list). Fixed query counts: the matrix four, the findings three, the rule section two.
import { authorize } from "@/lib/auth/authorize";
import type { Viewer } from "@/lib/auth/viewer-types";
import { isRuleNumber } from "@/lib/bangkok-rules/reference-data";
import { listCountriesForMap } from "@/lib/countries/data";
import { decodeTimeCursor, encodeTimeCursor } from "@/lib/cursor";
import { AppError } from "@/lib/errors";
import { canUseMonitoring } from "@/lib/monitoring/policy";
import {
  findOrganizationBySlug,
  findOrganizations,
  keptMatrixQuery,
  listFindings,
  listMatrixTokens,
  liveMatrixQuery,
  readMatrixCells,
  ruleCountryCounts,
  type FindingRow,
} from "./data";
import { addCounts, buildMatrix, countingPlan, countriesIn, noCounts, parseTokens, total, type CountryCell } from "./format";
import type { FindingsFilter, MatrixFilter } from "./schema";

/** Findings per page of /monitoring/findings. */
export const FINDINGS_PER_PAGE = 20;
/** The newest findings a rule's page shows. */
export const RULE_PAGE_FINDINGS = 3;

/** /monitoring: the rules × countries (or regions, continents) matrix of the network's findings, and its filters' choices. */
export async function monitoringMatrix(requester: Viewer, filter: MatrixFilter) {
  authorize(requester, canUseMonitoring);
  const grouping = filter.by ?? "country";
  const [tokens, countries] = await Promise.all([listMatrixTokens(), listCountriesForMap()]);
  const kept = parseTokens(tokens);
  const countryCodes = countriesIn(countries, filter);
  const count = async (organizationId: string | null | undefined): Promise<CountryCell[]> => {
    const plan = countingPlan(filter, kept.years, organizationId);
    if (plan.kind === "kept") return readMatrixCells(keptMatrixQuery(plan.tokens, countryCodes));
    if (plan.kind === "live") return readMatrixCells(liveMatrixQuery({ ...plan, countryCodes }));
    return [];
  };
  // The organizations' names and the counts are read together, unless the counts need the filtered organization's id.
  const organizationsRead = findOrganizations(kept.organizationIds, filter.organization);
  const [organizations, cells] = filter.organization
    ? await organizationsRead.then(async (rows) => [rows, await count(rows.find((row) => row.slug === filter.organization)?.id ?? null)] as const)
    : await Promise.all([organizationsRead, count(undefined)]);
  const plan = countingPlan(filter, kept.years, filter.organization ? (organizations.find((row) => row.slug === filter.organization)?.id ?? null) : undefined);
  const geo = new Map(countries.map((country) => [country.code, country]));
  return {
    filter,
    grouping,
    counted: plan.kind === "live" ? ("now" as const) : ("kept" as const),
    matrix: buildMatrix(cells, geo, grouping),
    countries,
    choices: {
      types: kept.types,
      years: kept.years,
      organizations: organizations.filter((row) => kept.organizationIds.includes(row.id) || row.slug === filter.organization).map(({ slug, name }) => ({ slug, name })),
    },
  };
}

export type MonitoringMatrix = Awaited<ReturnType<typeof monitoringMatrix>>;

/** /monitoring/findings: the findings behind a cell (or any filter), newest visit first, a page at a time; the countries name them. */
export async function monitoringFindings(requester: Viewer, filter: FindingsFilter) {
  authorize(requester, canUseMonitoring);
  const [organization, countries] = await Promise.all([
    filter.organization ? findOrganizationBySlug(filter.organization) : null,
    listCountriesForMap(),
  ]);
  if (filter.organization && !organization) return { filter, organization: null, countries, items: [] as FindingRow[], next: null };
  const [fromYear, toYear] = filter.from && filter.to && filter.from > filter.to ? [filter.to, filter.from] : [filter.from ?? null, filter.to ?? null];
  const rows = await listFindings({
    ruleNumber: filter.rule ?? null,
    countryCodes: filter.country ? [filter.country] : countriesIn(countries, filter),
    assessment: filter.assessment ?? null,
    type: filter.type ?? null,
    fromYear,
    toYear,
    organizationId: organization?.id ?? null,
    cursor: decodeTimeCursor(filter.after, "string"),
    take: FINDINGS_PER_PAGE,
  });
  const items = rows.slice(0, FINDINGS_PER_PAGE);
  const last = items.at(-1);
  return { filter, organization, countries, items, next: rows.length > FINDINGS_PER_PAGE && last ? encodeTimeCursor(last.visitStartedOn, last.id) : null };
}

/** A rule's page: the network's findings on the rule by assessment, the countries involved, the newest few. Two queries. */
export async function findingsOnRule(requester: Viewer, ruleNumber: number) {
  authorize(requester, canUseMonitoring);
  if (!isRuleNumber(ruleNumber)) throw new AppError("NOT_FOUND");
  const [byCountry, rows] = await Promise.all([
    ruleCountryCounts(ruleNumber),
    listFindings({ ruleNumber, countryCodes: null, assessment: null, type: null, fromYear: null, toYear: null, organizationId: null, cursor: null, take: RULE_PAGE_FINDINGS }),
  ]);
  const counts = byCountry.reduce((sum, row) => addCounts(sum, row), noCounts());
  return {
    ruleNumber,
    counts,
    count: total(counts),
    countries: byCountry.map((row) => ({ code: row.countryCode, count: total(row) })).sort((a, b) => b.count - a.count || a.code.localeCompare(b.code)),
    items: rows.slice(0, RULE_PAGE_FINDINGS),
  };
}
