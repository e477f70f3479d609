import "server-only";
// The queue's health for admins (/admin/jobs): what waits, runs and failed, per queue, with the failed jobs'
// first error line — never a job's data — and a retry for each failed job.
import { authorize } from "@/lib/auth/authorize";
import { canSeeJobQueue } from "@/lib/auth/policy";
import type { Viewer } from "@/lib/auth/viewer-types";
import { AppError } from "@/lib/errors";
import { failedJob, failedJobs, queueCounts, type FailedJob, type QueueCounts } from "./data";
import { retryFailedJob } from "./mutations";
import { QUEUES, type QueueName } from "./queues";
import type { RetryJobInput } from "./schema";

const FAILED_SHOWN = 50;

export type QueueHealth = QueueCounts & { every: "minute" | "quarterHour" | "hour" | null };
export type JobQueueHealth = { queues: QueueHealth[]; failed: FailedJob[] };

export async function jobQueueHealth(viewer: Viewer): Promise<JobQueueHealth> {
  authorize(viewer, canSeeJobQueue);
  const [counts, failed] = await Promise.all([queueCounts(), failedJobs(FAILED_SHOWN)]);
  const byName = new Map(counts.map((row) => [row.name, row]));
  const queues = QUEUES.map((queue) => ({
    ...(byName.get(queue.name) ?? { name: queue.name, waiting: 0, active: 0, failed: 0, oldestWaitingAt: null, lastCompletedAt: null }),
    every: queue.schedule?.every ?? null,
  }));
  return { queues, failed };
}

/** Sends one failed job back to its queue; audited. */
export async function retryJob(viewer: Viewer, input: RetryJobInput): Promise<void> {
  const admin = authorize(viewer, canSeeJobQueue);
  const job = await failedJob(input.jobId);
  if (!job || !QUEUES.some((queue) => queue.name === job.name)) throw new AppError("NOT_FOUND");
  await retryFailedJob(job.name as QueueName, job.id, admin.id);
}
