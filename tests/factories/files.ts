// Files for tests of lib/files, made in the test itself: a minimal real PDF with text (Helvetica, written by
// hand with a correct cross-reference table), office documents zipped with fflate, hostile archives, and a
// reader of a stored file's bytes from its chunks.
import { strToU8, zipSync, type Zippable } from "fflate";
import type { PrismaClient } from "@/lib/generated/prisma/client";

/** The stored bytes of a file, its chunks put back together. */
export async function storedBytes(client: PrismaClient, fileId: string): Promise<Buffer> {
  const chunks = await client.storedFileChunk.findMany({ where: { fileId }, orderBy: { index: "asc" }, select: { bytes: true } });
  return Buffer.concat(chunks.map((chunk) => chunk.bytes));
}

/** A PDF string literal: backslashes and parentheses escaped, text in WinAnsi (Latin-1) bytes. */
function pdfString(text: string): string {
  return `(${text.replace(/[\\()]/g, (character) => `\\${character}`)})`;
}

/** A valid one-page-per-entry PDF showing each page's lines in Helvetica (accents through WinAnsiEncoding). */
export function minimalPdf(pages: string[][] = [["Women in Prison Network", "Bangkok Rules report"]]): Buffer {
  const objects: string[] = ["<< /Type /Catalog /Pages 2 0 R >>", ""];
  const font = 3;
  objects.push("<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>");
  const kids: number[] = [];
  for (const lines of pages) {
    const content = `BT /F1 12 Tf 72 720 Td 14 TL ${lines.map((line) => `${pdfString(line)} '`).join(" ")} ET`;
    objects.push(`<< /Length ${Buffer.byteLength(content, "latin1")} >>\nstream\n${content}\nendstream`);
    const contentNumber = objects.length;
    objects.push(`<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents ${contentNumber} 0 R /Resources << /Font << /F1 ${font} 0 R >> >> >>`);
    kids.push(objects.length);
  }
  objects[1] = `<< /Type /Pages /Kids [${kids.map((kid) => `${kid} 0 R`).join(" ")}] /Count ${kids.length} >>`;
  let out = "%PDF-1.4\n";
  const offsets = objects.map((object, index) => {
    const offset = Buffer.byteLength(out, "latin1");
    out += `${index + 1} 0 obj\n${object}\nendobj\n`;
    return offset;
  });
  const xref = Buffer.byteLength(out, "latin1");
  out += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n${offsets.map((offset) => `${String(offset).padStart(10, "0")} 00000 n \n`).join("")}`;
  out += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  return Buffer.from(out, "latin1");
}

const CONTENT_TYPES: Record<"docx" | "xlsx" | "pptx", [string, string]> = {
  docx: ["/word/document.xml", "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"],
  xlsx: ["/xl/workbook.xml", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"],
  pptx: ["/ppt/presentation.xml", "application/vnd.openxmlformats-officedocument.presentationml.presentation.main+xml"],
};

function contentTypes(type: "docx" | "xlsx" | "pptx"): Uint8Array {
  const [part, contentType] = CONTENT_TYPES[type];
  return strToU8(`<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="xml" ContentType="application/xml"/><Override PartName="${part}" ContentType="${contentType}"/></Types>`);
}

/** A Word document whose paragraphs are `paragraphs`; `extra` adds or replaces parts (macros, bombs…). */
export function docx(paragraphs: string[] = ["Informe sobre la cárcel de mujeres"], extra: Zippable = {}): Buffer {
  const body = paragraphs.map((text) => `<w:p><w:r><w:t xml:space="preserve">${escapeXml(text)}</w:t></w:r></w:p>`).join("");
  return Buffer.from(
    zipSync({
      "[Content_Types].xml": contentTypes("docx"),
      "word/document.xml": strToU8(`<?xml version="1.0"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>${body}</w:body></w:document>`),
      ...extra,
    }),
  );
}

/** A spreadsheet whose shared strings are `cells`. */
export function xlsx(cells: string[] = ["Rule 5", "Hygiene"]): Buffer {
  return Buffer.from(
    zipSync({
      "[Content_Types].xml": contentTypes("xlsx"),
      "xl/workbook.xml": strToU8('<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheets><sheet name="A" sheetId="1"/></sheets></workbook>'),
      "xl/sharedStrings.xml": strToU8(`<sst>${cells.map((cell) => `<si><t>${escapeXml(cell)}</t></si>`).join("")}</sst>`),
    }),
  );
}

/** A presentation whose slides each say one text. */
export function pptx(slides: string[] = ["Slide one"]): Buffer {
  const parts: Zippable = { "[Content_Types].xml": contentTypes("pptx"), "ppt/presentation.xml": strToU8("<p:presentation/>") };
  slides.forEach((text, index) => (parts[`ppt/slides/slide${index + 1}.xml`] = strToU8(`<p:sld><a:p><a:r><a:t>${escapeXml(text)}</a:t></a:r></a:p></p:sld>`)));
  return Buffer.from(zipSync(parts));
}

/** An OpenDocument file (the `mimetype` entry first and stored, as the format requires). */
export function openDocument(kind: "text" | "spreadsheet" | "presentation" = "text", paragraphs: string[] = ["Rapport sur les prisons"], extra: Zippable = {}): Buffer {
  return Buffer.from(
    zipSync({
      mimetype: [strToU8(`application/vnd.oasis.opendocument.${kind}`), { level: 0 }],
      "content.xml": strToU8(`<office:document-content><office:body>${paragraphs.map((text) => `<text:p>${escapeXml(text)}</text:p>`).join("")}</office:body></office:document-content>`),
      "META-INF/manifest.xml": strToU8("<manifest:manifest/>"),
      ...extra,
    }),
  );
}

function escapeXml(text: string): string {
  return text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
}

/** A docx with one part of `megabytes` of zeros: a few KB compressed, far past any sane inflate ratio. */
export function zipBombDocx(megabytes = 20): Buffer {
  return docx(["bomb"], { "word/media/padding.xml": [new Uint8Array(megabytes * 1024 * 1024), { level: 9 }] });
}

/** Bytes in pieces, as a request body arrives. */
export async function* inPieces(bytes: Uint8Array, size = 64 * 1024): AsyncGenerator<Uint8Array> {
  for (let offset = 0; offset < bytes.byteLength; offset += size) yield bytes.subarray(offset, offset + size);
}
