import { describe, expect, it } from "vitest";
import { ageInDays, chartScale, lastMonths, monthKey, monthlySeries } from "./format";
import { dashboardQuerySchema } from "./schema";

describe("the dashboard's months", () => {
  it("are UTC calendar months ending with the current one, across a year's end", () => {
    expect(lastMonths(new Date("2026-02-28T23:59:00Z"), 4).map(monthKey)).toEqual(["2025-11", "2025-12", "2026-01", "2026-02"]);
    // Already March in Chatham (the tests' zone), still February in UTC.
    expect(lastMonths(new Date("2026-02-28T12:00:00Z"), 1)[0]!.toISOString()).toBe("2026-02-01T00:00:00.000Z");
  });

  it("fill missing months and keys with zeros and ignore months outside the window", () => {
    const months = lastMonths(new Date("2026-03-10T00:00:00Z"), 3);
    const rows = [
      { metric: "requests", month: new Date("2026-01-01T00:00:00Z"), key: "OPEN", count: 2 },
      { metric: "requests", month: new Date("2026-03-01T00:00:00Z"), key: "COMPLETED", count: 1 },
      { metric: "requests", month: new Date("2025-06-01T00:00:00Z"), key: "OPEN", count: 9 },
      { metric: "posts", month: new Date("2026-02-01T00:00:00Z"), key: "", count: 5 },
    ];
    expect(monthlySeries(rows, "requests", months, ["OPEN", "COMPLETED"])).toEqual({ OPEN: [2, 0, 0], COMPLETED: [0, 0, 1] });
    expect(monthlySeries(rows, "posts", months, [""])).toEqual({ "": [0, 5, 0] });
  });
});

describe("ages and scales", () => {
  it("counts whole days, never negative", () => {
    const now = new Date("2026-06-15T12:00:00Z");
    expect(ageInDays(new Date("2026-06-06T11:59:00Z"), now)).toBe(9);
    expect(ageInDays(new Date("2026-06-15T11:00:00Z"), now)).toBe(0);
    expect(ageInDays(new Date("2026-06-16T00:00:00Z"), now)).toBe(0);
  });

  it("rounds the top of a chart up to a whole, readable step", () => {
    expect(chartScale(0)).toEqual({ top: 4, ticks: [0, 1, 2, 3, 4] });
    expect(chartScale(3)).toEqual({ top: 3, ticks: [0, 1, 2, 3] });
    expect(chartScale(87)).toEqual({ top: 100, ticks: [0, 50, 100] });
    expect(chartScale(7)).toEqual({ top: 8, ticks: [0, 2, 4, 6, 8] });
    expect(chartScale(41_700).top).toBeGreaterThanOrEqual(41_700);
  });

  it("takes 12 or 24 months from the address, and 12 for anything else", () => {
    expect(dashboardQuerySchema.parse({ months: "24" })).toEqual({ months: 24 });
    expect(dashboardQuerySchema.parse({})).toEqual({ months: 12 });
    expect(dashboardQuerySchema.parse({ months: "1000" })).toEqual({ months: 12 });
  });
});
