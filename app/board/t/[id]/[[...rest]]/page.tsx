import type { Metadata } from "next";
import { notFound, redirect } from "next/navigation";
import { getLocale, getTranslations } from "next-intl/server";
import { RuleTag } from "@/components/rules/rule-tag";
import { localized } from "@/components/board/category-name";
import { ThreadModerationTools } from "@/components/board/thread-moderation-tools";
import { ModerationButtons } from "@/components/moderation/moderation-buttons";
import { PostArticle } from "@/components/board/post-article";
import { ReplyComposer } from "@/components/board/reply-composer";
import { WatchForm } from "@/components/board/watch-form";
import { withClientMessages } from "@/components/shell/client-messages";
import { ApplicationNotDecided } from "@/components/shell/members-area";
import { PageContainer } from "@/components/shell/page-container";
import { Link } from "@/components/ui/link";
import { userTextProps } from "@/components/ui/user-text";
import { isApplicant } from "@/lib/auth/policy";
import { loadViewer } from "@/lib/auth/viewer";
import { loadThreadPage } from "@/lib/board/loaders";
import { BOARD_LIMITS } from "@/lib/board/schema";
import { moderatePostAction } from "@/lib/moderation/actions";
import { loadVisit } from "@/lib/notifications/loaders";
import { ATTACHMENT_LIMIT } from "@/lib/resources/schema";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("Board");
  return { title: t("metaTitle") };
}

const positiveInt = (value: unknown) => (typeof value === "string" && /^[1-9]\d{0,8}$/.test(value) ? Number(value) : undefined);

/**
 * A thread: /board/t/<id>/<slug> (at the first unread post), ?page=<n>, and /board/t/<id>/<slug>/<number>,
 * a post's permalink. Any other slug sends to the current one, so old links keep working after a rename.
 */
export default withClientMessages(["BoardComposer", "FormStatus", "ResourceAttach", "ui.button", "ui.formField"], async function ThreadPage({ params, searchParams }: PageProps<"/board/t/[id]/[[...rest]]">) {
  if (isApplicant(await loadViewer())) return <ApplicationNotDecided />;
  const [{ id: rawId, rest = [] }, query] = await Promise.all([params, searchParams]);
  const id = positiveInt(rawId);
  if (!id || rest.length > 2) notFound();
  const postNumber = rest[1] === undefined ? undefined : positiveInt(rest[1]);
  if (rest[1] !== undefined && !postNumber) notFound();
  const replyTo = positiveInt(query.replyTo);
  const view = await loadThreadPage(id, { page: positiveInt(query.page), post: postNumber, quote: positiveInt(query.quote), who: positiveInt(query.who) }, await loadVisit());
  const { thread } = view;
  const threadPath = `/board/t/${thread.id}/${thread.slug}`;
  if (rest[0] !== thread.slug) redirect(postNumber ? `${threadPath}/${postNumber}#post-${postNumber}` : threadPath);
  const [t, flag, locale] = await Promise.all([getTranslations("BoardThread"), getTranslations("ModerationFlagForm"), getLocale()]);
  const pageHref = (page: number) => (page === 1 ? `${threadPath}?page=1` : `${threadPath}?page=${page}`);
  return (
    <PageContainer className="flex max-w-3xl flex-col gap-6 py-8 lg:py-10">
      <div className="flex flex-col gap-2">
        <Link href={`/board/c/${thread.categorySlug}`} variant="subtle" className="text-sm">
          {t("category", { name: localized(thread.categoryNames, locale) })}
        </Link>
        <h1 {...userTextProps("text-3xl font-semibold tracking-tight text-ink")} lang={thread.language}>
          {thread.title}
        </h1>
        {thread.rules.length || thread.countries.length ? (
          <ul aria-label={t("tags")} className="flex flex-wrap gap-2 text-xs">
            {thread.rules.map((rule) => (
              <li key={`r${rule}`}>
                <RuleTag number={rule} />
              </li>
            ))}
            {thread.countries.map((code) => (
              <li key={`c${code}`} className="rounded border border-line px-1.5">{code}</li>
            ))}
          </ul>
        ) : null}
        {thread.lockedAt ? <p className="text-sm text-muted">{t("lockedNotice")}</p> : null}
      </div>
      {view.canModerate ? (
        <ThreadModerationTools
          threadId={thread.id}
          locked={Boolean(thread.lockedAt)}
          pinned={Boolean(thread.pinnedAt)}
          current={thread.categorySlug}
          categories={view.categories.map((category) => ({ slug: category.slug, name: localized(category.names, locale) }))}
        />
      ) : null}
      <section aria-label={t("postsLabel")} className="rounded-lg border border-line bg-surface px-4 sm:px-6">
        {view.posts.map((post) => (
          <PostArticle key={post.id} post={post} threadPath={threadPath} firstUnread={view.firstUnread} whoReacted={view.whoReacted} canSeeHistory={view.canModerate} moderation={view.canModerate && !post.deletedAt ? <ModerationButtons action={moderatePostAction} field="postId" id={post.id} hidden={Boolean(post.hiddenAt)} dismissible={false} /> : null} />
        ))}
      </section>
      {view.lastPage > 1 ? (
        <nav aria-label={t("pages")} className="flex flex-wrap items-center gap-4">
          {view.page > 1 ? <Link href={pageHref(view.page - 1)}>{t("previous")}</Link> : null}
          <span className="text-sm text-muted">{t("page", { page: view.page, count: view.lastPage })}</span>
          {view.page < view.lastPage ? <Link href={pageHref(view.page + 1)}>{t("nextPage")}</Link> : null}
        </nav>
      ) : null}
      <WatchForm target={{ threadId: thread.id }} current={thread.watchLevel ?? "DEFAULT"} />
      {view.canFlagThread ? <Link href={`/flag/thread/${thread.id}`} variant="subtle" className="self-start text-sm">{flag("flagLink")}</Link> : null}
      <div id="reply" className="scroll-mt-20">
        {view.canReply ? (
          <ReplyComposer threadId={thread.id} threadPath={threadPath} replyTo={replyTo ?? null} initialBody={view.quote} maxLength={BOARD_LIMITS.post} attachLimit={ATTACHMENT_LIMIT} />
        ) : (
          <p className="text-muted">{t("signInToReply")}</p>
        )}
      </div>
    </PageContainer>
  );
});
