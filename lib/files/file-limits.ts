// What the resource library accepts, apart from the storage code so forms (client components) can state it.

/** Largest uploaded file (forms state it), checked while the bytes stream in. */
export const FILE_MAX_MEGABYTES = 25;
export const FILE_MAX_BYTES = FILE_MAX_MEGABYTES * 1024 * 1024;
/**
 * Size of one StoredFileChunk row. Every chunk but a file's last is exactly this long (ranges are found by
 * arithmetic), so it must never change for stored files.
 */
export const FILE_CHUNK_BYTES = 256 * 1024;

/** The types a resource file may be, by the extension offered on download, with the Content-Type served. */
export const RESOURCE_FILE_TYPES = {
  pdf: "application/pdf",
  docx: "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
  odt: "application/vnd.oasis.opendocument.text",
  xlsx: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
  ods: "application/vnd.oasis.opendocument.spreadsheet",
  pptx: "application/vnd.openxmlformats-officedocument.presentationml.presentation",
  odp: "application/vnd.oasis.opendocument.presentation",
  png: "image/png",
  jpg: "image/jpeg",
  webp: "image/webp",
} as const;
export type ResourceFileType = keyof typeof RESOURCE_FILE_TYPES;

/** For a file input's `accept`: a hint to the browser's picker; the server decides from the content. */
export const RESOURCE_FILE_ACCEPT = [".pdf", ".docx", ".odt", ".xlsx", ".ods", ".pptx", ".odp", ".png", ".jpg", ".jpeg", ".webp", ...Object.values(RESOURCE_FILE_TYPES)].join(",");

/** Why a file (or the form carrying it) is refused; each has its message at `Files.refusals.<code>`. */
export const FILE_REFUSAL_CODES = [
  "FILE_EMPTY",
  "FILE_TOO_LARGE",
  "FILE_UNSUPPORTED_TYPE",
  "FILE_TRUNCATED",
  "FILE_CORRUPT",
  "FILE_ENCRYPTED",
  "FILE_ACTIVE_CONTENT",
  "FILE_ARCHIVE_TOO_LARGE",
  "FILE_IMAGE_TOO_MANY_PIXELS",
  "UPLOAD_TOO_MANY_FILES",
  "UPLOAD_INVALID",
] as const;
export type FileRefusalCode = (typeof FILE_REFUSAL_CODES)[number];
