import "server-only";
import { db } from "@/lib/db";
import { Prisma, type PrismaClient } from "@/lib/generated/prisma/client";
import { nudge } from "@/lib/jobs/boss";
import { renderEmail, type EmailParams, type EmailTemplate } from "./templates";

/** The app's client or a transaction's, so callers can queue an email inside their own transaction. */
export type DbClient = PrismaClient | Prisma.TransactionClient;

export type QueueEmailInput<T extends EmailTemplate> = {
  to: string;
  /** The recipient's language; anything the platform does not speak falls back to English. */
  locale: string | null | undefined;
  template: T;
  params: EmailParams<T>;
  /** Extra headers for the transport (List-Unsubscribe and List-Unsubscribe-Post on notification emails). */
  headers?: Record<string, string>;
};

function outboxRow<T extends EmailTemplate>(input: QueueEmailInput<T>) {
  const to = input.to.trim();
  if (!/^[^\s@<>,;]+@[^\s@<>,;]+$/.test(to)) throw new Error("queueEmail: the recipient is not a single email address");
  const email = renderEmail(input.template, input.locale, input.params);
  return { to, locale: email.locale, template: input.template, subject: email.subject, text: email.text, html: email.html, headers: input.headers ?? Prisma.DbNull };
}

/**
 * Renders an email in the recipient's language and adds it to the outbox; the mail worker sends it.
 * Inside a transaction, the email exists only if the transaction commits.
 */
export async function queueEmail<T extends EmailTemplate>(client: DbClient, input: QueueEmailInput<T>): Promise<{ id: string }> {
  const queued = await client.outboxEmail.create({ data: outboxRow(input), select: { id: true } });
  // The mail job runs within seconds of the commit (and every minute regardless).
  await nudge(client, "mail-outbox");
  return queued;
}

/**
 * Many emails in one INSERT (the notification jobs queue hundreds per transaction): the rows as one JSON
 * parameter, so the statement is the same whatever the count and the bodies cross the wire unescaped.
 */
export async function queueEmails<T extends EmailTemplate>(client: DbClient, inputs: QueueEmailInput<T>[]): Promise<number> {
  if (inputs.length === 0) return 0;
  const rows = inputs.map((input) => ({ ...outboxRow(input), headers: input.headers ?? null }));
  const now = utc(new Date());
  const count = await client.$executeRaw`
    INSERT INTO "OutboxEmail" (id, "to", locale, template, subject, text, html, headers, "nextAttemptAt", "createdAt")
    SELECT 'ob' || replace(gen_random_uuid()::text, '-', ''), e."to", e.locale, e.template, e.subject, e.text, e.html, e.headers, ${now}, ${now}
      FROM json_to_recordset(${JSON.stringify(rows)}::json) AS e("to" text, locale text, template text, subject text, text text, html text, headers jsonb)`;
  await nudge(client, "mail-outbox");
  return count;
}

// The mail worker's side ------------------------------------------------------------------------------
// Timestamps go to PostgreSQL as UTC text cast to `timestamp` (the columns are `timestamp(3)` holding UTC),
// so the session's time zone can never shift them.

const utc = (date: Date) => Prisma.sql`${date.toISOString()}::timestamp(3)`;

/** A claimed email, as the worker sends it. */
export type ClaimedEmail = { id: string; to: string; subject: string; text: string; html: string | null; headers: Record<string, string> | null; attempts: number };

/**
 * Moves up to `batchSize` due PENDING emails to SENDING and returns them, in one statement. Rows another
 * worker holds are skipped, so concurrent workers never claim the same email. While SENDING,
 * `nextAttemptAt` holds the claim time, which is how a crashed worker's emails are found again.
 *
 * The locking SELECT is a MATERIALIZED CTE, not `WHERE "id" IN (SELECT … LIMIT n FOR UPDATE SKIP LOCKED)`:
 * PostgreSQL may plan that as a nested-loop semi-join that re-runs the subquery for every outer row, and
 * each re-run skips the rows the previous one locked, so one claim took every due email whatever `n` was
 * (seen on PostgreSQL 15; the integration test "claims at most batchSize" guards it).
 */
export async function claimDueEmails({ batchSize, now }: { batchSize: number; now: Date }, client: DbClient = db()): Promise<ClaimedEmail[]> {
  // RETURNING has no order of its own: the outer SELECT sends the longest-waiting first.
  return client.$queryRaw<ClaimedEmail[]>`
    WITH "due" AS MATERIALIZED (
      SELECT "id", "nextAttemptAt" AS "dueAt" FROM "OutboxEmail"
      WHERE "status" = 'PENDING' AND "nextAttemptAt" <= ${utc(now)}
      ORDER BY "nextAttemptAt", "id"
      LIMIT ${batchSize}
      FOR UPDATE SKIP LOCKED),
    "claimed" AS (
      UPDATE "OutboxEmail" AS "email" SET "status" = 'SENDING', "nextAttemptAt" = ${utc(now)}
      FROM "due" WHERE "email"."id" = "due"."id"
      RETURNING "email"."id", "email"."to", "email"."subject", "email"."text", "email"."html", "email"."headers", "email"."attempts", "due"."dueAt")
    SELECT "id", "to", "subject", "text", "html", "headers", "attempts" FROM "claimed" ORDER BY "dueAt", "id"`;
}

/** Marks an email sent and deletes its bodies, so the links and tokens in them do not stay in the database. */
export async function markEmailSent(id: string, now: Date, client: DbClient = db()): Promise<void> {
  // One statement (the worker sends the next email right after it), forgetting the recipient of the few that ask it.
  await client.$executeRaw`
    UPDATE "OutboxEmail"
       SET "status" = 'SENT', "sentAt" = ${utc(now)}, "attempts" = "attempts" + 1, "lastError" = NULL, "text" = ${SENT_TEXT}, "html" = NULL,
           "to" = CASE WHEN "template" = ANY(${RECIPIENT_FORGOTTEN_TEMPLATES}::text[]) THEN ${FORGOTTEN_RECIPIENT} ELSE "to" END
     WHERE "id" = ${id} AND "status" = 'SENDING'`;
}

/** Emails whose recipient is erased too once sent or given up on: the last one to a member who deleted their account. */
const RECIPIENT_FORGOTTEN_TEMPLATES = ["privacy.account-deleted"];
export const FORGOTTEN_RECIPIENT = "erased@invalid";

async function forgetRecipient(id: string, client: DbClient): Promise<void> {
  await client.outboxEmail.updateMany({ where: { id, template: { in: RECIPIENT_FORGOTTEN_TEMPLATES }, status: { in: ["SENT", "FAILED"] } }, data: { to: FORGOTTEN_RECIPIENT } });
}

/** Gives claimed emails back unsent (a worker stopping): PENDING and due at once, the attempt not counted. */
export async function releaseEmails(ids: string[], now: Date, client: DbClient = db()): Promise<void> {
  if (ids.length) await client.outboxEmail.updateMany({ where: { id: { in: ids }, status: "SENDING" }, data: { status: "PENDING", nextAttemptAt: now } });
}

/** What replaces the text of an email once it has been sent, and once it has been given up on. */
export const SENT_TEXT = "[sent]";
export const FAILED_TEXT = "[not sent]";

/**
 * Records a failed attempt: back to PENDING at `retryAt`, or FAILED (bodies deleted, like sent ones) when
 * `retryAt` is null because the attempts are used up.
 */
export async function markEmailFailed(
  { id, error, retryAt }: { id: string; error: string; retryAt: Date | null },
  client: DbClient = db(),
): Promise<void> {
  await client.outboxEmail.updateMany({
    where: { id, status: "SENDING" },
    data: retryAt
      ? { status: "PENDING", attempts: { increment: 1 }, lastError: error, nextAttemptAt: retryAt }
      : { status: "FAILED", attempts: { increment: 1 }, lastError: error, text: FAILED_TEXT, html: null },
  });
  if (!retryAt) await forgetRecipient(id, client);
}

/**
 * Emails claimed before `claimedBefore` and still SENDING belong to a worker that stopped mid-send. Each
 * counts as a failed attempt (it may or may not have gone out): back to PENDING now, or FAILED once the
 * attempts are used up. Returns how many were recovered.
 */
export async function recoverStuckEmails(
  { claimedBefore, now, maxAttempts, error }: { claimedBefore: Date; now: Date; maxAttempts: number; error: string },
  client: DbClient = db(),
): Promise<number> {
  return client.$executeRaw`
    UPDATE "OutboxEmail" SET
      "attempts" = "attempts" + 1,
      "lastError" = ${error},
      "status" = CASE WHEN "attempts" + 1 >= ${maxAttempts} THEN 'FAILED'::"EmailStatus" ELSE 'PENDING'::"EmailStatus" END,
      "text" = CASE WHEN "attempts" + 1 >= ${maxAttempts} THEN ${FAILED_TEXT} ELSE "text" END,
      "html" = CASE WHEN "attempts" + 1 >= ${maxAttempts} THEN NULL ELSE "html" END,
      "nextAttemptAt" = ${utc(now)}
    WHERE "status" = 'SENDING' AND "nextAttemptAt" < ${utc(claimedBefore)}`;
}

/** Deletes sent and given-up emails older than `olderThan` (their bodies are gone already; the rows are the log). */
export async function deleteOldOutboxEmails(olderThan: Date, client: DbClient = db()): Promise<number> {
  return (await client.outboxEmail.deleteMany({ where: { status: { in: ["SENT", "FAILED"] }, createdAt: { lt: olderThan } } })).count;
}
