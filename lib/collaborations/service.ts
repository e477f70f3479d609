import "server-only";
// Reading collaboration requests, for an explicit viewer: this is where their pages are authorized. Lists show
// only what the viewer may see (the data layer's visibleTo); a request's page adds its responses for its author
// side only, the viewer's own responses, and for the author side the members who fit it.
import { authorize } from "@/lib/auth/authorize";
import type { SignedInViewer, Viewer } from "@/lib/auth/viewer-types";
import { AppError } from "@/lib/errors";
import { markVisitedRead } from "@/lib/notifications/mutations";
import type { Visit } from "@/lib/notifications/schema";
import { prefixTsquery, searchTerms } from "@/lib/search/text";
import {
  findOrganizationBySlug,
  findOwnMatchProfile,
  findOwnWorkspace,
  findRepresentativeIds,
  findRequestAccess,
  findRequestDetail,
  findRequestTokens,
  listOwnResponses,
  listOrganizationsWithRequests,
  listRegionChoices,
  listRepresentedOrganizations,
  listRequests,
  listResponses,
  matchMembers,
  matchRequests,
  type RequestAccessRow,
  type RequestRow,
} from "./data";
import { closeRegions, helpTsquery, matchReasons, candidateTokens, profileTokens, tokenGroups, type MatchReasons } from "./format";
import {
  canCloseRequest,
  canDecideResponse,
  canEditRequest,
  canFlagRequest,
  canInvite,
  canManageRequest,
  canReadOutcome,
  canReadRequest,
  canReopenRequest,
  canRespond,
  canStartWork,
  canUseCollaborations,
  canWithdrawResponse,
  takesInterest,
} from "./policy";
import { decodeListCursor, encodeListCursor, todayUtc, type RequestListFilter } from "./schema";
import { listAttachmentCards } from "@/lib/resources/data";

export const REQUESTS_PER_PAGE = 20;
/** Matches shown on /collaborations, on the member home, and members shown to an author. */
export const MATCHES_ON_LIST = 5;
export const MATCHES_ON_HOME = 3;
export const MEMBER_MATCHES = 8;
/** Requests on a country's or an organization's page. */
export const SHORT_LIST = 5;
/** Organizations the list's filter offers (those that posted requests, by name). */
const ORGANIZATION_CHOICES = 200;

const audience = (viewer: SignedInViewer) => ({ viewerId: viewer.id, representativeOf: viewer.representativeOf });

/** The request as the policies see it, if the viewer may read it; NOT_FOUND otherwise (a refused request does not exist). */
async function readableRequest(viewer: SignedInViewer, id: string): Promise<RequestAccessRow> {
  const request = /^[a-z0-9]{1,40}$/.test(id) ? await findRequestAccess(id) : null;
  if (!request || !canReadRequest(viewer, request)) throw new AppError("NOT_FOUND");
  return request;
}

/** /collaborations: one page of the requests the viewer may see, filtered, and the open ones that fit them best. */
export async function collaborationList(requester: Viewer, filter: RequestListFilter) {
  const viewer = authorize(requester, canUseCollaborations);
  const organization = filter.organization ? await findOrganizationBySlug(filter.organization) : null;
  const present = (kind: string, value: string | undefined) => (value ? [`${kind}:${value}`] : []);
  const tokens = [
    ...present("kind", filter.kind),
    ...present("country", filter.country),
    ...present("continent", filter.continent),
    ...present("region", filter.region),
    ...present("rule", filter.rule),
    ...present("language", filter.language),
    ...(filter.organization ? [`organization:${organization?.id ?? "-"}`] : []),
  ];
  const cursor = decodeListCursor(filter.after);
  const [rows, matches, regions, organizations] = await Promise.all([
    listRequests({ ...audience(viewer), tokens, tsquery: prefixTsquery(searchTerms(filter.q)), state: filter.state, sort: filter.sort, today: todayUtc(), cursor, take: REQUESTS_PER_PAGE }),
    filter.after ? Promise.resolve([]) : requestMatches(viewer, MATCHES_ON_LIST),
    listRegionChoices(),
    listOrganizationsWithRequests(ORGANIZATION_CHOICES),
  ]);
  const shown = rows.slice(0, REQUESTS_PER_PAGE);
  const last = shown.at(-1);
  const next = rows.length > REQUESTS_PER_PAGE && last ? encodeListCursor({ key: filter.sort === "newest" ? last.createdAt.toISOString() : last.deadline, id: last.id }) : null;
  return { requests: shown, next, matches, organization, choices: { regions, organizations } };
}

export type RequestMatch = RequestRow & { reasons: MatchReasons };

/** The open requests that fit the viewer's profile best, with the reasons (none without a profile to go by). */
async function requestMatches(viewer: SignedInViewer, take: number): Promise<RequestMatch[]> {
  const profile = await findOwnMatchProfile(viewer.id);
  if (!profile) return [];
  const places = profile.country ? [profile.country] : [];
  const tokens = profileTokens({ country: profile.country, languages: profile.languages, areasOfWork: profile.areasOfWork, ruleNumbers: profile.ruleInterests.map((row) => row.ruleNumber) });
  const groups = tokenGroups(tokens, places);
  const strong = candidateTokens(groups);
  const help = helpTsquery(profile.canHelpWith);
  if (strong.length === 0 && !help) return [];
  const rows = await matchRequests({ ...audience(viewer), groups, tokens, strong, helpTsquery: help, today: todayUtc(), take });
  const close = closeRegions(places);
  return rows.map(({ shared, helps, score: _score, ...row }) => ({ ...row, reasons: matchReasons(shared, { helps, close }) }));
}

/** The member home's short list of requests that fit. */
export async function homeMatches(requester: Viewer): Promise<RequestMatch[]> {
  const viewer = authorize(requester, canUseCollaborations);
  return requestMatches(viewer, MATCHES_ON_HOME);
}

/** A request's page, with what the viewer may do there; the viewer's notifications about it are read (if the bell counts some). */
export async function requestPage(requester: Viewer, id: string, visit: Visit = {}) {
  const viewer = authorize(requester, canUseCollaborations);
  const access = await readableRequest(viewer, id);
  if (visit.unreadNotifications) await markVisitedRead(viewer.id, { subjectType: "CollaborationRequest", subjectId: access.id });
  const detail = (await findRequestDetail(access.id))!;
  const manages = canManageRequest(viewer, access);
  const [responses, ownResponses, fitting, organizations, workspaceId, attachments] = await Promise.all([
    manages ? listResponses(access.id) : Promise.resolve([]),
    manages ? Promise.resolve([]) : listOwnResponses(access.id, viewer.id),
    canInvite(viewer, access) ? membersWhoFit(access) : Promise.resolve([]),
    canRespond(viewer, access) ? listRepresentedOrganizations(viewer.id) : Promise.resolve([]),
    findOwnWorkspace(access.id, viewer.id),
    // The resources it carries, as this viewer may see them.
    listAttachmentCards("request", [access.id], { organizationIds: viewer.organizationIds }),
  ]);
  const accepted = ownResponses.some((response) => response.status === "ACCEPTED");
  const hasOpenResponse = ownResponses.some((response) => response.status === "OPEN" || response.status === "ACCEPTED");
  const withPermissions = (list: typeof responses) =>
    list.map((response) => ({ ...response, canDecide: canDecideResponse(viewer, access, response), canWithdraw: canWithdrawResponse(viewer, access, response) }));
  return {
    request: {
      ...detail,
      outcome: canReadOutcome(viewer, access, accepted) ? detail.outcome : null,
      // The names on a NAMED request are the author side's to see.
      named: manages ? detail.named : [],
      source: undefined,
      attachments: attachments.get(access.id) ?? [],
    },
    takesInterest: takesInterest(access),
    manages,
    canEdit: canEditRequest(viewer, access),
    canClose: canCloseRequest(viewer, access),
    canStart: canStartWork(viewer, access),
    canReopen: canReopenRequest(viewer, access),
    canRespond: canRespond(viewer, access) && !hasOpenResponse,
    canFlag: canFlagRequest(viewer, access),
    /** Read only because it is flagged to a moderator (not meant for them). */
    readAsModerator: !manages && access.visibility === "NAMED" && !access.namedUserIds.includes(viewer.id),
    responses: withPermissions(responses),
    ownResponses: withPermissions(ownResponses),
    fitting,
    organizations,
    /** The workspace's conversation, for its participants only. */
    workspaceId,
  };
}

export type RequestPage = Awaited<ReturnType<typeof requestPage>>;

/** Listed members who fit the request by what they show the network, with the reasons; for NAMED ones, only those named. */
async function membersWhoFit(access: RequestAccessRow) {
  const request = await findRequestTokens(access.id);
  if (!request) return [];
  const groups = tokenGroups(request.tokens, request.places);
  const strong = candidateTokens(groups);
  if (strong.length === 0) return [];
  const representatives = access.organizationId ? await findRepresentativeIds(access.organizationId) : [];
  const rows = await matchMembers({
    requestId: access.id,
    groups,
    tokens: request.tokens,
    strong,
    excluded: [access.authorId, ...representatives],
    namedOnly: access.visibility === "NAMED" ? [...access.namedUserIds] : null,
    take: MEMBER_MATCHES,
  });
  const close = closeRegions(request.places);
  return rows.map((row) => ({ handle: row.handle, displayName: row.displayName ?? "", invited: row.invited, reasons: matchReasons(row.shared, { close }) }));
}

/** The new request form: the organizations the viewer may post for. */
export async function newRequestForm(requester: Viewer) {
  const viewer = authorize(requester, canUseCollaborations);
  return { organizations: await listRepresentedOrganizations(viewer.id), language: viewer.locale };
}

/** The edit form: the request as written, for its author side. */
export async function requestForEdit(requester: Viewer, id: string) {
  const viewer = authorize(requester, canUseCollaborations);
  const access = await readableRequest(viewer, id);
  if (!canEditRequest(viewer, access)) throw new AppError("NOT_FOUND");
  const [detail, cards] = await Promise.all([findRequestDetail(access.id), listAttachmentCards("request", [access.id], { organizationIds: viewer.organizationIds })]);
  // What it carries now, as its author may still attach it (what she no longer may is left out, and dropped on save).
  const attachments = (cards.get(access.id) ?? []).flatMap((card) => (card.available ? [{ id: card.id, title: card.title }] : []));
  return { request: detail!, attachments };
}

/** A country's or an organization's page: a few requests about it the viewer may see, open ones first (newest). */
export async function requestsAbout(requester: Viewer, about: { country: string } | { organizationId: string }) {
  const viewer = authorize(requester, canUseCollaborations);
  const token = "country" in about ? `country:${about.country.toUpperCase()}` : `organization:${about.organizationId}`;
  const rows = await listRequests({ ...audience(viewer), tokens: [token], tsquery: null, state: "open", sort: "newest", today: todayUtc(), cursor: null, take: SHORT_LIST });
  return { requests: rows.slice(0, SHORT_LIST), more: rows.length > SHORT_LIST };
}
