import { describe, expect, it } from "vitest";
import { reapplyAllowedFrom, reapplyPeriodSchema } from "./schema";

describe("the waiting period after a rejection", () => {
  it("counts calendar months in UTC, ending on the last day of a shorter month", () => {
    expect(reapplyAllowedFrom(new Date("2026-03-15T09:30:00Z"), 6).toISOString()).toBe("2026-09-15T09:30:00.000Z");
    expect(reapplyAllowedFrom(new Date("2026-08-31T12:00:00Z"), 6).toISOString()).toBe("2027-02-28T12:00:00.000Z");
    expect(reapplyAllowedFrom(new Date("2027-08-31T12:00:00Z"), 6).toISOString()).toBe("2028-02-29T12:00:00.000Z");
    expect(reapplyAllowedFrom(new Date("2026-12-01T00:00:00Z"), 0).toISOString()).toBe("2026-12-01T00:00:00.000Z");
    expect(reapplyAllowedFrom(new Date("2026-11-30T00:00:00Z"), 15).toISOString()).toBe("2028-02-29T00:00:00.000Z");
  });

  it("is a whole number of months from 0 to 60, with a message per mistake", () => {
    const problem = (months: string) => reapplyPeriodSchema.safeParse({ months }).error?.issues[0]?.message;
    expect(problem("")).toBe("Errors.fields.required");
    expect(problem("six")).toBe("Errors.fields.invalidFormat");
    expect(problem("2.5")).toBe("Errors.fields.invalidFormat");
    expect(reapplyPeriodSchema.safeParse({ months: "61" }).success).toBe(false);
    expect(reapplyPeriodSchema.parse({ months: " 0 " })).toEqual({ months: 0 });
  });
});
