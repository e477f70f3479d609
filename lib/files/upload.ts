import "server-only";
// A multipart/form-data request read as a stream (@fastify/busboy): the file goes into storage as it
// arrives, the text fields are collected, and nothing but a chunk or two is ever in memory. This is what a
// route handler uses for big uploads: a server action would buffer the whole body first.
import { Transform, type TransformCallback } from "node:stream";
import { Readable } from "node:stream";
import { pipeline } from "node:stream/promises";
import type { ReadableStream as NodeReadableStream } from "node:stream/web";
import Busboy from "@fastify/busboy";
import { AppError } from "@/lib/errors";
import type { StoredFileKind } from "@/lib/generated/prisma/enums";
import { FILE_MAX_BYTES } from "./file-limits";
import { discardUpload } from "./mutations";
import { fileRefusal, storeFileStream, type StoredUpload } from "./storage";

/** Room for the text fields beside the file (a summary of 50,000 characters is 200 KB in UTF-8). */
export const TEXT_FIELDS_MAX_BYTES = 1024 * 1024;

export type MultipartOptions = {
  /** The one file field; any other file part is refused (UPLOAD_TOO_MANY_FILES). Default "file". */
  fileField?: string;
  kind?: StoredFileKind;
  maxFileBytes?: number;
  /** Text fields (a checkbox list counts one per ticked box). Default 1,000. */
  maxFields?: number;
  /** Longest text field in bytes. Default 256 KB. */
  maxFieldBytes?: number;
};

/**
 * The form's text fields (as FormData, for the same zod parsing a server action does) and the stored file
 * (null when none was chosen), or a refusal: then no file is left stored, and `fields` holds what was
 * read so the form can be shown again filled in. A stored file is unclaimed: claim it (claimStoredFile)
 * in the transaction that refers to it, or delete it.
 */
export type MultipartUpload = { fields: FormData; file: StoredUpload | null; refusal: AppError | null };

/** Counts the body's bytes and stops it past the limit (a chunked body has no Content-Length to trust). */
function byteLimit(limit: number, field: string): Transform {
  let seen = 0;
  return new Transform({
    transform(chunk: Buffer, _encoding, callback: TransformCallback) {
      seen += chunk.byteLength;
      if (seen > limit) callback(fileRefusal("FILE_TOO_LARGE", field));
      else callback(null, chunk);
    },
  });
}

export async function readMultipartUpload(request: Request, options: MultipartOptions = {}): Promise<MultipartUpload> {
  const { fileField = "file", kind = "RESOURCE", maxFileBytes = FILE_MAX_BYTES, maxFields = 1000, maxFieldBytes = 256 * 1024 } = options;
  const fields = new FormData();
  const contentType = request.headers.get("content-type") ?? "";
  const bodyLimit = maxFileBytes + TEXT_FIELDS_MAX_BYTES;
  if (!/^multipart\/form-data\s*;/i.test(contentType) || !request.body) return { fields, file: null, refusal: fileRefusal("UPLOAD_INVALID", fileField) };
  if (Number(request.headers.get("content-length") ?? 0) > bodyLimit) return { fields, file: null, refusal: fileRefusal("FILE_TOO_LARGE", fileField) };

  let refusal: AppError | null = null;
  const refuse = (error: AppError) => (refusal ??= error);
  let stored: Promise<StoredUpload | null> = Promise.resolve(null);
  let storeError: unknown = null;
  let fileStream: Readable | null = null;
  let files = 0;

  let busboy: ReturnType<typeof Busboy>;
  try {
    busboy = Busboy({
      headers: { "content-type": contentType },
      limits: { files: 1, fields: maxFields, parts: maxFields + 1, fieldSize: maxFieldBytes, fileSize: maxFileBytes + 1 },
    });
  } catch {
    return { fields, file: null, refusal: fileRefusal("UPLOAD_INVALID", fileField) };
  }
  busboy.on("file", (name, stream, filename) => {
    files += 1;
    if (name !== fileField || files > 1) {
      refuse(fileRefusal("UPLOAD_TOO_MANY_FILES", fileField));
      stream.resume();
      return;
    }
    fileStream = stream;
    stored = storeFileStream(stream, { kind, filename, maxBytes: maxFileBytes, field: fileField }).catch((error: unknown) => {
      // Drained so that the fields after the file are still read (the whole body is bounded by byteLimit).
      stream.resume();
      // A file input left empty still sends a part, with no file name and no bytes: no file was chosen.
      if (!(error instanceof AppError && error.code === "FILE_EMPTY" && !filename)) storeError = error;
      return null;
    });
  });
  busboy.on("field", (name, value, _nameTruncated, valueTruncated) => {
    if (valueTruncated) refuse(fileRefusal("UPLOAD_INVALID", name));
    else fields.append(name, value);
  });
  busboy.on("filesLimit", () => refuse(fileRefusal("UPLOAD_TOO_MANY_FILES", fileField)));
  busboy.on("fieldsLimit", () => refuse(fileRefusal("UPLOAD_INVALID", fileField)));
  busboy.on("partsLimit", () => refuse(fileRefusal("UPLOAD_INVALID", fileField)));

  await pipeline(Readable.fromWeb(request.body as NodeReadableStream<Uint8Array>), byteLimit(bodyLimit, fileField), busboy).catch((error: unknown) => {
    refuse(error instanceof AppError ? error : fileRefusal("UPLOAD_INVALID", fileField));
    // The file part would otherwise wait for bytes that never come.
    fileStream?.destroy(refusal ?? undefined);
  });
  const file = await stored;
  // A refusal of the file itself; anything else unexpected (the database) is thrown, unless the body had
  // already failed (a client gone, a body past the limit), which is what ended the file.
  if (storeError instanceof AppError) refuse(storeError);
  else if (storeError && !refusal) throw storeError;
  if (refusal) {
    if (file) await discardUpload(file.id);
    return { fields, file: null, refusal };
  }
  return { fields, file, refusal: null };
}
