import { getFormatter, getLocale, getTranslations } from "next-intl/server";
import { Link } from "@/components/ui/link";
import { RuleTag } from "@/components/rules/rule-tag";
import { userTextProps } from "@/components/ui/user-text";
import type { ThreadListItem } from "@/lib/board/loaders";
import { localized } from "./category-name";

/** Threads as a list of rows: title, category, tags, replies, last activity and what the viewer has not read. */
export async function ThreadList({ threads, label, showCategory = true }: { threads: ThreadListItem[]; label: string; showCategory?: boolean }) {
  const [t, format, locale] = await Promise.all([getTranslations("Board"), getFormatter(), getLocale()]);
  const now = new Date();
  return (
    <ul aria-label={label} className="flex flex-col divide-y divide-line rounded-lg border border-line bg-surface">
      {threads.map((thread) => {
        const href = thread.unread > 0 && thread.lastReadNumber ? `/board/t/${thread.id}/${thread.slug}/${thread.lastReadNumber + 1}` : `/board/t/${thread.id}/${thread.slug}`;
        return (
          <li key={thread.id} className="flex flex-col gap-1 p-4">
            <div className="flex flex-wrap items-baseline gap-x-2 gap-y-1">
              {thread.pinnedAt ? <span className="rounded bg-brand-100 px-1.5 text-xs font-medium text-brand-800">{t("pinned")}</span> : null}
              <Link href={href} {...userTextProps("font-medium")} lang={thread.language}>
                {thread.title}
              </Link>
              {thread.isNew ? <span className="rounded bg-brand-700 px-1.5 text-xs font-medium text-white">{t("new")}</span> : null}
              {thread.unread > 0 ? <span className="rounded bg-brand-700 px-1.5 text-xs font-medium text-white">{t("unread", { count: thread.unread })}</span> : null}
              {thread.lockedAt ? <span className="text-xs text-muted">{t("locked")}</span> : null}
            </div>
            <p className="flex flex-wrap gap-x-3 gap-y-1 text-sm text-muted">
              {showCategory ? <Link href={`/board/c/${thread.categorySlug}`} variant="subtle">{localized(thread.categoryNames, locale)}</Link> : null}
              <span>{t("replies", { count: thread.replyCount })}</span>
              <span>{t("lastActivity", { when: format.relativeTime(thread.lastPostedAt, now) })}</span>
              {thread.rules.map((rule) => (
                <RuleTag key={`r${rule}`} number={rule} />
              ))}
              {thread.countries.map((code) => (
                <span key={`c${code}`} className="rounded border border-line px-1.5 text-xs">{code}</span>
              ))}
            </p>
          </li>
        );
      })}
    </ul>
  );
}
