import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { MessagePage } from "@/components/applications/status-page";
import { Button } from "@/components/ui/button";
import { confirmUnsubscribeAction } from "@/lib/notifications/actions";
import { loadUnsubscribeLink } from "@/lib/notifications/loaders";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("Unsubscribe");
  return { title: t("metaTitle"), robots: { index: false, follow: false }, referrer: "no-referrer" };
}

/** Where a notification email's unsubscribe link lands, signed out: what will change, and one button. */
export default async function UnsubscribePage({ params }: PageProps<"/unsubscribe/[token]/confirm">) {
  const { token } = await params;
  const [link, t] = await Promise.all([loadUnsubscribeLink(token), getTranslations("Unsubscribe")]);
  if (!("scope" in link)) {
    return (
      <MessagePage title={t(`${link.state}Title`)} variant="warning">
        {t(`${link.state}Body`)}
      </MessagePage>
    );
  }
  const what = link.scope.kind === "topic" ? t(`topic.${link.scope.topic}`) : t(`digest.${link.scope.frequency}`);
  if (link.state === "done") {
    return (
      <MessagePage title={t("doneTitle")} variant="success">
        {t("doneBody", { what })}
      </MessagePage>
    );
  }
  return (
    <MessagePage
      title={t("title")}
      actions={
        <form action={confirmUnsubscribeAction.bind(null, token)}>
          <Button type="submit">{t("confirm")}</Button>
        </form>
      }
    >
      {t("pendingBody", { what })}
    </MessagePage>
  );
}
