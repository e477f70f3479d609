import { describe, expect, it } from "vitest";
import { cookMarkdown, LINK_REL, mentionCandidates } from "./cook";

// Payloads after OWASP's XSS Filter Evasion Cheat Sheet, written as a member could type them into Markdown:
// raw HTML, event handlers, script URLs in every spelling, data and vbscript URLs, SVG and MathML, CSS, forms,
// frames, and Markdown's own link, image, reference and autolink syntaxes carrying them.
const PAYLOADS = [
  "<script>alert(1)</script>",
  "<SCRIPT SRC=http://xss.example/xss.js></SCRIPT>",
  '<IMG SRC="javascript:alert(\'XSS\');">',
  "<IMG SRC=javascript:alert('XSS')>",
  "<IMG SRC=JaVaScRiPt:alert('XSS')>",
  '<IMG """><SCRIPT>alert("XSS")</SCRIPT>"\\>',
  "<IMG SRC=# onmouseover=\"alert('xxs')\">",
  "<IMG SRC=/ onerror=\"alert(String.fromCharCode(88,83,83))\"></img>",
  "<img src=x onerror=&#0000106&#0000097&#0000118&#0000097&#0000115&#0000099&#0000114&#0000105&#0000112&#0000116&#0000058&#0000097&#0000108&#0000101&#0000114&#0000116&#0000040&#0000039&#0000088&#0000083&#0000083&#0000039&#0000041>",
  '<IMG SRC="jav\tascript:alert(\'XSS\');">',
  '<IMG SRC=" &#14;  javascript:alert(\'XSS\');">',
  "<BODY onload!#$%&()*~+-_.,:;?@[/|\\]^`=alert(\"XSS\")>",
  '<<SCRIPT>alert("XSS");//\\<</SCRIPT>',
  "<iframe src=http://xss.example/scriptlet.html <",
  '<svg/onload=alert("XSS")>',
  '<svg><script>alert(1)</script></svg>',
  '<math><mtext><table><mglyph><style><img src=x onerror=alert(1)></style></mglyph></table></mtext></math>',
  '<STYLE>@import\'http://xss.example/xss.css\';</STYLE>',
  '<DIV STYLE="background-image: url(javascript:alert(\'XSS\'))">',
  '<a href="javascript:alert(1)">click</a>',
  '<form action="javascript:alert(1)"><input type=submit></form>',
  '<object data="javascript:alert(1)"></object><embed src="javascript:alert(1)">',
  '<details open ontoggle=alert(1)>',
  '<a href="https://ok.example" onclick="alert(1)">ok</a>',
  "[click](javascript:alert(1))",
  "[click](JAVASCRIPT:alert(1))",
  "[click](  javascript:alert(1)  )",
  "[click](jav&#x09;ascript:alert(1))",
  "[click](&#106;&#97;&#118;&#97;&#115;&#99;&#114;&#105;&#112;&#116;&#58;alert(1))",
  "[click](javascript&colon;alert(1))",
  "[click](vbscript:msgbox(1))",
  "[click](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==)",
  '[click](https://ok.example "title\\" onmouseover=\\"alert(1))',
  "[click][ref]\n\n[ref]: javascript:alert(1)",
  "<javascript:alert(1)>",
  "![x](javascript:alert(1))",
  '![x](https://evil.example/x.png" onerror="alert(1))',
  "![x](https://evil.example/tracker.png)",
  "[![x](https://evil.example/x.png)](javascript:alert(1))",
  "```html\n<script>alert(1)</script>\n```",
  "`<script>alert(1)</script>`",
  "<a name=\"x\" id=\"clobber\">x</a>",
  "<input autofocus onfocus=alert(1)>",
  "<base href=\"https://evil.example/\">",
  "<meta http-equiv=\"refresh\" content=\"0;url=javascript:alert(1)\">",
  "<link rel=stylesheet href=https://evil.example/x.css>",
  "<p style=\"position:fixed;top:0;left:0;width:100%;height:100%\">overlay</p>",
];

/**
 * Everything in cooked HTML that could run script, load from elsewhere, restyle the page or submit data. Only
 * tags are read: text that merely looks like a payload is escaped (every "<" in text becomes "&#x3C;").
 */
function dangers(html: string): string[] {
  const found: string[] = [];
  const tags = (html.match(/<\/?[a-zA-Z][^>]*>/g) ?? []).join("\n");
  const checks: Array<[string, RegExp]> = [
    ["script element", /<script/i],
    ["event handler", /\son[a-z]+\s*=/i],
    ["script URL", /(?:href|src|action|data|formaction)\s*=\s*"?\s*(?:javascript|vbscript|data):/i],
    ["embedded document or active element", /<(?:iframe|object|embed|svg|math|style|link|meta|base|form|img|picture|video|audio|body|details)\b/i],
    ["style attribute", /\sstyle\s*=/i],
    ["input other than a disabled task checkbox", /<input(?![^>]*type="checkbox"[^>]*disabled)/i],
  ];
  for (const [name, pattern] of checks) if (pattern.test(tags)) found.push(name);
  for (const anchor of html.match(/<a\b[^>]*>/gi) ?? []) {
    if (!anchor.includes(`rel="${LINK_REL}"`)) found.push(`link without rel: ${anchor}`);
    if (/\sid="(?!user-content-)/.test(anchor) || /\sname="(?!user-content-)/.test(anchor)) found.push(`unprefixed id or name: ${anchor}`);
  }
  return found;
}

describe("cookMarkdown", () => {
  it.each(PAYLOADS)("leaves nothing that could run or load from elsewhere: %s", (payload) => {
    const { html } = cookMarkdown(`Before ${payload} after\n\n${payload}`);
    expect(dangers(html), html).toEqual([]);
  });

  it("finds what the checks look for, so a failure of the sanitizer would show", () => {
    expect(dangers('<img src=x onerror="alert(1)"><a href="javascript:alert(1)">x</a>')).toEqual(
      expect.arrayContaining(["event handler", "script URL", "embedded document or active element", 'link without rel: <a href="javascript:alert(1)">']),
    );
  });

  it("renders what members write: emphasis, lists, quotes, code, tables, task lists and links", () => {
    const { html } = cookMarkdown("Hello **world** and _you_\n\n> quoted\n\n- one\n- two\n\n`code` ~~gone~~\n\n| a | b |\n|---|---|\n| 1 | 2 |\n\n- [x] done\n\nSee [the rules](https://www.unodc.org/bangkok-rules) or https://example.org.");
    for (const fragment of ["<strong>world</strong>", "<em>you</em>", "<blockquote>", "<li>one</li>", "<code>code</code>", "<del>gone</del>", "<td>1</td>", 'type="checkbox" checked disabled']) {
      expect(html).toContain(fragment);
    }
    expect(html).toContain(`<a href="https://www.unodc.org/bangkok-rules" rel="${LINK_REL}">the rules</a>`);
    expect(html).toContain(`<a href="https://example.org" rel="${LINK_REL}">https://example.org</a>`);
  });

  it("starts headings below the page's own and keeps text of a dropped image out of reach of trackers", () => {
    const { html } = cookMarkdown("# One\n\n## Two\n\n###### Six\n\n![a tracker](https://evil.example/t.png)");
    expect(html).toContain("<h3>One</h3>");
    expect(html).toContain("<h4>Two</h4>");
    expect(html).toContain("<h6>Six</h6>");
    expect(html).not.toContain("evil.example");
  });

  it("escapes what looks like markup in text", () => {
    expect(cookMarkdown("1 < 2 & \"quotes\" > 0").html).toBe("<p>1 &#x3C; 2 &#x26; \"quotes\" > 0</p>");
  });

  it("links mentions of members who may be mentioned, nowhere else, and reports them once", () => {
    const source = "Thanks @anamaria9 and @anamaria9! Ask @unknownone, not ana@anamaria9.org; `@anamaria9` in code, [@anamaria9](https://x.example).";
    expect(mentionCandidates(source)).toEqual(["anamaria9", "unknownone"]);
    const { html, mentions } = cookMarkdown(source, { mentionable: new Set(["anamaria9"]) });
    expect(mentions).toEqual(["anamaria9"]);
    expect(html.match(/href="\/members\/anamaria9"/g)).toHaveLength(2);
    expect(html).toContain("@unknownone");
    expect(html).toContain("<code>@anamaria9</code>");
  });
});
