import { getTranslations } from "next-intl/server";
import { Link } from "@/components/ui/link";
import { rulePath } from "@/lib/bangkok-rules/reference-data";

/**
 * A Bangkok Rule tag, wherever content shows one: a link to the rule's page (/rules/23), labelled "Rule 23" (or
 * "#23" where space is short) with the rule's short title as its tooltip. `chip` is the bordered tag of lists.
 */
export async function RuleTag({ number, style = "chip", label = "rule", className }: { number: number; style?: "chip" | "inline"; label?: "rule" | "hash"; className?: string }) {
  const [rules, titles] = await Promise.all([getTranslations("BangkokRules"), getTranslations("RuleTitles")]);
  return (
    <Link
      href={rulePath(number)}
      title={titles(String(number) as never)}
      className={[style === "chip" ? "inline-flex min-h-6 items-center rounded border border-line px-1.5 text-xs" : "", className ?? ""].join(" ").trim() || undefined}
    >
      {label === "hash" ? `#${number}` : rules("rule", { number })}
    </Link>
  );
}
