// Every background job of the platform, in one place: its queue, how it retries, and when it runs by itself.
// Pure data: the registry (registry.ts) binds each name to the code that runs it.

export type QueueName = "mail-outbox" | "notification-emails" | "notification-digests" | "clean-up" | "collaboration-deadlines" | "dashboard-aggregates" | "rule-activity" | "data-exports" | "resource-text" | "campaign-publication";

export type QueueSpec = {
  name: QueueName;
  /** When the job also runs by itself (cron, UTC; `every` names it for people); work a change enqueues runs at once. */
  schedule?: { cron: string; every: "minute" | "quarterHour" | "hour" };
  retryLimit: number;
  /** Seconds before the first retry; doubled each time (with jitter) when `retryBackoff`. */
  retryDelay: number;
  retryBackoff: boolean;
  /** A job still active after this long is presumed dead (its worker killed) and retried. */
  expireInSeconds: number;
  /** Also queued once whenever the queues are set up (each migration run, each worker's start): figures a page shows from the start. */
  atStart?: boolean;
};

export const QUEUES: readonly QueueSpec[] = [
  // Sending is safe to repeat (each email and notification is claimed atomically), so these retry soon and run
  // every minute besides the nudge each new email or notification gives them.
  { name: "mail-outbox", schedule: { cron: "* * * * *", every: "minute" }, retryLimit: 5, retryDelay: 10, retryBackoff: true, expireInSeconds: 300 },
  { name: "notification-emails", schedule: { cron: "* * * * *", every: "minute" }, retryLimit: 5, retryDelay: 10, retryBackoff: true, expireInSeconds: 300 },
  // Every quarter of an hour, for the members whose local morning has come (a digest is unique per member and period).
  { name: "notification-digests", schedule: { cron: "*/15 * * * *", every: "quarterHour" }, retryLimit: 3, retryDelay: 60, retryBackoff: true, expireInSeconds: 900 },
  { name: "clean-up", schedule: { cron: "23 * * * *", every: "hour" }, retryLimit: 2, retryDelay: 300, retryBackoff: false, expireInSeconds: 900 },
  { name: "collaboration-deadlines", schedule: { cron: "41 * * * *", every: "hour" }, retryLimit: 2, retryDelay: 300, retryBackoff: false, expireInSeconds: 900 },
  // The admin dashboard's figures (lib/dashboard/mutations.ts), recomputed whole: the page says "as of" when.
  { name: "dashboard-aggregates", schedule: { cron: "7,22,37,52 * * * *", every: "quarterHour" }, retryLimit: 2, retryDelay: 60, retryBackoff: false, expireInSeconds: 900, atStart: true },
  // The network's activity per Bangkok Rule (lib/bangkok-rules/mutations.ts) that /rules shows, recomputed whole.
  { name: "rule-activity", schedule: { cron: "3,18,33,48 * * * *", every: "quarterHour" }, retryLimit: 2, retryDelay: 60, retryBackoff: false, expireInSeconds: 900, atStart: true },
  // A member's data export (lib/privacy), enqueued when they ask; a second run of the same export starts it afresh.
  { name: "data-exports", retryLimit: 3, retryDelay: 30, retryBackoff: true, expireInSeconds: 900 },
  // The text of a resource's file for the search (lib/resources), enqueued with the version; extraction is bounded
  // in time (30 s) and a second run of a done version does nothing.
  { name: "resource-text", retryLimit: 2, retryDelay: 60, retryBackoff: true, expireInSeconds: 300 },
  // Campaign spotlights go live on their day (lib/campaigns `publishDueSpotlights`): a daily series, checked
  // hourly so a worker down at midnight (UTC) still publishes within the hour; a second run publishes nothing.
  { name: "campaign-publication", schedule: { cron: "1 * * * *", every: "hour" }, retryLimit: 3, retryDelay: 60, retryBackoff: true, expireInSeconds: 600, atStart: true },
];

/** The schema pg-boss keeps its tables in (beside the app's `public`, versioned by pg-boss itself). */
export const JOBS_SCHEMA = "pgboss";
