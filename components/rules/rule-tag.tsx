import { getTranslations } from "next-intl/server";
import NextLink from "next/link";
import { rulePath } from "@/lib/bangkok-rules/reference-data";

// Short class names (app/globals.css) and no tooltip: a list page shows dozens of tags, each sent twice (HTML and payload).
const STYLES = { chip: "rule-tag", inline: "rule-tag-inline" } as const;

/** A Bangkok Rule tag, wherever content shows one: a link to the rule's page (/rules/23), "Rule 23" or "#23". */
export async function RuleTag({ number, style = "chip", label = "rule" }: { number: number; style?: keyof typeof STYLES; label?: "rule" | "hash" }) {
  const rules = await getTranslations("BangkokRules");
  return (
    <NextLink href={rulePath(number)} className={STYLES[style]}>
      {label === "hash" ? `#${number}` : rules("rule", { number })}
    </NextLink>
  );
}
