import { describe, expect, it } from "vitest";
import { escapeHtml, renderHtml, renderText, type EmailContent } from "./layout";

const labels = { signature: "Women in Prison Network", linkHint: "Copy this address:" };
const content: EmailContent = {
  subject: "Subject <b>",
  greeting: "Hello <Ana>,",
  blocks: [
    { kind: "paragraph", text: "Body & more" },
    { kind: "quote", text: "first\n\nsecond" },
    { kind: "action", label: "Go", url: "https://example.org/?a=1&b=\"2\"" },
    { kind: "note", text: "Expires soon" },
  ],
  footer: "Sent by us.",
};

describe("email layout", () => {
  it("escapes the five HTML-significant characters", () => {
    expect(escapeHtml(`<a href="x">'&'</a>`)).toBe("&lt;a href=&quot;x&quot;&gt;&#39;&amp;&#39;&lt;/a&gt;");
  });

  it("writes plain text with quotes marked, addresses on their own line and a signature separator", () => {
    expect(renderText(content, labels)).toBe(
      [
        "Hello <Ana>,",
        "Body & more",
        "> first\n>\n> second",
        'Go:\nhttps://example.org/?a=1&b="2"',
        "Expires soon",
        "-- \nWomen in Prison Network\nSent by us.",
      ].join("\n\n") + "\n",
    );
  });

  it("escapes everything in HTML and loads nothing from anywhere", () => {
    const html = renderHtml(content, labels, "en");
    expect(html).toContain("<title>Subject &lt;b&gt;</title>");
    expect(html).toContain("Hello &lt;Ana&gt;,");
    expect(html).toContain('href="https://example.org/?a=1&amp;b=&quot;2&quot;"');
    expect(html).not.toMatch(/<(img|script|link|iframe)\b|src=|url\(/i);
  });
});
