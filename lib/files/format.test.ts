import { createFormatter } from "next-intl";
import { describe, expect, it } from "vitest";
import { formatFileSize } from "./format";

describe("formatFileSize", () => {
  it("says megabytes from a million bytes, kilobytes below (never 0 kB), in the locale's words", () => {
    const en = createFormatter({ locale: "en" });
    expect([formatFileSize(en, 2_450_000), formatFileSize(en, 18_200), formatFileSize(en, 120)]).toEqual(["2.5 MB", "18 kB", "1 kB"]);
    expect(formatFileSize(createFormatter({ locale: "fr" }), 2_450_000)).toBe("2,5\u202fMo");
  });
});
