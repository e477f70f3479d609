// When the mail worker tries a failed email again. Pure, so the schedule is unit-tested.

const MINUTE = 60_000;

/** Waits after the 1st, 2nd, ... failed attempt: 1 min, 5 min, 30 min, 2 h, 12 h. */
export const RETRY_DELAYS_MS = [1 * MINUTE, 5 * MINUTE, 30 * MINUTE, 120 * MINUTE, 720 * MINUTE] as const;

/** An email is given up on (FAILED) after this many attempts: a little under 15 hours after the first. */
export const MAX_ATTEMPTS = RETRY_DELAYS_MS.length + 1;

/**
 * When to try again after `attempts` failed attempts in all (counting the one that just failed), or null
 * when the email should be given up on.
 */
export function nextAttemptAt(attempts: number, now: Date): Date | null {
  if (!Number.isInteger(attempts) || attempts < 1) throw new RangeError("attempts must be a positive whole number");
  if (attempts >= MAX_ATTEMPTS) return null;
  return new Date(now.getTime() + (RETRY_DELAYS_MS[attempts - 1] as number));
}
