// Pure helpers: the tokens a resource is filtered by (the "kind:value" shape of collaboration requests' tokens),
// its search document, a link's host, and the signed ticket of an uploaded file.
import { createHmac, hkdfSync, timingSafeEqual } from "node:crypto";
import type { PlaceCodes } from "@/lib/collaborations/format";
import { searchDocument } from "@/lib/search/text";
import type { ResourceTypeValue } from "./schema";

const placeTokens = (country: PlaceCodes) =>
  [`country:${country.code}`, country.continentCode && `continent:${country.continentCode}`, country.regionCode && `region:${country.regionCode}`, country.subregionCode && `region:${country.subregionCode}`, country.intermediateRegionCode && `region:${country.intermediateRegionCode}`].filter(
    (token): token is string => Boolean(token),
  );

/** What a resource is filtered by; stored in Resource."filterTokens". */
export function resourceTokens(resource: { type: ResourceTypeValue; countries: PlaceCodes[]; ruleNumbers: number[]; languages: string[]; organizationId: string | null; year: number | null }): string[] {
  return [
    ...new Set([
      `type:${resource.type}`,
      ...resource.countries.flatMap(placeTokens),
      ...resource.ruleNumbers.map((rule) => `rule:${rule}`),
      ...resource.languages.map((language) => `language:${language}`),
      ...(resource.organizationId ? [`organization:${resource.organizationId}`] : []),
      ...(resource.year ? [`year:${resource.year}`] : []),
    ]),
  ].sort();
}

/** The folded document searched: title, summary and the current version's extracted text (capped: 200,000 characters). */
export function resourceSearchDocument(parts: { title: string; summary: string; extractedText: string | null | undefined }): string {
  return searchDocument([parts.title, parts.summary, parts.extractedText?.slice(0, 200_000)]);
}

/** The link's host, shown beside "open the link" so members see where it leads. */
export function linkHost(url: string): string {
  try {
    return new URL(url).hostname;
  } catch {
    return url;
  }
}

// ---- Upload tickets ------------------------------------------------------------------------------------------
// The claim ticket of an uploaded file between the two steps of sharing a file (README, "Resources"): the upload
// route stores the file unclaimed and hands the member `<file>.<expiry>.<signature>`, signed with HMAC-SHA256 over
// the file, the member and the expiry under a key derived from AUTH_SECRET; the form's action accepts it only
// from that member, before it expires. No table: an unclaimed file expires by itself (lib/files' clean-up).
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
