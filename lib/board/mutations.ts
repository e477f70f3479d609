import "server-only";
import { db, isUniqueViolation } from "@/lib/db";
import { type Prisma } from "@/lib/generated/prisma/client";
import { createNotifications, notifyFlag, removeNotificationsAboutPost, removeNotificationsAboutThread, type NewNotification } from "@/lib/notifications/mutations";
import { replaceAttachmentsIn } from "@/lib/resources/mutations";
import { searchDocument } from "@/lib/search/text";

// Writes to the board. A new thread or reply is one transaction: the post, the thread's and category's kept
// counters, the writer's read state, and the notifications it causes (mentions, the reply to someone's post,
// watchers). Post numbers are given out by one conditional UPDATE of the thread, which also re-checks that
// the thread still takes replies, so two replies never share a number and a lock is never raced past.

type Tx = Prisma.TransactionClient;

export type NewPost = {
  authorId: string;
  source: string;
  cooked: string;
  language: string;
  /** Members mentioned who may read the thread (resolved by the service), by id. */
  mentionedIds: string[];
  /** Resources attached, in order (checked by the service). */
  attachmentIds?: string[];
};

export type NewThread = NewPost & {
  categoryId: string;
  title: string;
  slug: string;
  ruleNumbers: number[];
  countryCodes: string[];
};

const postPayload = (threadId: number, slug: string, title: string, number: number, authorId: string) => ({ threadId, slug, title, number, authorId });

export async function insertThread(thread: NewThread): Promise<{ id: number; slug: string }> {
  return db().$transaction(async (tx) => {
    const now = new Date();
    const created = await tx.boardThread.create({
      data: {
        categoryId: thread.categoryId,
        authorId: thread.authorId,
        title: thread.title,
        slug: thread.slug,
        language: thread.language,
        lastPostedAt: now,
        lastPosterId: thread.authorId,
        createdAt: now,
        rules: thread.ruleNumbers.length ? { createMany: { data: thread.ruleNumbers.map((ruleNumber) => ({ ruleNumber })) } } : undefined,
        countries: thread.countryCodes.length ? { createMany: { data: thread.countryCodes.map((countryCode) => ({ countryCode })) } } : undefined,
        posts: { create: { number: 1, authorId: thread.authorId, source: thread.source, cooked: thread.cooked, language: thread.language, searchText: searchDocument([thread.title, thread.source]), createdAt: now } },
        // The one who starts a thread hears about its replies.
        states: { create: { userId: thread.authorId, lastReadNumber: 1, watchLevel: "WATCHING", lastVisitedAt: now } },
      },
      select: { id: true, slug: true, posts: { select: { id: true } } },
    });
    await tx.boardCategory.update({ where: { id: thread.categoryId }, data: { threadCount: { increment: 1 }, postCount: { increment: 1 }, lastPostedAt: now } });
    const subjectId = created.posts[0]!.id;
    if (thread.attachmentIds?.length) await replaceAttachmentsIn(tx, { postId: subjectId }, thread.attachmentIds);
    const payload = postPayload(created.id, created.slug, thread.title, 1, thread.authorId);
    const watchers = await categoryWatchers(tx, thread.categoryId, thread.authorId);
    await createNotifications(tx, [
      ...thread.mentionedIds.filter((id) => id !== thread.authorId).map((userId) => notification(userId, "MENTION", subjectId, payload)),
      ...watchers.map((userId) => threadNotification(userId, "WATCHED_POST", created.id, payload)),
    ]);
    return { id: created.id, slug: created.slug };
  });
}

export type NewReply = NewPost & { threadId: number; replyToNumber: number | null; staff: boolean };

export type ReplyOutcome = { ok: true; number: number; slug: string } | { ok: false; reason: "closed" };

export async function insertReply(reply: NewReply): Promise<ReplyOutcome> {
  return db().$transaction(async (tx) => {
    const now = new Date();
    const [thread] = await tx.$queryRaw<Array<{ number: number; slug: string; title: string; categoryId: string }>>`
      UPDATE "BoardThread"
         SET "lastPostNumber" = "lastPostNumber" + 1, "replyCount" = "replyCount" + 1,
             "lastPostedAt" = ${now}, "lastPosterId" = ${reply.authorId}, "updatedAt" = ${now}
       WHERE id = ${reply.threadId} AND "deletedAt" IS NULL AND ("lockedAt" IS NULL OR ${reply.staff})
   RETURNING "lastPostNumber" AS number, slug, title, "categoryId"`;
    if (!thread) return { ok: false, reason: "closed" } as const;
    const repliedTo = reply.replyToNumber
      ? await tx.boardPost.findFirst({ where: { threadId: reply.threadId, number: reply.replyToNumber, deletedAt: null, hiddenAt: null }, select: { number: true, authorId: true } })
      : null;
    const post = await tx.boardPost.create({
      data: {
        threadId: reply.threadId,
        number: thread.number,
        authorId: reply.authorId,
        replyToNumber: repliedTo?.number ?? null,
        source: reply.source,
        cooked: reply.cooked,
        language: reply.language,
        searchText: searchDocument([reply.source]),
        createdAt: now,
      },
      select: { id: true },
    });
    if (reply.attachmentIds?.length) await replaceAttachmentsIn(tx, { postId: post.id }, reply.attachmentIds);
    await tx.boardCategory.update({ where: { id: thread.categoryId }, data: { postCount: { increment: 1 }, lastPostedAt: now } });
    await tx.$executeRaw`
      INSERT INTO "BoardThreadState" ("userId", "threadId", "lastReadNumber", "lastVisitedAt")
      VALUES (${reply.authorId}, ${reply.threadId}, ${thread.number}, ${now})
      ON CONFLICT ("userId", "threadId") DO UPDATE
        SET "lastReadNumber" = GREATEST("BoardThreadState"."lastReadNumber", excluded."lastReadNumber"), "lastVisitedAt" = excluded."lastVisitedAt"`;
    const payload = postPayload(reply.threadId, thread.slug, thread.title, thread.number, reply.authorId);
    const watchers = await threadWatchers(tx, reply.threadId, thread.categoryId, reply.authorId);
    const notMuted = new Set(await threadListeners(tx, reply.threadId, [repliedTo?.authorId, ...reply.mentionedIds]));
    await createNotifications(
      tx,
      [
        ...(repliedTo && notMuted.has(repliedTo.authorId) ? [threadNotification(repliedTo.authorId, "REPLY", reply.threadId, payload)] : []),
        ...reply.mentionedIds.filter((userId) => notMuted.has(userId)).map((userId) => notification(userId, "MENTION", post.id, payload)),
        ...watchers.map((userId) => threadNotification(userId, "WATCHED_POST", reply.threadId, payload)),
      ].filter((row) => row.userId !== reply.authorId),
    );
    return { ok: true, number: thread.number, slug: thread.slug } as const;
  });
}

function notification(userId: string, type: NewNotification["type"], subjectId: string, payload: Prisma.InputJsonObject): NewNotification {
  return { userId, type, subjectType: "BoardPost", subjectId, payload };
}

/** Replies and watched posts are about the thread, so one unread notification gathers them ("7 new posts in …"). */
function threadNotification(userId: string, type: "REPLY" | "WATCHED_POST", threadId: number, payload: Prisma.InputJsonObject): NewNotification {
  return { userId, type, subjectType: "BoardThread", subjectId: String(threadId), payload };
}

/** Active members watching a category (for its new threads), but not the writer. */
async function categoryWatchers(tx: Tx, categoryId: string, authorId: string): Promise<string[]> {
  const rows = await tx.boardCategoryState.findMany({
    where: { categoryId, watchLevel: "WATCHING", userId: { not: authorId }, user: { status: "ACTIVE" } },
    select: { userId: true },
  });
  return rows.map((row) => row.userId);
}

/** Active members watching a thread, or its category without a level of their own for the thread. */
async function threadWatchers(tx: Tx, threadId: number, categoryId: string, authorId: string): Promise<string[]> {
  const rows = await tx.$queryRaw<Array<{ userId: string }>>`
    SELECT s."userId" FROM "BoardThreadState" s JOIN "User" u ON u.id = s."userId" AND u.status = 'ACTIVE'
     WHERE s."threadId" = ${threadId} AND s."watchLevel" = 'WATCHING' AND s."userId" <> ${authorId}
    UNION
    SELECT c."userId" FROM "BoardCategoryState" c JOIN "User" u ON u.id = c."userId" AND u.status = 'ACTIVE'
     WHERE c."categoryId" = ${categoryId} AND c."watchLevel" = 'WATCHING' AND c."userId" <> ${authorId}
       AND NOT EXISTS (SELECT 1 FROM "BoardThreadState" s WHERE s."threadId" = ${threadId} AND s."userId" = c."userId" AND s."watchLevel" IS NOT NULL)`;
  return rows.map((row) => row.userId);
}

/** Of the given members, the active ones who have not muted the thread. */
async function threadListeners(tx: Tx, threadId: number, userIds: Array<string | undefined>): Promise<string[]> {
  const ids = [...new Set(userIds.filter((id): id is string => Boolean(id)))];
  if (ids.length === 0) return [];
  const rows = await tx.user.findMany({
    where: { id: { in: ids }, status: "ACTIVE", boardThreadStates: { none: { threadId, watchLevel: "MUTED" } } },
    select: { id: true },
  });
  return rows.map((row) => row.id);
}

/**
 * Records that the member read the thread up to post `number` (never backwards). Only the member's own row is
 * written, so readers of a popular thread never wait on each other.
 */
export async function markRead(userId: string, threadId: number, number: number): Promise<void> {
  await db().$executeRaw`
    INSERT INTO "BoardThreadState" ("userId", "threadId", "lastReadNumber", "lastVisitedAt")
    VALUES (${userId}, ${threadId}, ${number}, now())
    ON CONFLICT ("userId", "threadId") DO UPDATE
      SET "lastReadNumber" = GREATEST("BoardThreadState"."lastReadNumber", excluded."lastReadNumber"), "lastVisitedAt" = excluded."lastVisitedAt"`;
}

/**
 * Adds the member's reaction of this kind, or takes it back; the post's kept counts follow. An added reaction
 * tells the post's author (grouped per post), if they are active and can still read the thread.
 */
export async function toggleReaction(userId: string, postId: string, kind: "THANKS" | "AGREE" | "INSIGHTFUL" | "SUPPORT"): Promise<"added" | "removed"> {
  return db().$transaction(async (tx) => {
    const removed = await tx.boardReaction.deleteMany({ where: { postId, userId, kind } });
    if (removed.count === 0) await tx.boardReaction.create({ data: { postId, userId, kind } });
    const delta = removed.count === 0 ? 1 : -1;
    await tx.$executeRaw`
      UPDATE "BoardPost" SET "reactionCounts" = jsonb_set("reactionCounts", ARRAY[${kind}], to_jsonb(GREATEST(0, coalesce(("reactionCounts"->>${kind})::int, 0) + ${delta})))
       WHERE id = ${postId}`;
    if (delta > 0) await notifyReaction(tx, postId, userId);
    return delta > 0 ? "added" : "removed";
  });
}

async function notifyReaction(tx: Tx, postId: string, reactorId: string): Promise<void> {
  // The author reads the thread still: active, the post and thread not removed, and a staff-only category only for staff.
  const [post] = await tx.$queryRaw<Array<{ authorId: string; number: number; threadId: number; slug: string; title: string }>>`
    SELECT p."authorId", p.number, t.id AS "threadId", t.slug, t.title
      FROM "BoardPost" p JOIN "BoardThread" t ON t.id = p."threadId" JOIN "BoardCategory" c ON c.id = t."categoryId"
      JOIN "User" u ON u.id = p."authorId" AND u.status = 'ACTIVE'
     WHERE p.id = ${postId} AND p."deletedAt" IS NULL AND p."hiddenAt" IS NULL AND t."deletedAt" IS NULL AND p."authorId" <> ${reactorId}
       AND (NOT c."staffOnly" OR u.role IN ('MODERATOR', 'ADMIN'))`;
  if (post) await createNotifications(tx, [notification(post.authorId, "REACTION", postId, postPayload(post.threadId, post.slug, post.title, post.number, reactorId))]);
}

/**
 * The author's edit: the text before it is kept as a revision (the first edit keeps the original as revision 1),
 * and the post is cooked again (and its search text folded again, with the thread's title for the first post).
 */
export async function editPost(edit: { postId: string; editorId: string; source: string; cooked: string; attachmentIds: string[] }): Promise<void> {
  await db().$transaction(async (tx) => {
    await editPostIn(tx, edit);
    await replaceAttachmentsIn(tx, { postId: edit.postId }, edit.attachmentIds);
  });
}

/** The edit inside the caller's transaction; a moderator's edit keeps its reason on the revision. False when nothing changed. */
export async function editPostIn(tx: Prisma.TransactionClient, edit: { postId: string; editorId: string; source: string; cooked: string; reason?: string }): Promise<boolean> {
  const post = await tx.boardPost.findUniqueOrThrow({ where: { id: edit.postId }, select: { source: true, number: true, threadId: true, thread: { select: { title: true } }, _count: { select: { revisions: true } } } });
  if (post.source === edit.source) return false;
  await tx.boardPostRevision.create({ data: { postId: edit.postId, revision: post._count.revisions + 1, source: post.source, editedById: edit.editorId, reason: edit.reason ?? null } });
  await tx.boardPost.update({ where: { id: edit.postId }, data: { source: edit.source, cooked: edit.cooked, searchText: searchDocument([post.number === 1 ? post.thread.title : null, edit.source]), editedAt: new Date() } });
  return true;
}

/**
 * The author deletes a post: it stays as a placeholder that keeps its number, its notifications and attached
 * resources are dropped, and the counters lose it. Deleting the first post removes the thread.
 */
export async function deletePost(postId: string): Promise<{ threadRemoved: boolean }> {
  return db().$transaction(async (tx) => {
    const post = await tx.boardPost.findUniqueOrThrow({ where: { id: postId }, select: { number: true, threadId: true, deletedAt: true, thread: { select: { categoryId: true } } } });
    if (post.deletedAt) return { threadRemoved: false };
    const now = new Date();
    await tx.boardPost.update({ where: { id: postId }, data: { deletedAt: now } });
    await replaceAttachmentsIn(tx, { postId }, []);
    await removeNotificationsAboutPost(tx, { id: postId, threadId: post.threadId, number: post.number });
    if (post.number === 1) {
      await removeNotificationsAboutThread(tx, post.threadId);
      await tx.boardThread.update({ where: { id: post.threadId }, data: { deletedAt: now } });
      await tx.boardCategory.update({ where: { id: post.thread.categoryId }, data: { threadCount: { decrement: 1 } } });
      return { threadRemoved: true };
    }
    await tx.boardThread.update({ where: { id: post.threadId }, data: { replyCount: { decrement: 1 } } });
    return { threadRemoved: false };
  });
}

export type NewFlag = { targetId: string; reporterId: string; reason: "HARASSMENT" | "PERSONAL_INFORMATION" | "SPAM" | "OFF_TOPIC" | "OTHER"; note: string | null };

/** A member's flag on a post, once per member and post (moderators and admins are told): false when they had flagged it already. */
export async function flagPost(flag: NewFlag): Promise<boolean> {
  try {
    await db().$transaction(async (tx) => {
      await tx.moderationFlag.create({ data: { targetType: "BoardPost", ...flag } });
      await notifyFlag(tx, { type: "BoardPost", id: flag.targetId }, flag.reporterId);
    });
    return true;
  } catch (error) {
    if (isUniqueViolation(error)) return false;
    throw error;
  }
}

/** The member's level for one thread (null: follow the category). */
export async function setThreadWatchLevel(userId: string, threadId: number, level: "WATCHING" | "NORMAL" | "MUTED" | null): Promise<void> {
  await db().boardThreadState.upsert({
    where: { userId_threadId: { userId, threadId } },
    create: { userId, threadId, watchLevel: level },
    update: { watchLevel: level },
  });
}

/** The member's level for a category; NORMAL removes the row (the default). */
export async function setCategoryWatchLevel(userId: string, categoryId: string, level: "WATCHING" | "NORMAL" | "MUTED"): Promise<void> {
  if (level === "NORMAL") await db().boardCategoryState.deleteMany({ where: { userId, categoryId } });
  else await db().boardCategoryState.upsert({ where: { userId_categoryId: { userId, categoryId } }, create: { userId, categoryId, watchLevel: level }, update: { watchLevel: level } });
}

/** "Mark all read": every thread the member has opened counts as read to its last post. */
export async function markAllThreadsRead(userId: string): Promise<number> {
  return db().$executeRaw`
    UPDATE "BoardThreadState" s SET "lastReadNumber" = t."lastPostNumber"
      FROM "BoardThread" t
     WHERE s."threadId" = t.id AND s."userId" = ${userId} AND s."lastReadNumber" > 0 AND s."lastReadNumber" < t."lastPostNumber"`;
}
