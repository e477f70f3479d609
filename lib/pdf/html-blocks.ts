// Cooked Markdown (the sanitized HTML lib/markdown writes) as blocks of styled text for a PDF. It reads only the
// subset the sanitizer lets through — paragraphs, headings, lists, quotes, code, tables, rules, emphasis, links —
// and treats anything else as plain text: a tag it does not know adds no style, its text is kept, and nothing in
// the HTML is ever run, fetched or followed. Pure.

export type Inline = { text: string; bold?: boolean; italic?: boolean; code?: boolean; strike?: boolean; href?: string };

export type HtmlBlock =
  | { kind: "paragraph" | "heading" | "quote" | "code"; runs: Inline[]; depth: number; level?: number; marker?: string }
  | { kind: "rule"; depth: number };

const BLOCKS = new Set(["p", "h1", "h2", "h3", "h4", "h5", "h6", "li", "blockquote", "pre", "tr", "div", "section", "details", "summary", "dt", "dd", "ul", "ol", "table", "thead", "tbody", "dl"]);
const VOID = new Set(["br", "hr", "input", "img", "wbr"]);
const NAMED: Record<string, string> = { amp: "&", lt: "<", gt: ">", quot: '"', apos: "'", nbsp: "\u00a0" };

/** Character references (&amp; &#x3C; &#60;) as the characters they stand for; unknown names are left as written. */
export function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#[0-9]+|[a-z]+);/gi, (whole, name: string) => {
    if (name[0] === "#") {
      const code = name[1] === "x" || name[1] === "X" ? Number.parseInt(name.slice(2), 16) : Number.parseInt(name.slice(1), 10);
      return code > 0 && code <= 0x10ffff && !(code >= 0xd800 && code <= 0xdfff) ? String.fromCodePoint(code) : "\ufffd";
    }
    return NAMED[name.toLowerCase()] ?? whole;
  });
}

function attribute(attributes: string, name: string): string | undefined {
  const match = new RegExp(`(?:^|\\s)${name}(?:\\s*=\\s*(?:"([^"]*)"|'([^']*)'|([^\\s"'>]+)))?(?=\\s|$)`, "i").exec(attributes);
  return match ? decodeEntities(match[1] ?? match[2] ?? match[3] ?? "") : undefined;
}

type Style = Omit<Inline, "text">;
type ListFrame = { ordered: boolean; next: number };

const TOKEN = /<!--[\s\S]*?-->|<(\/?)([a-zA-Z][a-zA-Z0-9]*)((?:\s[^>]*?)?)\s*\/?>|([^<]+)|</g;

/** The blocks of a cooked HTML fragment, in reading order. */
export function htmlToBlocks(html: string): HtmlBlock[] {
  const blocks: HtmlBlock[] = [];
  const styles: Style[] = [{}];
  const lists: ListFrame[] = [];
  let runs: Inline[] = [];
  let kind: "paragraph" | "heading" | "quote" | "code" = "paragraph";
  let level: number | undefined;
  let marker: string | undefined;
  let quoteDepth = 0;
  let preDepth = 0;
  let cellCount = 0;

  const depth = () => lists.length + quoteDepth;
  const flush = () => {
    const trimmed = trimRuns(runs, preDepth > 0);
    if (trimmed.length > 0) {
      blocks.push({ kind: preDepth > 0 ? "code" : quoteDepth > 0 && kind === "paragraph" ? "quote" : kind, runs: trimmed, depth: depth(), level, marker });
      marker = undefined;
    }
    runs = [];
  };
  const add = (raw: string) => {
    const last = runs.at(-1);
    // Collapsed white space stays collapsed across tags ("a </em> b" reads "a b").
    const text = preDepth === 0 && last?.text.endsWith(" ") ? raw.replace(/^ /, "") : raw;
    if (!text) return;
    const style = styles.at(-1)!;
    if (last && sameStyle(last, style)) last.text += text;
    else runs.push({ ...style, text });
  };

  for (const match of html.matchAll(TOKEN)) {
    const [whole, closing, rawName, attributes = "", text] = match;
    if (text !== undefined) {
      const decoded = decodeEntities(text);
      add(preDepth > 0 ? decoded : decoded.replace(/\s+/g, " "));
      continue;
    }
    if (!rawName) {
      if (whole === "<") add("<");
      continue;
    }
    const name = rawName.toLowerCase();
    if (VOID.has(name)) {
      if (name === "br") add("\n");
      else if (name === "hr") {
        flush();
        blocks.push({ kind: "rule", depth: depth() });
      }
      else if (name === "input" && attribute(attributes, "type") === "checkbox") add(attribute(attributes, "checked") !== undefined ? "[x] " : "[ ] ");
      continue;
    }
    if (BLOCKS.has(name)) {
      flush();
      if (!closing) {
        if (name === "ul" || name === "ol") lists.push({ ordered: name === "ol", next: Number(attribute(attributes, "start") ?? 1) || 1 });
        else if (name === "li") {
          const list = lists.at(-1);
          marker = list?.ordered ? `${list.next++}.` : "•";
        } else if (name === "blockquote") quoteDepth++;
        else if (name === "pre") preDepth++;
        else if (name === "tr") cellCount = 0;
        if (/^h[1-6]$/.test(name)) {
          kind = "heading";
          level = Number(name[1]);
        }
      } else {
        if (name === "ul" || name === "ol") lists.pop();
        else if (name === "blockquote") quoteDepth = Math.max(0, quoteDepth - 1);
        else if (name === "pre") preDepth = Math.max(0, preDepth - 1);
        if (/^h[1-6]$/.test(name)) {
          kind = "paragraph";
          level = undefined;
        }
      }
      continue;
    }
    if (name === "td" || name === "th") {
      if (!closing) {
        if (cellCount++ > 0) add(" | ");
        styles.push(name === "th" ? { ...styles.at(-1), bold: true } : { ...styles.at(-1) });
      } else if (styles.length > 1) styles.pop();
      continue;
    }
    if (closing) {
      if (styles.length > 1) styles.pop();
      continue;
    }
    const current = styles.at(-1)!;
    const next: Style = { ...current };
    if (name === "strong" || name === "b") next.bold = true;
    else if (name === "em" || name === "i") next.italic = true;
    else if (name === "code" || name === "kbd" || name === "samp") next.code = true;
    else if (name === "del" || name === "s") next.strike = true;
    else if (name === "a") {
      const href = attribute(attributes, "href");
      if (href && /^(https?:|mailto:)/i.test(href)) next.href = href;
    }
    styles.push(next);
  }
  flush();
  return blocks;
}

function sameStyle(a: Style, b: Style): boolean {
  return !!a.bold === !!b.bold && !!a.italic === !!b.italic && !!a.code === !!b.code && !!a.strike === !!b.strike && a.href === b.href;
}

/** Leading and trailing white space of a block dropped (kept inside code blocks but for their last newline). */
function trimRuns(runs: Inline[], preformatted: boolean): Inline[] {
  const copy = runs.map((run) => ({ ...run }));
  if (preformatted) {
    if (copy.length) copy[copy.length - 1]!.text = copy.at(-1)!.text.replace(/\n+$/, "");
  } else {
    while (copy.length && !copy[0]!.text.replace(/^[ \t]+/, "")) copy.shift();
    if (copy.length) copy[0]!.text = copy[0]!.text.replace(/^[ \t]+/, "");
    while (copy.length && !copy.at(-1)!.text.replace(/[ \t]+$/, "")) copy.pop();
    if (copy.length) copy[copy.length - 1]!.text = copy.at(-1)!.text.replace(/[ \t]+$/, "");
  }
  return copy.filter((run) => run.text.length > 0);
}

/** The plain text of cooked HTML: its blocks' text, one per line, list markers kept (for CSV and JSON). */
export function htmlToPlainText(html: string): string {
  return htmlToBlocks(html)
    .map((block) => (block.kind === "rule" ? "---" : `${block.marker ? `${block.marker} ` : ""}${block.runs.map((run) => run.text).join("")}`))
    .join("\n");
}
