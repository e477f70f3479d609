import "server-only";
// A PDF from a declarative description (PdfSpec: blocks of text, fields, tables, cooked HTML) with pdfkit,
// typeset in Inter (lib/pdf/fonts.ts): A4, a running header (the document's title and the page number), a footer
// line and, for drafts, a watermark on every page, drawn when the page begins (so it lies under the text and
// nothing waits for the last page). The bytes stream out as pages are finished, a few blocks per read.
import PDFDocument from "pdfkit";
import { splitBySubset, type Subset } from "./font-subsets";
import { faceOf, fontKey, interFont, type Face } from "./fonts";
import { htmlToBlocks, type Inline } from "./html-blocks";

export type { Inline } from "./html-blocks";

export type PdfBlock =
  | { kind: "title"; text: string }
  | { kind: "heading"; level: 1 | 2 | 3; text: string }
  | { kind: "paragraph"; runs: Inline[]; tone?: "body" | "muted" }
  | { kind: "html"; html: string }
  | { kind: "fields"; rows: ReadonlyArray<{ label: string; value: string }> }
  | { kind: "table"; columns: ReadonlyArray<{ header: string; width: number }>; rows: ReadonlyArray<readonly string[]> }
  | { kind: "space"; size: number };

export type PdfSpec = {
  meta: { title: string; author?: string; subject?: string; language: string };
  /** On every page: `header` at the top left, `pageLabel` with "{page}" at the top right, `footer` at the bottom. */
  frame: { header: string; pageLabel: string; footer: string; watermark?: string };
  blocks: readonly PdfBlock[];
};

const MARGIN = { top: 62, bottom: 62, left: 56, right: 56 };
const INK = "#1c1917";
const MUTED = "#44403c";
const BRAND = "#5b2a86";
const LINE = "#d6d3d1";
const LINK = "#5b2a86";
const BODY_SIZE = 10;
const BLOCKS_PER_READ = 6;

type TextOptions = { x: number; width: number; size: number; color?: string; bold?: boolean; italic?: boolean; align?: "left" | "center" | "right"; lineBreak?: boolean };

/** pdfkit writes every key of `info`, so absent ones must not be there at all. */
function withoutEmpty(info: Record<string, string | undefined>): Record<string, string> {
  return Object.fromEntries(Object.entries(info).filter((entry): entry is [string, string] => Boolean(entry[1])));
}

class PdfWriter {
  readonly doc: PDFKit.PDFDocument;
  private readonly registered = new Set<string>();
  private page = 1;

  constructor(private readonly spec: PdfSpec) {
    this.doc = new PDFDocument({
      size: "A4",
      margins: MARGIN,
      // The first font is Inter too, so pdfkit never loads a standard font (which Inter replaces anyway).
      font: interFont("regular", "latin") as unknown as string,
      lang: spec.meta.language,
      displayTitle: true,
      pdfVersion: "1.7",
      info: withoutEmpty({ Title: spec.meta.title, Author: spec.meta.author, Subject: spec.meta.subject, Creator: "Women in Prison Network" }),
    });
    this.doc.on("pageAdded", () => {
      this.page++;
      this.decorate();
    });
    this.decorate();
  }

  private get left() {
    return MARGIN.left;
  }
  private get width() {
    return this.doc.page.width - MARGIN.left - MARGIN.right;
  }
  private get bottom() {
    return this.doc.page.height - MARGIN.bottom;
  }

  private useFont(face: Face, subset: Subset) {
    const key = fontKey(face, subset);
    if (!this.registered.has(key)) {
      // pdfkit takes a parsed fontkit font where its types say a path.
      this.doc.registerFont(key, interFont(face, subset) as unknown as string);
      this.registered.add(key);
    }
    this.doc.font(key);
  }

  /** Styled runs as one flowing text from (x, current y), each piece in the font that has its characters. */
  private text(runs: readonly Inline[], options: TextOptions) {
    const pieces = runs.flatMap((run) => splitBySubset(run.text).map((piece) => ({ run, ...piece })));
    if (pieces.length === 0) return;
    this.doc.fontSize(options.size);
    pieces.forEach((piece, index) => {
      this.useFont(faceOf({ bold: piece.run.bold || options.bold, italic: piece.run.italic || options.italic }), piece.subset);
      this.doc.fillColor(piece.run.href ? LINK : piece.run.code ? BRAND : (options.color ?? INK));
      const pieceOptions = {
        continued: index < pieces.length - 1,
        link: piece.run.href ?? undefined,
        underline: Boolean(piece.run.href),
        strike: Boolean(piece.run.strike),
        lineGap: options.size * 0.3,
        align: options.align ?? "left",
        lineBreak: options.lineBreak ?? true,
      };
      if (index === 0) this.doc.text(piece.text, options.x, this.doc.y, { ...pieceOptions, width: options.width });
      else this.doc.text(piece.text, pieceOptions);
    });
  }

  private plain(text: string, options: TextOptions) {
    this.text([{ text }], options);
  }

  private heightOf(text: string, width: number, size: number): number {
    this.useFont("regular", "latin");
    this.doc.fontSize(size);
    return this.doc.heightOfString(text || " ", { width, lineGap: size * 0.3 });
  }

  /** A new page unless `height` still fits on this one. */
  private ensureSpace(height: number) {
    if (this.doc.y + height > this.bottom) this.doc.addPage();
  }

  private decorate() {
    const { doc } = this;
    const { x, y } = doc;
    const savedBottom = doc.page.margins.bottom;
    doc.page.margins.bottom = 0; // writing in the margins must not start another page
    const { header, pageLabel, footer, watermark } = this.spec.frame;
    if (watermark) {
      doc.save();
      doc.fillOpacity(0.12);
      doc.rotate(-45, { origin: [doc.page.width / 2, doc.page.height / 2] });
      doc.y = doc.page.height / 2 - 50;
      this.plain(watermark, { x: 0, width: doc.page.width, size: 96, bold: true, color: "#b91c1c", align: "center", lineBreak: false });
      doc.restore();
    }
    doc.y = 30;
    this.plain(header, { x: this.left, width: this.width * 0.8, size: 8, color: MUTED, lineBreak: false });
    doc.y = 30;
    this.plain(pageLabel.replace("{page}", String(this.page)), { x: this.left, width: this.width, size: 8, color: MUTED, align: "right", lineBreak: false });
    doc.moveTo(this.left, 44).lineTo(this.left + this.width, 44).lineWidth(0.5).strokeColor(LINE).stroke();
    doc.y = doc.page.height - 40;
    this.plain(footer, { x: this.left, width: this.width, size: 7.5, color: MUTED, align: "center" });
    doc.page.margins.bottom = savedBottom;
    doc.fillColor(INK).fillOpacity(1);
    doc.x = x;
    doc.y = y;
  }

  block(block: PdfBlock) {
    const { doc } = this;
    switch (block.kind) {
      case "title":
        this.plain(block.text, { x: this.left, width: this.width, size: 20, bold: true, color: BRAND });
        doc.moveDown(0.4);
        return;
      case "heading": {
        const size = block.level === 1 ? 15 : block.level === 2 ? 12 : 10.5;
        doc.moveDown(block.level === 1 ? 0.9 : 0.6);
        this.ensureSpace(size * 5);
        this.plain(block.text, { x: this.left, width: this.width, size, bold: true, color: block.level === 3 ? INK : BRAND });
        if (block.level === 1) doc.moveTo(this.left, doc.y + 1).lineTo(this.left + this.width, doc.y + 1).lineWidth(0.75).strokeColor(BRAND).stroke();
        doc.moveDown(0.35);
        return;
      }
      case "paragraph":
        this.text(block.runs, { x: this.left, width: this.width, size: block.tone === "muted" ? BODY_SIZE - 0.5 : BODY_SIZE, color: block.tone === "muted" ? MUTED : INK });
        doc.moveDown(0.45);
        return;
      case "html":
        return this.html(block.html);
      case "fields":
        return this.fields(block.rows);
      case "table":
        return this.table(block.columns, block.rows);
      case "space":
        doc.y += block.size;
        return;
    }
  }

  private html(html: string) {
    const { doc } = this;
    const indentStep = 14;
    for (const block of htmlToBlocks(html)) {
      const x = this.left + block.depth * indentStep;
      const width = this.width - block.depth * indentStep;
      if (block.kind === "rule") {
        doc.moveTo(x, doc.y + 3).lineTo(x + width, doc.y + 3).lineWidth(0.5).strokeColor(LINE).stroke();
        doc.moveDown(0.6);
        continue;
      }
      if (block.kind === "heading") {
        this.ensureSpace(40);
        this.text(block.runs, { x, width, size: BODY_SIZE + Math.max(0, 6 - (block.level ?? 6)), bold: true });
      } else {
        this.ensureSpace(BODY_SIZE * 1.5);
        if (block.marker) {
          const top = doc.y;
          this.plain(block.marker, { x: x - indentStep, width: indentStep - 2, size: BODY_SIZE, color: MUTED, lineBreak: false });
          doc.y = top;
        }
        const tone = block.kind === "quote" || block.kind === "code" ? MUTED : INK;
        const top = doc.y;
        this.text(block.runs, { x, width, size: block.kind === "code" ? BODY_SIZE - 1 : BODY_SIZE, color: tone, italic: block.kind === "quote" });
        // A quote keeps a bar in its margin, as on the page.
        if (block.kind === "quote" && doc.y > top) doc.moveTo(x - 8, top).lineTo(x - 8, doc.y - 2).lineWidth(1.5).strokeColor(LINE).stroke();
      }
      doc.moveDown(0.35);
    }
  }

  private fields(rows: ReadonlyArray<{ label: string; value: string }>) {
    const { doc } = this;
    const labelWidth = this.width * 0.28;
    const valueWidth = this.width - labelWidth - 8;
    for (const row of rows) {
      this.ensureSpace(Math.max(this.heightOf(row.label, labelWidth, BODY_SIZE - 1), this.heightOf(row.value, valueWidth, BODY_SIZE)) + 4);
      const top = doc.y;
      this.plain(row.label, { x: this.left, width: labelWidth, size: BODY_SIZE - 1, bold: true, color: MUTED });
      const afterLabel = doc.y;
      doc.y = top;
      this.plain(row.value || "—", { x: this.left + labelWidth + 8, width: valueWidth, size: BODY_SIZE });
      doc.y = Math.max(afterLabel, doc.y) + 3;
    }
    doc.moveDown(0.3);
  }

  private table(columns: ReadonlyArray<{ header: string; width: number }>, rows: ReadonlyArray<readonly string[]>) {
    const { doc } = this;
    const total = columns.reduce((sum, column) => sum + column.width, 0);
    const widths = columns.map((column) => (column.width / total) * this.width);
    const padding = 4;
    const size = BODY_SIZE - 1;
    const drawRow = (cells: readonly string[], header: boolean) => {
      const height = Math.max(...cells.map((cell, index) => this.heightOf(cell, widths[index]! - 2 * padding, size))) + 2 * padding;
      if (doc.y + height > this.bottom) {
        doc.addPage();
        if (!header) drawRow(columns.map((column) => column.header), true);
      }
      const top = doc.y;
      if (header) doc.rect(this.left, top, this.width, height).fill("#f6f1fa");
      let x = this.left;
      cells.forEach((cell, index) => {
        doc.y = top + padding;
        this.plain(cell, { x: x + padding, width: widths[index]! - 2 * padding, size, bold: header, color: header ? BRAND : INK });
        x += widths[index]!;
      });
      doc.y = top + height;
      doc.moveTo(this.left, doc.y).lineTo(this.left + this.width, doc.y).lineWidth(0.5).strokeColor(LINE).stroke();
    };
    this.ensureSpace(60);
    drawRow(columns.map((column) => column.header), true);
    for (const row of rows) drawRow(row, false);
    doc.x = this.left;
    doc.moveDown(0.6);
  }
}

/** The PDF of `spec`, streamed: a few blocks are laid out per read, and the bytes go out as pdfkit writes them. */
export function renderPdf(spec: PdfSpec): ReadableStream<Uint8Array> {
  let writer: PdfWriter;
  let next = 0;
  let ended = false;
  return new ReadableStream<Uint8Array>({
    start(controller) {
      writer = new PdfWriter(spec);
      writer.doc.on("data", (chunk: Buffer) => controller.enqueue(new Uint8Array(chunk.buffer, chunk.byteOffset, chunk.byteLength)));
      writer.doc.on("end", () => controller.close());
      writer.doc.on("error", (error: unknown) => controller.error(error));
    },
    pull() {
      if (ended) return;
      const stop = Math.min(spec.blocks.length, next + BLOCKS_PER_READ);
      for (; next < stop; next++) writer.block(spec.blocks[next]!);
      if (next >= spec.blocks.length) {
        ended = true;
        writer.doc.end();
      }
    },
    cancel() {
      ended = true; // the reader went away: lay out nothing more
    },
  });
}

/** The whole PDF in memory (tests, the benchmark). */
export async function renderPdfBytes(spec: PdfSpec): Promise<Uint8Array> {
  return new Uint8Array(await new Response(renderPdf(spec)).arrayBuffer());
}
