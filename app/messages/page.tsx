import type { Metadata } from "next";
import { getFormatter, getTranslations } from "next-intl/server";
import { ApplicationNotDecided } from "@/components/shell/members-area";
import { PageContainer } from "@/components/shell/page-container";
import { EmptyState } from "@/components/ui/empty-state";
import { ButtonLink, Link } from "@/components/ui/link";
import { userTextProps } from "@/components/ui/user-text";
import { isApplicant } from "@/lib/auth/policy";
import { loadViewer } from "@/lib/auth/viewer";
import { loadInbox } from "@/lib/conversations/loaders";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("Messages");
  return { title: t("metaTitle") };
}

/** The inbox: the member's conversations, latest activity first, with who is in each and what is unread. */
export default async function MessagesPage({ searchParams }: PageProps<"/messages">) {
  if (isApplicant(await loadViewer())) return <ApplicationNotDecided />;
  const [{ conversations, next }, t, format] = await Promise.all([loadInbox(await searchParams), getTranslations("Messages"), getFormatter()]);
  const now = new Date();
  return (
    <PageContainer className="flex max-w-3xl flex-col gap-6 py-8 lg:py-10">
      <div className="flex flex-wrap items-end justify-between gap-3">
        <div className="flex flex-col gap-2">
          <h1 className="text-3xl font-semibold tracking-tight text-ink">{t("title")}</h1>
          <p className="text-muted">{t("intro")}</p>
        </div>
        <ButtonLink href="/messages/new">{t("new")}</ButtonLink>
      </div>
      {conversations.length === 0 ? (
        <EmptyState title={t("empty")} description={t("emptyHint")} />
      ) : (
        <ul aria-label={t("listLabel")} className="flex flex-col divide-y divide-line rounded-lg border border-line bg-surface">
          {conversations.map((conversation) => {
            const names = conversation.others.length ? format.list(conversation.others.map((name) => name || t("formerMember"))) : t("nobodyElse");
            const more = conversation.otherCount - conversation.others.length;
            return (
              <li key={conversation.id} className="flex flex-col gap-1 p-4">
                <span className="flex flex-wrap items-baseline gap-2">
                  {conversation.unread ? <span className="rounded bg-brand-700 px-1.5 text-xs font-medium text-white">{t("unread", { count: conversation.unread })}</span> : null}
                  <Link href={`/messages/${conversation.id}`} {...userTextProps(conversation.unread ? "font-semibold" : undefined)}>
                    {conversation.title ?? names}
                  </Link>
                </span>
                <span className="flex flex-wrap gap-x-2 text-sm text-muted">
                  {conversation.title ? <span {...userTextProps()}>{names}</span> : null}
                  {more > 0 ? <span>{t("more", { count: more })}</span> : null}
                  <span>{t(`kinds.${conversation.kind}`)}</span>
                  <time dateTime={conversation.lastMessageAt.toISOString()}>{format.relativeTime(conversation.lastMessageAt, now)}</time>
                </span>
              </li>
            );
          })}
        </ul>
      )}
      {next ? <Link href={`/messages?after=${next}`}>{t("next")}</Link> : null}
    </PageContainer>
  );
}
