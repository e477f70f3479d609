// The scheduled jobs' work, run as the worker runs it (lib/jobs/registry.ts): clean-up of what sign-in, rate
// limits and the outbox leave behind; the authors of open requests told, once, that their deadline passed.
import { beforeEach, describe, expect, it } from "vitest";
import { editRequest, postRequest } from "@/lib/collaborations/request-service";
import { editRequestSchema, requestSchema } from "@/lib/collaborations/schema";
import { jobHandlers } from "@/lib/jobs/registry";
import { seedReferenceData } from "@/prisma/seed/reference";
import { createMember } from "@/tests/factories/users";
import { db, signInAs } from "./support/viewers";

const handlers = jobHandlers({ transport: null });
const context = { stopping: () => false };
const HOUR = 3_600_000;
const DAY = 24 * HOUR;
const ago = (ms: number) => new Date(Date.now() - ms);

describe("clean-up", () => {
  it("deletes expired sessions, challenges, tokens, stale rate-limit counters and old sent email, and keeps the rest", async () => {
    const member = await createMember(db());
    await db().session.createMany({ data: [
      { sessionToken: "expired", userId: member.id, expires: ago(HOUR) },
      { sessionToken: "current", userId: member.id, expires: new Date(Date.now() + DAY) },
    ] });
    await db().signInChallenge.createMany({ data: [
      { userId: member.id, tokenHash: "old", method: "password", expiresAt: ago(60_000) },
      { userId: member.id, tokenHash: "live", method: "password", expiresAt: new Date(Date.now() + 60_000) },
    ] });
    await db().authToken.createMany({ data: [
      { userId: member.id, purpose: "RESET_PASSWORD", tokenHash: "long-gone", expiresAt: ago(2 * DAY) },
      // Expired an hour ago: kept a day, so a late click is told "expired" rather than "unknown".
      { userId: member.id, purpose: "RESET_PASSWORD", tokenHash: "just-expired", expiresAt: ago(HOUR) },
    ] });
    await db().rateLimit.createMany({ data: [
      { key: "stale", windowStart: ago(30 * DAY), count: 3 },
      { key: "fresh", windowStart: ago(60_000), count: 1 },
    ] });
    await db().outboxEmail.createMany({ data: [
      { to: "a@example.org", locale: "en", template: "auth.magic-link", subject: "s", text: "[sent]", status: "SENT", createdAt: ago(100 * DAY) },
      { to: "b@example.org", locale: "en", template: "auth.magic-link", subject: "s", text: "[sent]", status: "SENT", createdAt: ago(DAY) },
      { to: "c@example.org", locale: "en", template: "auth.magic-link", subject: "s", text: "body", status: "PENDING", createdAt: ago(100 * DAY) },
    ] });

    const result = await handlers["clean-up"]({}, context);

    expect(result).toMatchObject({ sessions: 1, challenges: 1, tokens: 1, rateLimits: 1, outbox: 1 });
    expect((await db().session.findMany()).map((row) => row.sessionToken)).toEqual(["current"]);
    expect((await db().signInChallenge.findMany()).map((row) => row.tokenHash)).toEqual(["live"]);
    expect((await db().authToken.findMany()).map((row) => row.tokenHash)).toEqual(["just-expired"]);
    expect((await db().rateLimit.findMany()).map((row) => row.key)).toEqual(["fresh"]);
    expect((await db().outboxEmail.findMany({ orderBy: { to: "asc" } })).map((row) => row.to)).toEqual(["b@example.org", "c@example.org"]);
  });
});

describe("collaboration deadlines", () => {
  beforeEach(async () => {
    await seedReferenceData(db());
  });

  const fields = (deadline: string) => ({ kind: "RESEARCH", title: "Co-authors for a report on pregnancy in custody", body: "Looking for co-authors.", needs: "Research experience.", collaboratorsWanted: "1", visibility: "NETWORK", "countries[]": ["BR"], "rules[]": ["48"], "languages[]": ["pt"], deadline });
  const form = (deadline: string) => requestSchema.parse(fields(deadline));
  const day = (offset: number) => new Date(Date.now() + offset * DAY).toISOString().slice(0, 10);

  it("tells the author of an open request once that its deadline passed, and again only after a new deadline passes", async () => {
    const author = await signInAs(await createMember(db(), { displayName: "Author", approvedAt: ago(60 * DAY) }));
    const passed = await postRequest(author, form(day(3)));
    const today = await postRequest(author, form(day(3)));
    const closed = await postRequest(author, form(day(3)));
    // Deadlines can only be set ahead; time passes here by moving them back.
    await db().$executeRaw`UPDATE "CollaborationRequest" SET deadline = current_date - 1 WHERE id IN (${passed.id}, ${closed.id})`;
    await db().$executeRaw`UPDATE "CollaborationRequest" SET deadline = current_date WHERE id = ${today.id}`;
    await db().collaborationRequest.update({ where: { id: closed.id }, data: { status: "CANCELLED" } });

    expect(await handlers["collaboration-deadlines"]({}, context)).toEqual({ told: 1 });
    expect(await handlers["collaboration-deadlines"]({}, context)).toEqual({ told: 0 });
    const notices = await db().notification.findMany({ where: { type: "COLLABORATION_DEADLINE_PASSED" } });
    expect(notices.map((notice) => [notice.userId, notice.subjectId])).toEqual([[author.id, passed.id]]);

    await editRequest(author, editRequestSchema.parse({ ...fields(day(5)), requestId: passed.id }));
    expect((await db().collaborationRequest.findUniqueOrThrow({ where: { id: passed.id } })).deadlineNoticeAt).toBeNull();
    await db().$executeRaw`UPDATE "CollaborationRequest" SET deadline = current_date - 1 WHERE id = ${passed.id}`;
    expect(await handlers["collaboration-deadlines"]({}, context)).toEqual({ told: 1 });
  });
});
