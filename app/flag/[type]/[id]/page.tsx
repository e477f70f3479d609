import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { FlagForm } from "@/components/moderation/flag-form";
import { withClientMessages } from "@/components/shell/client-messages";
import { PageContainer } from "@/components/shell/page-container";
import { Link } from "@/components/ui/link";
import { FLAG_REASONS } from "@/lib/board/schema";
import { flagItemAction } from "@/lib/moderation/actions";
import { loadItemToFlag } from "@/lib/moderation/loaders";

/** The addresses name what is flagged in words: /flag/thread/12, /flag/profile/<handle>, /flag/organization/<slug>. */
const TYPES = { thread: "BoardThread", profile: "User", organization: "Organization" } as const;

export async function generateMetadata({ params }: PageProps<"/flag/[type]/[id]">): Promise<Metadata> {
  const { type } = await params;
  const t = await getTranslations("ModerationFlagForm");
  return { title: t(`title.${type in TYPES ? (type as keyof typeof TYPES) : "thread"}`) };
}

export default withClientMessages(["FormStatus", "ModerationFlagForm", "ui.button", "ui.formField"], async function FlagItemPage({ params }: PageProps<"/flag/[type]/[id]">) {
  const { type, id } = await params;
  if (!(type in TYPES) || !/^[A-Za-z0-9_-]{1,80}$/.test(id)) notFound();
  const kind = type as keyof typeof TYPES;
  const [{ path }, t] = await Promise.all([loadItemToFlag(TYPES[kind], id), getTranslations("ModerationFlagForm")]);
  return (
    <PageContainer className="flex max-w-2xl flex-col gap-6 py-8 lg:py-10">
      <Link href={path} variant="subtle" className="text-sm">{t("back")}</Link>
      <div className="flex flex-col gap-2">
        <h1 className="text-3xl font-semibold tracking-tight text-ink">{t(`title.${kind}`)}</h1>
        <p className="text-muted">{t("intro")}</p>
      </div>
      <FlagForm action={flagItemAction} target={{ targetType: TYPES[kind], targetId: id }} reasons={FLAG_REASONS} />
    </PageContainer>
  );
});
