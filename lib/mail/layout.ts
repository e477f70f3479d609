// Turns an email's content (already translated) into its plain-text and HTML bodies. Pure: no database,
// no environment. The HTML is deliberately simple: one column, no images, nothing loaded from anywhere,
// real text links, readable at any width and by screen readers. Every string is escaped here, so
// templates never build markup themselves.

/** A piece of an email body. */
export type Block =
  | { kind: "paragraph"; text: string }
  /** Words written by a person (a reviewer's reason or question): shown set apart, line breaks kept. */
  | { kind: "quote"; text: string }
  /** The one thing to do: a link shown as a button in HTML, with the address written out as well. */
  | { kind: "action"; label: string; url: string }
  | { kind: "note"; text: string }
  /** Short items, e.g. a digest's counts by topic. */
  | { kind: "list"; items: string[] }
  /** A secondary link in small print (unsubscribing): the sentence, then the address as a link. */
  | { kind: "smallLink"; text: string; url: string };

export type EmailContent = {
  subject: string;
  greeting: string;
  blocks: Block[];
  /** Who sent the email (and, where it makes sense, that it can be ignored). */
  footer: string;
};

export type LayoutLabels = {
  signature: string;
  /** Introduces the written-out address under a button. */
  linkHint: string;
};

const HTML_ESCAPES: Record<string, string> = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" };

/** Escapes text for HTML element content and quoted attribute values. */
export function escapeHtml(value: string): string {
  return value.replace(/[&<>"']/g, (character) => HTML_ESCAPES[character] ?? character);
}

/** The plain-text body: paragraphs separated by blank lines, quotes marked with "> ", addresses on their own line. */
export function renderText(content: EmailContent, labels: LayoutLabels): string {
  const parts = [content.greeting];
  for (const block of content.blocks) {
    if (block.kind === "action") parts.push(`${block.label}:\n${block.url}`);
    else if (block.kind === "list") parts.push(block.items.map((item) => `- ${item}`).join("\n"));
    else if (block.kind === "smallLink") parts.push(`${block.text}\n${block.url}`);
    else if (block.kind === "quote") parts.push(block.text.split("\n").map((line) => (line ? `> ${line}` : ">")).join("\n"));
    else parts.push(block.text);
  }
  // "-- " is the conventional signature separator, which mail programs recognise.
  parts.push(`-- \n${labels.signature}\n${content.footer}`);
  return `${parts.join("\n\n")}\n`;
}

const COLORS = { ink: "#1c1917", muted: "#57534e", brand: "#5b2a86", tint: "#f6f1fa", rule: "#d6d3d1" };
const FONT = "-apple-system, BlinkMacSystemFont, 'Segoe UI', Roboto, Helvetica, Arial, sans-serif";

function htmlBlock(block: Block, labels: LayoutLabels): string {
  switch (block.kind) {
    case "paragraph":
      return `<p style="margin:0 0 16px">${escapeHtml(block.text)}</p>`;
    case "note":
      return `<p style="margin:0 0 16px;font-size:15px;color:${COLORS.muted}">${escapeHtml(block.text)}</p>`;
    case "quote":
      return (
        `<blockquote style="margin:0 0 16px;padding:8px 16px;border-left:4px solid ${COLORS.brand};background:${COLORS.tint};white-space:pre-wrap">` +
        `${escapeHtml(block.text)}</blockquote>`
      );
    case "list":
      return `<ul style="margin:0 0 16px;padding-left:24px">${block.items.map((item) => `<li>${escapeHtml(item)}</li>`).join("")}</ul>`;
    case "smallLink":
      return (
        `<p style="margin:0 0 16px;font-size:14px;color:${COLORS.muted}">${escapeHtml(block.text)}<br>` +
        `<a href="${escapeHtml(block.url)}" style="color:${COLORS.brand};word-break:break-all">${escapeHtml(block.url)}</a></p>`
      );
    case "action": {
      const href = escapeHtml(block.url);
      return (
        `<p style="margin:24px 0"><a href="${href}" style="display:inline-block;padding:12px 20px;border-radius:6px;` +
        `background:${COLORS.brand};color:#ffffff;font-weight:600;text-decoration:underline">${escapeHtml(block.label)}</a></p>` +
        `<p style="margin:0 0 16px;font-size:14px;color:${COLORS.muted}">${escapeHtml(labels.linkHint)}<br>` +
        `<a href="${href}" style="color:${COLORS.brand};word-break:break-all">${href}</a></p>`
      );
    }
  }
}

/** The HTML body: a complete document in the recipient's language. */
export function renderHtml(content: EmailContent, labels: LayoutLabels, locale: string): string {
  const lang = escapeHtml(locale);
  const subject = escapeHtml(content.subject);
  return [
    "<!doctype html>",
    `<html lang="${lang}" dir="ltr">`,
    `<head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><meta name="color-scheme" content="light"><title>${subject}</title></head>`,
    `<body style="margin:0;padding:0;background:${COLORS.tint}">`,
    `<div role="article" aria-label="${subject}" lang="${lang}" style="max-width:600px;margin:0 auto;padding:24px 16px;background:#ffffff;color:${COLORS.ink};font-family:${FONT};font-size:16px;line-height:1.5">`,
    `<p style="margin:0 0 16px">${escapeHtml(content.greeting)}</p>`,
    ...content.blocks.map((block) => htmlBlock(block, labels)),
    `<hr style="margin:24px 0 16px;border:0;border-top:1px solid ${COLORS.rule}">`,
    `<p style="margin:0;font-size:14px;color:${COLORS.muted}">${escapeHtml(labels.signature)}<br>${escapeHtml(content.footer)}</p>`,
    "</div>",
    "</body>",
    "</html>",
    "",
  ].join("\n");
}
