import { z } from "zod";
import { optionalText } from "@/lib/text-fields";

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

export const requestFlagsSchema = z.object({ requestId: z.string().regex(/^[a-z0-9]{1,40}$/) });
