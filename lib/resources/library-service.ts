import "server-only";
// Reading resources, for an explicit viewer: this is where their pages are authorized. Lists show only what the
// viewer may see (the data layer's visibleTo); a resource's page adds its versions, where it is referenced (as far
// as the viewer may read those), and what the viewer may do.
import { authorize } from "@/lib/auth/authorize";
import { isModerator } from "@/lib/auth/policy";
import type { SignedInViewer, Viewer } from "@/lib/auth/viewer-types";
import { listRegionChoices, listRepresentedOrganizations } from "@/lib/collaborations/data";
import { decodeTimeCursor, encodeTimeCursor } from "@/lib/cursor";
import { AppError } from "@/lib/errors";
import { prefixTsquery, searchTerms } from "@/lib/search/text";
import { findOrganizationBySlug, findResourceDetail, findVersion, listOrganizationsWithResources, listReferences, listResources, listResourceYears, resourceStatsOnRule, type ResourceRow } from "./data";
import { canDownloadResource, canEditResource, canFlagResource, canRestoreResource, canUseResources, canWithdrawResource, isAuthorSide } from "./policy";
import { readableResource } from "./resource-service";
import type { ResourceListFilter } from "./schema";

export const RESOURCES_PER_PAGE = 20;
/** Resources on a country's, an organization's or a rule's page. */
export const SHORT_LIST = 5;
const ORGANIZATION_CHOICES = 200;
const REFERENCES_SHOWN = 20;

const audience = (viewer: SignedInViewer) => ({ organizationIds: viewer.organizationIds });

/** The filter tokens of a list's address (an unknown organization matches nothing). */
function filterTokens(filter: ResourceListFilter, organizationId: string | null): string[] {
  const present = (kind: string, value: string | undefined) => (value ? [`${kind}:${value}`] : []);
  return [
    ...present("type", filter.type),
    ...present("country", filter.country),
    ...present("continent", filter.continent),
    ...present("region", filter.region),
    ...present("rule", filter.rule),
    ...present("language", filter.language),
    ...present("year", filter.year),
    ...(filter.organization ? [`organization:${organizationId ?? "-"}`] : []),
  ];
}

/** /resources: one page of the resources the viewer may see, filtered and searched, newest first; the filters' choices. */
export async function resourceList(requester: Viewer, filter: ResourceListFilter) {
  const viewer = authorize(requester, canUseResources);
  const organization = filter.organization ? await findOrganizationBySlug(filter.organization) : null;
  const cursor = decodeTimeCursor(filter.after, "string");
  const [rows, regions, organizations, years] = await Promise.all([
    listResources({ ...audience(viewer), tokens: filterTokens(filter, organization?.id ?? null), tsquery: prefixTsquery(searchTerms(filter.q)), cursor, take: RESOURCES_PER_PAGE }),
    listRegionChoices(),
    listOrganizationsWithResources(ORGANIZATION_CHOICES),
    listResourceYears(),
  ]);
  return { ...page(rows, RESOURCES_PER_PAGE), organization, choices: { regions, organizations, years } };
}

function page(rows: ResourceRow[], take: number) {
  const shown = rows.slice(0, take);
  const last = shown.at(-1);
  return { resources: shown, next: rows.length > take && last ? encodeTimeCursor(last.createdAt, last.id) : null };
}

/** The search page's resources scope: the same list, text only (the board's page shows it beside the posts). */
export async function searchResources(requester: Viewer, q: string | undefined, after: string | undefined) {
  const viewer = authorize(requester, canUseResources);
  const tsquery = prefixTsquery(searchTerms(q));
  if (!tsquery) return { resources: [], next: null, terms: [] as string[] };
  const rows = await listResources({ ...audience(viewer), tokens: [], tsquery, cursor: decodeTimeCursor(after, "string"), take: RESOURCES_PER_PAGE });
  return { ...page(rows, RESOURCES_PER_PAGE), terms: searchTerms(q) };
}

/** A resource's page, with its versions, where it is referenced, and what the viewer may do there. */
export async function resourcePage(requester: Viewer, id: string) {
  const viewer = authorize(requester, canUseResources);
  const access = await readableResource(viewer, id);
  const [detail, references] = await Promise.all([
    findResourceDetail(access.id),
    listReferences(access.id, { id: viewer.id, representativeOf: viewer.representativeOf, staff: isModerator(viewer) }, REFERENCES_SHOWN),
  ]);
  return {
    resource: { ...detail!, summarySource: undefined },
    references,
    authorSide: isAuthorSide(viewer, access),
    canEdit: canEditResource(viewer, access),
    canWithdraw: canWithdrawResource(viewer, access),
    canRestore: canRestoreResource(viewer, access),
    canFlag: canFlagResource(viewer, access),
  };
}

export type ResourcePage = Awaited<ReturnType<typeof resourcePage>>;

/** The new resource form: the organizations the viewer may publish for. */
export async function newResourceForm(requester: Viewer) {
  const viewer = authorize(requester, canUseResources);
  return { organizations: await listRepresentedOrganizations(viewer.id), language: viewer.locale };
}

/** The edit form: the resource as written, for its author side, with its current version. */
export async function resourceForEdit(requester: Viewer, id: string) {
  const viewer = authorize(requester, canUseResources);
  const access = await readableResource(viewer, id);
  if (!canEditResource(viewer, access)) throw new AppError("NOT_FOUND");
  const detail = (await findResourceDetail(access.id))!;
  return { resource: detail, current: detail.versions[0] ?? null };
}

/**
 * A version to download or follow (the current one without `number`), for whoever may read the resource. The
 * route hands a file to lib/files' response builder, and redirects to a link.
 */
export async function resourceVersionFor(requester: Viewer, id: string, number?: number) {
  const viewer = authorize(requester, canUseResources);
  const access = await readableResource(viewer, id);
  if (!canDownloadResource(viewer, access)) throw new AppError("NOT_FOUND");
  const version = await findVersion(access.id, number ?? access.versionCount);
  if (!version) throw new AppError("NOT_FOUND");
  return { title: access.title, version };
}

/**
 * The few newest resources tagged with a rule or a country, or published for an organization, that the viewer
 * may see — for the rule, country and organization pages — and whether there are more (the list's link).
 */
export async function resourcesAbout(requester: Viewer, about: { rule: number } | { country: string } | { organizationId: string }, take = SHORT_LIST) {
  const viewer = authorize(requester, canUseResources);
  const token = "rule" in about ? `rule:${about.rule}` : "country" in about ? `country:${about.country.toUpperCase()}` : `organization:${about.organizationId}`;
  const rows = await listResources({ ...audience(viewer), tokens: [token], tsquery: null, cursor: null, take });
  return { resources: rows.slice(0, take), more: rows.length > take };
}

/**
 * A rule's page (`/rules/[number]`): the newest resources on the rule the viewer may see, how many there are and the
 * countries they concern (the hub's TagStats shape).
 */
export async function resourcesOnRule(requester: Viewer, ruleNumber: number, take = SHORT_LIST) {
  const viewer = authorize(requester, canUseResources);
  if (!Number.isInteger(ruleNumber) || ruleNumber < 1 || ruleNumber > 70) throw new AppError("NOT_FOUND");
  const [rows, stats] = await Promise.all([listResources({ ...audience(viewer), tokens: [`rule:${ruleNumber}`], tsquery: null, cursor: null, take }), resourceStatsOnRule(audience(viewer), ruleNumber)]);
  return { items: rows.slice(0, take), ...stats };
}
