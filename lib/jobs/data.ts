import "server-only";
// What the admins' queue page reads from pg-boss's tables: counts per queue and state, the failed jobs still
// retryable with their error's first line. Never a job's data (it may name members).
import { db } from "@/lib/db";
import { JOBS_SCHEMA } from "./queues";

export type QueueCounts = { name: string; waiting: number; active: number; failed: number; oldestWaitingAt: Date | null; lastCompletedAt: Date | null };
export type FailedJob = { id: string; name: string; failedAt: Date | null; retries: number; error: string | null };

export function queueCounts(): Promise<QueueCounts[]> {
  return db().$queryRawUnsafe<QueueCounts[]>(`
    SELECT q.name,
           count(*) FILTER (WHERE j.state IN ('created', 'retry'))::int AS waiting,
           count(*) FILTER (WHERE j.state = 'active')::int AS active,
           count(*) FILTER (WHERE j.state = 'failed')::int AS failed,
           min(j.created_on) FILTER (WHERE j.state IN ('created', 'retry') AND j.start_after <= now()) AS "oldestWaitingAt",
           max(j.completed_on) FILTER (WHERE j.state = 'completed') AS "lastCompletedAt"
      FROM ${JOBS_SCHEMA}.queue q LEFT JOIN ${JOBS_SCHEMA}.job j ON j.name = q.name
     WHERE q.name NOT LIKE '\\_\\_pgboss%'
     GROUP BY q.name ORDER BY q.name`);
}

export function failedJobs(take: number): Promise<FailedJob[]> {
  return db().$queryRawUnsafe<FailedJob[]>(`
    SELECT id::text, name, completed_on AS "failedAt", retry_count AS retries, left(split_part(output->>'message', E'\\n', 1), 200) AS error
      FROM ${JOBS_SCHEMA}.job WHERE state = 'failed' AND name NOT LIKE '\\_\\_pgboss%'
     ORDER BY completed_on DESC NULLS LAST LIMIT $1`, take);
}

export function failedJob(id: string): Promise<{ id: string; name: string } | undefined> {
  return db().$queryRawUnsafe<Array<{ id: string; name: string }>>(`SELECT id::text, name FROM ${JOBS_SCHEMA}.job WHERE id = $1::uuid AND state = 'failed'`, id).then(([row]) => row);
}
