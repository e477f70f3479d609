import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getFormatter, getTranslations } from "next-intl/server";
import { PageContainer } from "@/components/shell/page-container";
import { Link } from "@/components/ui/link";
import { userTextProps } from "@/components/ui/user-text";
import { loadPostHistory } from "@/lib/board/loaders";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("BoardThread");
  return { title: t("history") };
}

/** A post's earlier versions, for moderators: the Markdown as written, never rendered (what was hidden stays inert). */
export default async function PostHistoryPage({ params }: PageProps<"/board/p/[postId]/history">) {
  const { postId } = await params;
  if (!/^[a-z0-9]{1,40}$/.test(postId)) notFound();
  const [post, t, format] = await Promise.all([loadPostHistory(postId), getTranslations("BoardThread"), getFormatter()]);
  const versions = [...post.revisions].reverse();
  return (
    <PageContainer className="flex max-w-3xl flex-col gap-6 py-8 lg:py-10">
      <Link href={post.permalink} variant="subtle" className="text-sm">{t("backToPost")}</Link>
      <div className="flex flex-col gap-2">
        <h1 className="text-3xl font-semibold tracking-tight text-ink">{t("historyTitle", { number: post.number })}</h1>
        <p {...userTextProps("text-muted")}>{post.threadTitle}</p>
      </div>
      <section aria-labelledby="history-now" className="flex flex-col gap-2">
        <h2 id="history-now" className="text-lg font-semibold text-ink">{t("currentVersion")}</h2>
        <pre {...userTextProps("whitespace-pre-wrap rounded border border-line bg-surface p-3 text-sm")}>{post.current}</pre>
      </section>
      {versions.map((revision) => (
        <section key={revision.revision} aria-labelledby={`revision-${revision.revision}`} className="flex flex-col gap-2">
          <h2 id={`revision-${revision.revision}`} className="text-lg font-semibold text-ink">
            {t("revision", { revision: revision.revision, when: format.dateTime(revision.createdAt, { dateStyle: "medium", timeStyle: "short" }), name: revision.editedBy.displayName ?? t("formerMember") })}
          </h2>
          <pre {...userTextProps("whitespace-pre-wrap rounded border border-line bg-surface p-3 text-sm")}>{revision.source}</pre>
        </section>
      ))}
    </PageContainer>
  );
}
