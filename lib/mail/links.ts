// Splits an email's plain text into text and http(s) links, so the admin mailbox can make every emailed
// link clickable without ever rendering the text as HTML. Pure.

export type TextPart = { kind: "text"; text: string } | { kind: "link"; href: string };

// Up to whitespace or a character that cannot end a URL in running text; trailing punctuation is put back.
const URL_PATTERN = /https?:\/\/[^\s<>"'`]+/g;
const TRAILING = /[.,;:!?)\]}»”’]+$/;

export function splitLinks(text: string): TextPart[] {
  const parts: TextPart[] = [];
  let last = 0;
  for (const match of text.matchAll(URL_PATTERN)) {
    const start = match.index;
    let href = match[0];
    const trailing = TRAILING.exec(href)?.[0] ?? "";
    href = href.slice(0, href.length - trailing.length);
    if (!isHttpUrl(href)) continue;
    if (start > last) parts.push({ kind: "text", text: text.slice(last, start) });
    parts.push({ kind: "link", href });
    last = start + href.length;
  }
  if (last < text.length) parts.push({ kind: "text", text: text.slice(last) });
  return parts;
}

function isHttpUrl(value: string): boolean {
  try {
    const url = new URL(value);
    return url.protocol === "http:" || url.protocol === "https:";
  } catch {
    return false;
  }
}
