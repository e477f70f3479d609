import "server-only";
// The storage interface (README, "File storage"): files stream into PostgreSQL in 256 KB chunks and out
// again, so a 25 MB upload or download holds a chunk or two in memory, never the file. An object-store
// driver would replace this file, data.ts and mutations.ts, and keep these signatures.
import { createHash } from "node:crypto";
import { AppError } from "@/lib/errors";
import type { StoredFileKind } from "@/lib/generated/prisma/enums";
import { classifyHead, isCompletePdfTail, officeTypeOf, PDF_TAIL_BYTES } from "./content-check";
import { readFileChunks } from "./data";
import type { ByteRange } from "./download-response";
import { FILE_CHUNK_BYTES, FILE_MAX_BYTES, FILE_MAX_MEGABYTES, RESOURCE_FILE_TYPES, type FileRefusalCode, type ResourceFileType } from "./file-limits";
import { sanitizeFilename } from "./filename";
import { processResourceImage } from "./images";
import { appendFileChunk, completeUploadingFile, createUploadingFile, discardUpload, storeUnclaimedFile } from "./mutations";
import { checkCentralDirectory, hasOfficeStructure, locateCentralDirectory, ZIP_TAIL_BYTES } from "./zip-check";

/** How long an upload may stay unclaimed (claimStoredFile) before the clean-up job deletes it. */
export const UPLOAD_UNCLAIMED_MS = 60 * 60_000;

export type StoreFileOptions = {
  kind?: StoredFileKind;
  /** The uploader's name for the file; kept sanitized, offered on download. */
  filename?: string | null;
  maxBytes?: number;
  /** The form field the file came from: a refusal is shown there. */
  field?: string;
};

/** A stored, checked file, unclaimed until claimStoredFile (in the transaction that refers to it). */
export type StoredUpload = {
  id: string;
  type: ResourceFileType;
  contentType: string;
  byteSize: number;
  sha256: string;
  filename: string | null;
  width: number | null;
  height: number | null;
};


/** A refusal of an uploaded file; its message is `Files.refusals.<code>`. */
export function fileRefusal(code: FileRefusalCode, field?: string): AppError {
  return new AppError(code, { field, messageKey: `Files.refusals.${code}`, values: { maxMegabytes: FILE_MAX_MEGABYTES } });
}

const IMAGE_CODES: Record<string, FileRefusalCode> = {
  IMAGE_EMPTY: "FILE_EMPTY",
  IMAGE_TOO_LARGE: "FILE_TOO_LARGE",
  IMAGE_TOO_MANY_PIXELS: "FILE_IMAGE_TOO_MANY_PIXELS",
  IMAGE_UNSUPPORTED_TYPE: "FILE_UNSUPPORTED_TYPE",
  IMAGE_HEIC_UNSUPPORTED: "FILE_UNSUPPORTED_TYPE",
  IMAGE_CORRUPT: "FILE_CORRUPT",
};

/** The source cut into exactly FILE_CHUNK_BYTES pieces (the last one shorter). */
async function* rechunk(source: AsyncIterable<Uint8Array>): AsyncGenerator<Uint8Array> {
  let buffer = new Uint8Array(FILE_CHUNK_BYTES);
  let filled = 0;
  for await (const piece of source) {
    for (let offset = 0; offset < piece.byteLength; ) {
      const taken = Math.min(FILE_CHUNK_BYTES - filled, piece.byteLength - offset);
      buffer.set(piece.subarray(offset, offset + taken), filled);
      filled += taken;
      offset += taken;
      if (filled === FILE_CHUNK_BYTES) {
        yield buffer;
        buffer = new Uint8Array(FILE_CHUNK_BYTES);
        filled = 0;
      }
    }
  }
  if (filled > 0) yield buffer.subarray(0, filled);
}

/**
 * Stores a file as it streams in, deciding its type from its content, or throws fileRefusal(code) having
 * left nothing behind. Images are re-encoded (held in memory: at most maxBytes); documents go to the
 * database chunk by chunk and are checked once complete (a PDF's end, an office file's central directory).
 */
export async function storeFileStream(source: AsyncIterable<Uint8Array>, options: StoreFileOptions = {}): Promise<StoredUpload> {
  const { kind = "RESOURCE", maxBytes = FILE_MAX_BYTES, field } = options;
  const filename = sanitizeFilename(options.filename);
  const chunks = rechunk(source);
  const first = await chunks.next();
  if (first.done) throw fileRefusal("FILE_EMPTY", field);
  const headClass = await classifyHead(first.value);
  if (!headClass) throw fileRefusal("FILE_UNSUPPORTED_TYPE", field);
  if (headClass === "image") return storeImageStream(first.value, chunks, { kind, filename, maxBytes, field });

  const id = await createUploadingFile({ kind, filename, expiresAt: new Date(Date.now() + UPLOAD_UNCLAIMED_MS) });
  try {
    const hash = createHash("sha256");
    let byteSize = 0;
    let index = 0;
    for (let chunk: Uint8Array | undefined = first.value; chunk; chunk = (await chunks.next()).value ?? undefined) {
      byteSize += chunk.byteLength;
      if (byteSize > maxBytes) throw fileRefusal("FILE_TOO_LARGE", field);
      hash.update(chunk);
      await appendFileChunk(id, index++, chunk);
    }
    const type = headClass === "pdf" ? await checkPdf(id, byteSize, field) : await checkOfficeFile(id, byteSize, field);
    const done = { contentType: RESOURCE_FILE_TYPES[type], byteSize, sha256: hash.digest("hex") };
    await completeUploadingFile(id, done);
    return { id, type, filename, width: null, height: null, ...done };
  } catch (error) {
    await discardUpload(id);
    throw error;
  }
}

async function storeImageStream(first: Uint8Array, rest: AsyncIterator<Uint8Array>, options: Required<Omit<StoreFileOptions, "filename" | "field">> & { filename: string | null; field?: string }): Promise<StoredUpload> {
  const pieces = [first];
  let byteSize = first.byteLength;
  for (let next = await rest.next(); !next.done; next = await rest.next()) {
    byteSize += next.value.byteLength;
    if (byteSize > options.maxBytes) throw fileRefusal("FILE_TOO_LARGE", options.field);
    pieces.push(next.value);
  }
  const image = await processResourceImage(Buffer.concat(pieces)).catch((error: unknown) => {
    throw error instanceof AppError && IMAGE_CODES[error.code] ? fileRefusal(IMAGE_CODES[error.code]!, options.field) : error;
  });
  if (image.bytes.byteLength > options.maxBytes) throw fileRefusal("FILE_TOO_LARGE", options.field);
  const contentType = RESOURCE_FILE_TYPES[image.type];
  const expiresAt = new Date(Date.now() + UPLOAD_UNCLAIMED_MS);
  const id = await storeUnclaimedFile({ kind: options.kind, contentType, width: image.width, height: image.height, filename: options.filename, expiresAt }, image.bytes);
  const sha256 = createHash("sha256").update(image.bytes).digest("hex");
  return { id, type: image.type, contentType, byteSize: image.bytes.byteLength, sha256, filename: options.filename, width: image.width, height: image.height };
}

async function checkPdf(fileId: string, byteSize: number, field?: string): Promise<ResourceFileType> {
  const tail = await readStoredRange(fileId, { start: Math.max(0, byteSize - PDF_TAIL_BYTES), end: byteSize - 1 });
  if (!isCompletePdfTail(tail)) throw fileRefusal("FILE_TRUNCATED", field);
  return "pdf";
}

async function checkOfficeFile(fileId: string, byteSize: number, field?: string): Promise<ResourceFileType> {
  const tail = await readStoredRange(fileId, { start: Math.max(0, byteSize - ZIP_TAIL_BYTES), end: byteSize - 1 });
  const located = locateCentralDirectory(tail, byteSize);
  if (!located.ok) throw fileRefusal(located.code, field);
  const { directory } = located;
  const listed = checkCentralDirectory(await readStoredRange(fileId, { start: directory.offset, end: directory.offset + directory.size - 1 }), directory);
  if (!listed.ok) throw fileRefusal(listed.code, field);
  const type = await officeTypeOf(openFileStream(fileId));
  if (!type) throw fileRefusal("FILE_UNSUPPORTED_TYPE", field);
  if (!hasOfficeStructure(type, listed.entries)) throw fileRefusal("FILE_CORRUPT", field);
  return type;
}

/** A stored file (or part of it, `range` inclusive) as a stream, read one megabyte of chunks at a time. */
export function openFileStream(fileId: string, range: ByteRange = { start: 0, end: Number.MAX_SAFE_INTEGER }): ReadableStream<Uint8Array> {
  const BATCH = 4;
  let next = Math.floor(range.start / FILE_CHUNK_BYTES);
  const last = Math.floor(range.end / FILE_CHUNK_BYTES);
  return new ReadableStream<Uint8Array>({
    async pull(controller) {
      const chunks = next > last ? [] : await readFileChunks(fileId, next, Math.min(last, next + BATCH - 1));
      for (const [offset, chunk] of chunks.entries()) {
        const at = (next + offset) * FILE_CHUNK_BYTES;
        const from = Math.max(0, range.start - at);
        const to = Math.min(chunk.byteLength, range.end - at + 1);
        if (to > from) controller.enqueue(chunk.subarray(from, to));
      }
      next += BATCH;
      if (chunks.length < BATCH || next > last) controller.close();
    },
  });
}

/** A small part of a stored file in memory (a tail, a central directory). */
export async function readStoredRange(fileId: string, range: ByteRange): Promise<Uint8Array> {
  const pieces: Uint8Array[] = [];
  for await (const piece of openFileStream(fileId, range)) pieces.push(piece);
  return Buffer.concat(pieces);
}

/** A form's File (a server action's small upload): refused before reading when too large, then as storeFileStream. */
export async function storeFileBlob(file: Blob, options: StoreFileOptions = {}): Promise<StoredUpload> {
  const maxBytes = options.maxBytes ?? FILE_MAX_BYTES;
  if (file.size === 0) throw fileRefusal("FILE_EMPTY", options.field);
  if (file.size > maxBytes) throw fileRefusal("FILE_TOO_LARGE", options.field);
  const filename = options.filename ?? ("name" in file && typeof file.name === "string" ? file.name : null);
  return storeFileStream(file.stream(), { ...options, filename });
}
