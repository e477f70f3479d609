import { describe, expect, it, vi } from "vitest";
import { UNKNOWN_ADDRESS } from "./client-address";
import {
  applicationPerAddress,
  LONGEST_WINDOW_SECONDS,
  magicLinkPerAddress,
  passwordResetPerAddress,
  RATE_LIMITS,
  rateLimitKey,
  signInFailuresPerAccount,
  signInFailuresPerAccountAndAddress,
  signInFailuresPerAddress,
} from "./limits";

describe("rateLimitKey", () => {
  it("hashes the parts, so no email or address is stored in clear", () => {
    const key = rateLimitKey("sign-in:account", "Ana.Silva@Example.org");
    expect(key).toMatch(/^sign-in:account:[0-9a-f]{64}$/);
    expect(key.toLowerCase()).not.toContain("ana");
    expect(key).not.toContain("example");
  });

  it("is the same for the same address however it is typed, and differs between buckets and people", () => {
    expect(rateLimitKey("sign-in:account", " ana@example.org ")).toBe(rateLimitKey("sign-in:account", "ANA@example.org"));
    expect(rateLimitKey("sign-in:account", "ana@example.org")).not.toBe(rateLimitKey("magic-link:account", "ana@example.org"));
    expect(rateLimitKey("sign-in:account", "ana@example.org")).not.toBe(rateLimitKey("sign-in:account", "bea@example.org"));
    // Parts are separated, so ("ab", "c") and ("a", "bc") never share a counter.
    expect(rateLimitKey("x", "ab", "c")).not.toBe(rateLimitKey("x", "a", "bc"));
  });

  it("refuses a malformed bucket or no parts", () => {
    expect(() => rateLimitKey("Sign In", "a")).toThrow();
    expect(() => rateLimitKey("sign-in")).toThrow();
  });
});

describe("named limits", () => {
  it("have the agreed sizes and windows", () => {
    const table = Object.fromEntries(Object.entries(RATE_LIMITS).map(([name, limit]) => [name, [limit.limit, limit.windowSeconds]]));
    expect(table).toEqual({
      signInFailuresPerAccountAndAddress: [5, 900],
      signInFailuresPerAddress: [30, 900],
      signInFailuresPerAccount: [50, 3600],
      magicLinkPerAccount: [3, 900],
      magicLinkPerAddress: [10, 900],
      passwordResetPerAccount: [3, 3600],
      passwordResetPerAddress: [10, 3600],
      resourceUploadsPerMember: [60, 86400],
      resourcesPerMember: [30, 86400],
      applicationPerAddress: [5, 3600],
      applicationPerEmail: [3, 86400],
      accountPasswordChecks: [10, 900],
      accountCodeChecks: [10, 900],
      accountEmailChanges: [5, 3600],
      imageUploadsPerMember: [20, 3600],
      itemFlagsPerMember: [20, 3600],
      boardPostsPerMember: [20, 600],
      boardPostsPerNewMember: [6, 600],
      boardThreadsPerMember: [10, 3600],
      boardThreadsPerNewMember: [3, 3600],
      collaborationRequestsPerMember: [10, 86400],
      collaborationRequestsPerNewMember: [2, 86400],
      collaborationResponsesPerMember: [20, 3600],
      collaborationResponsesPerNewMember: [5, 3600],
      collaborationInvitationsPerMember: [30, 86400],
      messagesPerMember: [30, 600],
      messagesPerNewMember: [10, 600],
      strangersPerMember: [20, 86400],
      strangersPerNewMember: [5, 86400],
    });
    expect(LONGEST_WINDOW_SECONDS).toBe(86400);
  });

  it("each count in a bucket of their own", () => {
    const buckets = Object.values(RATE_LIMITS).map((limit) => limit.bucket);
    expect(new Set(buckets).size).toBe(buckets.length);
  });

  it("build the check to consume", () => {
    expect(signInFailuresPerAccount("ana@example.org")).toEqual({ key: rateLimitKey("sign-in:account", "ana@example.org"), limit: 50, windowSeconds: 3600 });
    expect(signInFailuresPerAddress("192.0.2.1").key).toMatch(/^sign-in:ip:[0-9a-f]{64}$/);
    expect(signInFailuresPerAccountAndAddress("192.0.2.1", "ana@example.org").key).toBe(rateLimitKey("sign-in:account-ip", "192.0.2.1", "ana@example.org"));
  });
});

describe("per-address limits", () => {
  it("do not apply when no trusted proxy named the client address", () => {
    const warn = vi.spyOn(console, "warn").mockImplementation(() => {});
    try {
      for (const rule of [signInFailuresPerAccountAndAddress, signInFailuresPerAddress, magicLinkPerAddress, passwordResetPerAddress, applicationPerAddress]) {
        expect(rule(UNKNOWN_ADDRESS).limit).toBe(Number.POSITIVE_INFINITY);
        expect(rule("203.0.113.7").limit).toBe(rule.limit);
      }
      expect(warn).toHaveBeenCalledTimes(1);
    } finally {
      warn.mockRestore();
    }
  });
});
