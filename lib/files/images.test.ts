import sharp from "sharp";
import { describe, expect, it } from "vitest";
import { AppError } from "@/lib/errors";
import { catalogs } from "@/lib/i18n/catalogs";
import {
  animatedGif,
  exifDirectoryTags,
  GPS_DIRECTORY_TAG,
  heicHeader,
  jpegWithLocation,
  jpegWithOrientation,
  logoPng,
  noiseImage,
  PDF_DOCUMENT,
  pngDeclaringPixels,
  solidImage,
  SVG_IMAGE,
  TEXT_FILE,
  webpChunkTypes,
} from "@/tests/factories/images";
import { IMAGE_MAX_BYTES, IMAGE_MAX_MEGABYTES, IMAGE_MAX_MEGAPIXELS, IMAGE_REFUSAL_CODES, processImage, readImageUpload, type ImagePurpose } from "./images";

/** The refusal's code, field and values, or "accepted". */
async function outcome(bytes: Uint8Array, purpose: ImagePurpose = "PROFILE_PHOTO", field?: string): Promise<unknown> {
  try {
    await processImage(bytes, purpose, { field });
    return "accepted";
  } catch (error) {
    if (!(error instanceof AppError)) throw error;
    return { code: error.code, field: error.field, messageKey: error.messageKey, values: error.values };
  }
}

const refusal = (code: string, values = {}) => expect.objectContaining({ code, messageKey: `Errors.codes.${code}`, values });

/** The colour of one pixel of an image, as [r, g, b]. */
async function pixel(bytes: Uint8Array, x: number, y: number): Promise<number[]> {
  const { data, info } = await sharp(bytes).removeAlpha().raw().toBuffer({ resolveWithObject: true });
  const at = (y * info.width + x) * 3;
  return [...data.subarray(at, at + 3)];
}

const isRed = ([r, g, b]: number[]) => r! > 200 && g! < 60 && b! < 60;
const isBlue = ([r, g, b]: number[]) => r! < 60 && g! < 60 && b! > 200;

describe("processImage: metadata", () => {
  it("accepts a phone photo with its location in EXIF and XMP, and keeps none of it", async () => {
    const input = await jpegWithLocation();
    const before = await sharp(input).metadata();
    // The input really carries what must go: the GPS directory, XMP, an ICC profile.
    expect(exifDirectoryTags(before.exif!)).toContain(GPS_DIRECTORY_TAG);
    expect([Boolean(before.xmp), Boolean(before.icc), input.includes("GPS"), input.includes("Exif")]).toEqual([true, true, true, true]);

    const image = await processImage(input, "PROFILE_PHOTO");
    const after = await sharp(image.bytes).metadata();
    expect({ format: after.format, exif: after.exif, xmp: after.xmp, iptc: after.iptc, icc: after.icc, orientation: after.orientation, space: after.space }).toEqual({
      format: "webp",
      exif: undefined,
      xmp: undefined,
      iptc: undefined,
      icc: undefined,
      orientation: undefined,
      space: "srgb",
    });
    // Nothing but picture data in the file: no EXIF, XMP or ICCP chunk, and none of the words.
    expect(webpChunkTypes(image.bytes).filter((type) => !["VP8 ", "VP8L", "VP8X", "ALPH"].includes(type))).toEqual([]);
    const raw = Buffer.from(image.bytes);
    for (const trace of ["GPS", "Exif", "xmp", "adobe", "TestPhone", "Someone Private"]) expect([trace, raw.includes(trace)]).toEqual([trace, false]);
  });

  it("turns the picture upright by its EXIF orientation before dropping the tag", async () => {
    // Orientation 6: shown turned 90° clockwise, so the red left half becomes the top.
    const image = await processImage(await jpegWithOrientation(6), "PROFILE_PHOTO");
    expect(isRed(await pixel(image.bytes, 128, 10))).toBe(true);
    expect(isBlue(await pixel(image.bytes, 128, 245))).toBe(true);
    expect((await sharp(image.bytes).metadata()).orientation).toBeUndefined();
    // Orientation 3: upside down, so red ends up on the right.
    const turned = await processImage(await jpegWithOrientation(3), "PROFILE_PHOTO");
    expect([isBlue(await pixel(turned.bytes, 10, 128)), isRed(await pixel(turned.bytes, 245, 128))]).toEqual([true, true]);
  });

  it("keeps the logo's shape upright too (a landscape logo stored with orientation 6 becomes portrait)", async () => {
    const image = await processImage(await jpegWithOrientation(6, 400, 200), "ORGANIZATION_LOGO");
    expect([image.width, image.height]).toEqual([128, 256]);
  });
});

describe("processImage: output", () => {
  it("makes a photo a 256 × 256 WebP, cropped to the centre", async () => {
    for (const [width, height] of [[1200, 800], [300, 900], [64, 64]] as const) {
      const image = await processImage(await solidImage("jpeg", width, height), "PROFILE_PHOTO");
      const info = await sharp(image.bytes).metadata();
      expect([info.format, info.width, info.height, image.width, image.height, image.contentType, image.byteSize]).toEqual(["webp", 256, 256, 256, 256, "image/webp", image.bytes.byteLength]);
    }
  });

  it("keeps a logo's aspect within 256 px and its transparency, and never enlarges it", async () => {
    const image = await processImage(await logoPng(800, 400), "ORGANIZATION_LOGO");
    const info = await sharp(image.bytes).metadata();
    expect([info.format, info.width, info.height, info.hasAlpha]).toEqual(["webp", 256, 128, true]);
    const { data } = await sharp(image.bytes).raw().toBuffer({ resolveWithObject: true });
    expect([data[3], data[(64 * 256 + 128) * 4 + 3]]).toEqual([0, 255]); // transparent corner, opaque middle
    const small = await processImage(await logoPng(64, 32), "ORGANIZATION_LOGO");
    expect([small.width, small.height]).toEqual([64, 32]);
  });

  it.each(["png", "webp", "avif"] as const)("accepts %s", async (format) => {
    const image = await processImage(await solidImage(format, 300, 300), "PROFILE_PHOTO");
    expect([image.contentType, image.width]).toEqual(["image/webp", 256]);
  });

  it("takes the first frame of an animated GIF", async () => {
    const image = await processImage(await animatedGif(), "PROFILE_PHOTO");
    expect((await sharp(image.bytes).metadata()).pages).toBeUndefined();
    expect(isRed(await pixel(image.bytes, 128, 128))).toBe(true);
  });

  it("converts CMYK and 16-bit pictures to 8-bit sRGB", async () => {
    const cmyk = await sharp({ create: { width: 100, height: 100, channels: 3, background: "orange" } }).toColourspace("cmyk").jpeg().toBuffer();
    expect((await sharp(cmyk).metadata()).space).toBe("cmyk");
    const deep = await sharp({ create: { width: 100, height: 100, channels: 3, background: "orange" } }).toColourspace("rgb16").png().toBuffer();
    for (const input of [cmyk, deep]) {
      const info = await sharp((await processImage(input, "PROFILE_PHOTO")).bytes).metadata();
      expect([info.space, info.depth]).toEqual(["srgb", "uchar"]);
    }
  });
});

describe("processImage: refusals", () => {
  it("refuses an empty file", async () => {
    expect(await outcome(new Uint8Array(0))).toEqual(refusal("IMAGE_EMPTY"));
  });

  it("refuses a file over the byte limit before decoding it (a valid JPEG padded past the limit)", async () => {
    const jpeg = await solidImage("jpeg", 100, 100);
    const padded = (length: number) => Buffer.concat([jpeg, Buffer.alloc(length - jpeg.length)]);
    expect(await outcome(padded(IMAGE_MAX_BYTES + 1))).toEqual(refusal("IMAGE_TOO_LARGE", { maxMegabytes: IMAGE_MAX_MEGABYTES }));
    // At the limit it is decoded (bytes after a JPEG's end are ignored): only the size was refused above.
    expect(await outcome(padded(IMAGE_MAX_BYTES))).toBe("accepted");
  });

  it("refuses a decompression bomb from its header, without decoding it", async () => {
    const bomb = pngDeclaringPixels(20_000, 20_000);
    expect(bomb.byteLength).toBeLessThan(100_000);
    const started = performance.now();
    expect(await outcome(bomb)).toEqual(refusal("IMAGE_TOO_MANY_PIXELS", { maxMegapixels: IMAGE_MAX_MEGAPIXELS }));
    // Decoding 400 megapixels would take seconds and hundreds of megabytes; reading the header takes none.
    expect(performance.now() - started).toBeLessThan(1_000);
    expect(await outcome(pngDeclaringPixels(8_000, 5_001))).toEqual(refusal("IMAGE_TOO_MANY_PIXELS", { maxMegapixels: IMAGE_MAX_MEGAPIXELS }));
  });

  it.each(["jpeg", "png"] as const)("refuses a truncated %s instead of decoding half of it", async (format) => {
    const whole = await noiseImage(format);
    expect(await outcome(whole)).toBe("accepted");
    for (const share of [0.3, 0.9]) expect(await outcome(whole.subarray(0, Math.floor(whole.length * share)))).toEqual(refusal("IMAGE_CORRUPT"));
  });

  it("refuses a file that starts like an image and is not one", async () => {
    const jpegStart = Buffer.concat([Buffer.from([0xff, 0xd8, 0xff, 0xe0]), TEXT_FILE]);
    expect(await outcome(jpegStart)).toEqual(refusal("IMAGE_CORRUPT"));
  });

  it.each([
    ["an SVG (it could carry script)", SVG_IMAGE],
    ["a PDF renamed .jpg", PDF_DOCUMENT],
    ["a text file renamed .jpg", TEXT_FILE],
    ["random bytes", Buffer.from(Array.from({ length: 512 }, (_, i) => (i * 37) % 256))],
  ])("refuses %s as unsupported", async (_kind, bytes) => {
    expect(await outcome(bytes)).toEqual(refusal("IMAGE_UNSUPPORTED_TYPE"));
  });

  it("refuses formats it does not accept though sharp reads them (TIFF)", async () => {
    expect(await outcome(await solidImage("tiff", 50, 50))).toEqual(refusal("IMAGE_UNSUPPORTED_TYPE"));
  });

  it("refuses HEIC with its own message (sharp's libvips here has no HEVC decoder)", async () => {
    expect(sharp.format.heif.input.fileSuffix).toEqual([".avif"]);
    expect(await outcome(heicHeader())).toEqual(refusal("IMAGE_HEIC_UNSUPPORTED"));
  });

  it("names the field it was given", async () => {
    expect(await outcome(TEXT_FILE, "ORGANIZATION_LOGO", "logo")).toEqual(expect.objectContaining({ code: "IMAGE_UNSUPPORTED_TYPE", field: "logo" }));
  });

  it("has a message for every refusal in every language", () => {
    for (const catalog of Object.values(catalogs)) {
      const codes = catalog.Errors.codes as Record<string, string>;
      expect(IMAGE_REFUSAL_CODES.filter((code) => !codes[code])).toEqual([]);
    }
  });
});

describe("readImageUpload", () => {
  it("reads a file within the limit and refuses an empty or larger one unread", async () => {
    const jpeg = await solidImage("jpeg", 20, 20);
    expect(Buffer.from(await readImageUpload(new Blob([new Uint8Array(jpeg)]))).equals(jpeg)).toBe(true);
    await expect(readImageUpload(new Blob([]), { field: "photo" })).rejects.toMatchObject({ code: "IMAGE_EMPTY", field: "photo" });
    const huge = { size: IMAGE_MAX_BYTES + 1, arrayBuffer: () => Promise.reject(new Error("must not be read")) } as unknown as Blob;
    await expect(readImageUpload(huge)).rejects.toMatchObject({ code: "IMAGE_TOO_LARGE", values: { maxMegabytes: IMAGE_MAX_MEGABYTES } });
  });
});
