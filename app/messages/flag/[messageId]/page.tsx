import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { FlagForm } from "@/components/moderation/flag-form";
import { withClientMessages } from "@/components/shell/client-messages";
import { PageContainer } from "@/components/shell/page-container";
import { Link } from "@/components/ui/link";
import { FLAG_REASONS } from "@/lib/board/schema";
import { flagMessageAction } from "@/lib/conversations/actions";
import { loadMessageToFlag } from "@/lib/conversations/loaders";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("BoardFlag");
  return { title: t("flagTitle") };
}

/** Flagging a message: the moderators may then read the messages around it (and its participants see that they did). */
export default withClientMessages(["FormStatus", "ModerationFlagForm", "ui.button", "ui.formField"], async function FlagMessagePage({ params }: PageProps<"/messages/flag/[messageId]">) {
  const { messageId } = await params;
  if (!/^[a-z0-9]{1,40}$/.test(messageId)) notFound();
  const [message, t, conversation] = await Promise.all([loadMessageToFlag(messageId), getTranslations("BoardFlag"), getTranslations("Conversation")]);
  return (
    <PageContainer className="flex max-w-2xl flex-col gap-6 py-8 lg:py-10">
      <Link href={`/messages/${message.conversationId}#message-${message.number}`} variant="subtle" className="text-sm">
        {conversation("backToConversation")}
      </Link>
      <div className="flex flex-col gap-2">
        <h1 className="text-3xl font-semibold tracking-tight text-ink">{t("flagTitle")}</h1>
        <p className="text-muted">{conversation("flagIntro")}</p>
      </div>
      <FlagForm action={flagMessageAction} target={{ messageId: message.id }} reasons={FLAG_REASONS} idPrefix={`flag-${message.id}`} />
    </PageContainer>
  );
});
