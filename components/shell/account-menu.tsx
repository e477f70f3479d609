import { getTranslations } from "next-intl/server";
import { Button } from "@/components/ui/button";
import { ButtonLink, Link } from "@/components/ui/link";
import { loadViewer } from "@/lib/auth/viewer";
import { loadUnreadConversationCount } from "@/lib/conversations/loaders";
import { loadUnreadNotificationCount } from "@/lib/notifications/loaders";

/** Sign in, or — once signed in — the account link and a sign-out button (a form: works without JavaScript). */
export async function AccountMenu() {
  const viewer = await loadViewer();
  const t = await getTranslations("Account");
  if (viewer.kind === "anonymous") {
    const shell = await getTranslations("Shell");
    return (
      <ButtonLink href="/sign-in" variant="secondary" size="sm" className="shrink-0">
        {shell("signIn")}
      </ButtonLink>
    );
  }
  return (
    <div className="flex shrink-0 items-center gap-3">
      <MessagesLink />
      <NotificationsBell />
      <Link href="/account" variant="subtle" className="max-w-40 truncate" aria-label={t("signedInAs", { name: viewer.displayName })}>
        {t("account")}
      </Link>
      <form method="post" action="/sign-out">
        <Button type="submit" variant="secondary" size="sm">
          {t("signOut")}
        </Button>
      </form>
    </div>
  );
}

/** The bell: a link to /notifications that says how many are unread (members only; nothing to count otherwise). */
async function NotificationsBell() {
  const [t, unread] = await Promise.all([getTranslations("Notifications"), loadUnreadNotificationCount()]);
  return (
    <Link href="/notifications" variant="subtle" aria-label={unread ? t("bellUnread", { count: unread }) : t("bell")} className="relative inline-flex min-h-11 min-w-11 items-center justify-center">
      <svg aria-hidden="true" viewBox="0 0 24 24" className="size-6" fill="none" stroke="currentColor" strokeWidth="1.8">
        <path d="M6 16V11a6 6 0 1 1 12 0v5l1.5 2h-15Z" strokeLinejoin="round" />
        <path d="M10 20a2 2 0 0 0 4 0" />
      </svg>
      {unread ? <span className="absolute top-1 right-0 min-w-5 rounded-full bg-brand-700 px-1 text-center text-xs leading-5 font-semibold text-white">{unread > 99 ? "99+" : unread}</span> : null}
    </Link>
  );
}

/**
 * Private messages: a link to /messages that says how many conversations have unread messages (one indexed
 * count). From 640 px up only: on a phone the header has no room for it, and the menu's "Messages" and the bell
 * (which counts new messages too) say as much.
 */
async function MessagesLink() {
  const [t, unread] = await Promise.all([getTranslations("Messages"), loadUnreadConversationCount()]);
  return (
    <Link href="/messages" variant="subtle" aria-label={unread ? t("linkUnread", { count: unread }) : t("link")} className="relative hidden min-h-11 min-w-11 items-center justify-center sm:inline-flex">
      <svg aria-hidden="true" viewBox="0 0 24 24" className="size-6" fill="none" stroke="currentColor" strokeWidth="1.8">
        <rect x="3" y="5" width="18" height="14" rx="2" />
        <path d="m4 7 8 6 8-6" strokeLinejoin="round" />
      </svg>
      {unread ? <span className="absolute top-1 right-0 min-w-5 rounded-full bg-brand-700 px-1 text-center text-xs leading-5 font-semibold text-white">{unread > 99 ? "99+" : unread}</span> : null}
    </Link>
  );
}
