import { describe, expect, it } from "vitest";
import { captureRefusal, recordRefusal, SignInRefused } from "./sign-in-refusal";

/** Like Auth.js's authorize() refusing: records why, then throws something that says nothing. */
async function refusingSignIn(refusal: SignInRefused): Promise<never> {
  await Promise.resolve();
  recordRefusal(refusal);
  throw new Error("CredentialsSignin");
}

describe("sign-in refusals through Auth.js", () => {
  it("hands back the refusal itself, with the wait and the challenge", async () => {
    const limited = new SignInRefused("rate-limited", 840);
    expect(await captureRefusal(() => refusingSignIn(limited))).toBe(limited);
    const challenge = "kX3_-9aZ0bQ4rT7uV1wY2xC5dE6fG8hJ0kL2mN4pQ6s";
    expect(await captureRefusal(() => refusingSignIn(new SignInRefused("two-factor-required", undefined, challenge)))).toMatchObject({ refusal: "two-factor-required", challenge });
  });

  it("says nothing was refused when the sign-in went through", async () => {
    expect(await captureRefusal(async () => ({ ok: true }))).toBeNull();
  });

  it("passes on an error when no refusal was recorded", async () => {
    await expect(captureRefusal(async () => Promise.reject(new Error("database down")))).rejects.toThrow("database down");
  });

  it("keeps parallel sign-ins apart, and ignores a refusal recorded outside any sign-in", async () => {
    recordRefusal(new SignInRefused("account-closed"));
    const [first, second] = await Promise.all([
      captureRefusal(() => refusingSignIn(new SignInRefused("invalid-credentials"))),
      captureRefusal(() => refusingSignIn(new SignInRefused("account-suspended"))),
    ]);
    expect([first?.refusal, second?.refusal]).toEqual(["invalid-credentials", "account-suspended"]);
  });
});
