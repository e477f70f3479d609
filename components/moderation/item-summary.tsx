import { getLocale, getTranslations } from "next-intl/server";
import { localized } from "@/components/board/category-name";
import { Link } from "@/components/ui/link";
import { userTextProps } from "@/components/ui/user-text";
import type { ItemContext } from "@/lib/moderation/schema";

/**
 * A flagged item in its context: the post with its thread, the thread, the profile's public card, the
 * organization, the request — and for a message only the way to its conversation, where staff's read is
 * audited and shown to its participants. `compact` for the queue's rows.
 */
export async function ItemSummary({ context, authorName, compact = false }: { context: ItemContext | null; authorName: string | null; compact?: boolean }) {
  const t = await getTranslations("ModerationContext");
  const locale = await getLocale();
  const badge = (text: string) => <span className="rounded bg-red-100 px-1.5 text-xs font-medium text-red-900">{text}</span>;
  const author = authorName ? <p className="text-sm text-muted">{t("author")}: <span {...userTextProps()}>{authorName}</span></p> : null;
  const box = compact ? "cooked max-h-40 overflow-auto rounded border border-line bg-canvas p-3" : "cooked rounded border border-line bg-canvas p-3";
  if (!context) return <p className="text-muted">{t("gone")}</p>;
  switch (context.kind) {
    case "BoardPost":
      return (
        <div className="flex flex-col gap-2">
          <p className="flex flex-wrap items-baseline gap-2">
            <Link href={`/board/t/${context.threadId}/${context.threadSlug}/${context.number}#post-${context.number}`} {...userTextProps()}>{t("postInThread", { title: context.threadTitle, number: context.number })}</Link>
            {context.hiddenAt ? badge(t("hidden")) : null}
            {context.deletedAt ? badge(t("deleted")) : null}
            {context.revisions > 0 ? <span className="text-sm text-muted">{t("revisions", { count: context.revisions })}</span> : null}
          </p>
          {author}
          <div className={box} dir="auto" dangerouslySetInnerHTML={{ __html: context.cooked }} />
        </div>
      );
    case "BoardThread":
      return (
        <div className="flex flex-col gap-2">
          <p className="flex flex-wrap items-baseline gap-2">
            <Link href={`/board/t/${context.threadId}/${context.slug}`} {...userTextProps()}>{context.title}</Link>
            <span className="text-sm text-muted">{t("inCategory", { category: localized(context.categoryNames, locale) })}</span>
            {context.lockedAt ? badge(t("locked")) : null}
            {context.deletedAt ? badge(t("deleted")) : null}
          </p>
          {author}
          {context.cooked && !compact ? <div className={box} dir="auto" dangerouslySetInnerHTML={{ __html: context.cooked }} /> : null}
        </div>
      );
    case "ConversationMessage":
      return (
        <div className="flex flex-col gap-2">
          <p className="flex flex-wrap items-baseline gap-2">
            <Link href={`/messages/${context.conversationId}#message-${context.number}`}>{t("readMessage", { number: context.number })}</Link>
            {context.hiddenAt ? badge(t("hidden")) : null}
            {context.deletedAt ? badge(t("deleted")) : null}
          </p>
          <p className="text-sm text-muted">{t("messageNote")}</p>
          {author}
        </div>
      );
    case "CollaborationRequest":
      return (
        <div className="flex flex-col gap-2">
          <Link href={`/collaborations/${context.requestId}`} {...userTextProps()}>{context.title}</Link>
          {author}
        </div>
      );
    case "Resource":
      return (
        <div className="flex flex-col gap-2">
          <p className="flex flex-wrap items-center gap-2">
            <Link href={`/resources/${context.resourceId}`} {...userTextProps()}>{context.title}</Link>
            {context.status === "HIDDEN" ? badge(t("hidden")) : null}
          </p>
          {author}
        </div>
      );
    case "User":
      return (
        <div className="flex flex-col gap-1">
          {context.handle ? <Link href={`/members/${context.handle}`} {...userTextProps()}>{context.displayName ?? t("noName")}</Link> : <span {...userTextProps()}>{context.displayName ?? t("noName")}</span>}
          <p className="text-sm text-muted">{context.hidden ? t("profileHidden") : t("profileListed")}</p>
        </div>
      );
    case "Organization":
      return (
        <div className="flex flex-col gap-1">
          <Link href={`/organizations/${context.slug}`} {...userTextProps()}>{context.name}</Link>
          {context.description ? <p {...userTextProps(compact ? "line-clamp-3 text-sm text-muted" : "text-sm text-muted")}>{context.description}</p> : null}
        </div>
      );
  }
}
