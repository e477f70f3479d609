// What members send to their conversations: a new conversation (recipients by handle, an optional title, the
// first message), a message, people to add, a block. Error messages are catalogue keys (lib/action.ts).
import { z } from "zod";
import { FLAG_REASONS } from "@/lib/board/schema";
import { optionalText, requiredText } from "@/lib/text-fields";
import { attachmentsField } from "@/lib/resources/schema";

export const CONVERSATION_LIMITS = {
  message: 20_000,
  title: 120,
  /** A group's members, its starter included ("small groups"); a workspace may grow larger. */
  groupParticipants: 12,
  workspaceParticipants: 50,
  /** Mentions that link in one message (only participants' ever do). */
  mentions: 10,
} as const;

/** Messages a conversation page shows. */
export const MESSAGES_PER_PAGE = 30;

/** The page of a conversation that holds message `number`. */
export const pageOfMessage = (number: number) => Math.max(1, Math.ceil(number / MESSAGES_PER_PAGE));

const HANDLE = /^[a-z0-9]{6,16}$/;

/**
 * Recipients typed as handles ("@k3mxq2pwra, 9tfzr4hwne" or one per line): the "@" and letter case are
 * forgiven, each handle counted once; at most a group's size minus the writer.
 */
export const handleListField = z
  .string({ error: "Errors.fields.required" })
  .transform((value) => [...new Set(value.toLowerCase().split(/[\s,;]+/).map((part) => part.replace(/^@/, "")).filter(Boolean))])
  .pipe(
    z
      .array(z.string().regex(HANDLE, { error: "ConversationErrors.badHandle" }))
      .min(1, { error: "Errors.fields.required" })
      .max(CONVERSATION_LIMITS.groupParticipants - 1, { error: "ConversationErrors.tooManyRecipients" }),
  );

const messageBody = requiredText(CONVERSATION_LIMITS.message, { multiline: true });
const conversationId = z.string().regex(/^[a-z0-9]{1,40}$/, { error: "Errors.fields.invalid" });
const messageId = conversationId;

export const newConversationSchema = z.object({
  to: handleListField,
  title: optionalText(CONVERSATION_LIMITS.title),
  body: messageBody,
  /** Resources to attach (lib/resources): addresses or ids, checked by the service. */
  attach: attachmentsField,
});

/** Callers other than the form (tests, the seed) may leave out what to attach. */
type AttachOptional<T> = Omit<T, "attach"> & { attach?: string[] };

export type NewConversationInput = AttachOptional<z.infer<typeof newConversationSchema>>;

export const messageSchema = z.object({ conversationId, body: messageBody, attach: attachmentsField });
export type MessageInput = AttachOptional<z.infer<typeof messageSchema>>;

export const addParticipantsSchema = z.object({ conversationId, to: handleListField });
export type AddParticipantsInput = z.infer<typeof addParticipantsSchema>;

export const conversationIdSchema = z.object({ conversationId });

export const blockSchema = z.object({ handle: z.string().regex(HANDLE, { error: "ConversationErrors.badHandle" }) });

export const flagMessageSchema = z.object({
  messageId,
  reason: z.enum(FLAG_REASONS, { error: "Errors.fields.invalid_value" }),
  note: optionalText(500, { multiline: true }),
});
export type FlagMessageInput = z.infer<typeof flagMessageSchema>;

export const messageModerationSchema = z.object({ messageId, action: z.enum(["hide", "restore", "dismiss"]), reason: optionalText(300) });
export type MessageModerationInput = z.infer<typeof messageModerationSchema>;

/** The inbox's and a conversation's addresses: a cursor, a page, "?to=" for a new one; anything unusable is ignored. */
export const inboxSchema = z.object({ after: z.string().regex(/^[A-Za-z0-9_-]{1,120}$/).optional().catch(undefined) });
export const conversationPositionSchema = z.object({
  page: z.coerce.number().int().min(1).max(100_000).optional().catch(undefined),
  flag: z.string().regex(/^[a-z0-9]{1,40}$/).optional().catch(undefined),
});
export const newConversationAddressSchema = z.object({ to: z.string().regex(HANDLE).optional().catch(undefined) });

/**
 * A system message's payload: what happened, who did it, to whom. Stored as JSON and rendered in each reader's
 * language (ConversationSystem.<type>); unknown types render as a neutral line, so new kinds need no migration.
 */
export type SystemPayload = {
  type: "created" | "added" | "left" | "status" | (string & {});
  actorId?: string | null;
  userIds?: string[];
  /** For "status": the workspace's new status (ConversationSystem.statuses.<status>). */
  status?: string;
};

/** The key under which two members' direct conversation is unique. */
export const directKeyOf = (a: string, b: string) => [a, b].sort().join(":");
