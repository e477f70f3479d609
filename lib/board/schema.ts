// What members send to the board: the composer's fields (a new thread, a reply, an edit), with the limits the
// forms state. Error messages are keys of the "Errors" catalogue (lib/action.ts translates them).
import { z } from "zod";
import { countryCodeField } from "@/lib/applications/schema";
import { ReactionKind } from "@/lib/generated/prisma/enums";
import { APPLICATION_LANGUAGES } from "@/lib/i18n/languages";
import { attachmentsField } from "@/lib/resources/schema";
import { optionalText, plainString, requiredText } from "@/lib/text-fields";

export const BOARD_LIMITS = {
  titleMin: 8,
  title: 200,
  post: 50_000,
  rules: 10,
  countries: 10,
  /** Mentions that notify in one post; more are shown as text. */
  mentions: 10,
} as const;

export const REACTION_KINDS = Object.values(ReactionKind);

const uniqueList = <T extends z.ZodType>(item: T, max: number) =>
  z
    .array(item)
    .max(max)
    .optional()
    .transform((values) => [...new Set(values ?? [])] as z.infer<T>[]);

const postBody = requiredText(BOARD_LIMITS.post, { multiline: true });

export const threadSchema = z
  .object({
    title: plainString().trim().min(BOARD_LIMITS.titleMin).max(BOARD_LIMITS.title),
    body: postBody,
    category: z.string().regex(/^[a-z0-9-]{1,60}$/, { error: "Errors.fields.invalid_value" }),
    language: z.enum(APPLICATION_LANGUAGES, { error: "Errors.fields.invalid_value" }),
    "rules[]": uniqueList(z.coerce.number({ error: "Errors.fields.invalid_value" }).int().min(1).max(70), BOARD_LIMITS.rules),
    "countries[]": uniqueList(countryCodeField, BOARD_LIMITS.countries),
    /** Resources to attach (lib/resources): addresses or ids, checked by the service. */
    attach: attachmentsField,
  })
  .transform(({ "rules[]": ruleNumbers, "countries[]": countryCodes, ...rest }) => ({
    ...rest,
    ruleNumbers: ruleNumbers.sort((a, b) => a - b),
    countryCodes: countryCodes.sort(),
  }));

/** Callers other than the form (tests, the seed) may leave out what to attach. */
type AttachOptional<T> = Omit<T, "attach"> & { attach?: string[] };

export type ThreadInput = AttachOptional<z.infer<typeof threadSchema>>;

export const replySchema = z.object({
  threadId: z.coerce.number({ error: "Errors.fields.invalid_value" }).int().positive(),
  body: postBody,
  /** The post this one answers, by its number in the thread. */
  replyTo: z.coerce.number().int().positive().optional().catch(undefined),
  attach: attachmentsField,
});

export type ReplyInput = AttachOptional<z.infer<typeof replySchema>>;

export const editPostSchema = z.object({
  postId: z.string().regex(/^[a-z0-9]{1,40}$/),
  body: postBody,
  attach: attachmentsField,
});

export type EditPostInput = AttachOptional<z.infer<typeof editPostSchema>>;

/** The address part made from a title: lower case ASCII words joined by hyphens, or "thread". */
export function threadSlug(title: string): string {
  const slug = title
    .normalize("NFKD")
    .replace(/\p{M}/gu, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "")
    .slice(0, 60)
    .replace(/-+$/, "");
  return slug || "thread";
}

export const THREAD_LIST_VIEWS = ["latest", "unread", "new", "mine", "watching"] as const;

/** A thread list's address: the view and a cursor (anything unusable is ignored, never an error). */
export const threadListSchema = z.object({
  view: z.enum(THREAD_LIST_VIEWS).catch("latest").default("latest"),
  after: z.string().regex(/^[A-Za-z0-9_-]{1,80}$/).optional().catch(undefined),
});

export type ThreadListFilter = z.infer<typeof threadListSchema>;

/** Posts a thread page shows. */
export const POSTS_PER_PAGE = 20;

/** The page of a thread that holds post `number`. */
export const pageOfPost = (number: number) => Math.max(1, Math.ceil(number / POSTS_PER_PAGE));

const postIdField = z.string().regex(/^[a-z0-9]{1,40}$/, { error: "Errors.fields.invalid" });

export const reactionSchema = z.object({ postId: postIdField, kind: z.enum(REACTION_KINDS, { error: "Errors.fields.invalid_value" }) });

export const postIdSchema = z.object({ postId: postIdField });

export const FLAG_REASONS = ["HARASSMENT", "PERSONAL_INFORMATION", "SPAM", "OFF_TOPIC", "OTHER"] as const;

export const flagSchema = z.object({
  postId: postIdField,
  reason: z.enum(FLAG_REASONS, { error: "Errors.fields.invalid_value" }),
  note: optionalText(500, { multiline: true }),
});

export type ReactionInput = z.infer<typeof reactionSchema>;
export type FlagInput = z.infer<typeof flagSchema>;

export const WATCH_LEVELS = ["WATCHING", "NORMAL", "MUTED"] as const;

export const threadWatchSchema = z.object({
  threadId: z.coerce.number().int().positive(),
  level: z.enum([...WATCH_LEVELS, "DEFAULT"], { error: "Errors.fields.invalid_value" }),
});

export const categoryWatchSchema = z.object({
  category: z.string().regex(/^[a-z0-9-]{1,60}$/),
  level: z.enum(WATCH_LEVELS, { error: "Errors.fields.invalid_value" }),
});

/** The search page's address (a GET form): words and filters; anything unusable is ignored. */
export const boardSearchSchema = z.object({
  q: z.string().trim().max(200).optional().catch(undefined),
  category: z.string().regex(/^[a-z0-9-]{1,60}$/).optional().catch(undefined),
  rule: z.coerce.number().int().min(1).max(70).optional().catch(undefined),
  country: z.string().regex(/^[A-Za-z]{2}$/).transform((value) => value.toUpperCase()).optional().catch(undefined),
  language: z.enum(APPLICATION_LANGUAGES).optional().catch(undefined),
  author: z.string().regex(/^[a-z0-9]{6,16}$/).optional().catch(undefined),
  since: z.string().regex(/^\d{4}-\d{2}-\d{2}$/).optional().catch(undefined),
  page: z.coerce.number().int().min(1).max(20).catch(1).default(1),
});

export type BoardSearch = z.infer<typeof boardSearchSchema>;
