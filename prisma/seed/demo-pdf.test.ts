import { describe, expect, it } from "vitest";
import { demoPdf } from "./demo-pdf";

describe("the demo PDF writer", () => {
  const pdf = demoPdf("Informe sobre cárceles (2024)", ["Mujeres en prisión preventiva: un estudio de campo.", "Second paragraph with a \\ backslash."]);
  const text = pdf.toString("latin1");

  it("writes a PDF whose cross-reference table points at each object", () => {
    expect(text.startsWith("%PDF-1.4\n")).toBe(true);
    expect(text.endsWith("%%EOF\n")).toBe(true);
    const xref = Number(/startxref\n(\d+)\n/.exec(text)![1]);
    expect(text.slice(xref, xref + 4)).toBe("xref");
    const offsets = [...text.slice(xref).matchAll(/^(\d{10}) 00000 n $/gm)].map((match) => Number(match[1]));
    expect(offsets).toHaveLength(6);
    offsets.forEach((offset, index) => expect(text.slice(offset, offset + `${index + 1} 0 obj`.length)).toBe(`${index + 1} 0 obj`));
  });

  it("escapes text for PDF strings, accents as WinAnsi octal", () => {
    expect(text).toContain("(Informe sobre c\\341rceles \\(2024\\)) Tj");
    expect(text).toContain("a \\\\ backslash.");
    const length = Number(/\/Length (\d+) >>\nstream\n/.exec(text)![1]);
    const start = text.indexOf("stream\n") + 7;
    expect(text.slice(start + length, start + length + 10)).toBe("\nendstream");
  });
});
