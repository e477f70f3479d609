// Pure helpers of the registry: the folded text the picker and the list search, and the list's keyset cursor
// (the registry reads in name order, so its cursor is a name and an id, not a moment).
import { searchDocument } from "@/lib/search/text";

export function placeSearchText(place: { name: string; locality: string | null; authority: string | null }): string {
  return searchDocument([place.name, place.locality, place.authority]);
}

export type NameCursor = { name: string; id: string };

export function encodeNameCursor(cursor: NameCursor): string {
  return Buffer.from(JSON.stringify([cursor.name, cursor.id]), "utf8").toString("base64url");
}

export function decodeNameCursor(value: string | undefined): NameCursor | null {
  if (!value) return null;
  try {
    const parsed: unknown = JSON.parse(Buffer.from(value, "base64url").toString("utf8"));
    if (Array.isArray(parsed) && parsed.length === 2 && typeof parsed[0] === "string" && typeof parsed[1] === "string") return { name: parsed[0], id: parsed[1] };
  } catch {
    // An unusable cursor is the first page.
  }
  return null;
}
