import "server-only";
// The rules hub, for an explicit viewer: this is where its pages are authorized. /rules shows the kept activity
// (the same for every viewer: what any member may list); a rule's page composes one section per kind of content,
// each read live for the viewer from its own data function, in a fixed number of queries whatever the network's
// size. Resources join as one more section (README, "The Bangkok Rules hub").
import { authorize } from "@/lib/auth/authorize";
import type { SignedInViewer, Viewer } from "@/lib/auth/viewer-types";
import { canModerateBoard } from "@/lib/board/policy";
import type { ThreadRow } from "@/lib/board/data";
import { listRequests, type RequestRow } from "@/lib/collaborations/data";
import { todayUtc } from "@/lib/collaborations/schema";
import { decodeTimeCursor, encodeTimeCursor } from "@/lib/cursor";
import { searchDirectory } from "@/lib/directory/data";
import type { DirectoryFilter } from "@/lib/directory/schema";
import { AppError } from "@/lib/errors";
import { listDirectoryCards } from "@/lib/profiles/data";
import { keptThreadStats, listRuleActivity, listRuleThreads, ruleOrganizationCount, ruleRequestStats, ruleThreadStats, type TagStats } from "./data";
import { rankRuleActivity } from "./format";
import { canUseRulesHub } from "./policy";
import { BANGKOK_RULE_COUNT, isRuleNumber } from "./reference-data";

/** How many items each section of a rule's page shows before its "see all". */
export const RULE_PAGE_LIST = 5;
/** Members shown on a rule's page (the directory, filtered by the rule, has them all). */
export const RULE_PAGE_MEMBERS = 6;
/** Organizations shown on a rule's page, best represented first. */
export const RULE_PAGE_ORGANIZATIONS = 10;
/** Threads per page of /rules/[number]/threads. */
export const RULE_THREADS_PER_PAGE = 30;

/** /rules: every rule's kept activity, the busiest and the least covered, and when it was counted. */
export async function rulesHub(requester: Viewer) {
  authorize(requester, canUseRulesHub);
  const rows = await listRuleActivity();
  return { activity: new Map(rows.map((row) => [row.ruleNumber, row])), ...rankRuleActivity(rows, BANGKOK_RULE_COUNT), refreshedAt: rows[0]?.refreshedAt ?? null };
}

function ruleOrNotFound(ruleNumber: number) {
  if (!isRuleNumber(ruleNumber)) throw new AppError("NOT_FOUND");
}

/** A rule's page: what the network has on it that this viewer may list, one section per kind of content. */
export async function rulePage(requester: Viewer, ruleNumber: number) {
  const viewer = authorize(requester, canUseRulesHub);
  ruleOrNotFound(ruleNumber);
  const [threads, requests, people] = await Promise.all([threadSection(viewer, ruleNumber), requestSection(viewer, ruleNumber), peopleSection(ruleNumber)]);
  return { ruleNumber, threads, requests, ...people };
}

export type RulePage = Awaited<ReturnType<typeof rulePage>>;

/**
 * The latest threads on the rule, and their count and countries. For members these are the kept counts (exactly
 * what any member may list, as of the last refresh): counting a busy rule's thousands of threads on every view
 * is what the aggregate avoids. Staff, who also list staff-only and hidden-opening threads, get them counted now,
 * as does everyone before the first refresh. Two queries (three before the first refresh).
 */
async function threadSection(viewer: SignedInViewer, ruleNumber: number) {
  const staff = canModerateBoard(viewer);
  const stats = async (): Promise<TagStats & { countedAt: Date | null }> =>
    (!staff ? await keptThreadStats(ruleNumber) : null) ?? { ...(await ruleThreadStats(ruleNumber, staff)), countedAt: null };
  const [rows, counted] = await Promise.all([listRuleThreads({ ruleNumber, viewerId: viewer.id, staff, cursor: null, take: RULE_PAGE_LIST }), stats()]);
  return { items: rows.slice(0, RULE_PAGE_LIST).map(threadItem), ...counted };
}

/** Requests taking interest first, then the closed ones, with the count and countries: three queries. */
async function requestSection(viewer: SignedInViewer, ruleNumber: number) {
  const audience = { viewerId: viewer.id, representativeOf: viewer.representativeOf };
  const today = todayUtc();
  const list = (state: "open" | "closed") =>
    listRequests({ ...audience, tokens: [`rule:${ruleNumber}`], tsquery: null, state, sort: "newest", today, cursor: null, take: RULE_PAGE_LIST });
  const [open, closed, stats] = await Promise.all([list("open"), list("closed"), ruleRequestStats(ruleNumber, audience, today)]);
  const items: RequestRow[] = [...open.slice(0, RULE_PAGE_LIST), ...closed].slice(0, RULE_PAGE_LIST);
  return { items, ...stats };
}

/**
 * Members and organizations as the directory shows them to any member (listed members, only where they show the
 * rule, their country and their organizations), through the directory's own queries: ten (the cards read what each shows).
 */
async function peopleSection(ruleNumber: number) {
  const filter: DirectoryFilter = { rule: String(ruleNumber), sort: "name" };
  const [{ rows, facets }, organizationCount] = await Promise.all([searchDirectory(filter, null, RULE_PAGE_MEMBERS), ruleOrganizationCount(ruleNumber)]);
  const cards = await listDirectoryCards(rows.map((row) => row.userId));
  return {
    members: {
      items: cards,
      count: facets.rule.find((row) => row.value === String(ruleNumber))?.count ?? 0,
      countries: facets.geography.map(({ value, count }) => ({ code: value, count })),
    },
    organizations: { items: facets.organization.slice(0, RULE_PAGE_ORGANIZATIONS), count: organizationCount },
  };
}

export type RuleThreadItem = ThreadRow & { unread: number; isNew: boolean };

/** As the board's lists mark them: unread replies, and "new" for a recent thread the viewer never opened. */
function threadItem(row: ThreadRow): RuleThreadItem {
  const read = row.lastReadNumber ?? 0;
  const twoWeeksAgo = new Date(Date.now() - 14 * 24 * 60 * 60 * 1000);
  return { ...row, unread: read > 0 ? Math.max(0, row.lastPostNumber - read) : 0, isNew: row.lastReadNumber === null && row.lastPostedAt > twoWeeksAgo };
}

/** Every thread on the rule the viewer may list, latest activity first, a page at a time: one query. */
export async function ruleThreads(requester: Viewer, ruleNumber: number, after: string | undefined) {
  const viewer = authorize(requester, canUseRulesHub);
  ruleOrNotFound(ruleNumber);
  const rows = await listRuleThreads({ ruleNumber, viewerId: viewer.id, staff: canModerateBoard(viewer), cursor: decodeTimeCursor(after, "number"), take: RULE_THREADS_PER_PAGE });
  const items = rows.slice(0, RULE_THREADS_PER_PAGE).map(threadItem);
  const last = items.at(-1);
  return { ruleNumber, items, next: rows.length > RULE_THREADS_PER_PAGE && last ? encodeTimeCursor(last.lastPostedAt, last.id) : null };
}
