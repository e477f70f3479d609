// File storage against the real database (lib/files): files stream in as 256 KB chunks and out again,
// whole or by range; the type comes from the content; every refused or failed upload leaves no row
// behind; multipart requests are read as streams; text is extracted from PDFs and office documents.
import { createHash } from "node:crypto";
import sharp from "sharp";
import { describe, expect, it } from "vitest";
import { AppError } from "@/lib/errors";
import { fileDownloadResponse } from "@/lib/files/download";
import { FILE_CHUNK_BYTES, FILE_MAX_BYTES } from "@/lib/files/file-limits";
import { claimStoredFile, deleteExpiredFiles, deleteStoredFile } from "@/lib/files/mutations";
import { openFileStream, storeFileBlob, storeFileStream, UPLOAD_UNCLAIMED_MS, type StoredUpload } from "@/lib/files/storage";
import { extractStoredFileText } from "@/lib/files/text-extraction";
import { readMultipartUpload } from "@/lib/files/upload";
import { docx, inPieces, minimalPdf, openDocument, pptx, storedBytes, xlsx, zipBombDocx } from "@/tests/factories/files";
import { jpegWithLocation } from "@/tests/factories/images";
import { db } from "./support/viewers";

/** A real PDF of about 700 KB (three chunks): many lines of text on many pages. */
function bigPdf(): Buffer {
  const pages = Array.from({ length: 40 }, (_, page) => Array.from({ length: 400 }, (_, line) => `Page ${page + 1} line ${line + 1} of the monitoring report`));
  return minimalPdf(pages);
}

async function rowCounts(): Promise<[number, number]> {
  return [await db().storedFile.count(), await db().storedFileChunk.count()];
}

async function refusalOf(work: Promise<unknown>): Promise<string> {
  try {
    await work;
    return "stored";
  } catch (error) {
    if (error instanceof AppError) return error.code;
    throw error;
  }
}

async function collect(stream: ReadableStream<Uint8Array>): Promise<Buffer> {
  const pieces: Uint8Array[] = [];
  for await (const piece of stream) pieces.push(piece);
  return Buffer.concat(pieces);
}

async function body(response: Response): Promise<Buffer> {
  return Buffer.from(await response.arrayBuffer());
}

describe("storing a stream", () => {
  it("writes 256 KB chunks as the bytes arrive, with the file's hash, size, detected type and sanitized name", async () => {
    const pdf = bigPdf();
    const stored = await storeFileStream(inPieces(pdf, 10_000), { filename: "../Informe\u202E final.pdf" });
    expect(stored).toMatchObject({ type: "pdf", contentType: "application/pdf", byteSize: pdf.byteLength, filename: "Informe_ final.pdf", sha256: createHash("sha256").update(pdf).digest("hex") });
    const chunks = await db().storedFileChunk.findMany({ where: { fileId: stored.id }, orderBy: { index: "asc" }, select: { index: true, bytes: true } });
    expect(chunks.map((chunk) => [chunk.index, chunk.bytes.byteLength])).toEqual([
      [0, FILE_CHUNK_BYTES],
      [1, FILE_CHUNK_BYTES],
      [2, pdf.byteLength - 2 * FILE_CHUNK_BYTES],
    ]);
    expect((await storedBytes(db(), stored.id)).equals(pdf)).toBe(true);
    const row = await db().storedFile.findUniqueOrThrow({ where: { id: stored.id } });
    expect(row.kind).toBe("RESOURCE");
    expect(row.expiresAt!.getTime() - Date.now()).toBeGreaterThan(UPLOAD_UNCLAIMED_MS - 60_000);
  });

  it("recognizes each office format from its content, whatever its name", async () => {
    const files: Array<[string, Buffer]> = [["docx", docx()], ["xlsx", xlsx()], ["pptx", pptx()], ["odt", openDocument("text")], ["ods", openDocument("spreadsheet")], ["odp", openDocument("presentation")]];
    for (const [type, bytes] of files) {
      const stored = await storeFileStream(inPieces(bytes), { filename: "renamed.pdf" });
      expect([type, stored.type, stored.byteSize]).toEqual([type, type, bytes.byteLength]);
    }
  });

  it("re-encodes an image without its metadata (a phone photo's location)", async () => {
    const stored = await storeFileBlob(new File([new Uint8Array(await jpegWithLocation(800, 600))], "IMG_0001.JPG"));
    expect(stored).toMatchObject({ type: "jpg", contentType: "image/jpeg", width: 800, height: 600, filename: "IMG_0001.JPG" });
    const bytes = await storedBytes(db(), stored.id);
    const metadata = await sharp(bytes).metadata();
    expect([metadata.format, metadata.exif, metadata.xmp, bytes.includes("GPS")]).toEqual(["jpeg", undefined, undefined, false]);
    expect(createHash("sha256").update(bytes).digest("hex")).toBe(stored.sha256);
  });

  it("refuses every hostile or broken file with its code and leaves no row behind", async () => {
    const pdf = minimalPdf();
    const docm = docx(["x"], { "word/vbaProject.bin": new Uint8Array([1, 2, 3]) });
    const encrypted = Buffer.from(docx());
    for (let at = encrypted.indexOf("PK\x01\x02"); at >= 0; at = encrypted.indexOf("PK\x01\x02", at + 4)) encrypted[at + 8]! |= 1;
    const cases: Array<[string, Uint8Array, string]> = [
      ["empty", new Uint8Array(0), "FILE_EMPTY"],
      ["SVG with a script", Buffer.from('<svg xmlns="http://www.w3.org/2000/svg" onload="alert(1)"/>'), "FILE_UNSUPPORTED_TYPE"],
      ["HTML named .pdf", Buffer.from("<!doctype html><script>alert(1)</script>"), "FILE_UNSUPPORTED_TYPE"],
      ["a program", Buffer.concat([Buffer.from("MZ"), Buffer.alloc(400)]), "FILE_UNSUPPORTED_TYPE"],
      ["a PDF cut off", pdf.subarray(0, pdf.byteLength - 20), "FILE_TRUNCATED"],
      ["a PDF with an archive glued on", Buffer.concat([pdf, docx()]), "FILE_TRUNCATED"],
      ["a docx cut off", docx().subarray(0, 300), "FILE_TRUNCATED"],
      ["a zip bomb", zipBombDocx(), "FILE_ARCHIVE_TOO_LARGE"],
      ["macros", docm, "FILE_ACTIVE_CONTENT"],
      ["encrypted", encrypted, "FILE_ENCRYPTED"],
      ["a damaged image", (await jpegWithLocation()).subarray(0, 400), "FILE_CORRUPT"],
    ];
    for (const [name, bytes, code] of cases) {
      expect([name, await refusalOf(storeFileStream(inPieces(bytes)))]).toEqual([name, code]);
      expect([name, await rowCounts()]).toEqual([name, [0, 0]]);
    }
  });

  it("refuses a file past the limit while it streams in (25 MB), and a Blob past it unread", async () => {
    async function* endless() {
      yield minimalPdf();
      for (let sent = 0; sent <= FILE_MAX_BYTES; sent += 1024 * 1024) yield new Uint8Array(1024 * 1024);
    }
    expect(await refusalOf(storeFileStream(endless()))).toBe("FILE_TOO_LARGE");
    expect(await rowCounts()).toEqual([0, 0]);
    const huge = { size: FILE_MAX_BYTES + 1, stream: () => { throw new Error("must not be read"); } } as unknown as Blob;
    expect(await refusalOf(storeFileBlob(huge))).toBe("FILE_TOO_LARGE");
  });

  it("an upload that breaks off (the client is gone) leaves nothing and passes the error on", async () => {
    async function* brokenOff() {
      yield bigPdf().subarray(0, 600_000);
      throw new Error("connection reset");
    }
    await expect(storeFileStream(brokenOff())).rejects.toThrow("connection reset");
    expect(await rowCounts()).toEqual([0, 0]);
  });
});

describe("claiming and deleting", () => {
  it("an unclaimed upload is deleted by the clean-up once expired; a claimed one stays; deleting a file deletes its chunks", async () => {
    const kept = await storeFileStream(inPieces(bigPdf()));
    const dropped = await storeFileStream(inPieces(docx()));
    expect(await db().$transaction((tx) => claimStoredFile(tx, kept.id))).toBe(true);
    expect(await db().$transaction((tx) => claimStoredFile(tx, kept.id)), "claimed once only").toBe(false);
    expect(await deleteExpiredFiles(new Date()), "nothing expired yet").toBe(0);
    expect(await deleteExpiredFiles(new Date(Date.now() + UPLOAD_UNCLAIMED_MS + 1000))).toBe(1);
    expect(await db().storedFile.findMany({ select: { id: true } })).toEqual([{ id: kept.id }]);
    expect(await db().storedFileChunk.count({ where: { fileId: dropped.id } })).toBe(0);
    expect(await db().$transaction((tx) => claimStoredFile(tx, dropped.id)), "an expired upload cannot be claimed").toBe(false);
    expect(await deleteStoredFile(db(), kept.id)).toBe(true);
    expect(await rowCounts()).toEqual([0, 0]);
  });
});

describe("reading back", () => {
  it("streams a whole file or any range of it, across chunk boundaries", async () => {
    const pdf = bigPdf();
    const { id } = await storeFileStream(inPieces(pdf));
    const read = (start: number, end: number) => collect(openFileStream(id, { start, end }));
    expect((await collect(openFileStream(id))).equals(pdf)).toBe(true);
    for (const [start, end] of [[0, 0], [FILE_CHUNK_BYTES - 3, FILE_CHUNK_BYTES + 2], [10, 2 * FILE_CHUNK_BYTES + 50], [pdf.byteLength - 5, pdf.byteLength - 1]] as const) {
      expect([start, end, (await read(start, end)).equals(pdf.subarray(start, end + 1))]).toEqual([start, end, true]);
    }
  });

  it("answers downloads: 200 streamed, 206 for a range, 416, 304 for the held version, 404 for an upload still being written", async () => {
    const pdf = bigPdf();
    const stored = await storeFileStream(inPieces(pdf), { filename: "Relatório.pdf" });
    const get = (headers: Record<string, string> = {}, options = {}) => fileDownloadResponse(stored.id, new Request("https://network.example.org/r", { headers }), options);

    const whole = await get();
    expect([whole.status, whole.headers.get("content-type"), whole.headers.get("content-length"), whole.headers.get("content-disposition")]).toEqual([
      200,
      "application/pdf",
      String(pdf.byteLength),
      `attachment; filename="Relatorio.pdf"; filename*=UTF-8''Relat%C3%B3rio.pdf`,
    ]);
    expect((await body(whole)).equals(pdf)).toBe(true);
    const named = await get({}, { filename: "Monitoring report 2025" });
    expect(named.headers.get("content-disposition")).toBe(`attachment; filename="Monitoring report 2025.pdf"; filename*=UTF-8''Monitoring%20report%202025.pdf`);
    await named.body?.cancel();

    const part = await get({ range: `bytes=${FILE_CHUNK_BYTES - 10}-${FILE_CHUNK_BYTES + 9}` });
    expect([part.status, part.headers.get("content-range")]).toEqual([206, `bytes ${FILE_CHUNK_BYTES - 10}-${FILE_CHUNK_BYTES + 9}/${pdf.byteLength}`]);
    expect((await body(part)).equals(pdf.subarray(FILE_CHUNK_BYTES - 10, FILE_CHUNK_BYTES + 10))).toBe(true);
    expect((await get({ range: `bytes=${pdf.byteLength}-` })).status).toBe(416);
    expect((await get({ "if-none-match": `"${stored.sha256}"` })).status).toBe(304);

    const uploading = await db().storedFile.create({ data: { kind: "RESOURCE", contentType: "application/pdf", byteSize: 0 } });
    expect((await fileDownloadResponse(uploading.id, new Request("https://network.example.org/r"))).status).toBe(404);
    expect((await fileDownloadResponse("c0000000000000000000000000", new Request("https://network.example.org/r"))).status).toBe(404);
  });
});

/** A multipart request as a browser sends it, its body streamed (no Content-Length). */
async function multipart(form: FormData): Promise<Request> {
  const encoded = new Response(form);
  return new Request("https://network.example.org/resources/new", {
    method: "POST",
    headers: { "content-type": encoded.headers.get("content-type")! },
    body: encoded.body,
    duplex: "half",
  } as RequestInit);
}

describe("reading a multipart request", () => {
  it("stores the one file as it arrives and returns every text field, repeated ones included", async () => {
    const form = new FormData();
    form.append("title", "Informe sobre la cárcel");
    form.append("rules", "5");
    form.append("file", new File([new Uint8Array(bigPdf())], "informe.pdf", { type: "text/html" }));
    form.append("rules", "48");
    const upload = await readMultipartUpload(await multipart(form));
    expect(upload.refusal).toBeNull();
    expect([upload.fields.get("title"), upload.fields.getAll("rules"), upload.fields.has("file")]).toEqual(["Informe sobre la cárcel", ["5", "48"], false]);
    expect(upload.file).toMatchObject({ type: "pdf", filename: "informe.pdf" } satisfies Partial<StoredUpload>);
    expect((await storedBytes(db(), upload.file!.id)).equals(bigPdf())).toBe(true);
  });

  it("a form without a chosen file: no file, no refusal", async () => {
    const form = new FormData();
    form.append("title", "A link");
    form.append("file", new File([], ""));
    const upload = await readMultipartUpload(await multipart(form));
    expect([upload.refusal, upload.file, upload.fields.get("title")]).toEqual([null, null, "A link"]);
  });

  it("refuses a wrong file, a second file, a body past the limit or not a form, keeping the fields and storing nothing", async () => {
    const wrong = new FormData();
    wrong.append("file", new File(['<svg xmlns="http://www.w3.org/2000/svg"/>'], "logo.pdf"));
    wrong.append("title", "After the file");
    const refused = await readMultipartUpload(await multipart(wrong));
    expect([refused.refusal?.code, refused.refusal?.field, refused.refusal?.messageKey, refused.fields.get("title")]).toEqual(["FILE_UNSUPPORTED_TYPE", "file", "Files.refusals.FILE_UNSUPPORTED_TYPE", "After the file"]);

    const two = new FormData();
    two.append("file", new File([new Uint8Array(minimalPdf())], "a.pdf"));
    two.append("file", new File([new Uint8Array(minimalPdf())], "b.pdf"));
    expect((await readMultipartUpload(await multipart(two))).refusal?.code).toBe("UPLOAD_TOO_MANY_FILES");

    const small = new FormData();
    small.append("file", new File([new Uint8Array(bigPdf())], "big.pdf"));
    expect((await readMultipartUpload(await multipart(small), { maxFileBytes: 100_000 })).refusal?.code).toBe("FILE_TOO_LARGE");

    const declared = new Request("https://network.example.org/r", { method: "POST", headers: { "content-type": "multipart/form-data; boundary=x", "content-length": String(FILE_MAX_BYTES * 2) }, body: "--x--" });
    expect((await readMultipartUpload(declared)).refusal?.code).toBe("FILE_TOO_LARGE");
    const notAForm = new Request("https://network.example.org/r", { method: "POST", headers: { "content-type": "application/json" }, body: "{}" });
    expect((await readMultipartUpload(notAForm)).refusal?.code).toBe("UPLOAD_INVALID");
    const broken = new Request("https://network.example.org/r", { method: "POST", headers: { "content-type": "multipart/form-data; boundary=x" }, body: "--x\r\nContent-Disposition: form-data; name=\"file\"; filename=\"a.pdf\"\r\n\r\n%PDF-1.4 and then nothing" });
    expect((await readMultipartUpload(broken)).refusal?.code).toMatch(/^(UPLOAD_INVALID|FILE_TRUNCATED)$/);
    expect(await rowCounts()).toEqual([0, 0]);
  });
});

describe("text extraction", () => {
  it("reads a PDF's text, accents included, within the page and character bounds", async () => {
    const { id } = await storeFileStream(inPieces(minimalPdf([["Informe: cárcel de mujeres", "Règle 5, Regra 48"], ["Second page"]])));
    expect(await extractStoredFileText(id)).toBe("Informe: cárcel de mujeres\nRègle 5, Regra 48\n\nSecond page");
    expect(await extractStoredFileText(id, { maxPages: 1 })).toBe("Informe: cárcel de mujeres\nRègle 5, Regra 48");
    const big = await storeFileStream(inPieces(bigPdf()));
    const text = await extractStoredFileText(big.id, { maxCharacters: 1000 });
    expect([text!.length, text!.startsWith("Page 1 line 1 of the monitoring report")]).toEqual([1000, true]);
  });

  it("stops a PDF at its deadline even in the middle of one long page (read in a worker thread)", async () => {
    const onePage = await storeFileStream(inPieces(minimalPdf([Array.from({ length: 40_000 }, (_, line) => `Line ${line} of one very long page`)])));
    const unbounded = Date.now();
    expect((await extractStoredFileText(onePage.id, { maxCharacters: 10_000_000 }))?.startsWith("Line 0 of one very long page")).toBe(true);
    const whole = Date.now() - unbounded;
    const started = Date.now();
    expect(await extractStoredFileText(onePage.id, { timeoutMs: 50 })).toBeNull();
    // Given up at the deadline, not after the page: well before the whole read took.
    expect(Date.now() - started).toBeLessThan(Math.max(whole / 2, 50 + 400));
  });

  it("reads the text parts of office documents, and nothing from an image", async () => {
    const cases: Array<[Buffer, string]> = [
      [docx(["Primera línea", "Segunda & última"]), "Primera línea\nSegunda & última"],
      [xlsx(["Rule 5", "Hygiene"]), "Rule 5\nHygiene"],
      [pptx(["One", "Two"]), "One\n\nTwo"],
      [openDocument("text", ["Rapport", "Détention"]), "Rapport\nDétention"],
    ];
    for (const [bytes, expected] of cases) {
      const { id } = await storeFileStream(inPieces(bytes));
      expect(await extractStoredFileText(id)).toBe(expected);
    }
    const image = await storeFileBlob(new Blob([new Uint8Array(await jpegWithLocation())]));
    expect(await extractStoredFileText(image.id)).toBeNull();
    expect(await extractStoredFileText("c0000000000000000000000000")).toBeNull();
  });
});
