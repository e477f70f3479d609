import "server-only";
import { notFound } from "next/navigation";
import { forPage } from "@/lib/auth/viewer";
import { firstValues } from "@/lib/search-params";
import { parseRuleNumber, ruleThreadsSchema } from "./schema";
import { ruleThreads, rulePage, rulesHub } from "./service";

export type { RulePage, RuleThreadItem } from "./service";

export function loadRulesHub() {
  return forPage("/rules", rulesHub);
}

/** A rule's page; anything but 1 to 70 is not found. */
export function loadRulePage(number: string) {
  const ruleNumber = parseRuleNumber(number);
  if (ruleNumber === null) notFound();
  return forPage(`/rules/${ruleNumber}`, (viewer) => rulePage(viewer, ruleNumber));
}

export function loadRuleThreads(number: string, searchParams: Record<string, string | string[] | undefined>) {
  const ruleNumber = parseRuleNumber(number);
  if (ruleNumber === null) notFound();
  const { after } = ruleThreadsSchema.parse(firstValues(searchParams));
  return forPage(`/rules/${ruleNumber}/threads`, (viewer) => ruleThreads(viewer, ruleNumber, after));
}
