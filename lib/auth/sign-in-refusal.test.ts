import { describe, expect, it } from "vitest";
import { decodeRefusal, encodeRefusal, SIGN_IN_REFUSALS, SignInRefused } from "./sign-in-refusal";

describe("sign-in refusals through Auth.js", () => {
  it.each(SIGN_IN_REFUSALS)("decodes %s to what was encoded", (refusal) => {
    expect(decodeRefusal(encodeRefusal(new SignInRefused(refusal)))).toEqual({ refusal });
  });

  it("carries the wait and the challenge", () => {
    expect(decodeRefusal(encodeRefusal(new SignInRefused("rate-limited", 840)))).toEqual({ refusal: "rate-limited", retryAfterSeconds: 840 });
    const challenge = "kX3_-9aZ0bQ4rT7uV1wY2xC5dE6fG8hJ0kL2mN4pQ6s";
    expect(decodeRefusal(encodeRefusal(new SignInRefused("two-factor-required", undefined, challenge)))).toEqual({ refusal: "two-factor-required", challenge });
    expect(decodeRefusal(encodeRefusal(new SignInRefused("rate-limited", 0)))).toEqual({ refusal: "rate-limited", retryAfterSeconds: 0 });
  });

  it.each([undefined, "", "credentials", "no-such-refusal:60:", "rate-limited:soon:"])("reads %j as a wrong password at worst", (code) => {
    expect(decodeRefusal(code).refusal).toBe(code === "rate-limited:soon:" ? "rate-limited" : "invalid-credentials");
    expect(decodeRefusal(code).retryAfterSeconds).toBeUndefined();
  });
});
