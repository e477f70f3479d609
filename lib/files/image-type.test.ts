import { describe, expect, it } from "vitest";
import { heicHeader, PDF_DOCUMENT, solidImage, SVG_IMAGE, TEXT_FILE } from "@/tests/factories/images";
import { sniffImageType } from "./image-type";

/** An ISO base media file's `ftyp` box with these brands (major first), as AVIF and HEIC files begin. */
function ftyp(...brands: string[]): Uint8Array {
  const [major, ...compatible] = brands;
  const body = Buffer.concat([Buffer.from(`ftyp${major}`, "latin1"), Buffer.alloc(4), Buffer.from(compatible.join(""), "latin1")]);
  const size = Buffer.alloc(4);
  size.writeUInt32BE(body.length + 4);
  return Buffer.concat([size, body, Buffer.alloc(16)]);
}

describe("sniffImageType", () => {
  it.each(["jpeg", "png", "gif", "webp", "avif"] as const)("recognizes %s from its content", async (format) => {
    expect(sniffImageType(await solidImage(format, 8, 8))).toBe(format);
  });

  it("tells AVIF from HEIC by the brands, whichever comes first", () => {
    expect(sniffImageType(ftyp("mif1", "avif", "miaf"))).toBe("avif");
    expect(sniffImageType(ftyp("avis", "msf1"))).toBe("avif");
    expect(sniffImageType(ftyp("heic", "mif1", "heic"))).toBe("heic");
    expect(sniffImageType(ftyp("mif1", "heic"))).toBe("heic");
    expect(sniffImageType(heicHeader())).toBe("heic");
    expect(sniffImageType(ftyp("isom", "mp42"))).toBeNull(); // an MP4 video
  });

  it.each([
    ["SVG", SVG_IMAGE],
    ["PDF", PDF_DOCUMENT],
    ["text", TEXT_FILE],
    ["nothing", new Uint8Array(0)],
    ["two bytes of a JPEG", new Uint8Array([0xff, 0xd8])],
    ["RIFF that is not WebP (WAV)", Buffer.from("RIFF\0\0\0\0WAVEfmt ", "latin1")],
  ])("recognizes nothing in %s", (_kind, bytes) => {
    expect(sniffImageType(bytes)).toBeNull();
  });

  it("recognizes nothing in TIFF, which is not accepted", async () => {
    expect(sniffImageType(await solidImage("tiff", 8, 8))).toBeNull();
  });
});
