import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { localized } from "@/components/board/category-name";
import { ThreadComposer } from "@/components/board/thread-composer";
import { withClientMessages } from "@/components/shell/client-messages";
import { PageContainer } from "@/components/shell/page-container";
import { Link } from "@/components/ui/link";
import { buildRuleGroups } from "@/lib/bangkok-rules/reference-data";
import { loadNewThreadForm } from "@/lib/board/loaders";
import { BOARD_LIMITS } from "@/lib/board/schema";
import { ATTACHMENT_LIMIT } from "@/lib/resources/schema";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("BoardComposer");
  return { title: t("newThread") };
}

const RULE_GROUPS = buildRuleGroups();

export default withClientMessages(["BangkokRules", "BoardComposer", "FormStatus", "ResourceAttach", "ui.button", "ui.formField"], async function NewThreadPage({ searchParams }: PageProps<"/board/new">) {
  const [{ categories, countries, languages, language, locale }, t, board, params] = await Promise.all([loadNewThreadForm(), getTranslations("BoardComposer"), getTranslations("Board"), searchParams]);
  const chosen = typeof params.category === "string" && categories.some((category) => category.slug === params.category) ? params.category : undefined;
  return (
    <PageContainer className="flex max-w-3xl flex-col gap-6 py-8 lg:py-10">
      <Link href={chosen ? `/board/c/${chosen}` : "/board"} variant="subtle" className="text-sm">
        {board("title")}
      </Link>
      <div className="flex flex-col gap-2">
        <h1 className="text-3xl font-semibold tracking-tight text-ink">{t("newThread")}</h1>
        <p className="text-muted">{t("newThreadIntro")}</p>
      </div>
      <ThreadComposer
        categories={categories.map((category) => ({ value: category.slug, label: localized(category.names, locale) }))}
        languages={languages.map((option) => ({ value: option.code, label: option.name }))}
        countries={countries.map((country) => ({ value: country.code, label: country.name }))}
        ruleGroups={RULE_GROUPS}
        defaults={{ category: chosen, language: language ?? locale }}
        limits={{ ...BOARD_LIMITS, attachments: ATTACHMENT_LIMIT }}
      />
    </PageContainer>
  );
});
