// The claim ticket of an uploaded file between the two steps of sharing a file (README, "Resources"): the upload
// route stores the file unclaimed and hands the member `<file>.<expiry>.<signature>`, signed with HMAC-SHA256 over
// the file, the member and the expiry under a key derived from AUTH_SECRET; the form's action accepts it only
// from that member, before it expires. No table: an unclaimed file expires by itself (lib/files' clean-up).
import { createHmac, hkdfSync, timingSafeEqual } from "node:crypto";

/** As long as lib/files keeps an unclaimed upload (an hour), so a ticket never outlives its file by much. */
export const UPLOAD_TICKET_TTL_MS = 60 * 60_000;

let derived: { secret: string; key: Buffer } | null = null;

function keyFrom(authSecret: string): Buffer {
  if (derived?.secret !== authSecret) derived = { secret: authSecret, key: Buffer.from(hkdfSync("sha256", authSecret, "wipn-resource-upload", "resource-upload-ticket", 32)) };
  return derived.key;
}

const sign = (body: string, userId: string, authSecret: string) => createHmac("sha256", keyFrom(authSecret)).update(`${body}.${userId}`).digest("base64url");

export function signUploadTicket(fileId: string, userId: string, now: Date, authSecret: string): string {
  const body = `${fileId}.${Math.floor((now.getTime() + UPLOAD_TICKET_TTL_MS) / 1000).toString(36)}`;
  return `${body}.${sign(body, userId, authSecret)}`;
}

/** The file the ticket names, if it was signed for this member and has not expired; null otherwise. */
export function verifyUploadTicket(ticket: string, userId: string, now: Date, authSecret: string): string | null {
  const parts = ticket.length <= 200 ? ticket.split(".") : [];
  if (parts.length !== 3) return null;
  const [fileId, expires, signature] = parts as [string, string, string];
  const expected = Buffer.from(sign(`${fileId}.${expires}`, userId, authSecret));
  const given = Buffer.from(signature);
  if (given.length !== expected.length || !timingSafeEqual(given, expected)) return null;
  if (!/^[a-z0-9]{1,40}$/.test(fileId) || parseInt(expires, 36) * 1000 <= now.getTime()) return null;
  return fileId;
}
