// Runs the jobs: inside the app (`npm start`, from instrumentation.ts) or alone (`npm run worker`). Several
// workers may run at once: pg-boss hands each job to one of them (row locks, SKIP LOCKED), and every job is
// written to be safe to run again, since a worker killed mid-job leaves its job to be retried.
import type PgBoss from "pg-boss";
import { createBoss, syncQueues, type QueryPool } from "./boss";
import type { QueueName } from "./queues";

export type JobContext = {
  /** True once the worker is asked to stop: a long job ends its current batch and returns (the rest is redone). */
  stopping(): boolean;
};

export type JobHandler = (data: Record<string, unknown>, context: JobContext) => Promise<unknown>;
export type JobHandlers = Record<QueueName, JobHandler>;

export type RunningWorker = { boss: PgBoss; stop(): Promise<void> };

/** How long a stopping worker waits for the jobs in hand before giving them back (failed, to be retried). */
const STOP_TIMEOUT_MS = 25_000;

// pg-boss 10 records a job's completion or failure without awaiting it, so losing the database at that moment
// rejects a promise nobody handles, which would end the process. Such a job stays active until it expires and
// is then retried (every job is safe to run twice): log it and keep working. Anything else keeps Node's default.
let guarding = false;
function survivePgBossRejections(log: Pick<Console, "error">): void {
  if (guarding) return;
  guarding = true;
  process.on("unhandledRejection", (reason) => {
    if (reason instanceof Error && /[\\/]pg-boss[\\/]/.test(reason.stack ?? "")) return log.error(`[jobs] ${reason.message} (the job will be retried)`);
    throw reason;
  });
}

export async function startJobWorker(
  handlers: JobHandlers,
  { pool, pollingIntervalSeconds = 2, log = console }: { pool: QueryPool; pollingIntervalSeconds?: number; log?: Pick<Console, "info" | "error"> },
): Promise<RunningWorker> {
  survivePgBossRejections(log);
  const boss = createBoss({ pool }, { supervise: true, schedule: true });
  // A failed query (the database restarting) surfaces here; the pool reconnects on the next poll.
  boss.on("error", (error: Error) => log.error(`[jobs] ${error.message}`));
  await boss.start();
  await syncQueues(boss);
  let stopping = false;
  const context: JobContext = { stopping: () => stopping };
  for (const [name, handler] of Object.entries(handlers)) {
    await boss.work(name, { batchSize: 1, pollingIntervalSeconds }, async ([job]) => {
      if (job) return handler(job.data as Record<string, unknown>, context);
    });
  }
  log.info(`[jobs] Worker started: ${Object.keys(handlers).join(", ")}`);
  return {
    boss,
    async stop() {
      stopping = true;
      await boss.stop({ graceful: true, wait: true, timeout: STOP_TIMEOUT_MS });
    },
  };
}
