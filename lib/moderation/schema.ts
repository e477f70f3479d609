import { z } from "zod";
import { optionalText, requiredText } from "@/lib/text-fields";

const postId = z.string().regex(/^[a-z0-9]{1,40}$/);
const threadId = z.coerce.number().int().positive();

export const postModerationSchema = z.object({
  postId,
  action: z.enum(["hide", "restore", "dismiss"]),
  reason: optionalText(300),
});

export const threadModerationSchema = z.object({
  threadId,
  action: z.enum(["lock", "unlock", "pin", "unpin", "move"]),
  category: z.string().regex(/^[a-z0-9-]{1,60}$/).optional(),
});

export type PostModerationInput = z.infer<typeof postModerationSchema>;
export type ThreadModerationInput = z.infer<typeof threadModerationSchema>;


// The one queue (issue 13) --------------------------------------------------------------------------------

export const ITEM_TYPES = ["BoardPost", "BoardThread", "ConversationMessage", "CollaborationRequest", "Resource", "User", "Organization"] as const;
export type ItemType = (typeof ITEM_TYPES)[number];
export const QUEUE_STATUSES = ["open", "claimed", "resolved"] as const;
const REASONS = ["HARASSMENT", "PERSONAL_INFORMATION", "SPAM", "OFF_TOPIC", "OTHER"] as const;

const emptyAsUndefined = (value: unknown) => (value === "" || value === "all" ? undefined : value);

/** The queue's filters, from the page's query string (anything unknown is ignored: the default queue). */
export const queueFilterSchema = z.object({
  type: z.preprocess(emptyAsUndefined, z.enum(ITEM_TYPES).optional()).catch(undefined),
  reason: z.preprocess(emptyAsUndefined, z.enum(REASONS).optional()).catch(undefined),
  status: z.preprocess(emptyAsUndefined, z.enum(QUEUE_STATUSES).optional()).catch(undefined),
  mine: z.preprocess((value) => value === "1" || value === "on", z.boolean()).catch(false),
  after: z.string().max(200).optional().catch(undefined),
});
export type QueueFilter = z.infer<typeof queueFilterSchema>;

const itemId = z.string().regex(/^[a-z0-9]{1,40}$/, { error: "Errors.fields.invalid_value" });
const note = (max: number) => optionalText(max, { multiline: true });
const requiredNote = (max: number) => requiredText(max, { multiline: true });

/** One form per step on the item page; `action` says which. */
export const itemActionSchema = z.discriminatedUnion("action", [
  z.object({ itemId, action: z.literal("claim"), takeOver: z.literal("on").optional() }),
  z.object({ itemId, action: z.literal("release") }),
  z.object({ itemId, action: z.literal("dismiss"), note: note(500) }),
  z.object({ itemId, action: z.literal("hide"), note: note(500) }),
  z.object({ itemId, action: z.literal("restore"), note: note(500) }),
  z.object({ itemId, action: z.literal("edit"), body: requiredText(20000, { multiline: true }), note: requiredNote(500) }),
  z.object({ itemId, action: z.literal("lock"), note: note(500) }),
  z.object({ itemId, action: z.literal("unlock"), note: note(500) }),
  z.object({ itemId, action: z.literal("move"), category: z.string().regex(/^[a-z0-9-]{1,60}$/, { error: "Errors.fields.invalid_value" }), note: note(500) }),
  z.object({ itemId, action: z.literal("warn"), message: requiredNote(1000) }),
  z.object({ itemId, action: z.literal("suspend"), note: requiredNote(500) }),
  z.object({ itemId, action: z.literal("resolve"), note: note(500) }),
]);
export type ItemActionInput = z.infer<typeof itemActionSchema>;
export type ItemAction = ItemActionInput["action"];

/** Flags on what the board, messages and requests do not flag themselves: threads, profiles, organizations. */
export const FLAGGABLE = ["BoardThread", "User", "Organization"] as const;
export const itemFlagSchema = z.object({
  targetType: z.enum(FLAGGABLE, { error: "Errors.fields.invalid_value" }),
  /** The item's address key: a thread's number, a profile's handle, an organization's slug. */
  targetId: z.string().regex(/^[A-Za-z0-9_-]{1,80}$/, { error: "Errors.fields.invalid_value" }),
  reason: z.enum(REASONS, { error: "Errors.fields.invalid_value" }),
  note: optionalText(500, { multiline: true }),
});
export type ItemFlagInput = z.infer<typeof itemFlagSchema>;

/** A flagged item as the queue shows it in context (read by data.ts, drawn by components/moderation). */
export type ItemContext =
  | { kind: "BoardPost"; postId: string; number: number; cooked: string; source: string; hiddenAt: Date | null; deletedAt: Date | null; threadId: number; threadSlug: string; threadTitle: string; revisions: number }
  | { kind: "BoardThread"; threadId: number; slug: string; title: string; lockedAt: Date | null; deletedAt: Date | null; categoryId: string; categoryNames: unknown; cooked: string | null }
  | { kind: "ConversationMessage"; messageId: string; conversationId: string; number: number; hiddenAt: Date | null; deletedAt: Date | null }
  | { kind: "CollaborationRequest"; requestId: string; title: string; visibility: string }
  | { kind: "Resource"; resourceId: string; title: string; status: "PUBLISHED" | "WITHDRAWN" | "HIDDEN" }
  | { kind: "User"; userId: string; displayName: string | null; handle: string | null; hidden: boolean }
  | { kind: "Organization"; organizationId: string; slug: string; name: string; description: string | null };
