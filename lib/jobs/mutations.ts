import "server-only";
import { writeAudit } from "@/lib/audit/mutations";
import { db, dbPool } from "@/lib/db";
import { retryJob } from "./boss";
import type { QueueName } from "./queues";

/** An admin sends a failed job back to its queue: the retry and its audit entry, together. */
export async function retryFailedJob(name: QueueName, id: string, actorId: string): Promise<void> {
  await db().$transaction(async (tx) => {
    await retryJob(tx, name, id);
    await writeAudit(tx, { actorId, action: "jobs.retry", targetType: "Job", targetId: id, metadata: { queue: name } });
  });
}

/** The pool jobs run on: the process's one pool (lib/db.ts), shared with the app's queries. */
export const jobPool = dbPool;
