import type { Metadata } from "next";
import { getFormatter, getTranslations } from "next-intl/server";
import { ApplicationNotDecided } from "@/components/shell/members-area";
import { PageContainer } from "@/components/shell/page-container";
import { Button } from "@/components/ui/button";
import { EmptyState } from "@/components/ui/empty-state";
import { Link, linkClasses } from "@/components/ui/link";
import { isApplicant } from "@/lib/auth/policy";
import { loadViewer } from "@/lib/auth/viewer";
import { markAllReadAction } from "@/lib/notifications/actions";
import { loadNotifications } from "@/lib/notifications/loaders";

/** What a flag notification names (never the flagged text: the moderation queue is where that is read). */
const FLAG_TARGETS = {
  BoardPost: "flagTargetBoardPost",
  BoardThread: "flagTargetBoardThread",
  ConversationMessage: "flagTargetConversationMessage",
  CollaborationRequest: "flagTargetCollaborationRequest",
  User: "flagTargetUser",
  Organization: "flagTargetOrganization",
} as const;

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("Notifications");
  return { title: t("metaTitle") };
}

export default async function NotificationsPage({ searchParams }: PageProps<"/notifications">) {
  if (isApplicant(await loadViewer())) return <ApplicationNotDecided />;
  const { after } = await searchParams;
  const [{ notifications, next }, t, format] = await Promise.all([loadNotifications(typeof after === "string" ? after : undefined), getTranslations("Notifications"), getFormatter()]);
  const now = new Date();
  return (
    <PageContainer className="flex max-w-3xl flex-col gap-6 py-8 lg:py-10">
      <div className="flex flex-wrap items-end justify-between gap-3">
        <h1 className="text-3xl font-semibold tracking-tight text-ink">{t("title")}</h1>
        <div className="flex flex-wrap items-center gap-3">
          <Link href="/account/notifications">{t("settingsLink")}</Link>
          {notifications.some((notification) => !notification.readAt) ? (
            <form action={markAllReadAction}>
              <Button type="submit" variant="secondary" size="sm">{t("markAllRead")}</Button>
            </form>
          ) : null}
        </div>
      </div>
      {notifications.length === 0 ? (
        <EmptyState title={t("empty")} />
      ) : (
        <ul aria-label={t("listLabel")} className="flex flex-col divide-y divide-line rounded-lg border border-line bg-surface">
          {notifications.map((notification) => {
            const { title = "", count = 1, targetType, message = "", outcome } = notification.payload;
            const target = t(FLAG_TARGETS[targetType as keyof typeof FLAG_TARGETS] ?? "flagTargetBoardPost");
            // A flag's outcome says only whether something was done; a warning's message is the moderator's, for its author.
            const key = notification.type === "FLAG_OUTCOME" ? (outcome === "ACTION_TAKEN" ? "FLAG_OUTCOME_ACTION_TAKEN" : "FLAG_OUTCOME_NO_ACTION") : notification.type;
            const text = t(key, { actor: notification.actorName ?? t("someone"), title, count, target, message });
            return (
              <li key={notification.id} className="flex flex-col gap-1 p-4">
                <span className="flex flex-wrap items-baseline gap-2">
                  {!notification.readAt ? <span className="rounded bg-brand-700 px-1.5 text-xs font-medium text-white">{t("new")}</span> : null}
                  {/* A document link, not a client navigation: opening it is a read (never prefetched) and its answer an HTTP redirect. */}
                  <a href={notification.href} className={linkClasses()} dir="auto">{text}</a>
                </span>
                <time dateTime={notification.createdAt.toISOString()} className="text-sm text-muted">{format.relativeTime(notification.createdAt, now)}</time>
              </li>
            );
          })}
        </ul>
      )}
      {next ? <Link href={`/notifications?after=${next}`}>{t("next")}</Link> : null}
    </PageContainer>
  );
}
