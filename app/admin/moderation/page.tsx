import type { Metadata } from "next";
import { getFormatter, getTranslations } from "next-intl/server";
import { ModerationButtons } from "@/components/moderation/moderation-buttons";
import { PageContainer } from "@/components/shell/page-container";
import { PageHeading } from "@/components/ui/page-heading";
import { EmptyState } from "@/components/ui/empty-state";
import { Link } from "@/components/ui/link";
import { userTextProps } from "@/components/ui/user-text";
import { dismissRequestFlagsAction, moderateMessageAction, moderatePostAction } from "@/lib/moderation/actions";
import { loadModerationQueue } from "@/lib/moderation/loaders";
import { loadVisit } from "@/lib/notifications/loaders";
import { Button } from "@/components/ui/button";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("BoardModeration");
  return { title: t("metaTitle") };
}

export default async function ModerationPage({ searchParams }: PageProps<"/admin/moderation">) {
  const [{ after, afterMessage }, visit] = await Promise.all([searchParams, loadVisit()]);
  const [{ posts, next, messages, nextMessages, requests }, t, flags, format, conversation, collaborations] = await Promise.all([
    loadModerationQueue(typeof after === "string" ? after : undefined, typeof afterMessage === "string" ? afterMessage : undefined, visit),
    getTranslations("BoardModeration"),
    getTranslations("BoardFlag"),
    getFormatter(),
    getTranslations("Conversation"),
    getTranslations("CollaborationModeration"),
  ]);
  const now = new Date();
  return (
    <PageContainer className="flex flex-col gap-6 py-8 lg:py-10">
      <PageHeading title={t("title")} intro={t("intro")} />
      {posts.length === 0 ? (
        <EmptyState title={t("empty")} />
      ) : (
        <ul aria-label={t("queue")} className="flex flex-col gap-4">
          {posts.map((post) => (
            <li key={post.postId} className="flex flex-col gap-3 rounded-lg border border-line bg-surface p-4">
              <div className="flex flex-wrap items-baseline gap-x-3 gap-y-1">
                <Link href={`/board/t/${post.threadId}/${post.threadSlug}/${post.number}#post-${post.number}`} {...userTextProps("font-medium")}>
                  {t("inThread", { title: post.threadTitle, number: post.number })}
                </Link>
                {post.hiddenAt ? <span className="rounded bg-red-100 px-1.5 text-xs font-medium text-red-900">{t("hidden")}</span> : null}
                <span className="text-sm text-muted">{t("flaggedSince", { when: format.relativeTime(post.firstFlaggedAt, now) })} · {t("flags", { count: post.flags.length })}</span>
              </div>
              <p {...userTextProps("text-sm text-muted")}>{post.authorName}</p>
              <div className="cooked max-h-48 overflow-auto rounded border border-line bg-canvas p-3" dir="auto" dangerouslySetInnerHTML={{ __html: post.cooked }} />
              <ul className="flex flex-col gap-1 text-sm">
                {post.flags.map((flag, index) => (
                  <li key={index}>
                    <span className="font-medium">{flags(`reasons.${flag.reason as "SPAM"}`)}</span>
                    {flag.note ? <span {...userTextProps("text-muted")}> — {t("noteLabel", { note: flag.note })}</span> : null}
                  </li>
                ))}
              </ul>
              <ModerationButtons action={moderatePostAction} field="postId" id={post.postId} hidden={Boolean(post.hiddenAt)} from="queue" dismissible />
            </li>
          ))}
        </ul>
      )}
      {next ? <Link href={`/admin/moderation?after=${next}`}>{t("next")}</Link> : null}
      <section aria-labelledby="flagged-messages-heading" className="flex flex-col gap-4">
        <h2 id="flagged-messages-heading" className="text-2xl font-semibold text-ink">{conversation("queueTitle")}</h2>
        <p className="text-muted">{conversation("queueIntro")}</p>
        {messages.length === 0 ? (
          <EmptyState title={conversation("queueEmpty")} headingLevel={3} />
        ) : (
          <ul aria-label={conversation("queueTitle")} className="flex flex-col gap-4">
            {messages.map((message) => (
              <li key={message.messageId} className="flex flex-col gap-3 rounded-lg border border-line bg-surface p-4">
                <div className="flex flex-wrap items-baseline gap-x-3 gap-y-1">
                  <Link href={`/messages/${message.conversationId}#message-${message.number}`} className="font-medium">{conversation("readFlaggedContext", { number: message.number })}</Link>
                  {message.hiddenAt ? <span className="rounded bg-red-100 px-1.5 text-xs font-medium text-red-900">{t("hidden")}</span> : null}
                  <span className="text-sm text-muted">{t("flaggedSince", { when: format.relativeTime(message.firstFlaggedAt, now) })} · {t("flags", { count: message.flags.length })}</span>
                </div>
                <ul className="flex flex-col gap-1 text-sm">
                  {message.flags.map((flag, index) => (
                    <li key={index}>
                      <span className="font-medium">{flags(`reasons.${flag.reason as "SPAM"}`)}</span>
                      {flag.note ? <span {...userTextProps("text-muted")}> — {t("noteLabel", { note: flag.note })}</span> : null}
                    </li>
                  ))}
                </ul>
                {!message.deletedAt ? <ModerationButtons action={moderateMessageAction} field="messageId" id={message.messageId} hidden={Boolean(message.hiddenAt)} from="queue" dismissible /> : null}
              </li>
            ))}
          </ul>
        )}
        {nextMessages ? <Link href={`/admin/moderation?afterMessage=${nextMessages}`}>{t("next")}</Link> : null}
      </section>
      {!after ? (
        <section aria-labelledby="flagged-requests" className="flex flex-col gap-3">
          <h2 id="flagged-requests" className="text-xl font-semibold text-ink">{collaborations("heading")}</h2>
          <p className="text-muted">{collaborations("intro")}</p>
          {requests.length === 0 ? (
            <p className="text-muted">{collaborations("empty")}</p>
          ) : (
            <ul className="flex flex-col gap-4">
              {requests.map((request) => (
                <li key={request.requestId} className="flex flex-col gap-2 rounded-lg border border-line bg-surface p-4">
                  <div className="flex flex-wrap items-baseline gap-x-3 gap-y-1">
                    <Link href={`/collaborations/${request.requestId}`} {...userTextProps("font-medium")}>{request.title}</Link>
                    <span className="text-sm text-muted">{t("flaggedSince", { when: format.relativeTime(request.firstFlaggedAt, now) })} · {collaborations("flags", { count: request.flags.length })}</span>
                  </div>
                  <ul className="flex flex-col gap-1 text-sm">
                    {request.flags.map((flag, index) => (
                      <li key={index}>
                        <span className="font-medium">{flags(`reasons.${flag.reason as "SPAM"}`)}</span>
                        {flag.note ? <span {...userTextProps("text-muted")}> — {t("noteLabel", { note: flag.note })}</span> : null}
                      </li>
                    ))}
                  </ul>
                  <form action={dismissRequestFlagsAction}>
                    <input type="hidden" name="requestId" value={request.requestId} />
                    <Button type="submit" variant="secondary" size="sm">{collaborations("dismiss")}</Button>
                  </form>
                </li>
              ))}
            </ul>
          )}
        </section>
      ) : null}
    </PageContainer>
  );
}
