import { getTranslations } from "next-intl/server";
import NextLink from "next/link";
import { rulePath } from "@/lib/bangkok-rules/reference-data";

// Few classes and no tooltip: a list page shows dozens of tags, and every byte is sent twice (HTML and payload).
const STYLES = {
  chip: "inline-flex min-h-6 items-center rounded border border-line px-1.5 text-xs text-brand-700 underline",
  inline: "text-brand-700 underline underline-offset-2",
} as const;

/** A Bangkok Rule tag, wherever content shows one: a link to the rule's page (/rules/23), "Rule 23" or "#23". */
export async function RuleTag({ number, style = "chip", label = "rule" }: { number: number; style?: keyof typeof STYLES; label?: "rule" | "hash" }) {
  const rules = await getTranslations("BangkokRules");
  return (
    <NextLink href={rulePath(number)} className={STYLES[style]}>
      {label === "hash" ? `#${number}` : rules("rule", { number })}
    </NextLink>
  );
}
