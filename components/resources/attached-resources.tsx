import { getFormatter, getTranslations } from "next-intl/server";
import { Link } from "@/components/ui/link";
import { userTextProps } from "@/components/ui/user-text";
import { formatFileSize } from "@/lib/files/format";
import type { AttachmentCard } from "@/lib/resources/loaders";

/**
 * The resources a post, request or message carries: a compact card each (type, title, languages, the file's kind
 * and size or the link's host, and the download or the link), in the writer's order. What the reader may not see
 * is one neutral line, never its title.
 */
export async function AttachedResources({ cards, label }: { cards: readonly AttachmentCard[] | undefined; label?: string }) {
  if (!cards?.length) return null;
  const [t, types, format] = await Promise.all([getTranslations("ResourceAttach"), getTranslations("ResourceTypes"), getFormatter()]);
  const unavailable = cards.filter((card) => !card.available).length;
  const size = (bytes: number) => formatFileSize(format, bytes);
  return (
    <section aria-label={label ?? t("attachedHeading")} className="flex flex-col gap-2">
      <ul className="flex flex-col gap-2">
        {cards.map((card, index) =>
          card.available ? (
            <li key={card.id} className="flex flex-col gap-0.5 rounded-lg border border-line bg-surface px-3 py-2 text-sm">
              <span className="font-medium text-brand-800">{types(card.type as never)}</span>
              <Link href={`/resources/${card.id}`} {...userTextProps("font-semibold")}>
                {card.title}
              </Link>
              <span className="flex flex-wrap gap-x-3 text-muted">
                {card.languages.length ? <span>{card.languages.map((code) => code.toUpperCase()).join(", ")}</span> : null}
                <Link href={`/resources/${card.id}/download`} prefetch={false}>
                  {card.fileType ? t("download", { kind: card.fileType.toUpperCase(), size: size(card.byteSize ?? 0) }) : t("openLink", { host: card.linkHost ?? "" })}
                </Link>
              </span>
            </li>
          ) : index === cards.findIndex((other) => !other.available) ? (
            <li key={`unavailable-${index}`} className="rounded-lg border border-dashed border-line px-3 py-2 text-sm italic text-muted">
              {t("notAvailable", { count: unavailable })}
            </li>
          ) : null,
        )}
      </ul>
    </section>
  );
}
