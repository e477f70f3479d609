// What the rules hub reads from addresses: a rule's number (only 1 to 70, written plainly: "07", "7.0" or
// "+7" are not rule addresses and answer 404) and a thread list's cursor (anything unusable is ignored).
import { z } from "zod";
import { BANGKOK_RULE_COUNT } from "./reference-data";

export const ruleNumberParamSchema = z
  .string()
  .regex(/^[1-9]\d?$/)
  .transform(Number)
  .pipe(z.number().int().min(1).max(BANGKOK_RULE_COUNT));

/** The rule of `/rules/[number]`, or null (the page answers 404). */
export function parseRuleNumber(value: string): number | null {
  const parsed = ruleNumberParamSchema.safeParse(value);
  return parsed.success ? parsed.data : null;
}

export const ruleThreadsSchema = z.object({
  after: z.string().regex(/^[A-Za-z0-9_-]{1,80}$/).optional().catch(undefined),
});
