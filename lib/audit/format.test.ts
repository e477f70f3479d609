import { describe, expect, it } from "vitest";
import { csvCell, startOfDay } from "./format";

describe("startOfDay", () => {
  it("is local midnight of the day, as a UTC instant", () => {
    expect(startOfDay("2026-12-03", "UTC").toISOString()).toBe("2026-12-03T00:00:00.000Z");
    expect(startOfDay("2026-12-03", "Asia/Tokyo").toISOString()).toBe("2026-12-02T15:00:00.000Z");
    expect(startOfDay("2026-12-03", "America/Lima").toISOString()).toBe("2026-12-03T05:00:00.000Z");
    expect(startOfDay("2026-07-01", "Pacific/Chatham").toISOString()).toBe("2026-06-30T11:15:00.000Z");
  });
});

describe("csvCell", () => {
  it("quotes every cell, doubles quotes, and defuses what a spreadsheet would run as a formula", () => {
    expect(csvCell('say "hi", then go')).toBe('"say ""hi"", then go"');
    expect(csvCell("=HYPERLINK(\"http://x\")")).toBe('"\'=HYPERLINK(""http://x"")"');
    expect(csvCell("-1+2")).toBe('"\'-1+2"');
    expect(csvCell(null)).toBe('""');
    expect(csvCell({ reason: "spam" })).toBe('"{""reason"":""spam""}"');
    expect(csvCell(new Date("2026-12-03T10:00:00Z"))).toBe('"2026-12-03T10:00:00.000Z"');
  });
});
