import "server-only";
import { db } from "@/lib/db";
import type { CollaborationKind, Prisma } from "@/lib/generated/prisma/client";
import { addParticipants, createConversation, postSystemMessage } from "@/lib/conversations/mutations";
import { createNotifications, notifyFlag, removeNotificationsAboutExcept, removeNotificationsBy, type NewNotification } from "@/lib/notifications/mutations";
import { searchDocument } from "@/lib/search/text";
import { memberMatchQuery } from "./data";
import { candidateTokens, requestTokens, tokenGroups, WORKSPACE_SUBJECT, type PlaceCodes } from "./format";
import { isClosed, takesInterest } from "./policy";
import { replaceAttachmentsIn } from "@/lib/resources/mutations";

// Writes of collaboration requests. A request and its tags (countries, rules, named members, match tokens) are
// one transaction, with the notifications of the members it names. A response, a decision and a withdrawal
// each lock the request's row first (SELECT … FOR UPDATE), so they happen one at a time per request and are
// decided on the request as it is then: closed or past its deadline meanwhile, already answered, already decided.
// Accepting opens the request's workspace (a conversation of lib/conversations) in the same transaction; status
// changes are told in its timeline.

type Tx = Prisma.TransactionClient;

export type RequestWrite = {
  authorId: string;
  organizationId: string | null;
  kind: CollaborationKind;
  title: string;
  source: string;
  cooked: string;
  /** Members the description mentions who may read it (resolved by the service): told as a mention. */
  mentionedIds: string[];
  needs: string;
  languages: string[];
  deadline: Date | null;
  collaboratorsWanted: number;
  visibility: "NETWORK" | "NAMED";
  countryCodes: string[];
  ruleNumbers: number[];
  namedUserIds: string[];
  places: PlaceCodes[];
  /** Resources attached, in order (checked by the service). */
  attachmentIds?: string[];
};

const payload = (requestId: string, title: string, actorId: string) => ({ requestId, title, authorId: actorId });

const notice = (userId: string, type: NewNotification["type"], requestId: string, title: string, actorId: string): NewNotification => ({
  userId,
  type,
  subjectType: "CollaborationRequest",
  subjectId: requestId,
  payload: payload(requestId, title, actorId),
});

function columns(write: RequestWrite) {
  return {
    kind: write.kind,
    title: write.title,
    source: write.source,
    cooked: write.cooked,
    needs: write.needs,
    languages: write.languages,
    deadline: write.deadline,
    collaboratorsWanted: write.collaboratorsWanted,
    visibility: write.visibility,
    searchText: searchDocument([write.title, write.source, write.needs]),
    matchTokens: requestTokens({ kind: write.kind, countries: write.places, ruleNumbers: write.ruleNumbers, languages: write.languages, organizationId: write.organizationId }),
  };
}

export async function insertRequest(write: RequestWrite): Promise<{ id: string }> {
  return db().$transaction(async (tx) => {
    const created = await tx.collaborationRequest.create({
      data: {
        ...columns(write),
        authorId: write.authorId,
        organizationId: write.organizationId,
        countries: write.countryCodes.length ? { createMany: { data: write.countryCodes.map((countryCode) => ({ countryCode })) } } : undefined,
        rules: write.ruleNumbers.length ? { createMany: { data: write.ruleNumbers.map((ruleNumber) => ({ ruleNumber })) } } : undefined,
        members: write.namedUserIds.length ? { createMany: { data: write.namedUserIds.map((userId) => ({ userId })) } } : undefined,
      },
      select: { id: true },
    });
    if (write.attachmentIds?.length) await replaceAttachmentsIn(tx, { requestId: created.id }, write.attachmentIds);
    await createNotifications(tx, write.namedUserIds.filter((id) => id !== write.authorId).map((userId) => notice(userId, "COLLABORATION_NAMED", created.id, write.title, write.authorId)));
    await tellMentioned(tx, created.id, write, write.authorId, new Set(write.namedUserIds));
    if (write.visibility === "NETWORK") {
      const fitting = await membersToTell(tx, created.id, write);
      await createNotifications(tx, fitting.map((userId) => notice(userId, "COLLABORATION_MATCH", created.id, write.title, write.authorId)));
    }
    return created;
  });
}

/**
 * Tells the members the description mentions, once per request: not its writer, not those just told they were
 * named (one notice is enough), not anyone already told of a mention in it (an edit does not ring again).
 */
async function tellMentioned(tx: Tx, requestId: string, write: Pick<RequestWrite, "mentionedIds" | "title">, writerId: string, justNamed: ReadonlySet<string>): Promise<void> {
  const candidates = write.mentionedIds.filter((userId) => userId !== writerId && !justNamed.has(userId));
  if (candidates.length === 0) return;
  const told = await tx.notification.findMany({
    where: { type: "COLLABORATION_MENTION", subjectType: "CollaborationRequest", subjectId: requestId, userId: { in: candidates } },
    select: { userId: true },
  });
  const alreadyTold = new Set(told.map((row) => row.userId));
  await createNotifications(tx, candidates.filter((userId) => !alreadyTold.has(userId)).map((userId) => notice(userId, "COLLABORATION_MENTION", requestId, write.title, writerId)));
}

/** How many members a new request tells that it fits them: the best few, so a broad request floods nobody. */
export const MATCH_NOTIFICATIONS = 10;

/**
 * The members a new request fits best, by what their directory listing shows the network (the author's "members
 * who fit" ranking), leaving out the author side.
 */
async function membersToTell(tx: Tx, requestId: string, write: RequestWrite): Promise<string[]> {
  const tokens = requestTokens({ kind: write.kind, countries: write.places, ruleNumbers: write.ruleNumbers, languages: write.languages, organizationId: write.organizationId });
  const groups = tokenGroups(tokens, write.places);
  const strong = candidateTokens(groups);
  if (strong.length === 0) return [];
  const representatives = write.organizationId
    ? (await tx.organizationMembership.findMany({ where: { organizationId: write.organizationId, role: "REPRESENTATIVE" }, select: { userId: true } })).map((row) => row.userId)
    : [];
  const rows = await tx.$queryRaw<Array<{ userId: string }>>(
    memberMatchQuery({ requestId, groups, tokens, strong, excluded: [write.authorId, ...representatives], namedOnly: null, take: MATCH_NOTIFICATIONS }),
  );
  return rows.map((row) => row.userId);
}

/**
 * The author side's edit: the fields and every tag replaced at once; members newly named are told, and when it
 * is shown only to the members named, everyone else's notifications about it go (they can no longer read it).
 */
export async function updateRequest(id: string, editorId: string, write: Omit<RequestWrite, "authorId">): Promise<void> {
  await db().$transaction(async (tx) => {
    const before = await tx.collaborationRequestMember.findMany({ where: { requestId: id }, select: { userId: true } });
    // An edit's deadline is today or later (or none): its author may be told again when it passes.
    await tx.collaborationRequest.update({ where: { id }, data: { ...columns({ ...write, authorId: editorId }), deadlineNoticeAt: null } });
    await tx.collaborationRequestCountry.deleteMany({ where: { requestId: id } });
    await tx.collaborationRequestRule.deleteMany({ where: { requestId: id } });
    await tx.collaborationRequestMember.deleteMany({ where: { requestId: id } });
    if (write.countryCodes.length) await tx.collaborationRequestCountry.createMany({ data: write.countryCodes.map((countryCode) => ({ requestId: id, countryCode })) });
    if (write.ruleNumbers.length) await tx.collaborationRequestRule.createMany({ data: write.ruleNumbers.map((ruleNumber) => ({ requestId: id, ruleNumber })) });
    if (write.namedUserIds.length) await tx.collaborationRequestMember.createMany({ data: write.namedUserIds.map((userId) => ({ requestId: id, userId })) });
    await replaceAttachmentsIn(tx, { requestId: id }, write.attachmentIds ?? []);
    const already = new Set(before.map((row) => row.userId));
    await createNotifications(tx, write.namedUserIds.filter((userId) => !already.has(userId) && userId !== editorId).map((userId) => notice(userId, "COLLABORATION_NAMED", id, write.title, editorId)));
    await tellMentioned(tx, id, write, editorId, new Set(write.namedUserIds.filter((userId) => !already.has(userId))));
    if (write.visibility === "NAMED") {
      const request = await tx.collaborationRequest.findUniqueOrThrow({ where: { id }, select: { authorId: true, organizationId: true } });
      const representatives = request.organizationId ? await tx.organizationMembership.findMany({ where: { organizationId: request.organizationId, role: "REPRESENTATIVE" }, select: { userId: true } }) : [];
      await removeNotificationsAboutExcept(tx, "CollaborationRequest", id, [request.authorId, ...representatives.map((row) => row.userId), ...write.namedUserIds]);
    }
  });
}

export type StatusChange =
  | { to: "IN_PROGRESS" }
  | { to: "OPEN" }
  | { to: "COMPLETED" | "CANCELLED"; outcome: string | null; outcomeShared: boolean };

/**
 * Moves a request's status if it is still in a state that allows it; false when it was not (changed meanwhile).
 * The workspace, if the request has one, says so in its timeline, in the same transaction.
 */
export async function changeRequestStatus(id: string, actorId: string, change: StatusChange): Promise<boolean> {
  const from = change.to === "IN_PROGRESS" ? ["OPEN"] : change.to === "OPEN" ? ["COMPLETED", "CANCELLED"] : ["OPEN", "IN_PROGRESS"];
  const data =
    change.to === "OPEN"
      ? { status: "OPEN" as const, closedAt: null, outcome: null, outcomeShared: false }
      : change.to === "IN_PROGRESS"
        ? { status: "IN_PROGRESS" as const }
        : { status: change.to, outcome: change.outcome, outcomeShared: change.outcome !== null && change.outcomeShared, closedAt: new Date() };
  return db().$transaction(async (tx) => {
    const { count } = await tx.collaborationRequest.updateMany({ where: { id, status: { in: from as Array<"OPEN" | "IN_PROGRESS" | "COMPLETED" | "CANCELLED"> } }, data });
    if (count !== 1) return false;
    const workspace = await findWorkspace(tx, id);
    if (workspace) await postSystemMessage(tx, workspace.id, { type: "status", actorId, status: change.to });
    return true;
  });
}

/** A request's workspace is the WORKSPACE conversation whose subject is the request. */
function findWorkspace(tx: Tx, requestId: string) {
  return tx.conversation.findFirst({ where: { kind: "WORKSPACE", subjectType: WORKSPACE_SUBJECT, subjectId: requestId }, select: { id: true } });
}

/**
 * The request's workspace, inside the acceptance's transaction (the request's row is locked, so two acceptances
 * never open two): the first acceptance opens it with the author side and the accepted responder; each later
 * one adds its responder, said in the timeline. Returns the conversation's id.
 */
async function openWorkspace(tx: Tx, request: LockedRequest, responderId: string, deciderId: string): Promise<string> {
  const existing = await findWorkspace(tx, request.id);
  if (existing) {
    const added = await addParticipants(tx, { conversationId: existing.id, userIds: [responderId], addedById: deciderId });
    if (added.length) await postSystemMessage(tx, existing.id, { type: "added", actorId: deciderId, userIds: added });
    return existing.id;
  }
  const team = await authorSide(tx, request, responderId);
  const { id } = await createConversation(tx, { kind: "WORKSPACE", title: request.title, subject: { type: WORKSPACE_SUBJECT, id: request.id }, creatorId: deciderId, participantIds: [...team, responderId] });
  await postSystemMessage(tx, id, { type: "created", actorId: deciderId });
  return id;
}

type LockedRequest = { id: string; title: string; status: "OPEN" | "IN_PROGRESS" | "COMPLETED" | "CANCELLED"; deadline: Date | null; authorId: string; organizationId: string | null };

async function lockRequest(tx: Tx, id: string): Promise<LockedRequest | null> {
  // The deadline as text: a calendar day, read the same whatever the server's or the driver's time zone.
  const [row] = await tx.$queryRaw<Array<Omit<LockedRequest, "deadline"> & { deadline: string | null }>>`
    SELECT id, title, status::text AS status, deadline::text AS deadline, "authorId", "organizationId" FROM "CollaborationRequest" WHERE id = ${id} FOR UPDATE`;
  return row ? { ...row, deadline: row.deadline ? new Date(`${row.deadline}T00:00:00Z`) : null } : null;
}

/** The author and the active representatives of the request's organization, but not `except`. */
async function authorSide(tx: Tx, request: LockedRequest, except: string): Promise<string[]> {
  const representatives = request.organizationId
    ? await tx.organizationMembership.findMany({ where: { organizationId: request.organizationId, role: "REPRESENTATIVE", user: { status: "ACTIVE" } }, select: { userId: true } })
    : [];
  const author = await tx.user.findFirst({ where: { id: request.authorId, status: "ACTIVE" }, select: { id: true } });
  return [...new Set([...(author ? [author.id] : []), ...representatives.map((row) => row.userId)])].filter((id) => id !== except);
}

export type ResponseOutcome = { ok: true; id: string } | { ok: false; reason: "closed" | "already" | "gone" };

export async function insertResponse(response: { requestId: string; responderId: string; organizationId: string | null; source: string; cooked: string }): Promise<ResponseOutcome> {
  return db().$transaction(async (tx) => {
    const request = await lockRequest(tx, response.requestId);
    if (!request) return { ok: false, reason: "gone" } as const;
    if (!takesInterest(request)) return { ok: false, reason: "closed" } as const;
    const open = await tx.collaborationResponse.count({ where: { requestId: request.id, responderId: response.responderId, status: { in: ["OPEN", "ACCEPTED"] } } });
    if (open > 0) return { ok: false, reason: "already" } as const;
    const created = await tx.collaborationResponse.create({ data: response, select: { id: true } });
    await tx.collaborationRequest.update({ where: { id: request.id }, data: { responseCount: { increment: 1 } } });
    const recipients = await authorSide(tx, request, response.responderId);
    await createNotifications(tx, recipients.map((userId) => notice(userId, "COLLABORATION_RESPONSE", request.id, request.title, response.responderId)));
    return { ok: true, id: created.id } as const;
  });
}

export type DecisionOutcome = { ok: true; requestId: string } | { ok: false; reason: "closed" | "decided" | "gone" };

/**
 * Accepts or declines a response, in one transaction with its side effects: the response, the request's counters
 * and status (a first acceptance moves an open request to "in progress"), the responder's notification and the
 * request's workspace.
 */
export async function decideResponse(decision: { responseId: string; deciderId: string; accept: boolean; message: string | null }): Promise<DecisionOutcome> {
  return db().$transaction(async (tx) => {
    const found = await tx.collaborationResponse.findUnique({ where: { id: decision.responseId }, select: { requestId: true } });
    const request = found && (await lockRequest(tx, found.requestId));
    if (!found || !request) return { ok: false, reason: "gone" } as const;
    if (isClosed(request)) return { ok: false, reason: "closed" } as const;
    const response = await tx.collaborationResponse.findUniqueOrThrow({ where: { id: decision.responseId }, select: { id: true, responderId: true, status: true } });
    if (response.status !== "OPEN") return { ok: false, reason: "decided" } as const;
    await tx.collaborationResponse.update({
      where: { id: response.id },
      data: { status: decision.accept ? "ACCEPTED" : "DECLINED", decisionMessage: decision.message, decidedAt: new Date(), decidedById: decision.deciderId },
    });
    await tx.collaborationRequest.update({
      where: { id: request.id },
      data: decision.accept ? { acceptedCount: { increment: 1 }, ...(request.status === "OPEN" ? { status: "IN_PROGRESS" } : {}) } : { responseCount: { decrement: 1 } },
    });
    if (decision.accept) await openWorkspace(tx, request, response.responderId, decision.deciderId);
    await createNotifications(tx, [notice(response.responderId, decision.accept ? "COLLABORATION_ACCEPTED" : "COLLABORATION_DECLINED", request.id, request.title, decision.deciderId)]);
    return { ok: true, requestId: request.id } as const;
  });
}

/** The responder takes back an open response; the author side is told. */
export async function withdrawResponse(responseId: string, responderId: string): Promise<{ ok: boolean; requestId: string | null }> {
  return db().$transaction(async (tx) => {
    const found = await tx.collaborationResponse.findUnique({ where: { id: responseId }, select: { requestId: true } });
    const request = found && (await lockRequest(tx, found.requestId));
    if (!found || !request) return { ok: false, requestId: null };
    const { count } = await tx.collaborationResponse.updateMany({ where: { id: responseId, responderId, status: "OPEN" }, data: { status: "WITHDRAWN" } });
    if (count === 0) return { ok: false, requestId: request.id };
    await tx.collaborationRequest.update({ where: { id: request.id }, data: { responseCount: { decrement: 1 } } });
    // The response is gone: so is "X responded" (the author side hears of the withdrawal instead).
    await removeNotificationsBy(tx, { subjectType: "CollaborationRequest", subjectId: request.id, type: "COLLABORATION_RESPONSE", actorId: responderId });
    const recipients = await authorSide(tx, request, responderId);
    await createNotifications(tx, recipients.map((userId) => notice(userId, "COLLABORATION_WITHDRAWN", request.id, request.title, responderId)));
    return { ok: true, requestId: request.id };
  });
}

/** An invitation to respond: a notification to the member, once per request. */
export async function insertInvitation(request: { id: string; title: string }, inviterId: string, userId: string): Promise<void> {
  await db().$transaction(async (tx) => {
    await createNotifications(tx, [notice(userId, "COLLABORATION_INVITED", request.id, request.title, inviterId)]);
  });
}

/** A member's flag on a request, once per member: false when they had flagged it already. */
export async function flagRequest(flag: { targetId: string; reporterId: string; reason: "HARASSMENT" | "PERSONAL_INFORMATION" | "SPAM" | "OFF_TOPIC" | "OTHER"; note: string | null }): Promise<boolean> {
  return db().$transaction(async (tx) => {
    const { count } = await tx.moderationFlag.createMany({ data: [{ targetType: "CollaborationRequest", ...flag }], skipDuplicates: true });
    if (count === 1) await notifyFlag(tx, { type: "CollaborationRequest", id: flag.targetId }, flag.reporterId);
    return count === 1;
  });
}

/**
 * Tells the author side of each open request whose deadline (a UTC calendar day) has passed, once: the request
 * stops taking interest by itself; they may close it or set a new deadline. Batches of `batchSize`, each one
 * transaction (rows claimed with SKIP LOCKED, so two workers never tell anyone twice). Returns how many.
 */
export async function noticePassedDeadlines(now: Date, batchSize = 100): Promise<number> {
  const today = now.toISOString().slice(0, 10);
  let told = 0;
  for (;;) {
    const batch = await db().$transaction(async (tx) => {
      const due = await tx.$queryRaw<Array<{ id: string }>>`
        WITH due AS MATERIALIZED (
          SELECT id FROM "CollaborationRequest"
           WHERE status = 'OPEN' AND deadline < ${today}::date AND "deadlineNoticeAt" IS NULL
           ORDER BY deadline, id LIMIT ${batchSize} FOR UPDATE SKIP LOCKED)
        UPDATE "CollaborationRequest" r SET "deadlineNoticeAt" = ${now.toISOString()}::timestamp(3) FROM due WHERE r.id = due.id RETURNING r.id`;
      for (const { id } of due) {
        const request = await lockRequest(tx, id);
        if (!request) continue;
        const recipients = await authorSide(tx, request, "");
        await createNotifications(tx, recipients.map((userId) => notice(userId, "COLLABORATION_DEADLINE_PASSED", request.id, request.title, request.authorId)));
      }
      return due.length;
    });
    told += batch;
    if (batch < batchSize) return told;
  }
}
