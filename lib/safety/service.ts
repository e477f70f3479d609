import "server-only";
// Muting, for an explicit viewer: from a member's profile or a post's author menu, undone there or from
// /account/people, which also lists the viewer's blocks. A mute takes effect on the next write (the
// notification filter reads the table in each write's transaction) and the next page, and is never told to
// the muted member: nothing they can read depends on it.
import { authorize } from "@/lib/auth/authorize";
import type { Viewer } from "@/lib/auth/viewer-types";
import { decodeTimeCursor, encodeTimeCursor } from "@/lib/cursor";
import { AppError } from "@/lib/errors";
import { findMuteStateByHandle, findMuteTarget, listBlocksPage, listMutes, type KeptAwayRow } from "./data";
import { setMute } from "./mutations";
import { canManageMutes, canMute } from "./policy";
import { PEOPLE_PER_PAGE, type PeopleListQuery } from "./schema";

export async function muteMember(requester: Viewer, memberId: string): Promise<void> {
  await changeMute(requester, memberId, true);
}

export async function unmuteMember(requester: Viewer, memberId: string): Promise<void> {
  await changeMute(requester, memberId, false);
}

async function changeMute(requester: Viewer, memberId: string, muted: boolean) {
  const viewer = authorize(requester, canManageMutes);
  const member = await findMuteTarget(memberId);
  if (!member) throw new AppError("NOT_FOUND");
  // Unmuting is always allowed (an erased or demoted member's row may still be in the list); muting is checked.
  if (muted && !canMute(viewer, { userId: member.id, status: member.status })) throw new AppError(member.id === viewer.id ? "FORBIDDEN" : "NOT_FOUND");
  await setMute(viewer.id, member.id, muted);
}

/** On a member's profile: may the viewer mute them, and did they. */
export async function muteStateOf(requester: Viewer, handle: string): Promise<{ memberId: string | null; canMute: boolean; muted: boolean }> {
  const viewer = authorize(requester, canManageMutes);
  const member = await findMuteStateByHandle(viewer.id, handle);
  if (!member) return { memberId: null, canMute: false, muted: false };
  return { memberId: member.userId, canMute: member.muted || canMute(viewer, member), muted: member.muted };
}

export type KeptAwayMember = { memberId: string; since: Date; displayName: string | null; handle: string | null; blockHandle: string | null };
export type KeptAwayPage = { members: KeptAwayMember[]; next: string | null };

/** /account/people: the members the viewer muted and those they blocked, newest first, each paged by cursor. */
export async function peopleKeptAway(requester: Viewer, query: PeopleListQuery): Promise<{ mutes: KeptAwayPage; blocks: KeptAwayPage }> {
  const viewer = authorize(requester, canManageMutes);
  const [mutes, blocks] = await Promise.all([
    listMutes(viewer.id, decodeTimeCursor(query.mutes, "string"), PEOPLE_PER_PAGE),
    listBlocksPage(viewer.id, decodeTimeCursor(query.blocks, "string"), PEOPLE_PER_PAGE),
  ]);
  return { mutes: page(mutes), blocks: page(blocks) };
}

function page(rows: KeptAwayRow[]): KeptAwayPage {
  const shown = rows.slice(0, PEOPLE_PER_PAGE);
  const last = shown.at(-1);
  return {
    members: shown.map((row) => ({ memberId: row.userId, since: row.since, displayName: row.displayName, handle: row.handle, blockHandle: row.blockHandle })),
    next: rows.length > PEOPLE_PER_PAGE && last ? encodeTimeCursor(last.since, last.userId) : null,
  };
}
