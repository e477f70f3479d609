import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { NewConversationForm } from "@/components/conversations/message-composer";
import { withClientMessages } from "@/components/shell/client-messages";
import { ApplicationNotDecided } from "@/components/shell/members-area";
import { PageContainer } from "@/components/shell/page-container";
import { Alert } from "@/components/ui/alert";
import { Link } from "@/components/ui/link";
import { isApplicant } from "@/lib/auth/policy";
import { loadViewer } from "@/lib/auth/viewer";
import { loadNewConversationForm } from "@/lib/conversations/loaders";
import { CONVERSATION_LIMITS } from "@/lib/conversations/schema";
import { ATTACHMENT_LIMIT } from "@/lib/resources/schema";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("Messages");
  return { title: t("newTitle") };
}

/** A new conversation; "?to=<handle>" (from a profile's "Send a message") fills in the recipient. */
export default withClientMessages(["BoardComposer", "FormStatus", "MessageComposer", "ResourceAttach", "ui.button", "ui.formField"], async function NewMessagePage({ searchParams }: PageProps<"/messages/new">) {
  if (isApplicant(await loadViewer())) return <ApplicationNotDecided />;
  const [form, t] = await Promise.all([loadNewConversationForm(await searchParams), getTranslations("Messages")]);
  return (
    <PageContainer className="flex max-w-3xl flex-col gap-6 py-8 lg:py-10">
      <Link href="/messages" variant="subtle" className="text-sm">{t("backToInbox")}</Link>
      <div className="flex flex-col gap-2">
        <h1 className="text-3xl font-semibold tracking-tight text-ink">{t("newTitle")}</h1>
        <p className="text-muted">{t("newIntro")}</p>
      </div>
      {form.to && !form.to.canWrite ? <Alert variant="info" announce={false}>{t("doesNotAcceptMessages", { name: form.to.displayName ?? form.to.handle })}</Alert> : null}
      <NewConversationForm
        to={form.to?.canWrite ? form.to.handle : ""}
        limits={{ message: CONVERSATION_LIMITS.message, title: CONVERSATION_LIMITS.title, recipients: CONVERSATION_LIMITS.groupParticipants - 1, attachments: ATTACHMENT_LIMIT }}
      />
    </PageContainer>
  );
});
