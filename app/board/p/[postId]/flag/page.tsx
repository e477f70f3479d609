import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { FlagForm } from "@/components/moderation/flag-form";
import { withClientMessages } from "@/components/shell/client-messages";
import { PageContainer } from "@/components/shell/page-container";
import { Link } from "@/components/ui/link";
import { userTextProps } from "@/components/ui/user-text";
import { flagAction } from "@/lib/board/actions";
import { loadPostToFlag } from "@/lib/board/loaders";
import { FLAG_REASONS } from "@/lib/board/schema";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("BoardFlag");
  return { title: t("flagTitle") };
}

export default withClientMessages(["FormStatus", "ModerationFlagForm", "ui.button", "ui.formField"], async function FlagPostPage({ params }: PageProps<"/board/p/[postId]/flag">) {
  const { postId } = await params;
  if (!/^[a-z0-9]{1,40}$/.test(postId)) notFound();
  const [post, t, thread] = await Promise.all([loadPostToFlag(postId), getTranslations("BoardFlag"), getTranslations("BoardThread")]);
  return (
    <PageContainer className="flex max-w-2xl flex-col gap-6 py-8 lg:py-10">
      <Link href={post.permalink} variant="subtle" className="text-sm">
        {thread("backToPost")}
      </Link>
      <div className="flex flex-col gap-2">
        <h1 className="text-3xl font-semibold tracking-tight text-ink">{t("flagTitle")}</h1>
        <p {...userTextProps("text-muted")}>{thread("inThread", { title: post.threadTitle, number: post.number })}</p>
      </div>
      <FlagForm action={flagAction} target={{ postId: post.id }} reasons={FLAG_REASONS} idPrefix={`flag-${post.id}`} />
    </PageContainer>
  );
});
