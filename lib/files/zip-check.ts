// Office files (docx, xlsx, pptx, odt, ods, odp) are ZIP archives. Before one is accepted its central
// directory is read and judged, without inflating anything: a zip bomb (huge totals, extreme ratios,
// overlapping entries), encrypted entries, macros or embedded programs, nested archives and a truncated or
// padded archive (a polyglot hides a second file before or after the ZIP) are refused. Pure: bytes in, verdict out.
import type { FileRefusalCode, ResourceFileType } from "./file-limits";

export const ZIP_LIMITS = {
  entries: 5_000,
  directoryBytes: 2 * 1024 * 1024,
  totalUncompressed: 512 * 1024 * 1024,
  entryUncompressed: 256 * 1024 * 1024,
  /** Inflate ratio allowed for an entry of more than ratioFloor bytes (Apache POI refuses above 100 too). */
  ratio: 100,
  ratioFloor: 1024 * 1024,
};

export type ZipEntry = { name: string; method: number; flags: number; compressedSize: number; uncompressedSize: number; localOffset: number };
export type ZipDirectory = { offset: number; size: number; count: number };
export type ZipRefusal = { ok: false; code: FileRefusalCode; reason: string };

const EOCD_SIGNATURE = 0x06054b50;
const CENTRAL_SIGNATURE = 0x02014b50;
const EOCD_LENGTH = 22;
/** The end record and its longest comment: how much of a file's end locateCentralDirectory needs. */
export const ZIP_TAIL_BYTES = EOCD_LENGTH + 0xffff;

function refuse(code: FileRefusalCode, reason: string): ZipRefusal {
  return { ok: false, code, reason };
}

/** Where the central directory is, from the end of central directory record that must end the file. */
export function locateCentralDirectory(tail: Uint8Array, fileSize: number): { ok: true; directory: ZipDirectory } | ZipRefusal {
  const view = new DataView(tail.buffer, tail.byteOffset, tail.byteLength);
  const tailStart = fileSize - tail.byteLength;
  for (let at = tail.byteLength - EOCD_LENGTH; at >= 0; at--) {
    if (view.getUint32(at, true) !== EOCD_SIGNATURE) continue;
    // The record's comment must run exactly to the end: anything after it is another file glued on.
    if (at + EOCD_LENGTH + view.getUint16(at + 20, true) !== tail.byteLength) continue;
    const disk = view.getUint16(at + 4, true);
    const count = view.getUint16(at + 10, true);
    const size = view.getUint32(at + 12, true);
    const offset = view.getUint32(at + 16, true);
    if (disk !== 0 || view.getUint16(at + 8, true) !== count) return refuse("FILE_CORRUPT", "multi-disk archive");
    if (count === 0xffff || size === 0xffffffff || offset === 0xffffffff) return refuse("FILE_UNSUPPORTED_TYPE", "ZIP64 archive");
    // The directory ends where the end record starts: nothing may hide between them.
    if (offset + size !== tailStart + at) return refuse("FILE_CORRUPT", "central directory does not end at the end record");
    if (size > ZIP_LIMITS.directoryBytes || count > ZIP_LIMITS.entries) return refuse("FILE_ARCHIVE_TOO_LARGE", "too many entries");
    return { ok: true, directory: { offset, size, count } };
  }
  return refuse("FILE_TRUNCATED", "no end of central directory record at the end");
}

// Macros and programs inside office files: VBA projects, ActiveX controls, OLE objects (which can carry any
// executable), OpenDocument's Basic and script folders.
const ACTIVE_CONTENT = [/(^|\/)vbaProject\.bin$/i, /(^|\/)vbaData\.xml$/i, /(^|\/)activeX\//i, /(^|\/)embeddings\/[^/]*\.bin$/i, /^Basic\//, /^Scripts\//];
const PROGRAM_EXTENSIONS = /\.(exe|dll|com|scr|bat|cmd|ps1|vbs|vbe|js|jse|wsf|wsh|msi|hta|lnk|sh|jar|app|pif|cpl)$/i;
// Charts embed a spreadsheet (an OOXML file) in a document; every other archive inside is refused.
const NESTED_ARCHIVES = /\.(zip|7z|rar|gz|tgz|bz2|xz|tar|cab|iso|docm|xlsm|pptm)$/i;

/** Every entry of the central directory, or why the archive is refused. */
export function checkCentralDirectory(bytes: Uint8Array, directory: ZipDirectory): { ok: true; entries: ZipEntry[] } | ZipRefusal {
  if (bytes.byteLength !== directory.size) return refuse("FILE_TRUNCATED", "central directory cut short");
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const decoder = new TextDecoder("utf-8", { fatal: false });
  const entries: ZipEntry[] = [];
  let total = 0;
  for (let at = 0; entries.length < directory.count; ) {
    if (at + 46 > bytes.byteLength || view.getUint32(at, true) !== CENTRAL_SIGNATURE) return refuse("FILE_CORRUPT", "bad central directory entry");
    const nameLength = view.getUint16(at + 28, true);
    const next = at + 46 + nameLength + view.getUint16(at + 30, true) + view.getUint16(at + 32, true);
    if (next > bytes.byteLength) return refuse("FILE_CORRUPT", "central directory entry runs past the directory");
    const entry: ZipEntry = {
      name: decoder.decode(bytes.subarray(at + 46, at + 46 + nameLength)),
      flags: view.getUint16(at + 8, true),
      method: view.getUint16(at + 10, true),
      compressedSize: view.getUint32(at + 20, true),
      uncompressedSize: view.getUint32(at + 24, true),
      localOffset: view.getUint32(at + 42, true),
    };
    if (entry.compressedSize === 0xffffffff || entry.uncompressedSize === 0xffffffff || entry.localOffset === 0xffffffff) return refuse("FILE_UNSUPPORTED_TYPE", "ZIP64 entry");
    if (entry.flags & 0x0001) return refuse("FILE_ENCRYPTED", `encrypted entry ${entry.name}`);
    if (entry.method !== 0 && entry.method !== 8) return refuse("FILE_UNSUPPORTED_TYPE", `compression method ${entry.method}`);
    if (entry.method === 0 && entry.compressedSize !== entry.uncompressedSize) return refuse("FILE_CORRUPT", "stored entry with two sizes");
    if (ACTIVE_CONTENT.some((pattern) => pattern.test(entry.name)) || PROGRAM_EXTENSIONS.test(entry.name)) return refuse("FILE_ACTIVE_CONTENT", entry.name);
    if (NESTED_ARCHIVES.test(entry.name)) return refuse("FILE_ARCHIVE_TOO_LARGE", `nested archive ${entry.name}`);
    total += entry.uncompressedSize;
    if (entry.uncompressedSize > ZIP_LIMITS.entryUncompressed || total > ZIP_LIMITS.totalUncompressed) return refuse("FILE_ARCHIVE_TOO_LARGE", "unpacks too large");
    if (entry.uncompressedSize > ZIP_LIMITS.ratioFloor && entry.uncompressedSize > ZIP_LIMITS.ratio * Math.max(1, entry.compressedSize)) return refuse("FILE_ARCHIVE_TOO_LARGE", `ratio of ${entry.name}`);
    entries.push(entry);
    at = next;
  }
  return checkLayout(entries, directory);
}

/** Entries in file order must start at 0, each after the previous one's data, all before the directory. */
function checkLayout(entries: ZipEntry[], directory: ZipDirectory): { ok: true; entries: ZipEntry[] } | ZipRefusal {
  const byOffset = [...entries].sort((a, b) => a.localOffset - b.localOffset);
  if (byOffset.length === 0) return refuse("FILE_CORRUPT", "empty archive");
  if (byOffset[0]!.localOffset !== 0) return refuse("FILE_CORRUPT", "data before the first entry");
  for (const [index, entry] of byOffset.entries()) {
    // A local header is at least 30 bytes plus the name: overlapping entries (one kernel inflated many
    // times, the "better zip bomb") cannot satisfy this.
    const end = entry.localOffset + 30 + new TextEncoder().encode(entry.name).byteLength + entry.compressedSize;
    const nextStart = byOffset[index + 1]?.localOffset ?? directory.offset;
    if (end > nextStart) return refuse("FILE_ARCHIVE_TOO_LARGE", `overlapping entry ${entry.name}`);
  }
  return { ok: true, entries };
}

/** The part an office file of each type cannot be without. */
const MAIN_PART: Partial<Record<ResourceFileType, string>> = {
  docx: "word/document.xml",
  xlsx: "xl/workbook.xml",
  pptx: "ppt/presentation.xml",
  odt: "content.xml",
  ods: "content.xml",
  odp: "content.xml",
};

/** Whether the entries are shaped as the office type file-type recognized (its manifest and main part). */
export function hasOfficeStructure(type: ResourceFileType, entries: readonly ZipEntry[]): boolean {
  const names = new Set(entries.map((entry) => entry.name));
  const manifest = type.startsWith("od") ? "mimetype" : "[Content_Types].xml";
  const main = MAIN_PART[type];
  return Boolean(main) && names.has(manifest) && names.has(main!);
}
