import "server-only";
// Blocking, for an explicit viewer: from a member's profile, undone from /account/messages. It takes effect on
// the next message (every write re-reads the blocks), and the blocked member is never told: to them the
// member simply does not accept messages.
import { authorize } from "@/lib/auth/authorize";
import type { Viewer } from "@/lib/auth/viewer-types";
import { AppError } from "@/lib/errors";
import { findMemberByHandle } from "./data";
import { setBlock } from "./mutations";
import { canBlock, canUseMessages } from "./policy";

export async function blockMember(requester: Viewer, handle: string): Promise<void> {
  await changeBlock(requester, handle, true);
}

export async function unblockMember(requester: Viewer, handle: string): Promise<void> {
  await changeBlock(requester, handle, false);
}

async function changeBlock(requester: Viewer, handle: string, blocked: boolean) {
  const viewer = authorize(requester, canUseMessages);
  const member = await findMemberByHandle(handle);
  if (!member) throw new AppError("NOT_FOUND");
  if (!canBlock(viewer, member)) throw new AppError("FORBIDDEN");
  await setBlock(viewer.id, member.userId, blocked);
}
