import "server-only";
// Writes of mutes. A mute is one row; muting twice changes nothing, unmuting what is not muted neither.
import { db } from "@/lib/db";

export async function setMute(muterId: string, mutedId: string, muted: boolean): Promise<void> {
  if (muted) await db().memberMute.createMany({ data: [{ muterId, mutedId }], skipDuplicates: true });
  else await db().memberMute.deleteMany({ where: { muterId, mutedId } });
}
