import "server-only";
// The board's reads for its services: categories, a thread's access facts, who may be mentioned, and a
// member's recent posts (for the repeat check). Pages' reads (lists, thread pages) come with them later.
import { db } from "@/lib/db";

const CATEGORY_ACCESS = { id: true, slug: true, staffOnly: true, staffStartsThreads: true } as const;

export function findCategoryBySlug(slug: string) {
  return db().boardCategory.findUnique({ where: { slug }, select: CATEGORY_ACCESS });
}

/** What deciding on a reply needs of a thread, as it is now. */
export function findThreadAccess(id: number) {
  return db().boardThread.findUnique({ where: { id }, select: { id: true, lockedAt: true, deletedAt: true, language: true, category: { select: CATEGORY_ACCESS } } });
}

/**
 * Active members with these handles who may read where they are mentioned (for a staff-only category, staff
 * with two-step verification only): the others' mentions stay plain text and notify nobody.
 */
export async function findMentionable(handles: string[], staffOnly: boolean): Promise<Array<{ userId: string; handle: string }>> {
  if (handles.length === 0) return [];
  return db().advocateProfile.findMany({
    where: {
      handle: { in: handles },
      user: { status: "ACTIVE", ...(staffOnly ? { role: { in: ["MODERATOR", "ADMIN"] }, totpEnabledAt: { not: null } } : {}) },
    },
    select: { userId: true, handle: true },
  });
}

/** Whether the member posted exactly this text since `since` (a repeat, by mistake or as spam). */
export async function postedSameTextSince(authorId: string, source: string, since: Date): Promise<boolean> {
  return (await db().boardPost.count({ where: { authorId, createdAt: { gte: since }, source, deletedAt: null } })) > 0;
}

/** When the member was approved, for the tighter limits of the first week. */
export async function findApprovedAt(userId: string): Promise<Date | null> {
  return (await db().user.findUnique({ where: { id: userId }, select: { approvedAt: true } }))?.approvedAt ?? null;
}

/** Which of these rules and countries exist (others are refused). */
export async function findKnownTags(ruleNumbers: number[], countryCodes: string[]) {
  const [rules, countries] = await Promise.all([
    ruleNumbers.length ? db().bangkokRule.findMany({ where: { number: { in: ruleNumbers } }, select: { number: true } }) : [],
    countryCodes.length ? db().country.findMany({ where: { code: { in: countryCodes } }, select: { code: true } }) : [],
  ]);
  return { ruleNumbers: rules.map((rule) => rule.number), countryCodes: countries.map((country) => country.code) };
}
