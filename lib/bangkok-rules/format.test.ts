import { describe, expect, it } from "vitest";
import { activityTotal, rankRuleActivity } from "./format";

const row = (ruleNumber: number, threads = 0, requests = 0, members = 0, organizations = 0, resources = 0, findings = 0) => ({ ruleNumber, threads, requests, members, organizations, resources, findings });

describe("rankRuleActivity", () => {
  it("adds up every kind of activity", () => {
    expect(activityTotal(row(1, 1, 2, 3, 4, 5, 6))).toBe(21);
  });

  it("puts the busiest first and the least covered (none first) last, ties by rule number", () => {
    const { most, least } = rankRuleActivity([row(1, 5), row(2, 0, 9), row(3, 1), row(4, 0, 0, 1), row(5, 5)], 6, 3);
    expect(most).toEqual([{ ruleNumber: 2, total: 9 }, { ruleNumber: 1, total: 5 }, { ruleNumber: 5, total: 5 }]);
    expect(least).toEqual([{ ruleNumber: 6, total: 0 }, { ruleNumber: 3, total: 1 }, { ruleNumber: 4, total: 1 }]);
  });

  it("counts a rule without a row as no activity, and lists nothing as busiest before any activity", () => {
    const { most, least } = rankRuleActivity([], 70);
    expect(most).toEqual([]);
    expect(least.map((entry) => entry.ruleNumber)).toEqual([1, 2, 3, 4, 5]);
  });
});
