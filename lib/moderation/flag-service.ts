import "server-only";
// Flags on what has no flag of its own elsewhere: a board thread, a member's profile, an organization. Posts,
// messages and requests are flagged by their domains; every flag lands in the one queue (a trigger files it).
import { authorize } from "@/lib/auth/authorize";
import { isActiveMember } from "@/lib/auth/policy";
import type { Viewer } from "@/lib/auth/viewer-types";
import { AppError } from "@/lib/errors";
import { itemFlagsPerMember } from "@/lib/rate-limit/limits";
import { enforceLimits } from "@/lib/rate-limit/mutations";
import { findFlagTarget } from "./data";
import { insertItemFlag } from "./mutations";
import { canFlagItem } from "./policy";
import type { ItemFlagInput } from "./schema";

/** The flag page, from the item's address key (thread number, profile handle, organization slug): its page (NOT_FOUND for anything the member cannot flag). */
export async function itemToFlag(requester: Viewer, targetType: ItemFlagInput["targetType"], key: string): Promise<{ path: string }> {
  const viewer = authorize(requester, isActiveMember);
  const target = await findFlagTarget(targetType, key);
  if (!target || !canFlagItem(viewer, target)) throw new AppError("NOT_FOUND");
  return { path: target.path };
}

/** A member flags a thread, a profile or an organization, once; "already" when they had. Rate-limited per member. */
export async function flagItem(requester: Viewer, input: ItemFlagInput): Promise<"flagged" | "already"> {
  const viewer = authorize(requester, isActiveMember);
  const target = await findFlagTarget(input.targetType, input.targetId);
  if (!target) throw new AppError("NOT_FOUND");
  if (!canFlagItem(viewer, target)) throw new AppError("FORBIDDEN");
  await enforceLimits([itemFlagsPerMember(viewer.id)], "ModerationErrors.rateLimited");
  return (await insertItemFlag({ targetType: input.targetType, targetId: target.targetId, reason: input.reason, note: input.note, reporterId: viewer.id })) ? "flagged" : "already";
}
