import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { ThreadList } from "@/components/board/thread-list";
import { ApplicationNotDecided } from "@/components/shell/members-area";
import { PageContainer } from "@/components/shell/page-container";
import { EmptyState } from "@/components/ui/empty-state";
import { Link } from "@/components/ui/link";
import { isApplicant } from "@/lib/auth/policy";
import { loadViewer } from "@/lib/auth/viewer";
import { loadRuleThreads } from "@/lib/bangkok-rules/loaders";
import { rulePath } from "@/lib/bangkok-rules/reference-data";
import { parseRuleNumber } from "@/lib/bangkok-rules/schema";

type Props = { params: Promise<{ number: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const t = await getTranslations("RulePage");
  return { title: t("threadsPageTitle", { number: parseRuleNumber((await params).number) ?? "" }) };
}

/** Every thread on a rule the viewer may list, a page at a time (the board's list has no rule filter). */
export default async function RuleThreadsPage({ params, searchParams }: Props) {
  if (isApplicant(await loadViewer())) return <ApplicationNotDecided />;
  const [{ number }, query] = await Promise.all([params, searchParams]);
  const [{ ruleNumber, items, next }, t] = await Promise.all([loadRuleThreads(number, query), getTranslations("RulePage")]);
  return (
    <PageContainer className="flex max-w-4xl flex-col gap-6 py-8 lg:py-10">
      <div className="flex flex-col gap-2">
        <Link href={rulePath(ruleNumber)} variant="subtle" className="text-sm">
          {t("backToRule", { number: ruleNumber })}
        </Link>
        <h1 className="text-3xl font-semibold tracking-tight text-ink">{t("threadsPageTitle", { number: ruleNumber })}</h1>
      </div>
      {items.length ? <ThreadList threads={items} label={t("threadsPageTitle", { number: ruleNumber })} /> : <EmptyState title={t("threadsEmpty")} />}
      {next ? (
        <Link href={`${rulePath(ruleNumber)}/threads?after=${next}`} className="self-start">
          {t("olderThreads")}
        </Link>
      ) : null}
    </PageContainer>
  );
}
