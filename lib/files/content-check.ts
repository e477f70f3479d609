// What a file is, from its content: its first bytes through file-type (magic numbers, never the name or
// the browser's Content-Type), then checks of its end. Only what the library accepts is recognized; HTML,
// SVG, scripts, executables, legacy Office (CFB) and macro-enabled Office files are all "unsupported".
import { fileTypeFromBuffer, fileTypeFromStream } from "file-type";
import type { ResourceFileType } from "./file-limits";

/** How a file is handled: a PDF and an office archive are stored as they are, an image is re-encoded. */
export type HeadClass = "pdf" | "zip" | "image";

const OFFICE_TYPES: readonly ResourceFileType[] = ["docx", "odt", "xlsx", "ods", "pptx", "odp"];

/** From the first bytes (a chunk is plenty): which path the file takes, or null to refuse it. */
export async function classifyHead(head: Uint8Array): Promise<HeadClass | null> {
  const detected = await fileTypeFromBuffer(head);
  if (!detected) return null;
  if (detected.ext === "pdf") return "pdf";
  // A docx's parts may lie past the first chunk, where file-type only sees "zip": the whole file decides later.
  if (detected.ext === "zip" || (OFFICE_TYPES as readonly string[]).includes(detected.ext)) return "zip";
  if (detected.ext === "png" || detected.ext === "jpg" || detected.ext === "webp") return "image";
  return null;
}

/** The office type of a whole stored archive (read as a stream, as far as file-type needs), or null. */
export async function officeTypeOf(stream: ReadableStream<Uint8Array>): Promise<ResourceFileType | null> {
  const detected = await fileTypeFromStream(stream);
  return detected && (OFFICE_TYPES as readonly string[]).includes(detected.ext) ? (detected.ext as ResourceFileType) : null;
}

/** How much of a PDF's end the check needs: readers look for %%EOF in the last 1024 bytes. */
export const PDF_TAIL_BYTES = 1024;

/** A complete PDF ends with `startxref`, an offset and `%%EOF` (then at most whitespace). */
export function isCompletePdfTail(tail: Uint8Array): boolean {
  const text = new TextDecoder("latin1").decode(tail);
  return /startxref\s+\d+\s+%%EOF[\s\0]*$/.test(text);
}
