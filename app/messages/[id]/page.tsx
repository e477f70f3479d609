import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getFormatter, getTranslations } from "next-intl/server";
import { MessageComposer } from "@/components/conversations/message-composer";
import { MessageItem } from "@/components/conversations/message-item";
import { ModerationButtons } from "@/components/moderation/moderation-buttons";
import { ParticipantsPanel } from "@/components/conversations/participants-panel";
import { withClientMessages } from "@/components/shell/client-messages";
import { ApplicationNotDecided } from "@/components/shell/members-area";
import { PageContainer } from "@/components/shell/page-container";
import { Alert } from "@/components/ui/alert";
import { Link } from "@/components/ui/link";
import { userTextProps } from "@/components/ui/user-text";
import { isApplicant } from "@/lib/auth/policy";
import { loadViewer } from "@/lib/auth/viewer";
import { loadConversation } from "@/lib/conversations/loaders";
import { CONVERSATION_LIMITS } from "@/lib/conversations/schema";
import { moderateMessageAction } from "@/lib/moderation/actions";
import { loadVisit } from "@/lib/notifications/loaders";
import { ATTACHMENT_LIMIT } from "@/lib/resources/schema";

export async function generateMetadata(): Promise<Metadata> {
  // Who one writes to stays out of the title: titles end up in browser history and shared screenshots.
  const t = await getTranslations("Conversation");
  return { title: t("metaTitle") };
}

/**
 * A conversation: its messages 30 a page by number, opening at the viewer's first unread one, the participants,
 * and the reply box. Staff outside it see only its flagged part (that read is recorded and shown to its members).
 */
export default withClientMessages(["BoardComposer", "FormStatus", "MessageComposer", "ResourceAttach", "ui.button", "ui.formField"], async function ConversationPage({ params, searchParams }: PageProps<"/messages/[id]">) {
  const viewer = await loadViewer();
  if (isApplicant(viewer)) return <ApplicationNotDecided />;
  const { id } = await params;
  if (!/^[a-z0-9]{1,40}$/.test(id)) notFound();
  const [view, t, format] = await Promise.all([loadConversation(id, await searchParams, await loadVisit()), getTranslations("Conversation"), getFormatter()]);
  const names = view.otherNames.length ? format.list(view.otherNames.map((name) => name || t("formerMember"))) : t("nobodyElse");
  const pageHref = (page: number) => `/messages/${view.id}?page=${page}`;
  const viewerId = viewer.kind === "signed-in" ? viewer.id : "";
  return (
    <PageContainer className="flex max-w-5xl flex-col gap-6 py-8 lg:py-10">
      <Link href={view.mode === "participant" ? "/messages" : "/admin/moderation"} variant="subtle" className="text-sm">
        {view.mode === "participant" ? t("backToInbox") : t("backToQueue")}
      </Link>
      <div className="flex flex-col gap-1">
        <h1 {...userTextProps("text-3xl font-semibold tracking-tight text-ink")}>{view.title ?? names}</h1>
        <p className="text-sm text-muted">{t(`kinds.${view.kind}`)}</p>
        {view.kind === "WORKSPACE" && view.subjectType === "CollaborationRequest" && view.subjectId ? (
          <Link href={`/collaborations/${view.subjectId}`} className="self-start text-sm">{t("aboutRequest")}</Link>
        ) : null}
      </div>
      {view.mode === "flagged-context" ? <Alert variant="warning" announce={false}>{t("flaggedContextNotice")}</Alert> : null}
      {view.mode === "participant" && view.staffReads.length ? (
        <Alert variant="info" announce={false} title={t("staffReadsTitle")}>
          <ul className="flex flex-col gap-1">
            {view.staffReads.map((read, index) => (
              <li key={index}>
                {t("staffRead", { when: format.dateTime(new Date(read.at), { dateStyle: "medium", timeStyle: "short" }), who: read.actorName ?? t(read.role === "ADMIN" ? "anAdmin" : "aModerator") })}
              </li>
            ))}
          </ul>
        </Alert>
      ) : null}
      <div className="flex flex-col gap-6 lg:flex-row-reverse lg:items-start">
        <div className="lg:w-72 lg:shrink-0">
          <ParticipantsPanel view={view} viewerId={viewerId} />
        </div>
        <div className="flex min-w-0 flex-1 flex-col gap-6">
          {view.lastPage > 1 ? <PageLinks page={view.page} lastPage={view.lastPage} href={pageHref} labels={{ nav: t("pages"), previous: t("earlier"), next: t("later"), page: t("page", { page: view.page, count: view.lastPage }) }} /> : null}
          <section aria-label={t("messagesLabel")} className="rounded-lg border border-line bg-surface px-4 sm:px-6">
            {view.messages.length === 0 ? <p className="py-4 text-muted">{t("empty")}</p> : null}
            <ol className="flex flex-col">
              {view.messages.map((message) => (
                <MessageItem
                  key={message.id}
                  message={message}
                  names={view.names}
                  firstUnread={view.firstUnread}
                  moderation={view.mode === "flagged-context" && message.flagged && !message.deletedAt ? <ModerationButtons action={moderateMessageAction} field="messageId" id={message.id} hidden={Boolean(message.hiddenAt)} dismissible /> : null}
                />
              ))}
            </ol>
          </section>
          {view.lastPage > 1 ? <PageLinks page={view.page} lastPage={view.lastPage} href={pageHref} labels={{ nav: t("pagesBelow"), previous: t("earlier"), next: t("later"), page: t("page", { page: view.page, count: view.lastPage }) }} /> : null}
          {view.mode === "participant" ? <MessageComposer conversationId={view.id} maxLength={CONVERSATION_LIMITS.message} attachLimit={ATTACHMENT_LIMIT} /> : null}
        </div>
      </div>
    </PageContainer>
  );
});

function PageLinks({ page, lastPage, href, labels }: { page: number; lastPage: number; href: (page: number) => string; labels: { nav: string; previous: string; next: string; page: string } }) {
  return (
    <nav aria-label={labels.nav} className="flex flex-wrap items-center gap-4">
      {page > 1 ? <Link href={href(page - 1)}>{labels.previous}</Link> : null}
      <span className="text-sm text-muted">{labels.page}</span>
      {page < lastPage ? <Link href={href(page + 1)}>{labels.next}</Link> : null}
    </nav>
  );
}
