import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { EditComposer } from "@/components/board/edit-composer";
import { withClientMessages } from "@/components/shell/client-messages";
import { PageContainer } from "@/components/shell/page-container";
import { Link } from "@/components/ui/link";
import { userTextProps } from "@/components/ui/user-text";
import { loadPostForEdit } from "@/lib/board/loaders";
import { BOARD_LIMITS } from "@/lib/board/schema";
import { ATTACHMENT_LIMIT } from "@/lib/resources/schema";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("BoardThread");
  return { title: t("editTitle") };
}

export default withClientMessages(["BoardComposer", "BoardThread", "FormStatus", "ResourceAttach", "ui.button", "ui.formField"], async function EditPostPage({ params }: PageProps<"/board/p/[postId]/edit">) {
  const { postId } = await params;
  if (!/^[a-z0-9]{1,40}$/.test(postId)) notFound();
  const [post, t] = await Promise.all([loadPostForEdit(postId), getTranslations("BoardThread")]);
  return (
    <PageContainer className="flex max-w-3xl flex-col gap-6 py-8 lg:py-10">
      <Link href={post.permalink} variant="subtle" className="text-sm">
        {t("backToPost")}
      </Link>
      <div className="flex flex-col gap-2">
        <h1 className="text-3xl font-semibold tracking-tight text-ink">{t("editTitle")}</h1>
        <p {...userTextProps("text-muted")}>{post.threadTitle}</p>
        <p className="text-sm text-muted">{t("editIntro")}</p>
      </div>
      <EditComposer postId={post.id} source={post.source} maxLength={BOARD_LIMITS.post} attachments={post.attachments} attachLimit={ATTACHMENT_LIMIT} />
    </PageContainer>
  );
});
