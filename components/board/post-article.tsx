import { getFormatter, getTranslations } from "next-intl/server";
import type { ReactNode } from "react";
import { MemberAvatar } from "@/components/profiles/member-avatar";
import { AttachedResources } from "@/components/resources/attached-resources";
import { MutedPost } from "@/components/safety/muted-post";
import { MuteForm } from "@/components/safety/mute-form";
import { userTextProps } from "@/components/ui/user-text";
import { Button } from "@/components/ui/button";
import { deletePostAction, reactAction } from "@/lib/board/actions";
import type { ThreadPage } from "@/lib/board/loaders";
import { REACTION_KINDS } from "@/lib/board/schema";

type Post = ThreadPage["posts"][number];

/**
 * One post: who wrote it (as their profile's visibility allows), when, its permalink, and its cooked text —
 * or the placeholder of a deleted or hidden post, which keeps its number. Its links are plain anchors, not
 * next/link: twenty posts with five links each would be a hundred client components, each prefetching.
 */
export type WhoReacted = { number: number; reactors: Array<{ kind: string; name: string }> } | null;

export async function PostArticle({ post, threadPath, firstUnread, moderation, whoReacted, canSeeHistory }: { post: Post; threadPath: string; firstUnread: number | null; moderation?: ReactNode; whoReacted?: WhoReacted; canSeeHistory?: boolean }) {
  const [t, flag, format] = await Promise.all([getTranslations("BoardThread"), getTranslations("BoardFlag"), getFormatter()]);
  const name = post.authorName ?? t("formerMember");
  const permalink = `${threadPath}/${post.number}#post-${post.number}`;
  const placeholder = post.deletedAt ? t("deleted") : post.hiddenAt && !post.cooked ? t("hidden") : null;
  // A muted author's post is collapsed for the viewer who muted them (a <details>, so "show" needs no script).
  const muted = post.authorMuted && !placeholder;
  const content = (
    <>
      <header className="flex items-start gap-3">
        <MemberAvatar name={name} photoId={post.authorPhotoId} />
        <div className="flex min-w-0 flex-1 flex-col">
          <span id={`post-${post.number}-author`} className="font-medium text-ink">
            {post.authorHandle ? (
              <a href={`/members/${post.authorHandle}`} dir="auto" className="post-author">{name}</a>
            ) : (
              <span {...userTextProps()}>{name}</span>
            )}
          </span>
          {post.authorOrganization ? <span {...userTextProps("text-sm text-muted")}>{post.authorOrganization}</span> : null}
          <span className="post-meta">
            <time dateTime={post.createdAt.toISOString()}>{format.dateTime(post.createdAt, { dateStyle: "medium", timeStyle: "short" })}</time>
            {post.editedAt ? (canSeeHistory ? <a href={`/board/p/${post.id}/history`} className="post-action">· {t("edited")}</a> : <span>· {t("edited")}</span>) : null}
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
          <AttachedResources cards={post.attachments} />
        </>
      )}
      {!placeholder ? (
        <footer className="flex flex-col gap-3 text-sm">
          <Reactions post={post} label={t("reactionsLabel")} names={(kind) => t(`reactions.${kind as (typeof REACTION_KINDS)[number]}`)} count={(label, count) => t("reaction", { label, count })} />
          {whoReacted?.number === post.number ? (
            <p {...userTextProps("text-muted")}>
              {REACTION_KINDS.map((kind) => [kind, whoReacted.reactors.filter((row) => row.kind === kind).map((row) => row.name)] as const)
                .filter(([, names]) => names.length > 0)
                .map(([kind, names]) => `${t(`reactions.${kind}`)}: ${names.join(", ")}`)
                .join(" · ")}
            </p>
          ) : Object.values(post.reactionCounts ?? {}).some((count) => count > 0) ? (
            <a href={`${threadPath}/${post.number}?who=${post.number}#post-${post.number}`} className="self-start text-muted underline-offset-2 hover:underline">{t("whoReacted")}</a>
          ) : null}
          <div className="flex flex-wrap items-start gap-4">
            <a href={`${threadPath}?replyTo=${post.number}#reply`} className="post-action">{t("reply")}</a>
            <a href={`${threadPath}?replyTo=${post.number}&quote=${post.number}#reply`} className="post-action">{t("quote")}</a>
            {post.canEdit ? <a href={`/board/p/${post.id}/edit`} className="post-action">{t("edit")}</a> : null}
            {post.canEdit ? (
              <details>
                <summary className="cursor-pointer text-brand-700 underline underline-offset-2">{t("delete")}</summary>
                <form action={deletePostAction} className="mt-2 flex flex-col items-start gap-2">
                  <input type="hidden" name="postId" value={post.id} />
                  <p className="text-muted">{t("deleteHint")}</p>
                  <Button type="submit" variant="danger" size="sm">{t("delete")}</Button>
                </form>
              </details>
            ) : null}
            {post.canFlag ? <a href={`/board/p/${post.id}/flag`} className="post-action">{flag("flag")}</a> : null}
            {post.canMute ? <MuteForm memberId={post.authorId} muted={post.authorMuted} returnTo={`${permalink}`} authorMenu /> : null}
          </div>
        </footer>
      ) : null}
    </>
  );
  return (
    <article id={`post-${post.number}`} aria-labelledby={`post-${post.number}-author`} className="post">
      {post.number === firstUnread ? <p className="text-sm font-medium text-brand-800">{t("firstUnread")}</p> : null}
      {muted ? <MutedPost>{content}</MutedPost> : content}
      {moderation}
    </article>
  );
}


/**
 * The reactions as toggle buttons of one small form (they work without JavaScript); on one's own post, or
 * a post that cannot take them, only the counts there are.
 */
function Reactions({ post, label, names, count }: { post: Post; label: string; names: (kind: string) => string; count: (label: string, count: number) => string }) {
  const counts = post.reactionCounts ?? {};
  if (!post.canReact) {
    const given = REACTION_KINDS.filter((kind) => (counts[kind] ?? 0) > 0);
    return given.length ? <p className="text-muted">{given.map((kind) => count(names(kind), counts[kind]!)).join(" · ")}</p> : null;
  }
  return (
    <form action={reactAction} aria-label={label} className="flex flex-wrap gap-2">
      <input type="hidden" name="postId" value={post.id} />
      {REACTION_KINDS.map((kind) => {
        const pressed = post.viewerReactions.includes(kind);
        return (
          <button
            key={kind}
            type="submit"
            name="kind"
            value={kind}
            aria-pressed={pressed}
            className="reaction"
          >
            {count(names(kind), counts[kind] ?? 0)}
          </button>
        );
      })}
    </form>
  );
}
