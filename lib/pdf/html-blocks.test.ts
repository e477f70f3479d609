import { describe, expect, it } from "vitest";
import { cookMarkdown } from "@/lib/markdown/cook";
import { decodeEntities, htmlToBlocks, htmlToPlainText } from "./html-blocks";

const blocksOf = (markdown: string) => htmlToBlocks(cookMarkdown(markdown).html);

describe("htmlToBlocks (cooked Markdown for a PDF)", () => {
  it("keeps paragraphs apart and emphasis as styles on runs", () => {
    expect(blocksOf("One **strong** and *soft* word.\n\nSecond paragraph.")).toEqual([
      { kind: "paragraph", depth: 0, runs: [{ text: "One " }, { text: "strong", bold: true }, { text: " and " }, { text: "soft", italic: true }, { text: " word." }] },
      { kind: "paragraph", depth: 0, runs: [{ text: "Second paragraph." }] },
    ]);
  });

  it("numbers ordered lists from their start, marks bullets, and nests by depth", () => {
    const blocks = blocksOf("3. three\n4. four\n\n- top\n  - inner");
    expect(blocks.map((block) => (block.kind === "rule" ? "rule" : [block.marker, block.depth, block.runs.map((run) => run.text).join("")]))).toEqual([
      ["3.", 1, "three"],
      ["4.", 1, "four"],
      ["•", 1, "top"],
      ["•", 2, "inner"],
    ]);
  });

  it("reads headings with their level, quotes, code blocks with their line breaks, and rules", () => {
    const blocks = blocksOf("# Title\n\n> quoted\n\n```\nline 1\nline 2\n```\n\n---");
    expect(blocks).toEqual([
      { kind: "heading", level: 3, depth: 0, runs: [{ text: "Title" }] },
      { kind: "quote", depth: 1, runs: [{ text: "quoted" }] },
      { kind: "code", depth: 0, runs: [{ text: "line 1\nline 2", code: true }] },
      { kind: "rule", depth: 0 },
    ]);
  });

  it("keeps web links as links, and decodes characters the HTML escaped", () => {
    const [block] = blocksOf("See [the rules](https://example.org/a?b=1&c=2) & 1 < 2, é ç ã ñ.");
    expect(block).toMatchObject({ runs: [{ text: "See " }, { text: "the rules", href: "https://example.org/a?b=1&c=2" }, { text: " & 1 < 2, é ç ã ñ." }] });
  });

  it("reads GitHub tables row by row and task lists with their boxes", () => {
    expect(htmlToPlainText(cookMarkdown("| a | b |\n|---|---|\n| 1 | 2 |\n\n- [x] done\n- [ ] open").html)).toBe("a | b\n1 | 2\n• [x] done\n• [ ] open");
  });

  it("never styles by unknown tags nor follows other links, and keeps their text", () => {
    const blocks = htmlToBlocks('<p><span onclick="x()">kept</span> <a href="javascript:alert(1)">text</a><script>no()</script></p>');
    expect(blocks).toEqual([{ kind: "paragraph", depth: 0, runs: [{ text: "kept textno()" }] }]);
  });

  it("collapses white space across tags and trims each block", () => {
    expect(htmlToBlocks("<p>\n  a  <em> b </em>  c\n</p>")).toEqual([{ kind: "paragraph", depth: 0, runs: [{ text: "a " }, { text: "b ", italic: true }, { text: "c" }] }]);
  });
});

describe("decodeEntities", () => {
  it("decodes numeric and the usual named references, and refuses what is no character", () => {
    expect(decodeEntities("&#x3C;&#60;&amp;&quot;&nbsp;&eacute;&#xD800;")).toBe('<<&"\u00a0&eacute;\ufffd');
  });
});
