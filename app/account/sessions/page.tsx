import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { SessionList } from "@/components/account/session-list";
import { withClientMessages } from "@/components/shell/client-messages";
import { loadSessionsPage } from "@/lib/account/loaders";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("AccountSessions");
  return { title: t("metaTitle") };
}

export default withClientMessages(["AccountSessions", "FormStatus", "ui.button"], async function SessionsPage() {
  const { sessions } = await loadSessionsPage();
  const t = await getTranslations("AccountSessions");
  return (
    <>
      <div className="flex flex-col gap-2">
        <h1 className="text-3xl font-semibold tracking-tight text-ink">{t("title")}</h1>
        <p className="text-muted">{t("intro")}</p>
      </div>
      <SessionList sessions={sessions} />
    </>
  );
});
