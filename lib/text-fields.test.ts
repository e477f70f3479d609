import { describe, expect, it } from "vitest";
import { hasControlCharacters, optionalText, requiredText } from "./text-fields";

describe("hasControlCharacters", () => {
  it.each(["\u0000", "a\u0007b", "\u001b[31m", "\u007f", "a\u000bb"])("finds %j in any text", (value) => {
    expect(hasControlCharacters(value)).toBe(true);
    expect(hasControlCharacters(value, { multiline: true })).toBe(true);
  });

  it("allows tab everywhere, and line breaks only in multi-line text", () => {
    expect(hasControlCharacters("a\tb")).toBe(false);
    expect(hasControlCharacters("a\nb")).toBe(true);
    expect(hasControlCharacters("a\r\nb\tc", { multiline: true })).toBe(false);
    expect(hasControlCharacters("Amara Okafor — ناشطة, «ok» 👩🏾")).toBe(false);
  });
});

describe("requiredText and optionalText", () => {
  it("trim, and refuse control characters with their own message", () => {
    expect(requiredText(10).parse("  Nia  ")).toBe("Nia");
    expect(requiredText(10).safeParse("Ni\u0000a").error?.issues.map((issue) => issue.message)).toEqual(["Errors.fields.controlCharacters"]);
    expect(optionalText(10).parse("   ")).toBeNull();
    expect(optionalText(10, { multiline: true }).parse("one\ntwo")).toBe("one\ntwo");
  });

  it("report a missing value as required, and a long one as too long (not as required)", () => {
    expect(requiredText(10).safeParse(undefined).error?.issues.map((issue) => issue.message)).toEqual(["Errors.fields.required"]);
    expect(requiredText(10).safeParse("x".repeat(11)).error?.issues).toEqual([expect.objectContaining({ code: "too_big", maximum: 10 })]);
    expect(requiredText(10).safeParse("x".repeat(11)).error?.issues[0]?.message).not.toMatch(/^Errors\./);
  });
});
