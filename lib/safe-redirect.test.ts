import { describe, expect, it } from "vitest";
import { magicLinkSchema, passwordSignInSchema } from "@/lib/auth/schema";
import { safeReturnPath, setLocaleSchema } from "@/lib/i18n/schema";
import { safeRedirectPath } from "./safe-redirect";

describe("safeRedirectPath", () => {
  it.each([
    ["/", "/"],
    ["/board", "/board"],
    ["/directory?page=2&q=caf%C3%A9", "/directory?page=2&q=caf%C3%A9"],
    ["/countries#top", "/countries#top"],
    ["/admin/../account", "/account"],
    ["/a/./b", "/a/b"],
  ])("keeps the same-site path %s as %s", (value, expected) => {
    expect(safeRedirectPath(value)).toBe(expected);
  });

  it.each([
    "/.//evil.example/phish",
    "/./..//evil.example",
    "/%2e//evil.example",
    "/a/..//evil.example",
    "//evil.example",
    "///evil.example",
    "/\\evil.example",
    "/\\/evil.example",
    "/%5Cevil.example",
    "/%2F%2Fevil.example",
    "/%2f/evil.example",
    "/%09/evil.example",
    "/\t/evil.example",
    "/\n/evil.example",
    "/%00",
    "/%E0%A4%A",
    "https://evil.example",
    "http:/evil.example",
    "javascript:alert(1)",
    " /board",
    "board",
    "",
    undefined,
    null,
    42,
    ["/board"],
    `/${"a".repeat(3000)}`,
  ])("replaces %j with the fallback", (value) => {
    expect(safeRedirectPath(value)).toBe("/");
    expect(safeRedirectPath(value, "/welcome")).toBe("/welcome");
  });
});

describe("every redirect from user input goes through it", () => {
  const nasty = "/.//evil.example/phish";

  it("sign-in's next (password and sign-in link) and the language switcher's returnTo", () => {
    expect(passwordSignInSchema.parse({ step: "password", email: "ana@example.org", password: "x", next: nasty }).next).toBe("/");
    expect(passwordSignInSchema.parse({ step: "code", challenge: "c", code: "123456", next: nasty }).next).toBe("/");
    expect(magicLinkSchema.parse({ email: "ana@example.org", next: nasty }).next).toBe("/");
    expect(setLocaleSchema.parse({ locale: "es", returnTo: nasty }).returnTo).toBe("/");
    expect(safeReturnPath(nasty)).toBe("/");
    expect(passwordSignInSchema.parse({ step: "password", email: "ana@example.org", password: "x", next: "/board?page=2" }).next).toBe("/board?page=2");
  });
});
