// The pure checks of uploaded files: the type from content, ZIP central directories (bombs, macros,
// encryption, polyglots, truncation), PDF ends, and file names offered on download.
import { strToU8, zipSync } from "fflate";
import { describe, expect, it } from "vitest";
import { catalogs } from "@/lib/i18n/catalogs";
import { docx, minimalPdf, openDocument, pptx, xlsx, zipBombDocx } from "@/tests/factories/files";
import { classifyHead, isCompletePdfTail, officeTypeOf } from "./content-check";
import { FILE_REFUSAL_CODES } from "./file-limits";
import { contentDisposition, downloadFilename, sanitizeFilename } from "./filename";
import { normalizeText, xmlText } from "./text-extraction";
import { checkCentralDirectory, hasOfficeStructure, locateCentralDirectory, ZIP_TAIL_BYTES } from "./zip-check";

/** The verdict on a whole archive in memory, as storage reaches it from the stored chunks. */
function judgeZip(bytes: Uint8Array): string {
  const located = locateCentralDirectory(bytes.subarray(Math.max(0, bytes.byteLength - ZIP_TAIL_BYTES)), bytes.byteLength);
  if (!located.ok) return located.code;
  const { offset, size } = located.directory;
  const listed = checkCentralDirectory(bytes.subarray(offset, offset + size), located.directory);
  return listed.ok ? "ok" : listed.code;
}

describe("the type, from the content", () => {
  it.each([
    ["a PDF", minimalPdf(), "pdf"],
    ["a docx", docx(), "zip"],
    ["an odt", openDocument(), "zip"],
    ["SVG with a script", Buffer.from('<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>'), null],
    ["HTML", Buffer.from("<!doctype html><html><script>alert(1)</script>"), null],
    ["a Windows program", Buffer.concat([Buffer.from("MZ"), Buffer.alloc(300)]), null],
    ["a legacy .doc (CFB)", Buffer.concat([Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]), Buffer.alloc(600)]), null],
    ["a shell script named .pdf", Buffer.from("#!/bin/sh\nrm -rf /\n"), null],
    ["a GIF (not accepted for resources)", Buffer.from("GIF89a\x01\x00\x01\x00\x00\x00\x00;", "latin1"), null],
  ])("%s → %s", async (_name, bytes, expected) => {
    expect(await classifyHead(bytes)).toBe(expected);
  });

  it.each([
    ["docx", docx()],
    ["xlsx", xlsx()],
    ["pptx", pptx()],
    ["odt", openDocument("text")],
    ["ods", openDocument("spreadsheet")],
    ["odp", openDocument("presentation")],
  ])("a whole %s is recognized and shaped as one", async (type, bytes) => {
    expect(await officeTypeOf(new Blob([new Uint8Array(bytes)]).stream())).toBe(type);
    expect(judgeZip(bytes)).toBe("ok");
  });

  it("a macro-enabled Word file is not a docx", async () => {
    const docm = zipSync({
      "[Content_Types].xml": strToU8('<Types><Override PartName="/word/document.xml" ContentType="application/vnd.ms-word.document.macroEnabled.main+xml"/></Types>'),
      "word/document.xml": strToU8("<w:document/>"),
    });
    expect(await officeTypeOf(new Blob([new Uint8Array(docm)]).stream())).toBeNull();
  });

  it("the structure must match the type: a docx without its document part is not one", () => {
    expect(hasOfficeStructure("docx", [{ name: "[Content_Types].xml" }, { name: "word/document.xml" }] as never)).toBe(true);
    expect(hasOfficeStructure("docx", [{ name: "[Content_Types].xml" }] as never)).toBe(false);
    expect(hasOfficeStructure("odt", [{ name: "content.xml" }] as never)).toBe(false);
  });
});

describe("ZIP central directories", () => {
  it("refuses a zip bomb: an entry that inflates more than a hundredfold", () => {
    expect(judgeZip(zipBombDocx())).toBe("FILE_ARCHIVE_TOO_LARGE");
  });

  it("refuses macros, ActiveX, OLE objects, programs and nested archives; accepts a chart's embedded spreadsheet", () => {
    expect(judgeZip(docx(["x"], { "word/vbaProject.bin": strToU8("VBA") }))).toBe("FILE_ACTIVE_CONTENT");
    expect(judgeZip(docx(["x"], { "word/activeX/activeX1.xml": strToU8("<ax/>") }))).toBe("FILE_ACTIVE_CONTENT");
    expect(judgeZip(docx(["x"], { "word/embeddings/oleObject1.bin": strToU8("OLE") }))).toBe("FILE_ACTIVE_CONTENT");
    expect(judgeZip(docx(["x"], { "word/media/run.exe": strToU8("MZ") }))).toBe("FILE_ACTIVE_CONTENT");
    expect(judgeZip(openDocument("text", ["x"], { "Basic/Standard/Module1.xml": strToU8("<script/>") }))).toBe("FILE_ACTIVE_CONTENT");
    expect(judgeZip(docx(["x"], { "word/media/more.zip": zipSync({ a: strToU8("a") }) }))).toBe("FILE_ARCHIVE_TOO_LARGE");
    expect(judgeZip(docx(["x"], { "word/embeddings/Microsoft_Excel_Worksheet.xlsx": xlsx() }))).toBe("ok");
  });

  it("refuses encrypted entries", () => {
    const bytes = Buffer.from(docx());
    // Set bit 0 (encrypted) of the general-purpose flags of every central directory entry.
    for (let at = bytes.indexOf(Buffer.from([0x50, 0x4b, 0x01, 0x02])); at >= 0; at = bytes.indexOf(Buffer.from([0x50, 0x4b, 0x01, 0x02]), at + 4)) bytes[at + 8]! |= 1;
    expect(judgeZip(bytes)).toBe("FILE_ENCRYPTED");
  });

  it("refuses a truncated archive, and one with another file glued before or after it (a polyglot)", () => {
    const bytes = docx();
    expect(judgeZip(bytes.subarray(0, bytes.byteLength - 10))).toBe("FILE_TRUNCATED");
    expect(judgeZip(bytes.subarray(0, bytes.byteLength / 2))).toBe("FILE_TRUNCATED");
    expect(judgeZip(Buffer.concat([bytes, Buffer.from("<html><script>alert(1)</script></html>")]))).toBe("FILE_TRUNCATED");
    expect(judgeZip(Buffer.concat([minimalPdf(), bytes]))).toBe("FILE_CORRUPT");
  });

  it("refuses overlapping entries (the 'better zip bomb' reuses one compressed kernel)", () => {
    const bytes = Buffer.from(docx(["a"], { "b.xml": strToU8("b".repeat(100)) }));
    // Point the last central entry's local header offset at the first entry.
    const last = bytes.lastIndexOf(Buffer.from([0x50, 0x4b, 0x01, 0x02]));
    bytes.writeUInt32LE(0, last + 42);
    expect(judgeZip(bytes)).toBe("FILE_ARCHIVE_TOO_LARGE");
  });
});

describe("PDF ends", () => {
  it("accepts a complete PDF and refuses one cut off", () => {
    const pdf = minimalPdf();
    expect(isCompletePdfTail(pdf.subarray(-1024))).toBe(true);
    expect(isCompletePdfTail(Buffer.concat([pdf, Buffer.from("\r\n\0")]).subarray(-1024))).toBe(true);
    expect(isCompletePdfTail(pdf.subarray(0, pdf.byteLength - 7).subarray(-1024))).toBe(false);
    expect(isCompletePdfTail(Buffer.concat([pdf, docx()]).subarray(-1024))).toBe(false);
  });
});

describe("file names", () => {
  it.each([
    ["report.pdf", "report.pdf"],
    ["C:\\Users\\ana\\Desktop\\informe.pdf", "informe.pdf"],
    ["../../etc/passwd", "passwd"],
    ["evil\u202Efdp.exe", "evil_fdp.exe"],
    ['a"b<c>.pdf', "a_b_c_.pdf"],
    ["  .hidden.pdf  ", "hidden.pdf"],
    ["\u0000\u0001", null],
    ["", null],
    [null, null],
  ])("%j → %j", (name, expected) => {
    expect(sanitizeFilename(name)).toBe(expected);
  });

  it("keeps names to 150 characters", () => {
    expect([...sanitizeFilename("é".repeat(400))!].length).toBe(150);
  });

  it("offers a name with the detected type's extension", () => {
    expect(downloadFilename("notes.exe", "pdf")).toBe("notes.pdf");
    expect(downloadFilename("photo.JPEG", "jpg")).toBe("photo.JPEG");
    expect(downloadFilename("Informe 2024", "docx")).toBe("Informe 2024.docx");
    expect(downloadFilename(null, "xlsx")).toBe("file.xlsx");
  });

  it("writes Content-Disposition with an ASCII fallback and the exact name (RFC 6266, RFC 5987)", () => {
    expect(contentDisposition("attachment", "Relatório 100%.pdf")).toBe(`attachment; filename="Relatorio 100_.pdf"; filename*=UTF-8''Relat%C3%B3rio%20100%25.pdf`);
    expect(contentDisposition("attachment", "it's (final).pdf")).toBe(`attachment; filename="it's (final).pdf"; filename*=UTF-8''it%27s%20%28final%29.pdf`);
  });
});

describe("text of office parts", () => {
  it("keeps paragraphs, drops tags, decodes entities", () => {
    expect(xmlText("<w:p><w:r><w:t>Cárcel &amp; mujeres</w:t></w:r></w:p><w:p><w:t>Regla&#160;5 &#x263A;</w:t></w:p>")).toBe("Cárcel & mujeres\nRegla\u00a05 ☺\n");
    expect(normalizeText("a\u0000b   c\n\n\n\nd  ", 100)).toBe("a b c\n\nd");
    expect(normalizeText("😀😀", 3)).toBe("😀");
    expect(normalizeText(" \n ", 10)).toBeNull();
  });
});

describe("messages", () => {
  it("has a message for every refusal in every language", () => {
    for (const catalog of Object.values(catalogs)) {
      const refusals = (catalog as unknown as { Files: { refusals: Record<string, string> } }).Files.refusals;
      expect(FILE_REFUSAL_CODES.filter((code) => !refusals[code])).toEqual([]);
    }
  });
});
