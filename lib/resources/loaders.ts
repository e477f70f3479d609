import "server-only";
import { forPage, loadViewer } from "@/lib/auth/viewer";
import { AppError } from "@/lib/errors";
import { firstValues, type SearchParams } from "@/lib/search-params";
import { newResourceForm, resourceForEdit, resourceList, resourcePage, resourcesAbout, resourcesOnRule, resourceVersionFor, searchResources } from "./library-service";
import { prepareUpload, uploadedFile } from "./resource-service";
import { resourceChoices } from "./attachment-service";
import { resourceListSchema } from "./schema";

export type { ResourcePage } from "./library-service";
export type { ResourceRow, ReferenceRow } from "./data";

export function loadResourceList(searchParams: SearchParams) {
  const filter = resourceListSchema.parse(firstValues(searchParams));
  return forPage("/resources", async (viewer) => ({ filter, ...(await resourceList(viewer, filter)) }));
}

export function loadResourcePage(id: string) {
  return forPage(`/resources/${encodeURIComponent(id)}`, (viewer) => resourcePage(viewer, id));
}

export function loadNewResourceForm() {
  return forPage("/resources/new", newResourceForm);
}

export function loadResourceForEdit(id: string) {
  return forPage(`/resources/${encodeURIComponent(id)}/edit`, (viewer) => resourceForEdit(viewer, id));
}

/**
 * The few resources tagged with a rule or a country, or published for an organization, for that page (`path`:
 * the page, to sign in back to). The rules hub calls `loadResourcesAbout("/rules/25", { rule: 25 })`.
 */
export function loadResourcesAbout(path: string, about: { rule: number } | { country: string } | { organizationId: string }, take?: number) {
  return forPage(path, (viewer) => resourcesAbout(viewer, about, take));
}

/** /search?what=resources: the library's text search (the board's page, a second scope). */
export function loadResourceSearch(searchParams: SearchParams) {
  const { q, after } = resourceListSchema.parse(firstValues(searchParams));
  return forPage("/search?what=resources", async (viewer) => ({ q, after, ...(await searchResources(viewer, q, after)) }));
}

/** The file a ticket names, for the form's second step (null when the ticket is not this member's or expired). */
export function loadUploadedFile(path: string, ticket: string | undefined) {
  return forPage(path, (viewer) => uploadedFile(viewer, ticket));
}

type RouteOutcome<T> = { ok: true; value: T } | { ok: false; code: string };

/** For the route handlers: the service's answer for the request's viewer, or the refusal's code (never thrown). */
async function forRoute<T>(read: (viewer: Awaited<ReturnType<typeof loadViewer>>) => Promise<T>): Promise<RouteOutcome<T>> {
  try {
    return { ok: true, value: await read(await loadViewer()) };
  } catch (error) {
    if (error instanceof AppError) return { ok: false, code: error.code };
    throw error;
  }
}

/** The download route (app/resources/[id]/download): the version to serve, or why not. */
export function loadResourceDownload(id: string, number: number | undefined) {
  return forRoute((viewer) => resourceVersionFor(viewer, id, number));
}

/** The upload route (app/resources/upload): who may upload now, where to go next, how to sign the file's ticket. */
export function loadUploadPermission(forResourceId: string | null) {
  return forRoute((viewer) => prepareUpload(viewer, forResourceId));
}

/** A rule's page: its newest resources, their count and countries (`loadResourcesOnRule("/rules/25", 25)`). */
export function loadResourcesOnRule(path: string, ruleNumber: number, take?: number) {
  return forPage(path, (viewer) => resourcesOnRule(viewer, ruleNumber, take));
}

/** The attachment picker's search route (app/resources/choices): resources the member may attach, by words. */
export function loadResourceChoices(q: string) {
  return forRoute((viewer) => resourceChoices(viewer, q));
}
export type { AttachmentCard } from "./data";
