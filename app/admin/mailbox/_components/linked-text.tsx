import { ExternalLink } from "@/components/ui/link";
import { splitLinks } from "@/lib/mail/links";

/**
 * An email's plain text as it was written (line breaks kept), with every http(s) address a link. Never
 * rendered as HTML: the text stays text.
 */
export function LinkedText({ text, lang }: { text: string; lang: string }) {
  return (
    <div lang={lang} className="whitespace-pre-wrap break-words rounded-lg border border-line bg-surface p-4 font-mono text-sm leading-relaxed text-ink sm:p-6">
      {splitLinks(text).map((part, index) =>
        part.kind === "link" ? (
          <ExternalLink key={index} href={part.href} className="break-all">
            {part.href}
          </ExternalLink>
        ) : (
          <span key={index}>{part.text}</span>
        ),
      )}
    </div>
  );
}
