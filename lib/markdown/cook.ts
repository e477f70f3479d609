// Members' Markdown, turned into safe HTML once, when it is written ("cooked", as Discourse says): the
// stored HTML is what every later read shows, so reading never parses Markdown. remark parses CommonMark with
// GitHub's extensions; raw HTML in the source is never passed through (remark-rehype drops it), and
// rehype-sanitize then keeps only an allowlist of elements and attributes on the syntax tree itself, before
// anything is serialized. Links get rel="nofollow ugc noopener noreferrer"; images are not kept at all (the
// platform shows no image from another site, and its CSP would refuse them); headings start below the page's
// own; @handle mentions of known members become links to their profiles.
import type { Root as HastRoot, Element } from "hast";
import type { PhrasingContent, Root as MdastRoot } from "mdast";
import { findAndReplace } from "mdast-util-find-and-replace";
import rehypeSanitize, { defaultSchema, type Options as SanitizeSchema } from "rehype-sanitize";
import rehypeStringify from "rehype-stringify";
import remarkGfm from "remark-gfm";
import remarkParse from "remark-parse";
import remarkRehype from "remark-rehype";
import { unified } from "unified";
import { visit } from "unist-util-visit";

/** What the sanitizer keeps: GitHub's allowlist, without images, and links only to web pages and email. */
const SCHEMA: SanitizeSchema = {
  ...defaultSchema,
  tagNames: (defaultSchema.tagNames ?? []).filter((tag) => !["img", "picture", "source", "video", "audio"].includes(tag)),
  protocols: { ...defaultSchema.protocols, href: ["http", "https", "mailto"], cite: ["http", "https"], src: [] },
};

export const LINK_REL = "nofollow ugc noopener noreferrer";

/** A mention in the source: "@" and a handle, not inside a word or an email address. */
const MENTION = /(?<![\p{L}\p{N}_@.])@([a-z0-9]{6,16})\b/gu;

/** The handles a source mentions (each once, in order), to look up before cooking. */
export function mentionCandidates(source: string): string[] {
  return [...new Set([...source.matchAll(MENTION)].map((match) => match[1]!))];
}

export type CookOptions = {
  /** Handles of members who may be mentioned here: only these become links (and count as mentions). */
  mentionable?: ReadonlySet<string>;
  /** Where a mention links to. */
  profileHref?: (handle: string) => string;
};

export type Cooked = { html: string; mentions: string[] };

export function cookMarkdown(source: string, options: CookOptions = {}): Cooked {
  const mentions = new Set<string>();
  const html = unified()
    .use(remarkParse)
    .use(remarkGfm)
    .use(() => (tree: MdastRoot) => {
      // Headings start at h3 (the page has its h1 and h2); deeper ones stop at h6.
      visit(tree, "heading", (heading) => {
        heading.depth = Math.min(heading.depth + 2, 6) as typeof heading.depth;
      });
      if (options.mentionable?.size) linkMentions(tree, options.mentionable, options.profileHref ?? ((handle) => `/members/${handle}`), mentions);
    })
    .use(remarkRehype)
    .use(rehypeSanitize, SCHEMA)
    .use(() => (tree: HastRoot) => {
      visit(tree, "element", (element: Element) => {
        if (element.tagName === "a") element.properties = { ...element.properties, rel: LINK_REL.split(" ") };
      });
    })
    .use(rehypeStringify)
    .processSync(source)
    .toString();
  return { html, mentions: [...mentions] };
}

function linkMentions(tree: MdastRoot, mentionable: ReadonlySet<string>, href: (handle: string) => string, found: Set<string>) {
  findAndReplace(
    tree,
    [
      MENTION,
      (whole: string, handle: string): PhrasingContent | false => {
        if (!mentionable.has(handle)) return false;
        found.add(handle);
        return { type: "link", url: href(handle), children: [{ type: "text", value: whole }] };
      },
    ],
    { ignore: ["link", "linkReference", "inlineCode", "code"] },
  );
}
