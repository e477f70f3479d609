import "server-only";
// Plain text of a stored document, for full-text search: PDFs through unpdf (PDF.js, serverless build,
// font code never evaluated), office files by unzipping only their text parts (fflate) and dropping the
// tags. Bounded: pages, characters, part sizes and time (for PDFs also within a page: they are read in a worker
// thread that the deadline terminates), whatever the file. Called from a background job;
// the file is read whole (at most 25 MB) because PDF.js needs random access to it.
import { createRequire } from "node:module";
import path from "node:path";
import { Worker } from "node:worker_threads";
import { unzipSync } from "fflate";
import { findStoredFileMeta } from "./data";
import type { ResourceFileType } from "./file-limits";
import { resourceTypeOf } from "./filename";
import { readStoredRange } from "./storage";

export type TextExtractionLimits = { maxPages?: number; maxCharacters?: number; timeoutMs?: number };

const DEFAULTS = { maxPages: 500, maxCharacters: 200_000, timeoutMs: 30_000 } satisfies Required<TextExtractionLimits>;
/** Largest text part unzipped, and all of them together (the upload's checks already bound the archive). */
const PART_MAX_BYTES = 32 * 1024 * 1024;
const PARTS_MAX_BYTES = 64 * 1024 * 1024;

const TEXT_PARTS: Partial<Record<ResourceFileType, RegExp>> = {
  docx: /^word\/(document|footnotes|endnotes)\.xml$/,
  xlsx: /^xl\/sharedStrings\.xml$/,
  pptx: /^ppt\/slides\/slide\d+\.xml$/,
  odt: /^content\.xml$/,
  ods: /^content\.xml$/,
  odp: /^content\.xml$/,
};

/** The document's text (at most maxCharacters), or null: not a document, no text, unreadable or out of time. */
export async function extractStoredFileText(fileId: string, limits: TextExtractionLimits = {}): Promise<string | null> {
  const bounds = { ...DEFAULTS, ...limits };
  const file = await findStoredFileMeta(fileId);
  const type = file ? resourceTypeOf(file.contentType) : null;
  if (!file || !type || (type !== "pdf" && !TEXT_PARTS[type])) return null;
  const bytes = await readStoredRange(file.id, { start: 0, end: file.byteSize - 1 });
  try {
    const text = type === "pdf" ? await pdfText(bytes, bounds) : officeText(bytes, TEXT_PARTS[type]!);
    return text === null ? null : normalizeText(text, bounds.maxCharacters);
  } catch {
    // A damaged or encrypted office document has no text to search.
    return null;
  }
}

// PDF.js parses a page synchronously: a pathological page (endless operators, huge content streams) never yields
// to a timer in the same thread. So it runs in a worker thread of its own, which the deadline terminates wherever
// it is (V8 stops the thread's JavaScript mid-page), with a heap ceiling of its own besides. Its code is evaluated
// (no separate file for the bundler to miss) and loads unpdf from the app's node_modules (a server external).
const PDF_WORKER_SOURCE = String.raw`
const { parentPort, workerData } = require("node:worker_threads");
(async () => {
  const { getDocumentProxy } = require(workerData.unpdf);
  // isEvalSupported: false — PDF.js never compiles a font's code (CVE-2024-4367); no fonts or images are loaded.
  const document = await getDocumentProxy(workerData.bytes, { isEvalSupported: false, disableFontFace: true, useSystemFonts: false, stopAtErrors: false, verbosity: 0 });
  const pages = [];
  let length = 0;
  for (let number = 1; number <= Math.min(document.numPages, workerData.maxPages) && length < workerData.maxCharacters; number++) {
    const page = await document.getPage(number);
    const content = await page.getTextContent();
    const text = content.items.map((item) => ("str" in item ? item.str + (item.hasEOL ? "\n" : "") : "")).join("");
    pages.push(text);
    length += text.length;
    page.cleanup();
  }
  await document.destroy();
  parentPort.postMessage(pages.join("\n\n"));
})().catch(() => parentPort.postMessage(null));
`;

/** The worker's own heap ceiling: a PDF that needs more has no text for the search (the app's heap is never at stake). */
const PDF_WORKER_HEAP_MB = 512;

/** A PDF's text, or null: damaged, encrypted, too big for the worker's heap, or out of time (the worker is stopped). */
function pdfText(bytes: Uint8Array, bounds: Required<TextExtractionLimits>): Promise<string | null> {
  // A copy, transferred to the worker (a small Buffer shares Node's pool, which must not be detached).
  const copy = new Uint8Array(bytes);
  const unpdf = createRequire(path.join(process.cwd(), "package.json")).resolve("unpdf");
  const worker = new Worker(PDF_WORKER_SOURCE, {
    eval: true,
    workerData: { bytes: copy, unpdf, maxPages: bounds.maxPages, maxCharacters: bounds.maxCharacters },
    transferList: [copy.buffer],
    resourceLimits: { maxOldGenerationSizeMb: PDF_WORKER_HEAP_MB },
  });
  return new Promise<string | null>((resolve) => {
    let settled = false;
    const done = (text: string | null) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      resolve(text);
      void worker.terminate();
    };
    const timer = setTimeout(() => done(null), bounds.timeoutMs);
    worker.once("message", (text: unknown) => done(typeof text === "string" ? text : null));
    worker.once("error", () => done(null));
    worker.once("exit", () => done(null));
  });
}

function officeText(bytes: Uint8Array, parts: RegExp): string {
  let budget = PARTS_MAX_BYTES;
  const files = unzipSync(bytes, {
    filter: (entry) => {
      const wanted = parts.test(entry.name) && entry.originalSize <= PART_MAX_BYTES && entry.originalSize <= budget;
      if (wanted) budget -= entry.originalSize;
      return wanted;
    },
  });
  // Slides in their order (slide2 before slide10); other parts in document order.
  const names = Object.keys(files).sort((a, b) => a.localeCompare(b, "en", { numeric: true }));
  return names.map((name) => xmlText(new TextDecoder().decode(files[name]))).join("\n\n");
}

const ENTITIES: Record<string, string> = { amp: "&", lt: "<", gt: ">", quot: '"', apos: "'" };

/** The text of an office XML part: paragraphs and breaks become new lines, tabs spaces, tags nothing. */
export function xmlText(xml: string): string {
  return xml
    .replace(/<\/(w:p|a:p|text:p|text:h|si|table:table-row)>/g, "\n")
    .replace(/<(w:br|text:line-break|a:br)\b[^>]*\/?>/g, "\n")
    .replace(/<(w:tab|text:tab|text:s)\b[^>]*\/?>/g, " ")
    .replace(/<\/(w:tc|table:table-cell)>/g, "\t")
    .replace(/<[^>]*>/g, "")
    .replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (entity, name: string) => {
      if (name[0] === "#") {
        const code = name[1] === "x" || name[1] === "X" ? parseInt(name.slice(2), 16) : parseInt(name.slice(1), 10);
        return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : " ";
      }
      return ENTITIES[name] ?? entity;
    });
}

/** No control characters (PostgreSQL text refuses NUL), single spaces, at most two line breaks in a row. */
export function normalizeText(text: string, maxCharacters: number): string | null {
  const clean = text
    .replace(/[\u0000-\u0008\u000b-\u001f\u007f]/g, " ")
    .replace(/[ \t\u00a0]+/g, " ")
    .replace(/ *\n */g, "\n")
    .replace(/\n{3,}/g, "\n\n")
    .trim();
  if (!clean) return null;
  if (clean.length <= maxCharacters) return clean;
  // Never cut a character in half (a surrogate pair).
  const cut = clean.slice(0, maxCharacters);
  return /[\ud800-\udbff]$/.test(cut) ? cut.slice(0, -1) : cut;
}
