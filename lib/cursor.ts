// Keyset cursors for lists ordered by a moment and an id (newest activity, oldest flag…): the position after a
// row, opaque in the address. An edited or truncated cursor reads as none: the list starts from the beginning.

export function encodeTimeCursor(at: Date, id: string | number): string {
  return Buffer.from(JSON.stringify([at.toISOString(), id])).toString("base64url");
}

export function decodeTimeCursor(value: string | undefined, idKind: "string"): { at: Date; id: string } | null;
export function decodeTimeCursor(value: string | undefined, idKind: "number"): { at: Date; id: number } | null;
export function decodeTimeCursor(value: string | undefined, idKind: "string" | "number"): { at: Date; id: string | number } | null {
  if (!value || !/^[A-Za-z0-9_-]{1,160}$/.test(value)) return null;
  try {
    const parsed: unknown = JSON.parse(Buffer.from(value, "base64url").toString("utf8"));
    if (!Array.isArray(parsed) || parsed.length !== 2) return null;
    const at = new Date(String(parsed[0]));
    const id: unknown = parsed[1];
    const valid = idKind === "number" ? Number.isSafeInteger(id) : typeof id === "string" && id.length <= 40;
    return valid && !Number.isNaN(at.getTime()) ? { at, id: id as string | number } : null;
  } catch {
    return null;
  }
}
