// The member's list of sessions (lib/account/session-service.ts), against PostgreSQL.
import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { endAllOtherSessions, endSessionByKey, listOwnSessions } from "@/lib/account/session-service";
import { hashToken, newToken } from "@/lib/auth/tokens";
import type { SignedInViewer } from "@/lib/auth/viewer-types";
import type { User } from "@/lib/generated/prisma/client";
import { createMember } from "@/tests/factories/users";

const ANDROID_FIREFOX = "Mozilla/5.0 (Android 14; Mobile; rv:128.0) Gecko/128.0 Firefox/128.0";
const MAC_SAFARI = "Mozilla/5.0 (Macintosh; Intel Mac OS X 14_5) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.5 Safari/605.1.15";

async function session(user: User, options: { userAgent?: string; lastUsedMinutesAgo?: number; expired?: boolean } = {}): Promise<string> {
  const sessionToken = newToken();
  const lastUsedAt = new Date(Date.now() - (options.lastUsedMinutesAgo ?? 0) * 60_000);
  await db().session.create({
    data: {
      sessionToken,
      userId: user.id,
      userAgent: options.userAgent ?? null,
      lastUsedAt,
      createdAt: new Date(lastUsedAt.getTime() - 3_600_000),
      expires: new Date(Date.now() + (options.expired ? -1000 : 86_400_000)),
    },
  });
  return sessionToken;
}

function viewerOf(user: User, sessionToken: string): SignedInViewer {
  return {
    kind: "signed-in",
    id: user.id,
    email: user.email,
    displayName: user.displayName ?? user.email,
    status: user.status,
    role: user.role,
    locale: user.locale,
    twoFactorEnabled: false,
    organizationIds: [],
    representativeOf: [],
    sessionToken,
  };
}

describe("the list of sessions", () => {
  it("shows this browser first, then the others by last use, and never another member's or an expired one", async () => {
    const member = await createMember(db());
    const other = await createMember(db());
    const current = await session(member, { userAgent: MAC_SAFARI, lastUsedMinutesAgo: 30 });
    const phone = await session(member, { userAgent: ANDROID_FIREFOX, lastUsedMinutesAgo: 5 });
    const old = await session(member, { lastUsedMinutesAgo: 600 });
    await session(member, { expired: true });
    await session(other);

    const sessions = await listOwnSessions(viewerOf(member, current));

    expect(sessions.map((row) => [row.key, row.current, row.userAgent])).toEqual([
      [hashToken(current), true, MAC_SAFARI],
      [hashToken(phone), false, ANDROID_FIREFOX],
      [hashToken(old), false, null],
    ]);
    // The page names sessions by a hash: no live token reaches the browser.
    expect(JSON.stringify(sessions)).not.toContain(phone);
  });

  it("ends one other session, and records it", async () => {
    const member = await createMember(db());
    const current = await session(member);
    const phone = await session(member);

    expect(await endSessionByKey(viewerOf(member, current), hashToken(phone))).toEqual({ endedCurrent: false });

    expect(await db().session.findMany({ where: { userId: member.id }, select: { sessionToken: true } })).toEqual([{ sessionToken: current }]);
    expect(await db().auditLog.findFirst({ where: { action: "auth.session-ended", actorId: member.id } })).toMatchObject({ metadata: { current: false } });
  });

  it("says when the session ended is this browser's, so the member is signed out", async () => {
    const member = await createMember(db());
    const current = await session(member);
    expect(await endSessionByKey(viewerOf(member, current), hashToken(current))).toEqual({ endedCurrent: true });
    expect(await db().session.count({ where: { userId: member.id } })).toBe(0);
  });

  it("cannot end another member's session", async () => {
    const member = await createMember(db());
    const other = await createMember(db());
    const current = await session(member);
    const theirs = await session(other);

    const refused = await endSessionByKey(viewerOf(member, current), hashToken(theirs)).catch((error: unknown) => error);

    expect(refused).toBeInstanceOf(AppError);
    expect(refused).toMatchObject({ code: "session-not-found" });
    expect(await db().session.count({ where: { sessionToken: theirs } })).toBe(1);
  });

  it("ends every other session at once, keeping this one", async () => {
    const member = await createMember(db());
    const other = await createMember(db());
    const current = await session(member);
    await session(member);
    await session(member);
    const theirs = await session(other);

    expect(await endAllOtherSessions(viewerOf(member, current))).toBe(2);

    expect((await db().session.findMany({ select: { sessionToken: true } })).map((row) => row.sessionToken).sort()).toEqual([current, theirs].sort());
    expect(await db().auditLog.findFirst({ where: { action: "auth.other-sessions-ended", actorId: member.id } })).toMatchObject({ metadata: { count: 2 } });
    expect(await endAllOtherSessions(viewerOf(member, current))).toBe(0);
  });
});
