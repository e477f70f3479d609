import { describe, expect, it } from "vitest";
import { MAX_ATTEMPTS, nextAttemptAt } from "./backoff";

const now = new Date("2026-01-01T00:00:00Z");
const minutesLater = (attempts: number) => {
  const next = nextAttemptAt(attempts, now);
  return next === null ? null : (next.getTime() - now.getTime()) / 60_000;
};

describe("nextAttemptAt", () => {
  it("waits 1 min, 5 min, 30 min, 2 h and 12 h after the 1st to 5th failure", () => {
    expect([1, 2, 3, 4, 5].map(minutesLater)).toEqual([1, 5, 30, 120, 720]);
  });

  it("gives up after the 6th attempt", () => {
    expect(MAX_ATTEMPTS).toBe(6);
    expect(nextAttemptAt(6, now)).toBeNull();
    expect(nextAttemptAt(7, now)).toBeNull();
  });

  it("refuses a count that is not a positive whole number", () => {
    expect(() => nextAttemptAt(0, now)).toThrow(RangeError);
    expect(() => nextAttemptAt(1.5, now)).toThrow(RangeError);
  });
});
