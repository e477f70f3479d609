import { getTranslations } from "next-intl/server";
import { Link } from "@/components/ui/link";
import { rulePath } from "@/lib/bangkok-rules/reference-data";

/** A short ranked list of rules (most activity, least covered) with each one's total. */
export async function RuleActivityList({ id, title, entries }: { id: string; title: string; entries: Array<{ ruleNumber: number; total: number }> }) {
  const [t, titles] = await Promise.all([getTranslations("RulesHub"), getTranslations("RuleTitles")]);
  return (
    <section aria-labelledby={id} className="flex flex-col gap-2 rounded-lg border border-line bg-surface p-4">
      <h3 id={id} className="font-semibold text-ink">
        {title}
      </h3>
      {entries.length ? (
        <ol className="flex flex-col gap-2">
          {entries.map((entry) => (
            <li key={entry.ruleNumber} className="flex flex-col">
              <Link href={rulePath(entry.ruleNumber)}>
                {t("ruleWithTitle", { number: entry.ruleNumber, title: titles(String(entry.ruleNumber) as never) })}
              </Link>
              <span className="text-sm text-muted">{t("activityTotal", { count: entry.total })}</span>
            </li>
          ))}
        </ol>
      ) : (
        <p className="text-muted">{t("noActivity")}</p>
      )}
    </section>
  );
}
