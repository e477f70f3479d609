import { describe, expect, it } from "vitest";
import { drawable, shareImage } from "./share-image";

describe("the share image", () => {
  it("is a 1200×630 PNG drawn with the app's own font", async () => {
    const response = shareImage({ campaignTitle: "Bangkok Rules at 10", hashtags: "#BangkokRules10 #womeninprison", name: "Amina Wanjiru", country: "Kenya", excerpt: "Dignity first — São Paulo, Genève, Łódź." });
    expect(response.headers.get("content-type")).toBe("image/png");
    const png = Buffer.from(await response.arrayBuffer());
    expect(png.subarray(0, 8)).toEqual(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]));
    expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([1200, 630]);
    // Not a blank canvas: text was drawn.
    expect(png.length).toBeGreaterThan(10_000);
  });

  it("leaves out what the font cannot draw instead of fetching fonts or emoji", () => {
    expect(drawable("Amina 🎉 Wanjiru ✊🏾")).toBe("Amina Wanjiru");
    expect(drawable("Ação, élan, Łódź — “quoted” …")).toBe("Ação, élan, Łódź — “quoted” …");
  });
});
