import "server-only";
// Reading the board, for an explicit viewer: this is where its pages are authorized. Lists and threads read
// kept counters and cooked HTML only; opening a thread records how far the member read.
import { authorize } from "@/lib/auth/authorize";
import { decodeTimeCursor, encodeTimeCursor } from "@/lib/cursor";
import type { Viewer } from "@/lib/auth/viewer-types";
import { AppError } from "@/lib/errors";
import { findApprovedAt, findCategoryWatchLevel, findQuotableSource, findThreadHead, listCategories, listPosts, listReactors, listThreads, type PostRow, type ThreadRow } from "./data";
import { markVisitedRead } from "@/lib/notifications/mutations";
import type { Visit } from "@/lib/notifications/schema";
import { markAllThreadsRead, markRead, setCategoryWatchLevel, setThreadWatchLevel } from "./mutations";
import { canEditPost, canFlagPost, canModerateBoard, canReactToPost, canReadBoard, canReadThread, canReply, canSeeHiddenPost, canStartThread } from "./policy";
import { canMute } from "@/lib/safety/policy";
import { listAttachmentCards, type AttachmentCard } from "@/lib/resources/data";
import { pageOfPost, POSTS_PER_PAGE, type ThreadListFilter } from "./schema";

/** Threads a list page shows. */
export const THREADS_PER_PAGE = 30;
/** How far back a thread the member never opened counts as "new". */
const NEW_WINDOW_MS = 14 * 24 * 60 * 60 * 1000;

export type ThreadListItem = ThreadRow & { unread: number; isNew: boolean };

/** /board and a category's page: the categories, and one page of threads in the chosen view. */
export async function boardOverview(requester: Viewer, filter: ThreadListFilter, categorySlug?: string) {
  const viewer = authorize(requester, canReadBoard);
  const staff = canModerateBoard(viewer);
  const categories = await listCategories(staff);
  const category = categorySlug ? categories.find((row) => row.slug === categorySlug) : null;
  if (categorySlug && !category) throw new AppError("NOT_FOUND");
  const twoWeeksAgo = new Date(Date.now() - NEW_WINDOW_MS);
  const approvedAt = filter.view === "new" ? await findApprovedAt(viewer.id) : null;
  const rows = await listThreads({
    viewerId: viewer.id,
    staff,
    view: filter.view,
    categoryId: category?.id ?? null,
    newSince: approvedAt && approvedAt > twoWeeksAgo ? approvedAt : twoWeeksAgo,
    cursor: decodeTimeCursor(filter.after, "number"),
    take: THREADS_PER_PAGE,
  });
  const threads = rows.slice(0, THREADS_PER_PAGE).map((row) => listItem(row, twoWeeksAgo));
  const watchLevel = category ? ((await findCategoryWatchLevel(viewer.id, category.id)) ?? "NORMAL") : null;
  const last = threads.at(-1);
  return {
    categories,
    category: category ?? null,
    threads,
    next: rows.length > THREADS_PER_PAGE && last ? encodeTimeCursor(last.lastPostedAt, last.id) : null,
    canStartHere: category ? canStartThread(viewer, category) : categories.some((row) => canStartThread(viewer, row)),
    watchLevel,
  };
}

function listItem(row: ThreadRow, twoWeeksAgo: Date): ThreadListItem {
  const read = row.lastReadNumber ?? 0;
  return { ...row, unread: read > 0 ? Math.max(0, row.lastPostNumber - read) : 0, isNew: row.lastReadNumber === null && row.lastPostedAt > twoWeeksAgo };
}

export type ThreadPosition = { page?: number; post?: number; quote?: number; who?: number };

/**
 * A page of a thread: an explicit page, the page holding a post (a permalink), or else the one with the
 * viewer's first unread post. Showing it records the last post shown as read, and the viewer's notifications
 * about the thread and its posts as read (only when the bell counts some unread).
 */
export async function threadPage(requester: Viewer, id: number, position: ThreadPosition = {}, visit: Visit = {}) {
  const viewer = authorize(requester, canReadBoard);
  const head = await findThreadHead(id, viewer.id);
  const access = head && { lockedAt: head.lockedAt, deletedAt: head.deletedAt, category: { staffOnly: head.staffOnly, staffStartsThreads: head.staffStartsThreads } };
  if (!head || !access || !canReadThread(viewer, access)) throw new AppError("NOT_FOUND");
  const lastPage = pageOfPost(head.lastPostNumber);
  const read = head.lastReadNumber ?? 0;
  const firstUnread = read > 0 && read < head.lastPostNumber ? read + 1 : null;
  const wanted = position.page ?? (position.post ? pageOfPost(position.post) : firstUnread ? pageOfPost(firstUnread) : 1);
  const page = Math.min(Math.max(1, wanted), lastPage);
  const posts = await listPosts(id, (page - 1) * POSTS_PER_PAGE + 1, page * POSTS_PER_PAGE, viewer.id, canSeeHiddenPost(viewer));
  // The resources attached to the posts shown, as this viewer may see them: one query for the page.
  const attachments = await listAttachmentCards("post", posts.filter((post) => !post.deletedAt && (!post.hiddenAt || canSeeHiddenPost(viewer))).map((post) => post.id), { organizationIds: viewer.organizationIds });
  const lastShown = posts.at(-1)?.number ?? 0;
  if (lastShown > read) await markRead(viewer.id, id, lastShown);
  if (visit.unreadNotifications) await markVisitedRead(viewer.id, { thread: id });
  const quoted = position.quote && canReply(viewer, access) ? await findQuotableSource(id, position.quote) : null;
  // Moderators move threads between categories: the list costs them, and only them, one more query.
  const categories = canModerateBoard(viewer) ? await listCategories(true) : [];
  // "Who reacted", on request: one more query, for that post only.
  const askedAbout = position.who ? posts.find((post) => post.number === position.who && !post.deletedAt && (!post.hiddenAt || canSeeHiddenPost(viewer))) : undefined;
  const reactors = askedAbout ? await listReactors(askedAbout.id) : [];
  return {
    thread: head,
    page,
    lastPage,
    firstUnread,
    posts: posts.map((post) => withPermissions(viewer, post, access, attachments.get(post.id) ?? [])),
    canReply: canReply(viewer, access),
    canModerate: canModerateBoard(viewer),
    /** Flagging the thread itself (issue 13): someone else's, standing, outside staff-only categories. */
    canFlagThread: viewer.id !== head.authorId && !head.deletedAt && !head.staffOnly,
    categories: categories.map((category) => ({ slug: category.slug, names: category.names })),
    whoReacted: askedAbout ? { number: askedAbout.number, reactors: reactors.map((row) => ({ kind: row.kind, name: row.user.displayName ?? "" })) } : null,
    /** The quoted post as the start of a reply ("> …" lines and a blank line), when one was asked for. */
    quote: quoted ? `${quoted.split("\n").map((line) => `> ${line}`).join("\n")}\n\n` : "",
  };
}

function withPermissions(viewer: Viewer, post: PostRow, thread: NonNullable<Parameters<typeof canReply>[1]>, attachments: AttachmentCard[]) {
  const access = { authorId: post.authorId, deletedAt: post.deletedAt, hiddenAt: post.hiddenAt, thread };
  return { ...post, attachments, canEdit: canEditPost(viewer, access), canReact: canReactToPost(viewer, access), canFlag: canFlagPost(viewer, access), canMute: canMute(viewer, { userId: post.authorId, status: post.authorStatus }) };
}

export type ThreadPage = Awaited<ReturnType<typeof threadPage>>;
export type BoardOverview = Awaited<ReturnType<typeof boardOverview>>;

/** What the new-thread form offers: the categories the viewer may start a thread in, in their order. */
export async function newThreadForm(requester: Viewer) {
  const viewer = authorize(requester, canReadBoard);
  const categories = (await listCategories(canModerateBoard(viewer))).filter((category) => canStartThread(viewer, category));
  return { categories, language: viewer.locale };
}

/** The viewer's watching level for a thread they can read ("DEFAULT": follow the category). */
export async function watchThread(requester: Viewer, input: { threadId: number; level: "WATCHING" | "NORMAL" | "MUTED" | "DEFAULT" }): Promise<string> {
  const viewer = authorize(requester, canReadBoard);
  const head = await findThreadHead(input.threadId, viewer.id);
  if (!head || !canReadThread(viewer, { lockedAt: head.lockedAt, deletedAt: head.deletedAt, category: { staffOnly: head.staffOnly, staffStartsThreads: head.staffStartsThreads } })) throw new AppError("NOT_FOUND");
  await setThreadWatchLevel(viewer.id, head.id, input.level === "DEFAULT" ? null : input.level);
  return `/board/t/${head.id}/${head.slug}`;
}

export async function watchCategory(requester: Viewer, input: { category: string; level: "WATCHING" | "NORMAL" | "MUTED" }): Promise<string> {
  const viewer = authorize(requester, canReadBoard);
  const category = (await listCategories(canModerateBoard(viewer))).find((row) => row.slug === input.category);
  if (!category) throw new AppError("NOT_FOUND");
  await setCategoryWatchLevel(viewer.id, category.id, input.level);
  return `/board/c/${category.slug}`;
}

export async function markBoardRead(requester: Viewer): Promise<number> {
  const viewer = authorize(requester, canReadBoard);
  return markAllThreadsRead(viewer.id);
}
