import "server-only";
// Writing on the board, for an explicit viewer: this is where a new thread or reply is authorized (against
// the category and thread as they are now), limited (rate, repeats, mentions), cooked and saved.
import { authorize } from "@/lib/auth/authorize";
import type { SignedInViewer, Viewer } from "@/lib/auth/viewer-types";
import { AppError } from "@/lib/errors";
import { cookMarkdown, mentionCandidates } from "@/lib/markdown/cook";
import { boardPostsPerMember, boardPostsPerNewMember, boardThreadsPerMember, boardThreadsPerNewMember } from "@/lib/rate-limit/limits";
import { enforceLimits } from "@/lib/rate-limit/mutations";
import { listAttachmentCards, resolveAttachments } from "@/lib/resources/data";
import { ATTACHMENT_LIMIT, attachmentRefusal, type AttachmentsPreview } from "@/lib/resources/schema";
import { findApprovedAt, findCategoryBySlug, findKnownTags, findMentionable, findPostAccess, findThreadAccess, listRevisions, postedSameTextSince } from "./data";
import { deletePost, editPost, flagPost, insertReply, insertThread, toggleReaction } from "./mutations";
import { canDeletePost, canEditPost, canFlagPost, canModerateBoard, canReactToPost, canReadBoard, canReadCategory, canReadThread, canReply, canStartThread } from "./policy";
import { BOARD_LIMITS, threadSlug, type EditPostInput, type FlagInput, type ReactionInput, type ReplyInput, type ThreadInput } from "./schema";

/** How long the same text by the same member counts as a repeat. */
const REPEAT_WINDOW_MS = 10 * 60 * 1000;
/** Members approved for less than this have the tighter posting limits. */
const NEW_MEMBER_MS = 7 * 24 * 60 * 60 * 1000;

export async function startThread(requester: Viewer, input: ThreadInput): Promise<{ id: number; slug: string }> {
  const viewer = authorize(requester, canReadBoard);
  const category = await findCategoryBySlug(input.category);
  if (!category || !canReadCategory(viewer, category)) throw new AppError("unknown-category", { field: "category", messageKey: "BoardErrors.unknownCategory" });
  if (!canStartThread(viewer, category)) throw new AppError("FORBIDDEN", { field: "category", messageKey: "BoardErrors.staffStartsThreads" });
  await refuseUnknownTags(input.ruleNumbers, input.countryCodes);
  const attachmentIds = await attachable(viewer, input.attach ?? []);
  await limitPosting(viewer, { thread: true });
  await refuseRepeat(viewer.id, input.body);
  const { cooked, mentionedIds } = await cook(input.body, category.staffOnly);
  return insertThread({
    authorId: viewer.id,
    categoryId: category.id,
    title: input.title,
    slug: threadSlug(input.title),
    language: input.language,
    ruleNumbers: input.ruleNumbers,
    countryCodes: input.countryCodes,
    source: input.body,
    cooked,
    mentionedIds,
    attachmentIds,
  });
}

export async function replyToThread(requester: Viewer, input: ReplyInput): Promise<{ threadId: number; slug: string; number: number }> {
  const viewer = authorize(requester, canReadBoard);
  const thread = await findThreadAccess(input.threadId);
  if (!thread || !canReadThread(viewer, thread)) throw new AppError("NOT_FOUND");
  if (!canReply(viewer, thread)) throw new AppError("closed", { messageKey: "BoardErrors.closed" });
  const attachmentIds = await attachable(viewer, input.attach ?? []);
  await limitPosting(viewer, { thread: false });
  await refuseRepeat(viewer.id, input.body);
  const { cooked, mentionedIds } = await cook(input.body, thread.category.staffOnly);
  const outcome = await insertReply({
    authorId: viewer.id,
    threadId: thread.id,
    replyToNumber: input.replyTo ?? null,
    staff: canModerateBoard(viewer),
    source: input.body,
    cooked,
    language: viewer.locale ?? thread.language,
    mentionedIds,
    attachmentIds,
  });
  // Locked or removed between the check above and the write.
  if (!outcome.ok) throw new AppError("closed", { messageKey: "BoardErrors.closed" });
  return { threadId: thread.id, slug: outcome.slug, number: outcome.number };
}

/** The resources the "attach" entries name, if the writer may attach every one (else the refusal, on the field). */
async function attachable(viewer: SignedInViewer, entries: string[]): Promise<string[]> {
  const { resources, refused } = await resolveAttachments(entries, { organizationIds: viewer.organizationIds });
  const refusal = attachmentRefusal(refused);
  if (refusal) throw refusal;
  return resources.map((resource) => resource.id);
}

/** Cooks the body, linking (and notifying) the first mentions of members who may read it. */
async function cook(body: string, staffOnly: boolean) {
  const handles = mentionCandidates(body).slice(0, BOARD_LIMITS.mentions);
  const mentionable = await findMentionable(handles, staffOnly);
  const { html, mentions } = cookMarkdown(body, { mentionable: new Set(mentionable.map((member) => member.handle)) });
  const idByHandle = new Map(mentionable.map((member) => [member.handle, member.userId]));
  return { cooked: html, mentionedIds: mentions.map((handle) => idByHandle.get(handle)!) };
}

async function limitPosting(viewer: SignedInViewer, { thread }: { thread: boolean }) {
  const approvedAt = await findApprovedAt(viewer.id);
  const isNew = !approvedAt || Date.now() - approvedAt.getTime() < NEW_MEMBER_MS;
  const posts = isNew ? boardPostsPerNewMember : boardPostsPerMember;
  const threads = isNew ? boardThreadsPerNewMember : boardThreadsPerMember;
  await enforceLimits([posts(viewer.id), ...(thread ? [threads(viewer.id)] : [])], "BoardErrors.rateLimited");
}

async function refuseRepeat(authorId: string, body: string) {
  if (await postedSameTextSince(authorId, body, new Date(Date.now() - REPEAT_WINDOW_MS))) {
    throw new AppError("duplicate", { field: "body", messageKey: "BoardErrors.duplicate" });
  }
}

async function refuseUnknownTags(ruleNumbers: number[], countryCodes: string[]) {
  const known = await findKnownTags(ruleNumbers, countryCodes);
  if (known.ruleNumbers.length !== ruleNumbers.length) throw new AppError("VALIDATION", { field: "rules[]", messageKey: "BoardErrors.unknownRule" });
  if (known.countryCodes.length !== countryCodes.length) throw new AppError("VALIDATION", { field: "countries[]", messageKey: "BoardErrors.unknownCountry" });
}

/**
 * The composer's preview: the body cooked as it would be posted (mentions are linked once posted), and what its
 * "attach" entries would attach — or name that the writer may not attach.
 */
export async function previewPost(requester: Viewer, body: string, attach: string[] = []): Promise<{ html: string; attachments: AttachmentsPreview }> {
  const viewer = authorize(requester, canReadBoard);
  return { html: cookMarkdown(body).html, attachments: await resolveAttachments(attach.slice(0, ATTACHMENT_LIMIT * 2), { organizationIds: viewer.organizationIds }) };
}

/** A post as the policies see it, with its thread's path; NOT_FOUND for a post the viewer cannot read. */
async function readablePost(viewer: SignedInViewer, postId: string) {
  const post = await findPostAccess(postId);
  if (!post || !canReadThread(viewer, post.thread)) throw new AppError("NOT_FOUND");
  return { ...post, access: { authorId: post.authorId, deletedAt: post.deletedAt, hiddenAt: post.hiddenAt, thread: post.thread } };
}

const permalinkOf = (post: { number: number; thread: { id: number; slug: string } }) => `/board/t/${post.thread.id}/${post.thread.slug}/${post.number}#post-${post.number}`;

/** Toggles the viewer's reaction on someone else's post; returns the post's permalink to go back to. */
export async function reactToPost(requester: Viewer, input: ReactionInput): Promise<string> {
  const viewer = authorize(requester, canReadBoard);
  const post = await readablePost(viewer, input.postId);
  if (!canReactToPost(viewer, post.access)) throw new AppError("FORBIDDEN");
  await toggleReaction(viewer.id, post.id, input.kind);
  return permalinkOf(post);
}

/** The author's own post, to edit. */
export async function postForEdit(requester: Viewer, postId: string) {
  const viewer = authorize(requester, canReadBoard);
  const post = await readablePost(viewer, postId);
  if (!canEditPost(viewer, post.access)) throw new AppError("NOT_FOUND");
  // What it carries now, as its author may still attach it (what she no longer may is left out, and dropped on save).
  const cards = (await listAttachmentCards("post", [post.id], { organizationIds: viewer.organizationIds })).get(post.id) ?? [];
  const attachments = cards.flatMap((card) => (card.available ? [{ id: card.id, title: card.title }] : []));
  return { id: post.id, number: post.number, source: post.source, threadTitle: post.thread.title, permalink: permalinkOf(post), attachments };
}

export async function editOwnPost(requester: Viewer, input: EditPostInput): Promise<string> {
  const viewer = authorize(requester, canReadBoard);
  const post = await readablePost(viewer, input.postId);
  if (!canEditPost(viewer, post.access)) throw new AppError("FORBIDDEN");
  const attachmentIds = await attachable(viewer, input.attach ?? []);
  const { cooked } = await cook(input.body, post.thread.category.staffOnly);
  await editPost({ postId: post.id, editorId: viewer.id, source: input.body, cooked, attachmentIds });
  return permalinkOf(post);
}

/** The author deletes their post (a placeholder keeps its number); returns where to go next. */
export async function deleteOwnPost(requester: Viewer, postId: string): Promise<string> {
  const viewer = authorize(requester, canReadBoard);
  const post = await readablePost(viewer, postId);
  if (!canDeletePost(viewer, post.access)) throw new AppError("FORBIDDEN");
  const { threadRemoved } = await deletePost(post.id);
  return threadRemoved ? "/board" : permalinkOf(post);
}

/** A member flags someone else's post for the moderators; "already" when they had flagged it before. */
export async function flagBoardPost(requester: Viewer, input: FlagInput): Promise<"flagged" | "already"> {
  const viewer = authorize(requester, canReadBoard);
  const post = await readablePost(viewer, input.postId);
  if (!canFlagPost(viewer, post.access)) throw new AppError("FORBIDDEN");
  return (await flagPost({ targetId: post.id, reporterId: viewer.id, reason: input.reason, note: input.note })) ? "flagged" : "already";
}

/** Someone else's post, to flag it. */
export async function postToFlag(requester: Viewer, postId: string) {
  const viewer = authorize(requester, canReadBoard);
  const post = await readablePost(viewer, postId);
  if (!canFlagPost(viewer, post.access)) throw new AppError("NOT_FOUND");
  return { id: post.id, number: post.number, threadTitle: post.thread.title, permalink: permalinkOf(post) };
}

/** A post's edit history, for moderators: the earlier versions as their authors wrote them. */
export async function postHistory(requester: Viewer, postId: string) {
  const viewer = authorize(requester, canModerateBoard);
  const post = await readablePost(viewer, postId);
  return { number: post.number, threadTitle: post.thread.title, permalink: permalinkOf(post), current: post.source, revisions: await listRevisions(post.id) };
}
