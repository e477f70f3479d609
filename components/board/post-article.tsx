import { getFormatter, getTranslations } from "next-intl/server";
import { MemberAvatar } from "@/components/profiles/member-avatar";
import { Link } from "@/components/ui/link";
import { userTextProps } from "@/components/ui/user-text";
import type { ThreadPage } from "@/lib/board/loaders";

type Post = ThreadPage["posts"][number];

/**
 * One post: who wrote it (as their profile's visibility allows), when, its permalink, and its cooked text —
 * or the placeholder of a deleted or hidden post, which keeps its number.
 */
export async function PostArticle({ post, threadPath, firstUnread }: { post: Post; threadPath: string; firstUnread: number | null }) {
  const [t, format] = await Promise.all([getTranslations("BoardThread"), getFormatter()]);
  const name = post.authorName ?? t("formerMember");
  const permalink = `${threadPath}/${post.number}#post-${post.number}`;
  const placeholder = post.deletedAt ? t("deleted") : post.hiddenAt && !post.cooked ? t("hidden") : null;
  return (
    <article id={`post-${post.number}`} aria-labelledby={`post-${post.number}-author`} className="flex flex-col gap-3 border-b border-line py-5 last:border-b-0">
      {post.number === firstUnread ? <p className="text-sm font-medium text-brand-800">{t("firstUnread")}</p> : null}
      <header className="flex items-start gap-3">
        <MemberAvatar name={name} photoId={post.authorPhotoId} />
        <div className="flex min-w-0 flex-1 flex-col">
          <span id={`post-${post.number}-author`} className="font-medium text-ink">
            {post.authorHandle ? (
              <Link href={`/members/${post.authorHandle}`} variant="subtle" {...userTextProps("font-medium")}>{name}</Link>
            ) : (
              <span {...userTextProps()}>{name}</span>
            )}
          </span>
          {post.authorOrganization ? <span {...userTextProps("text-sm text-muted")}>{post.authorOrganization}</span> : null}
          <span className="flex flex-wrap gap-x-2 text-sm text-muted">
            <time dateTime={post.createdAt.toISOString()}>{format.dateTime(post.createdAt, { dateStyle: "medium", timeStyle: "short" })}</time>
            {post.editedAt ? <span>· {t("edited")}</span> : null}
            <a href={permalink} aria-label={t("permalink", { number: post.number })} className="underline-offset-2 hover:underline">
              {t("postNumber", { number: post.number })}
            </a>
          </span>
        </div>
      </header>
      {post.replyToNumber ? (
        <a href={`${threadPath}/${post.replyToNumber}#post-${post.replyToNumber}`} className="text-sm text-muted underline-offset-2 hover:underline">
          {t("inReplyTo", { number: post.replyToNumber })}
        </a>
      ) : null}
      {placeholder ? (
        <p className="italic text-muted">{placeholder}</p>
      ) : (
        <>
          {post.hiddenAt ? <p className="text-sm font-medium text-red-800">{t("hiddenForStaff")}</p> : null}
          <div className="cooked" dir="auto" lang={post.language} dangerouslySetInnerHTML={{ __html: post.cooked }} />
        </>
      )}
      {!placeholder ? (
        <footer className="flex flex-wrap gap-4 text-sm">
          <Link href={`${threadPath}?replyTo=${post.number}#reply`}>{t("reply")}</Link>
          <Link href={`${threadPath}?replyTo=${post.number}&quote=${post.number}#reply`}>{t("quote")}</Link>
        </footer>
      ) : null}
    </article>
  );
}
