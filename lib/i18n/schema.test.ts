import { describe, expect, it } from "vitest";
import { safeReturnPath, setLocaleSchema } from "./schema";

describe("safeReturnPath", () => {
  it.each(["/", "/board", "/directory?page=2", "/countries#top"])("keeps the same-site path %s", (path) => {
    expect(safeReturnPath(path)).toBe(path);
  });

  it.each([
    "//evil.example/x",
    "/\\evil.example",
    "https://evil.example",
    "javascript:alert(1)",
    "board",
    "/a\nb",
    "",
    undefined,
    42,
    `/${"a".repeat(3000)}`,
  ])("replaces %s with /", (value) => {
    expect(safeReturnPath(value)).toBe("/");
  });
});

describe("setLocaleSchema", () => {
  it("accepts a supported locale and cleans the return path", () => {
    expect(setLocaleSchema.parse({ locale: "pt", returnTo: "//evil.example" })).toEqual({ locale: "pt", returnTo: "/" });
  });

  it("rejects an unsupported locale", () => {
    expect(setLocaleSchema.safeParse({ locale: "de", returnTo: "/" }).success).toBe(false);
  });
});
