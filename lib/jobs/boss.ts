// The job queue: pg-boss (10.x: the last major that runs on Node 20) in PostgreSQL's `pgboss` schema. It polls
// (no LISTEN/NOTIFY), so it runs on the embedded database too. Work is enqueued in the transaction of the change
// that causes it, through the caller's Prisma client: committed together, or not at all.
import PgBoss from "pg-boss";
import { JOBS_SCHEMA, QUEUES, type QueueName } from "./queues";

/** What enqueueing needs of a Prisma client or transaction client. */
export type SqlClient = { $queryRawUnsafe<T = unknown>(query: string, ...values: unknown[]): Promise<T> };

// pg-boss passes its parameters to node-postgres; Prisma's raw queries take the same values but JSON as text.
function parameter(value: unknown): unknown {
  if (value === undefined) return null;
  if (value !== null && typeof value === "object" && !(value instanceof Date) && !Array.isArray(value)) return JSON.stringify(value);
  return value;
}

function overPrisma(client: SqlClient) {
  return { executeSql: async (text: string, values: unknown[] = []) => ({ rows: await client.$queryRawUnsafe<unknown[]>(text, ...values.map(parameter)) }) };
}

const globalForJobs = globalThis as unknown as { wipnJobSender?: PgBoss };

// A pg-boss that is never started: it only writes jobs, through whichever client each call brings.
function sender(): PgBoss {
  globalForJobs.wipnJobSender ??= new PgBoss({ schema: JOBS_SCHEMA, db: { executeSql: () => Promise.reject(new Error("enqueue through a client")) } });
  return globalForJobs.wipnJobSender;
}

export type EnqueueOptions = { startAfter?: Date; singletonKey?: string };

/** Adds a job, in `client`'s transaction when it is one. Returns its id. */
export async function enqueue(client: SqlClient, name: QueueName, data: Record<string, unknown> = {}, options: EnqueueOptions = {}): Promise<string | null> {
  return sender().send(name, data, { ...options, db: overPrisma(client) });
}

/** How close together nudges of one queue may be: one job per slot, and one more in the next if a change comes meanwhile. */
const NUDGE_SECONDS = 2;

/**
 * Asks for a queue's work to run soon (e.g. "there is mail to send"), in `client`'s transaction. Nudges
 * coalesce: at most one job per couple of seconds, and a nudge that finds one waiting adds one after it, so
 * a change committed while a job runs is still picked up.
 */
export async function nudge(client: SqlClient, name: QueueName): Promise<void> {
  await sender().sendDebounced(name, {}, { db: overPrisma(client) }, NUDGE_SECONDS, "nudge");
}

/** Puts a failed job back in its queue (pg-boss's retry, one more attempt allowed), through `client`. */
export async function retryJob(client: SqlClient, name: QueueName, id: string): Promise<void> {
  await sender().retry(name, id, { db: overPrisma(client) });
}

/** What the worker needs of a node-postgres pool (the app's own: lib/db.ts). */
export type QueryPool = { query(text: string, values?: unknown[]): Promise<{ rows: unknown[] }> };

/**
 * A pg-boss on the process's one pool — on the embedded database, whose connections share one session, a
 * connection of its own would interleave statements with the app's — or, for migrations, on a connection URL.
 */
export function createBoss(connection: { pool: QueryPool } | { connectionString: string }, roles: { supervise: boolean; schedule: boolean }): PgBoss {
  const database = "pool" in connection ? { db: { executeSql: (text: string, values?: unknown[]) => connection.pool.query(text, values) } } : { connectionString: connection.connectionString, max: 1, application_name: "wipn-migrate" };
  return new PgBoss({ ...database, schema: JOBS_SCHEMA, migrate: true, ...roles });
}

/** Creates (or updates) pg-boss's schema, every queue with its retry policy, and the schedules. Idempotent. */
export async function syncQueues(boss: PgBoss): Promise<void> {
  for (const queue of QUEUES) {
    const options = { retryLimit: queue.retryLimit, retryDelay: queue.retryDelay, retryBackoff: queue.retryBackoff, expireInSeconds: queue.expireInSeconds };
    await boss.createQueue(queue.name, { name: queue.name, policy: "standard", ...options });
    await boss.updateQueue(queue.name, { name: queue.name, policy: "standard", ...options });
    if (queue.schedule) await boss.schedule(queue.name, queue.schedule.cron, {}, { tz: "UTC" });
    else await boss.unschedule(queue.name);
    // One waiting start-up job at most, however many workers start at once (pg-boss's singleton key).
    if (queue.atStart) await boss.send(queue.name, {}, { singletonKey: "at-start" });
  }
}

/** For migrations and set-up: the job schema and queues exist before anything enqueues. */
export async function prepareJobQueues(connectionString: string): Promise<void> {
  const boss = createBoss({ connectionString }, { supervise: false, schedule: false });
  boss.on("error", () => {});
  await boss.start();
  try {
    await syncQueues(boss);
  } finally {
    await boss.stop({ graceful: false, close: true });
  }
}
