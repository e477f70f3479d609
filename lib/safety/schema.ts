// What a member sends to mute or unmute someone, and which notifications a mute silences. Error messages are
// catalogue keys (lib/action.ts).
import { z } from "zod";
import type { NotificationType } from "@/lib/generated/prisma/enums";

/** A member's id (a cuid): the board's author menu knows the author by id even when they are not listed. */
const memberId = z.string({ error: "Errors.fields.required" }).regex(/^[a-z0-9]{20,40}$/, { error: "MuteErrors.badMember" });

export const muteSchema = z.object({
  memberId,
  /** Where the form was (a same-site path, checked again by safeRedirectPath): the profile, a post, the list. */
  returnTo: z.string().max(2048).optional(),
});
export type MuteInput = z.infer<typeof muteSchema>;

/** The account's list: one cursor per section, so paging through mutes keeps the blocks' place. */
export const peopleListSchema = z.object({
  mutes: z.string().max(160).optional(),
  blocks: z.string().max(160).optional(),
});
export type PeopleListQuery = z.infer<typeof peopleListSchema>;

/** People listed per section and page. */
export const PEOPLE_PER_PAGE = 25;

/**
 * The member-to-member notifications a mute silences: what the muted member causes by writing, mentioning,
 * replying, reacting or adding the muter to a conversation (`payload.authorId` names them). Everything else —
 * staff's moderation notices and warnings, flags, applications, collaboration decisions — still arrives.
 */
export const MUTED_NOTIFICATION_TYPES: ReadonlySet<NotificationType> = new Set<NotificationType>([
  "MENTION",
  "REPLY",
  "WATCHED_POST",
  "REACTION",
  "NEW_MESSAGE",
  "MESSAGE_MENTION",
  "ADDED_TO_CONVERSATION",
]);
