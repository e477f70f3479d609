// File names from uploaders are untrusted text: they are kept only to be offered back on download, never
// used as a path. Sanitized on write and again when a response names a file (RFC 6266 with RFC 5987's
// filename* for names beyond ASCII). Pure.
import { RESOURCE_FILE_TYPES, type ResourceFileType } from "./file-limits";

const MAX_NAME_LENGTH = 150;
// Control characters, bidirectional overrides and isolates (which can make "report‮fdp.exe" read as
// "report.exe.pdf" backwards), characters Windows forbids in names, and the zero-width ones.
const UNSAFE = /[\u0000-\u001f\u007f-\u009f\u200b-\u200f\u202a-\u202e\u2066-\u2069\ufeff<>:"/\\|?*]/g;

/** A name safe to offer: no folders, no unsafe characters, at most 150 characters; null when nothing is left. */
export function sanitizeFilename(name: string | null | undefined): string | null {
  if (!name) return null;
  const base = name.normalize("NFC").split(/[/\\]/).pop() ?? "";
  const cleaned = base.replace(UNSAFE, "_").replace(/\s+/g, " ").trim().replace(/^[.\s]+/, "").replace(/[.\s]+$/, "");
  if (!cleaned || /^_+$/.test(cleaned)) return null;
  return [...cleaned].slice(0, MAX_NAME_LENGTH).join("");
}

const EXTENSIONS: Record<ResourceFileType, readonly string[]> = {
  pdf: ["pdf"],
  docx: ["docx"],
  odt: ["odt"],
  xlsx: ["xlsx"],
  ods: ["ods"],
  pptx: ["pptx"],
  odp: ["odp"],
  png: ["png"],
  jpg: ["jpg", "jpeg"],
  webp: ["webp"],
};

/**
 * The name to offer for a file of this type: sanitized, and ending with the type's own extension (a PDF
 * named "notes.exe" is offered as "notes.pdf"), so the member's computer opens it with the right program.
 */
export function downloadFilename(name: string | null | undefined, type: ResourceFileType | null, fallback = "file"): string {
  const safe = sanitizeFilename(name) ?? fallback;
  if (!type) return safe;
  const dot = safe.lastIndexOf(".");
  const extension = dot > 0 ? safe.slice(dot + 1).toLowerCase() : "";
  if (EXTENSIONS[type].includes(extension)) return safe;
  const stem = dot > 0 && extension.length <= 5 ? safe.slice(0, dot) : safe;
  return `${stem}.${EXTENSIONS[type][0]}`;
}

/** The resource type a Content-Type stands for, or null. */
export function resourceTypeOf(contentType: string): ResourceFileType | null {
  return (Object.keys(RESOURCE_FILE_TYPES) as ResourceFileType[]).find((type) => RESOURCE_FILE_TYPES[type] === contentType) ?? null;
}

/** A Content-Disposition header: an ASCII fallback in `filename`, the exact name in `filename*`. */
export function contentDisposition(disposition: "attachment" | "inline", name: string): string {
  const ascii = name.normalize("NFKD").replace(/[\u0300-\u036f]/g, "").replace(/[^\x20-\x7e]/g, "_").replace(/["\\%]/g, "_");
  const encoded = encodeURIComponent(name).replace(/['()*]/g, (character) => `%${character.charCodeAt(0).toString(16).toUpperCase()}`);
  return `${disposition}; filename="${ascii}"; filename*=UTF-8''${encoded}`;
}
