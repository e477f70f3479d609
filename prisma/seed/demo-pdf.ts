// A tiny PDF writer for the demo library: one page per text, Helvetica, a correct cross-reference table — a real
// PDF that viewers open and that text extraction reads, so downloads and search over file text work on `npm start`
// without shipping binary fixtures. Only what the demo needs: WinAnsi text (accents), wrapped lines, no images.

/** PDF string literal bytes for WinAnsi text: backslash, parentheses escaped; characters outside Latin-1 become "?". */
function pdfString(text: string): string {
  let out = "";
  for (const char of text) {
    const code = char.codePointAt(0)!;
    if (char === "\\" || char === "(" || char === ")") out += `\\${char}`;
    else if (code >= 32 && code < 127) out += char;
    else if (code >= 160 && code <= 255) out += `\\${code.toString(8).padStart(3, "0")}`;
    else if (char === "’" || char === "‘") out += "'";
    else if (char === "–" || char === "—") out += "-";
    else out += "?";
  }
  return out;
}

/** Words wrapped to lines of at most `width` characters. */
function wrap(paragraph: string, width: number): string[] {
  const lines: string[] = [];
  let line = "";
  for (const word of paragraph.split(/\s+/).filter(Boolean)) {
    if (line && line.length + 1 + word.length > width) {
      lines.push(line);
      line = word;
    } else line = line ? `${line} ${word}` : word;
  }
  if (line) lines.push(line);
  return lines;
}

/** A one-page PDF (A4) with a title and paragraphs of text. */
export function demoPdf(title: string, paragraphs: readonly string[]): Buffer {
  const lines = [...wrap(title, 60).map((text) => ({ text, size: 16 })), { text: "", size: 11 }, ...paragraphs.flatMap((paragraph) => [...wrap(paragraph, 90).map((text) => ({ text, size: 11 })), { text: "", size: 11 }])].slice(0, 60);
  let y = 800;
  const content = lines
    .map((line) => {
      const text = `BT /F1 ${line.size} Tf 56 ${y} Td (${pdfString(line.text)}) Tj ET`;
      y -= line.size + 4;
      return text;
    })
    .join("\n");
  const objects = [
    "<< /Type /Catalog /Pages 2 0 R >>",
    "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
    "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 4 0 R >> >> /Contents 5 0 R >>",
    "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>",
    `<< /Length ${Buffer.byteLength(content, "latin1")} >>\nstream\n${content}\nendstream`,
    `<< /Title (${pdfString(title)}) /Producer (Women in Prison Network demo data) >>`,
  ];
  let body = "%PDF-1.4\n%\xe2\xe3\xcf\xd3\n";
  const offsets: number[] = [];
  objects.forEach((object, index) => {
    offsets.push(Buffer.byteLength(body, "latin1"));
    body += `${index + 1} 0 obj\n${object}\nendobj\n`;
  });
  const xref = Buffer.byteLength(body, "latin1");
  body += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n${offsets.map((offset) => `${String(offset).padStart(10, "0")} 00000 n \n`).join("")}`;
  body += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R /Info ${objects.length} 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  return Buffer.from(body, "latin1");
}
