import "server-only";
// The one moderation queue (issue 13): every flagged item, grouped, oldest first; an item's page; and each
// step a moderator takes on it. Every function authorizes (moderators and admins), then applies the rules of
// canActOnItem to the item as the database has it now.
import { authorize } from "@/lib/auth/authorize";
import type { SignedInViewer, Viewer } from "@/lib/auth/viewer-types";
import { findCategoryBySlug } from "@/lib/board/data";
import { decodeTimeCursor, encodeTimeCursor } from "@/lib/cursor";
import { AppError } from "@/lib/errors";
import { cookMarkdown } from "@/lib/markdown/cook";
import { markVisitedRead } from "@/lib/notifications/mutations";
import type { Visit } from "@/lib/notifications/schema";
import { findAuthorHistory, findContexts, findItem, listEvents, listFlagsOf, listMoveCategories, listQueue, type ItemRow } from "./data";
import { actOnItem, claimItem, releaseItem, resolveItem, type ItemStep } from "./mutations";
import { canActOnItem, canModerate, canSuspendAuthor, canTakeOverClaim, type ItemAccess } from "./policy";
import type { ItemAction, ItemActionInput, ItemContext, QueueFilter } from "./schema";

export const QUEUE_PAGE = 20;
const FLAGS_PER_ROW = 10;
const HISTORY_SHOWN = 5;

const STATUS_OF = { open: ["OPEN"], claimed: ["CLAIMED"], resolved: ["RESOLVED"] } as const;

/**
 * A page of the queue: unresolved items by default, oldest first, each with its flags (who flagged is shown to
 * staff) and what it is. Opening it reads the viewer's flag notifications (only when the bell counts some unread).
 */
export async function moderationQueue(requester: Viewer, filter: QueueFilter, visit: Visit = {}) {
  const viewer = authorize(requester, canModerate);
  if (visit.unreadNotifications) await markVisitedRead(viewer.id, { type: "NEW_FLAG" });
  const rows = await listQueue({
    type: filter.type,
    reason: filter.reason,
    statuses: filter.status ? [...STATUS_OF[filter.status]] : ["OPEN", "CLAIMED"],
    claimedById: filter.mine ? viewer.id : undefined,
    cursor: decodeTimeCursor(filter.after, "string"),
    take: QUEUE_PAGE,
  });
  const shown = rows.slice(0, QUEUE_PAGE);
  const [flags, contexts] = await Promise.all([listFlagsOf(shown, FLAGS_PER_ROW), findContexts(shown)]);
  const last = shown.at(-1);
  return {
    items: shown.map((row) => ({ ...row, flags: flags.filter((flag) => flag.itemId === row.id), context: contexts.get(`${row.targetType}:${row.targetId}`) ?? null })),
    next: rows.length > QUEUE_PAGE && last ? encodeTimeCursor(last.openedAt, last.id) : null,
  };
}

const accessOf = (item: ItemRow): ItemAccess => ({ targetType: item.targetType, authorId: item.authorId, authorRole: item.authorRole, reporterIds: item.reporterIds, claimedById: item.claimedById, status: item.status });

/** What the viewer may do on this item now, for the page's buttons (the actions check again). */
function stepsFor(viewer: SignedInViewer, item: ItemRow, context: ItemContext | null) {
  const access = accessOf(item);
  const acts = canActOnItem(viewer, access) && item.status !== "RESOLVED";
  const heldByOther = item.status === "CLAIMED" && item.claimedById !== viewer.id;
  const free = acts && !heldByOther;
  const hideable = context?.kind === "BoardPost" || context?.kind === "ConversationMessage" || context?.kind === "Resource";
  const hidden = hideable && (context.kind === "Resource" ? context.status === "HIDDEN" : Boolean(context.hiddenAt));
  return {
    acts,
    claim: acts && item.status === "OPEN",
    takeOver: heldByOther && canTakeOverClaim(viewer, access),
    release: acts && item.status === "CLAIMED" && item.claimedById === viewer.id,
    hide: free && hideable && !hidden && !(context.kind !== "Resource" && context.deletedAt),
    restore: free && hideable && hidden,
    edit: free && context?.kind === "BoardPost" && !context.deletedAt,
    lock: free && context?.kind === "BoardThread" && !context.lockedAt,
    unlock: free && context?.kind === "BoardThread" && Boolean(context.lockedAt),
    move: free && context?.kind === "BoardThread",
    warn: free && item.authorId !== null && item.authorStatus === "ACTIVE",
    suspend: free && canSuspendAuthor(viewer, access) && item.authorStatus === "ACTIVE",
    dismiss: free,
    resolve: free,
  };
}

/** One item: its flags, its content in context, its history, its author's earlier items, and what the viewer may do. */
export async function moderationItem(requester: Viewer, itemId: string) {
  const viewer = authorize(requester, canModerate);
  const item = await findItem(itemId);
  if (!item) throw new AppError("NOT_FOUND");
  const [flags, contexts, events, history, categories] = await Promise.all([
    listFlagsOf([item], 200),
    findContexts([item]),
    listEvents(item.id),
    item.authorId ? findAuthorHistory(item.authorId, item.id, HISTORY_SHOWN) : null,
    item.targetType === "BoardThread" ? listMoveCategories() : [],
  ]);
  const context = contexts.get(`${item.targetType}:${item.targetId}`) ?? null;
  const { reporterIds: _reporters, ...shown } = item;
  return { item: shown, flags, context, events, history, categories, steps: stepsFor(viewer, item, context), viewerId: viewer.id };
}

/** The rules for one step: may this viewer take it on this item (the claim is checked in the step's transaction). */
async function itemToActOn(viewer: SignedInViewer, itemId: string, action: ItemAction) {
  const item = await findItem(itemId);
  if (!item) throw new AppError("NOT_FOUND");
  const access = accessOf(item);
  if (!canActOnItem(viewer, access)) throw new AppError("FORBIDDEN", { messageKey: "ModerationErrors.notYours" });
  if (action === "suspend" && !canSuspendAuthor(viewer, access)) throw new AppError("FORBIDDEN", { messageKey: "ModerationErrors.adminsSuspend" });
  const context = (await findContexts([item])).get(`${item.targetType}:${item.targetId}`) ?? null;
  return { item, context };
}

/** What a step says when it cannot apply to this kind of item (hiding a profile, moving a post). */
const notApplicable = (field: string) => new AppError("VALIDATION", { field, messageKey: "ModerationErrors.notApplicable" });

/** One step on an item — claim, release, act, dismiss or resolve; every step writes the item's history and the audit log. */
export async function moderateItem(requester: Viewer, input: ItemActionInput): Promise<{ itemId: string; done: ItemAction }> {
  const viewer = authorize(requester, canModerate);
  const { item, context } = await itemToActOn(viewer, input.itemId, input.action);
  const done = { itemId: item.id, done: input.action };
  switch (input.action) {
    case "claim":
      if (item.status === "CLAIMED" && item.claimedById !== viewer.id && !(input.takeOver && canTakeOverClaim(viewer, accessOf(item)))) {
        throw new AppError("CONFLICT", { messageKey: "ModerationErrors.claimedByOther" });
      }
      await claimItem(viewer.id, item.id, Boolean(input.takeOver) && item.status === "CLAIMED");
      return done;
    case "release":
      await releaseItem(viewer.id, item.id);
      return done;
    case "dismiss":
    case "resolve":
      await resolveItem(viewer.id, item.id, { dismiss: input.action === "dismiss", note: input.note });
      return done;
    case "warn":
      if (!item.authorId || item.authorStatus !== "ACTIVE") throw notApplicable("message");
      await actOnItem(viewer.id, item.id, { kind: "warn", message: input.message });
      return done;
    case "suspend":
      if (item.authorStatus !== "ACTIVE") throw new AppError("CONFLICT", { messageKey: "ModerationErrors.alreadySuspended" });
      await actOnItem(viewer.id, item.id, { kind: "suspend", note: input.note });
      return done;
    default:
      await actOnItem(viewer.id, item.id, await contentStep(input, context));
      return done;
  }
}

/** A step that changes the content: only where it applies to this kind of item. */
async function contentStep(input: Exclude<ItemActionInput, { action: "claim" | "release" | "dismiss" | "resolve" | "warn" | "suspend" }>, context: ItemContext | null): Promise<ItemStep> {
  switch (input.action) {
    case "hide":
    case "restore":
      if (context?.kind !== "BoardPost" && context?.kind !== "ConversationMessage" && context?.kind !== "Resource") throw notApplicable("note");
      return { kind: input.action, note: input.note };
    case "edit":
      if (context?.kind !== "BoardPost" || context.deletedAt) throw notApplicable("body");
      return { kind: "edit", source: input.body, cooked: cookMarkdown(input.body).html, note: input.note };
    case "lock":
    case "unlock":
      if (context?.kind !== "BoardThread") throw notApplicable("note");
      return { kind: input.action, note: input.note };
    case "move": {
      if (context?.kind !== "BoardThread") throw notApplicable("category");
      const category = await findCategoryBySlug(input.category);
      if (!category) throw new AppError("VALIDATION", { field: "category", messageKey: "ModerationErrors.unknownCategory" });
      return { kind: "move", categoryId: category.id, note: input.note };
    }
  }
}
