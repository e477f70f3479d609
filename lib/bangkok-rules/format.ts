// How /rules ranks the rules by the network's activity on them: pure, so it is unit-tested without a database.
// A rule's activity is the sum of what is tagged with it or works on it (threads, requests, members,
// organizations, resources, monitoring findings published to the network). The least covered are where the network's knowledge has gaps.

export type RuleActivityCounts = { ruleNumber: number; threads: number; requests: number; members: number; organizations: number; resources: number; findings: number };

export function activityTotal(row: Omit<RuleActivityCounts, "ruleNumber">): number {
  return row.threads + row.requests + row.members + row.organizations + row.resources + row.findings;
}

/**
 * The `size` rules with the most activity (none without any) and the `size` with the least (every rule can be
 * among them, those with none first), ties by rule number. A rule missing from `rows` counts as no activity.
 */
export function rankRuleActivity<T extends RuleActivityCounts>(rows: readonly T[], ruleCount: number, size = 5) {
  const byRule = new Map(rows.map((row) => [row.ruleNumber, row]));
  const all = Array.from({ length: ruleCount }, (_, index) => {
    const row = byRule.get(index + 1);
    return { ruleNumber: index + 1, total: row ? activityTotal(row) : 0 };
  });
  const most = [...all].filter((row) => row.total > 0).sort((a, b) => b.total - a.total || a.ruleNumber - b.ruleNumber).slice(0, size);
  const least = [...all].sort((a, b) => a.total - b.total || a.ruleNumber - b.ruleNumber).slice(0, size);
  return { most, least };
}
