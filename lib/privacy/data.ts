import "server-only";
import { db } from "@/lib/db";

// Reads of members' data rights: the member's exports, and everything the platform holds about a member, for
// the export, read in keyset batches (never a whole table of theirs at once).

const EXPORT_FIELDS = { id: true, status: true, requestedAt: true, startedAt: true, readyAt: true, expiresAt: true, byteSize: true } as const;

export function findLatestExport(userId: string) {
  return db().dataExport.findFirst({ where: { userId }, orderBy: [{ requestedAt: "desc" }, { id: "desc" }], select: EXPORT_FIELDS });
}

export function findExport(exportId: string) {
  return db().dataExport.findUnique({ where: { id: exportId }, select: { ...EXPORT_FIELDS, userId: true } });
}

/** The ZIP's piece after `seq` (one piece, about 1 MB, per read: a download never holds the archive). */
export function readExportChunk(exportId: string, after: number) {
  return db().dataExportChunk.findFirst({ where: { exportId, seq: { gt: after } }, orderBy: { seq: "asc" }, select: { seq: true, bytes: true } });
}

/** Who may delete their account: the last active admin may not (the network would have nobody to run it). */
export async function deletionSubject(userId: string) {
  const user = await db().user.findUnique({
    where: { id: userId },
    select: { id: true, email: true, locale: true, role: true, status: true, passwordHash: true, totpSecret: true, totpEnabledAt: true },
  });
  if (!user) return null;
  const otherAdmins = user.role === "ADMIN" ? await db().user.count({ where: { role: "ADMIN", status: "ACTIVE", id: { not: userId } } }) : 0;
  return { ...user, otherAdmins };
}

// The export's contents -------------------------------------------------------------------------------------

/** The member themselves: no password hash, two-step secret or token; only whether two-step is on. */
export async function readExportProfile(userId: string) {
  const user = await db().user.findUniqueOrThrow({
    where: { id: userId },
    select: {
      id: true, name: true, displayName: true, email: true, status: true, role: true, locale: true, timeZone: true, mailShowsTitles: true,
      approvedAt: true, suspendedAt: true, totpEnabledAt: true, lastSignInAt: true, createdAt: true,
      profile: {
        select: {
          handle: true, hiddenFromDirectory: true, messagePolicy: true, campaignRequests: true, bio: true, bioVisibility: true, photoId: true, photoVisibility: true,
          countryCode: true, countryVisibility: true, languages: true, languagesVisibility: true, areasOfWork: true, keywords: true, areasVisibility: true,
          rulesVisibility: true, canHelpWith: true, canHelpWithVisibility: true, lookingFor: true, lookingForVisibility: true, organizationsVisibility: true,
          livedExperience: true, livedExperienceVisibility: true, createdAt: true, updatedAt: true,
        },
      },
      organizations: { select: { role: true, title: true, createdAt: true, organization: { select: { id: true, name: true } } } },
    },
  });
  const ruleInterests = await db().profileRuleInterest.findMany({ where: { userId }, select: { ruleNumber: true }, orderBy: { ruleNumber: "asc" } });
  return { ...user, ruleInterests: ruleInterests.map((row) => row.ruleNumber) };
}

/** The member's photo for her export (a small image: its chunks put together). */
export async function readExportPhoto(photoId: string): Promise<{ contentType: string; bytes: Uint8Array } | null> {
  const photo = await db().storedFile.findUnique({ where: { id: photoId }, select: { contentType: true, chunks: { orderBy: { index: "asc" }, select: { bytes: true } } } });
  return photo ? { contentType: photo.contentType, bytes: Buffer.concat(photo.chunks.map((chunk) => chunk.bytes)) } : null;
}

type Batch = { rows: unknown[]; next: string | null };
/** One file of the export: its rows, `take` at a time after the cursor `after` (null: from the start). */
export type ExportSection = { file: string; read: (userId: string, after: string | null, take: number) => Promise<Batch> };

function batch<T extends { id: string }>(rows: T[], take: number): Batch {
  return { rows, next: rows.length === take ? rows.at(-1)!.id : null };
}
/** Keyset pages in (createdAt, id) order: each table's index on (owner, createdAt) serves them. */
const page = (after: string | null, take: number) => ({ take, orderBy: [{ createdAt: "asc" as const }, { id: "asc" as const }], ...(after ? { cursor: { id: after }, skip: 1 } : {}) });

/**
 * Every table that holds something of a member's, one file each. A new table that holds a member's data gets
 * a line here (and its deletion in lib/members/mutations.ts `erasePersonWithin`).
 */
export const EXPORT_SECTIONS: readonly ExportSection[] = [
  {
    file: "applications.json",
    read: async (userId, after, take) =>
      batch(
        await db().membershipApplication.findMany({
          where: { userId },
          ...page(after, take),
          select: {
            id: true, kind: true, status: true, countryCode: true, organizationId: true, proposedOrgName: true, proposedOrgWebsite: true, proposedOrgCountryCode: true,
            languages: true, workDescription: true, vouchedBy: true, livedExperience: true, consentedAt: true, submittedAt: true, infoRequest: true,
            decisionReason: true, decidedAt: true, createdAt: true,
          },
        }),
        take,
      ),
  },
  {
    file: "threads.json",
    read: async (userId, after, take) => {
      const rows = await db().boardThread.findMany({
        where: { authorId: userId, ...(after ? { id: { gt: Number(after) } } : {}) },
        orderBy: { id: "asc" },
        take,
        select: { id: true, title: true, language: true, categoryId: true, createdAt: true, deletedAt: true, lockedAt: true },
      });
      return { rows, next: rows.length === take ? String(rows.at(-1)!.id) : null };
    },
  },
  {
    file: "posts.json",
    read: async (userId, after, take) => {
      const posts = await db().boardPost.findMany({
        where: { authorId: userId },
        ...page(after, take),
        // Attached resources by id (a reference: the resource is its author's, in resources.json for her own).
        select: { id: true, threadId: true, number: true, replyToNumber: true, source: true, language: true, reactionCounts: true, createdAt: true, editedAt: true, deletedAt: true, hiddenAt: true, attachments: { select: { resourceId: true }, orderBy: { position: "asc" } } },
      });
      // Their posts' earlier versions, in one query per batch.
      const revisions = await db().boardPostRevision.findMany({
        where: { postId: { in: posts.map((post) => post.id) } },
        orderBy: [{ postId: "asc" }, { revision: "asc" }],
        select: { postId: true, revision: true, source: true, createdAt: true },
      });
      const byPost = new Map<string, Array<{ revision: number; source: string; createdAt: Date }>>();
      for (const { postId, ...revision } of revisions) byPost.set(postId, [...(byPost.get(postId) ?? []), revision]);
      return batch(posts.map((post) => ({ ...post, revisions: byPost.get(post.id) ?? [] })), take);
    },
  },
  {
    file: "reactions.json",
    read: async (userId, after, take) => {
      const rows = await db().boardReaction.findMany({
        where: { userId, ...(after ? { postId: { gt: after } } : {}) },
        orderBy: [{ postId: "asc" }, { kind: "asc" }],
        take,
        select: { postId: true, kind: true, createdAt: true },
      });
      // A post may hold several of their reactions: the cursor moves past a post only once all of them are read.
      if (rows.length < take) return { rows, next: null };
      const last = rows.at(-1)!.postId;
      const whole = rows.filter((row) => row.postId !== last);
      if (whole.length === 0) {
        const all = await db().boardReaction.findMany({ where: { userId, postId: last }, orderBy: { kind: "asc" }, select: { postId: true, kind: true, createdAt: true } });
        return { rows: all, next: last };
      }
      return { rows: whole, next: whole.at(-1)!.postId };
    },
  },
  {
    file: "collaboration-requests.json",
    read: async (userId, after, take) =>
      batch(
        await db().collaborationRequest.findMany({
          where: { authorId: userId },
          ...page(after, take),
          select: { id: true, kind: true, title: true, source: true, needs: true, languages: true, deadline: true, visibility: true, status: true, outcome: true, createdAt: true, closedAt: true, attachments: { select: { resourceId: true }, orderBy: { position: "asc" } } },
        }),
        take,
      ),
  },
  {
    file: "resources.json",
    read: async (userId, after, take) =>
      batch(
        await db().resource.findMany({
          where: { authorId: userId },
          ...page(after, take),
          select: {
            id: true, type: true, title: true, summarySource: true, languages: true, year: true, visibility: true, status: true, createdAt: true,
            versions: { select: { number: true, linkUrl: true, fileName: true, createdAt: true }, orderBy: { number: "asc" } },
          },
        }),
        take,
      ),
  },
  {
    file: "collaboration-responses.json",
    read: async (userId, after, take) =>
      batch(
        await db().collaborationResponse.findMany({
          where: { responderId: userId },
          ...page(after, take),
          select: { id: true, requestId: true, source: true, status: true, decisionMessage: true, decidedAt: true, createdAt: true },
        }),
        take,
      ),
  },
  {
    file: "conversations.json",
    read: async (userId, after, take) => {
      const rows = await db().conversationParticipant.findMany({
        where: { userId, ...(after ? { conversationId: { gt: after } } : {}) },
        orderBy: { conversationId: "asc" },
        take,
        select: {
          conversationId: true, joinedAt: true, leftAt: true,
          // Other participants by the name they show the network only.
          conversation: { select: { kind: true, title: true, createdAt: true, participants: { select: { userId: true, user: { select: { displayName: true } } } } } },
        },
      });
      const shaped = rows.map((row) => ({
        id: row.conversationId,
        kind: row.conversation.kind,
        title: row.conversation.title,
        createdAt: row.conversation.createdAt,
        joinedAt: row.joinedAt,
        leftAt: row.leftAt,
        participants: row.conversation.participants.map((participant) => ({ id: participant.userId, displayName: participant.user.displayName })),
      }));
      return batch(shaped, take);
    },
  },
  {
    file: "messages.json",
    // Every message of the conversations they are (or were) in, as they could read them: what others deleted,
    // or moderators hid, without its text. Conversation by conversation, in number order (its unique index);
    // the cursor is "conversationId|number".
    read: async (userId, after, take) => {
      const [afterConversation = "", afterNumber = "0"] = (after ?? "").split("|");
      const conversations = await db().conversationParticipant.findMany({ where: { userId, conversationId: { gte: afterConversation } }, orderBy: { conversationId: "asc" }, select: { conversationId: true } });
      for (const { conversationId } of conversations) {
        const rows = await db().conversationMessage.findMany({
          where: { conversationId, number: { gt: conversationId === afterConversation ? Number(afterNumber) : 0 } },
          orderBy: { number: "asc" },
          take,
          select: { id: true, conversationId: true, number: true, authorId: true, kind: true, source: true, payload: true, createdAt: true, editedAt: true, deletedAt: true, hiddenAt: true, attachments: { select: { resourceId: true }, orderBy: { position: "asc" } } },
        });
        if (rows.length === 0) continue;
        const shaped = rows.map((row) => {
          const withheld = row.authorId !== userId && (row.deletedAt !== null || row.hiddenAt !== null);
          return { ...row, source: withheld ? null : row.source, attachments: withheld ? [] : row.attachments, mine: row.authorId === userId };
        });
        return { rows: shaped, next: `${conversationId}|${rows.at(-1)!.number}` };
      }
      return { rows: [], next: null };
    },
  },
  {
    file: "notifications.json",
    read: async (userId, after, take) =>
      batch(await db().notification.findMany({ where: { userId }, ...page(after, take), select: { id: true, type: true, subjectType: true, subjectId: true, payload: true, readAt: true, delivery: true, createdAt: true } }), take),
  },
  {
    file: "notification-preferences.json",
    read: async (userId) => ({ rows: await db().notificationPreference.findMany({ where: { userId }, select: { topic: true, delivery: true } }), next: null }),
  },
  {
    file: "people-kept-away.json",
    // Whom they muted or blocked (lib/safety, lib/conversations), by id: the others' data stays theirs.
    read: async (userId) => {
      const [mutes, blocks] = await Promise.all([
        db().memberMute.findMany({ where: { muterId: userId }, orderBy: { createdAt: "asc" }, select: { mutedId: true, createdAt: true } }),
        db().memberBlock.findMany({ where: { blockerId: userId }, orderBy: { createdAt: "asc" }, select: { blockedId: true, createdAt: true } }),
      ]);
      const rows = [...mutes.map((mute) => ({ kind: "mute", memberId: mute.mutedId, since: mute.createdAt })), ...blocks.map((block) => ({ kind: "block", memberId: block.blockedId, since: block.createdAt }))];
      return { rows, next: null };
    },
  },
  {
    file: "sessions.json",
    // Which browsers are signed in, never the session token.
    read: async (userId) => ({ rows: await db().session.findMany({ where: { userId }, orderBy: { createdAt: "asc" }, select: { userAgent: true, createdAt: true, lastUsedAt: true, expires: true } }), next: null }),
  },
  {
    file: "audit-entries.json",
    read: async (userId, after, take) =>
      batch(
        await db().auditLog.findMany({ where: { targetType: "User", targetId: userId }, ...page(after, take), select: { id: true, createdAt: true, action: true, actorId: true, reason: true, metadata: true } }),
        take,
      ),
  },
  {
    file: "private-field-reads.json",
    // Admins' reads of their private fields, with the reader's display name (as on /account/privacy).
    read: async (userId, after, take) => {
      const entries = await db().auditLog.findMany({
        where: { targetType: "User", targetId: userId, action: "profile.private-fields-read" },
        ...page(after, take),
        select: { id: true, createdAt: true, actorId: true, metadata: true },
      });
      const actorIds = [...new Set(entries.flatMap((entry) => (entry.actorId ? [entry.actorId] : [])))];
      const actors = await db().user.findMany({ where: { id: { in: actorIds } }, select: { id: true, displayName: true } });
      const names = new Map(actors.map((actor) => [actor.id, actor.displayName]));
      return batch(entries.map((entry) => ({ ...entry, readerName: entry.actorId ? (names.get(entry.actorId) ?? null) : null })), take);
    },
  },
  {
    file: "campaign-spotlights.json",
    // Public campaigns' spotlights featuring her or answered by her: what was proposed, her answer, what is public.
    read: async (userId, after, take) =>
      batch(
        await db().campaignSpotlight.findMany({
          where: { OR: [{ memberId: userId }, { consentById: userId }] },
          ...page(after, take),
          select: {
            id: true, subject: true, publishAt: true, publishedAt: true, consent: true, consentRequestedAt: true, consentDecidedAt: true, approved: true, createdAt: true,
            campaign: { select: { slug: true } },
            texts: { select: { locale: true, story: true, quote: true } },
          },
        }),
        take,
      ),
  },
];
