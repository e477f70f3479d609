import "server-only";
import nodemailer from "nodemailer";
import type { SmtpConfig } from "@/lib/env";
import { MAX_ATTEMPTS, nextAttemptAt } from "./backoff";
import { claimDueEmails, markEmailFailed, markEmailSent, recoverStuckEmails, releaseEmails, type DbClient } from "./mutations";

// Sending the outbox: requests only queue emails (lib/mail/mutations.ts); the job queue's "mail-outbox" job
// (lib/jobs) runs drainOutbox, inside the app or in `npm run worker`. Several may run at once: claiming is
// atomic, so no email goes twice.

/** `headers`: what the outbox row carries (List-Unsubscribe…); the transport adds Auto-Submitted itself. */
export type OutgoingEmail = { to: string; subject: string; text: string; html: string | null; headers?: Record<string, string> | null };

/** Something that delivers an email; throws when it could not. */
export type MailTransport = {
  send(email: OutgoingEmail): Promise<void>;
  close?(): void;
};

/** How long an email may stay SENDING before its worker is presumed dead. */
export const STUCK_AFTER_MS = 10 * 60_000;
const DEFAULT_BATCH_SIZE = 10;
const MAX_ERROR_LENGTH = 200;

/** A send failure whose message is safe to store and show to admins. */
export class MailSendError extends Error {}

/**
 * A short description of a send failure for `lastError` and logs: the error code, the SMTP reply code
 * and the first line of the message, with `secrets` and any credentials in URLs blanked out.
 */
export function describeSendError(error: unknown, secrets: readonly string[] = []): string {
  const record = (typeof error === "object" && error !== null ? error : {}) as Record<string, unknown>;
  const firstLine = (error instanceof Error ? error.message : String(error)).split("\n")[0]?.trim() || "unknown error";
  const code = typeof record.code === "string" ? record.code : null;
  const reply = typeof record.responseCode === "number" ? String(record.responseCode) : null;
  let message = [code, reply].filter(Boolean).join(" ");
  message = message && !firstLine.startsWith(message) ? `${message}: ${firstLine}` : firstLine;
  for (const secret of secrets) if (secret.length >= 3) message = message.split(secret).join("***");
  message = message.replace(/\/\/[^\s/@]*@/g, "//***@");
  return message.length > MAX_ERROR_LENGTH ? `${message.slice(0, MAX_ERROR_LENGTH - 1)}…` : message;
}

/** A transport through an SMTP server, with timeouts so a hanging server cannot stall the worker. */
export function createSmtpTransport(config: SmtpConfig): MailTransport {
  const fromDomain = /@([^\s>]+)>?$/.exec(config.from)?.[1];
  const transporter = nodemailer.createTransport(
    {
      host: config.host,
      port: config.port,
      secure: config.secure,
      requireTLS: config.requireTLS,
      auth: config.auth,
      // Greet the server with the sender's domain rather than this machine's (internal) host name.
      name: fromDomain,
      tls: { minVersion: "TLSv1.2" },
      connectionTimeout: 15_000,
      greetingTimeout: 15_000,
      socketTimeout: 30_000,
      // Messages are built here from text only: never let one pull in a local file or a remote URL.
      disableFileAccess: true,
      disableUrlAccess: true,
    },
    { from: config.from },
  );
  const secrets = config.auth ? [config.auth.pass, config.auth.user] : [];
  return {
    async send(email) {
      try {
        await transporter.sendMail({
          to: email.to,
          subject: email.subject,
          text: email.text,
          html: email.html ?? undefined,
          // RFC 3834: an automatic message, so vacation responders do not answer it.
          headers: { ...email.headers, "Auto-Submitted": "auto-generated" },
        });
      } catch (error) {
        throw new MailSendError(describeSendError(error, secrets));
      }
    },
    close: () => transporter.close(),
  };
}

export type ProcessOutboxOptions = {
  transport: MailTransport;
  batchSize?: number;
  now?: Date;
  /** The database client; the app's by default. */
  client?: DbClient;
  /** Asked between emails: when true, the rest of the batch is given back unsent for the next worker. */
  shouldStop?: () => boolean;
};

export type ProcessOutboxResult = { recovered: number; claimed: number; sent: number; retrying: number; failed: number };

/**
 * One round of the worker: gives back emails a dead worker left SENDING, claims up to `batchSize` due
 * emails, and sends them one by one. A sent email is marked SENT and its bodies are deleted; a failed
 * one is retried later (see backoff.ts) or marked FAILED after MAX_ATTEMPTS attempts.
 */
export async function processOutbox({ transport, batchSize = DEFAULT_BATCH_SIZE, now = new Date(), client, shouldStop }: ProcessOutboxOptions): Promise<ProcessOutboxResult> {
  const recovered = await recoverStuckEmails(
    { claimedBefore: new Date(now.getTime() - STUCK_AFTER_MS), now, maxAttempts: MAX_ATTEMPTS, error: "The worker stopped while sending this email" },
    client,
  );
  const emails = await claimDueEmails({ batchSize, now }, client);
  const result: ProcessOutboxResult = { recovered, claimed: emails.length, sent: 0, retrying: 0, failed: 0 };
  for (const [index, email] of emails.entries()) {
    if (shouldStop?.()) {
      await releaseEmails(emails.slice(index).map((held) => held.id), new Date(), client);
      break;
    }
    try {
      await transport.send({ to: email.to, subject: email.subject, text: email.text, html: email.html, headers: email.headers });
    } catch (error) {
      const description = error instanceof MailSendError ? error.message : describeSendError(error);
      const retryAt = nextAttemptAt(email.attempts + 1, now);
      await markEmailFailed({ id: email.id, error: description, retryAt }, client);
      if (retryAt) result.retrying += 1;
      else result.failed += 1;
      // The id, not the address: logs are read by more people than the mailbox.
      console.error(`[mail] email ${email.id} not sent (attempt ${email.attempts + 1} of ${MAX_ATTEMPTS}): ${description}`);
      continue;
    }
    await markEmailSent(email.id, now, client);
    result.sent += 1;
  }
  return result;
}

/** Runs rounds until the outbox has nothing due (or `shouldStop` says so). */
export async function drainOutbox(options: ProcessOutboxOptions): Promise<ProcessOutboxResult> {
  const batchSize = options.batchSize ?? DEFAULT_BATCH_SIZE;
  const total: ProcessOutboxResult = { recovered: 0, claimed: 0, sent: 0, retrying: 0, failed: 0 };
  let round: ProcessOutboxResult;
  do {
    round = await processOutbox({ ...options, batchSize, now: options.now ?? new Date() });
    for (const key of Object.keys(total) as (keyof ProcessOutboxResult)[]) total[key] += round[key];
  } while (round.claimed === batchSize && !options.shouldStop?.());
  return total;
}
