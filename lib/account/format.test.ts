import { describe, expect, it } from "vitest";
import { maskEmail } from "./format";

describe("maskEmail", () => {
  it.each([
    ["amara.diallo@example.org", "a•••@example.org"],
    ["a@example.org", "a•••@example.org"],
    ["élodie@exemple.fr", "é•••@exemple.fr"],
    ["not-an-address", "•••"],
    ["@example.org", "•••"],
  ])("masks %s as %s", (email, masked) => {
    expect(maskEmail(email)).toBe(masked);
  });
});
