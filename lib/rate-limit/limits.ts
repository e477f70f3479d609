// Every rate limit of the platform, in one place. A limit allows `limit` attempts per fixed window of
// `windowSeconds`, counted in PostgreSQL (see mutations.ts) so it holds across app instances.
// Usage: checkLimits(client, [magicLinkPerAccount(email), magicLinkPerAddress(clientAddress(headers))]).
import { createHash, createHmac } from "node:crypto";
import { env } from "@/lib/env";
import { UNKNOWN_ADDRESS } from "./client-address";

const MINUTE = 60;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

/** One attempt to count: which counter, and how much it allows (Infinity: not limited, nothing counted). */
export type RateLimitCheck = { key: string; limit: number; windowSeconds: number };

/**
 * The key of one counter, e.g. "sign-in:account:3f2a…". The parts (an email address, a client address)
 * are trimmed, lower-cased and hashed, so no address is stored in clear. The hash is keyed with
 * AUTH_SECRET when it is set, so a stolen table cannot be reversed by hashing guessed addresses.
 */
export function rateLimitKey(bucket: string, ...parts: string[]): string {
  if (!/^[a-z0-9-]+(?::[a-z0-9-]+)*$/.test(bucket)) throw new Error(`Invalid rate limit bucket ${JSON.stringify(bucket)}`);
  if (parts.length === 0) throw new Error("A rate limit key needs at least one part");
  const material = parts.map((part) => part.trim().toLowerCase()).join("\u0000");
  const secret = env().AUTH_SECRET;
  const digest = secret
    ? createHmac("sha256", `wipn-rate-limit:${secret}`).update(material).digest("hex")
    : createHash("sha256").update(material).digest("hex");
  return `${bucket}:${digest}`;
}

export type RateLimitRule = ((...parts: string[]) => RateLimitCheck) & { bucket: string; limit: number; windowSeconds: number };

let warnedAboutUnknownAddress = false;

function rule(bucket: string, limit: number, windowSeconds: number): RateLimitRule {
  const check = (...parts: string[]): RateLimitCheck => ({ key: rateLimitKey(bucket, ...parts), limit, windowSeconds });
  return Object.assign(check, { bucket, limit, windowSeconds });
}

/**
 * A limit per client address. When no trusted proxy named the address (UNKNOWN_ADDRESS), it does not
 * apply: counting every such request under one shared "unknown" address would let anyone lock everybody
 * out (30 wrong passwords anywhere, and nobody could sign in). The per-account limits still hold.
 */
function addressRule(bucket: string, limit: number, windowSeconds: number): RateLimitRule {
  const counted = rule(bucket, limit, windowSeconds);
  const check = (address: string, ...parts: string[]): RateLimitCheck => {
    if (address !== UNKNOWN_ADDRESS) return counted(address, ...parts);
    if (!warnedAboutUnknownAddress) {
      warnedAboutUnknownAddress = true;
      console.warn("[rate-limit] No client address: per-address limits are off. Run behind a reverse proxy that appends to X-Forwarded-For, and set TRUSTED_PROXIES.");
    }
    return { key: `${bucket}:${UNKNOWN_ADDRESS}`, limit: Number.POSITIVE_INFINITY, windowSeconds };
  };
  return Object.assign(check, { bucket, limit, windowSeconds });
}

// Failed sign-ins (wrong password, wrong two-step code), after OWASP's Authentication Cheat Sheet: only
// failures count (a success gives its attempt back), so the member herself can sign in as often as she
// likes. The tight limit is per account *and* client address, so a stranger failing on purpose from
// elsewhere cannot lock her out; a looser per-account ceiling stops a guesser spread over many addresses,
// and lets through browsers where she signed in before (OWASP's "device cookies", lib/auth/devices.ts).
/** Failed sign-ins for one account from one client address (called as (address, email)). */
export const signInFailuresPerAccountAndAddress = addressRule("sign-in:account-ip", 5, 15 * MINUTE);
/** Failed sign-ins from one client address, across accounts. */
export const signInFailuresPerAddress = addressRule("sign-in:ip", 30, 15 * MINUTE);
/** Failed sign-ins for one account from anywhere; browsers she used before are not held back by it. */
export const signInFailuresPerAccount = rule("sign-in:account", 50, HOUR);
/** Sign-in links requested for one account, and from one client address. */
export const magicLinkPerAccount = rule("magic-link:account", 3, 15 * MINUTE);
export const magicLinkPerAddress = addressRule("magic-link:ip", 10, 15 * MINUTE);
/** Password reset emails requested for one account, and from one client address. */
export const passwordResetPerAccount = rule("password-reset:account", 3, HOUR);
export const passwordResetPerAddress = addressRule("password-reset:ip", 10, HOUR);
/** Membership applications sent from one client address, and for one email address. */
export const applicationPerAddress = addressRule("application:ip", 5, HOUR);
export const applicationPerEmail = rule("application:email", 3, DAY);

/**
 * What a signed-in session may try, per member: someone holding a stolen session must not be able to guess
 * the password or a code behind it (to lock the member out or turn two-step verification off), nor use the
 * email change (which mails an address they typed) to send mail.
 */
export const accountPasswordChecks = rule("account:password-check", 10, 15 * MINUTE);
export const accountCodeChecks = rule("account:code-check", 10, 15 * MINUTE);
export const accountEmailChanges = rule("account:email-change", 5, HOUR);

/**
 * Image uploads (profile photos, organization logos), per member, counted before decoding: every upload is
 * decoded and re-encoded by sharp, which costs a core for a moment, so a session must not be able to keep
 * the server busy with them.
 */
export const imageUploadsPerMember = rule("upload:image", 20, HOUR);

/**
 * Posting on the board, per member: threads and posts (a thread counts as both). Members approved in the last
 * week have tighter limits, as Discourse's new users do: a new account is the cheapest way to spam a network.
 */
export const boardPostsPerMember = rule("board:posts", 20, 10 * MINUTE);
export const boardPostsPerNewMember = rule("board:posts-new", 6, 10 * MINUTE);
export const boardThreadsPerMember = rule("board:threads", 10, HOUR);
export const boardThreadsPerNewMember = rule("board:threads-new", 3, HOUR);

/**
 * Collaboration requests and responses, per member, tighter in the first week after approval (as the board's):
 * a request notifies the members it names, a response its author side, an invitation the member invited.
 */
export const collaborationRequestsPerMember = rule("collaboration:requests", 10, DAY);
export const collaborationRequestsPerNewMember = rule("collaboration:requests-new", 2, DAY);
export const collaborationResponsesPerMember = rule("collaboration:responses", 20, HOUR);
export const collaborationResponsesPerNewMember = rule("collaboration:responses-new", 5, HOUR);
export const collaborationInvitationsPerMember = rule("collaboration:invitations", 30, DAY);

/** Resources shared (links and files, issue 14), per member: enough for a library's worth in a day, not a flood. */
export const resourcesPerMember = rule("resources:shared", 30, DAY);
/** Files uploaded for resources (stored before they are described), per member. */
export const resourceUploadsPerMember = rule("resources:uploads", 60, DAY);
/** Files uploaded as monitoring reports' evidence (issue 15), per member: a visit's photos and documents, not a flood. */
export const evidenceUploadsPerMember = rule("monitoring:evidence-uploads", 100, DAY);

/** Flags on threads, profiles and organizations, per member (issue 13): enough to report a wave, not to flood the queue. */
export const itemFlagsPerMember = rule("moderation:flags", 20, HOUR);

/**
 * Private messages, per member: messages sent, and above all *strangers* written to — members with whom the
 * writer shares no conversation yet (each one counts). A member approved in the last week reaches at most 5
 * strangers a day: unsolicited messages from a new account are the commonest abuse of a network's inboxes.
 */
export const messagesPerMember = rule("messages:sent", 30, 10 * MINUTE);
export const messagesPerNewMember = rule("messages:sent-new", 10, 10 * MINUTE);
export const strangersPerMember = rule("messages:strangers", 20, DAY);
export const strangersPerNewMember = rule("messages:strangers-new", 5, DAY);

export const RATE_LIMITS = {
  signInFailuresPerAccountAndAddress,
  signInFailuresPerAddress,
  signInFailuresPerAccount,
  magicLinkPerAccount,
  magicLinkPerAddress,
  passwordResetPerAccount,
  passwordResetPerAddress,
  applicationPerAddress,
  applicationPerEmail,
  accountPasswordChecks,
  accountCodeChecks,
  accountEmailChanges,
  imageUploadsPerMember,
  boardPostsPerMember,
  boardPostsPerNewMember,
  boardThreadsPerMember,
  boardThreadsPerNewMember,
  collaborationRequestsPerMember,
  collaborationRequestsPerNewMember,
  collaborationResponsesPerMember,
  collaborationResponsesPerNewMember,
  collaborationInvitationsPerMember,
  resourcesPerMember,
  resourceUploadsPerMember,
  itemFlagsPerMember,
  messagesPerMember,
  messagesPerNewMember,
  strangersPerMember,
  strangersPerNewMember,
} as const;

/** The longest window of any limit: counters older than this can be deleted. */
export const LONGEST_WINDOW_SECONDS = Math.max(...Object.values(RATE_LIMITS).map((limit) => limit.windowSeconds));
