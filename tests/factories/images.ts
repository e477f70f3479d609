// Images for tests of lib/files: made with sharp (the same library that processes uploads) or, where sharp
// would refuse to make them, by hand, byte by byte.
import { randomBytes } from "node:crypto";
import { crc32, deflateSync } from "node:zlib";
import sharp from "sharp";

/** Where a phone photo would say it was taken (Sydney), in EXIF's GPS directory and in XMP. */
export const GPS_EXIF = {
  IFD0: { Make: "TestPhoneMaker", Model: "TestPhone 7", Copyright: "Someone Private" },
  IFD3: { GPSLatitudeRef: "S", GPSLatitude: "33/1 52/1 0/1", GPSLongitudeRef: "E", GPSLongitude: "151/1 12/1 0/1" },
};
const GPS_XMP =
  '<x:xmpmeta xmlns:x="adobe:ns:meta/"><rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">' +
  '<rdf:Description xmlns:exif="http://ns.adobe.com/exif/1.0/" exif:GPSLatitude="33,52.0S" exif:GPSLongitude="151,12.0E"/>' +
  "</rdf:RDF></x:xmpmeta>";

/** A JPEG as a phone writes it: EXIF (camera, GPS position), XMP with the position again, a Display P3 ICC profile. */
export function jpegWithLocation(width = 320, height = 240): Promise<Buffer> {
  return sharp({ create: { width, height, channels: 3, background: { r: 40, g: 120, b: 200 } } })
    .jpeg()
    .withExif(GPS_EXIF)
    .withXmp(GPS_XMP)
    .withIccProfile("p3")
    .toBuffer();
}

/**
 * A landscape JPEG, red on the left half and blue on the right, with an EXIF orientation: 6 means "turn me
 * 90° clockwise to show me", which puts the red half on top.
 */
export function jpegWithOrientation(orientation: number, width = 400, height = 200): Promise<Buffer> {
  return sharp({ create: { width, height, channels: 3, background: "red" } })
    .composite([{ input: { create: { width: width / 2, height, channels: 3, background: "blue" } }, left: width / 2, top: 0 }])
    .jpeg()
    .withMetadata({ orientation })
    .toBuffer();
}

/** Random pixels: entropy-coded data fills most of the file, so cutting it off truncates the picture, not the header. */
export function noiseImage(format: "jpeg" | "png", width = 300, height = 200): Promise<Buffer> {
  return sharp(randomBytes(width * height * 3), { raw: { width, height, channels: 3 } })
    .toFormat(format)
    .toBuffer();
}

export function solidImage(
  format: "jpeg" | "png" | "webp" | "gif" | "avif" | "tiff",
  width: number,
  height: number,
  background: { r: number; g: number; b: number; alpha?: number } = { r: 10, g: 160, b: 90 },
): Promise<Buffer> {
  return sharp({ create: { width, height, channels: background.alpha === undefined ? 3 : 4, background } })
    .toFormat(format)
    .toBuffer();
}

/** A transparent image with an opaque bar in its middle (a logo), as PNG. */
export function logoPng(width: number, height: number): Promise<Buffer> {
  const bar = { create: { width: Math.round(width / 2), height: Math.round(height / 2), channels: 4 as const, background: { r: 200, g: 0, b: 80, alpha: 1 } } };
  return sharp({ create: { width, height, channels: 4, background: { r: 0, g: 0, b: 0, alpha: 0 } } })
    .composite([{ input: bar, left: Math.round(width / 4), top: Math.round(height / 4) }])
    .png()
    .toBuffer();
}

/** An animated GIF of three 10 × 10 frames: red, then green, then blue. */
export async function animatedGif(): Promise<Buffer> {
  const frame = (r: number, g: number, b: number) => Buffer.alloc(10 * 10 * 4).map((_, i) => [r, g, b, 255][i % 4]!);
  const frames = Buffer.concat([frame(255, 0, 0), frame(0, 255, 0), frame(0, 0, 255)]);
  return sharp(frames, { raw: { width: 10, height: 30, channels: 4, pageHeight: 10 } }).gif({ delay: [200, 200, 200] }).toBuffer();
}

function pngChunk(type: string, data: Buffer): Buffer {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, "latin1"), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([length, body, crc]);
}

/**
 * A valid PNG of width × height black pixels (1-bit greyscale): a decompression bomb, since its zeros
 * compress about a thousandfold (20000 × 20000 is ≈ 48 KB on disk, 400 megapixels to decode). Built by
 * hand: sharp would have to hold the whole picture to encode it.
 */
export function pngDeclaringPixels(width: number, height: number): Buffer {
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header[8] = 1; // bit depth
  header[9] = 0; // greyscale; compression, filter and interlace methods 0
  const rows = Buffer.alloc((1 + Math.ceil(width / 8)) * height); // each row: filter byte 0, then pixels
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    pngChunk("IHDR", header),
    pngChunk("IDAT", deflateSync(rows, { level: 9 })),
    pngChunk("IEND", Buffer.alloc(0)),
  ]);
}

/** The start of a HEIC file (an iPhone photo): its `ftyp` box naming the HEIC brands, then nothing useful. */
export function heicHeader(): Buffer {
  const ftyp = Buffer.concat([Buffer.from([0, 0, 0, 24]), Buffer.from("ftypheic", "latin1"), Buffer.alloc(4), Buffer.from("mif1heic", "latin1")]);
  return Buffer.concat([ftyp, randomBytes(256)]);
}

export const SVG_IMAGE = Buffer.from(
  '<?xml version="1.0"?><svg xmlns="http://www.w3.org/2000/svg" width="64" height="64"><script>alert(1)</script><rect width="64" height="64" fill="red"/></svg>',
);
export const PDF_DOCUMENT = Buffer.from("%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n");
export const TEXT_FILE = Buffer.from("Not an image at all, just text saved as photo.jpg\n");

/** The chunk types of a WebP file (VP8, VP8L, VP8X, ALPH, ANIM, ... and EXIF, XMP, ICCP when metadata is kept). */
export function webpChunkTypes(bytes: Uint8Array): string[] {
  const buffer = Buffer.from(bytes);
  const types: string[] = [];
  for (let offset = 12; offset + 8 <= buffer.length; ) {
    types.push(buffer.toString("latin1", offset, offset + 4));
    const size = buffer.readUInt32LE(offset + 4);
    offset += 8 + size + (size % 2);
  }
  return types;
}

/** The tag numbers of an EXIF block's first directory (IFD0), e.g. 0x8825 when it points to GPS data. */
export function exifDirectoryTags(exif: Buffer): number[] {
  const tiff = exif.subarray(exif.toString("latin1", 0, 4) === "Exif" ? 6 : 0);
  const little = tiff.toString("latin1", 0, 2) === "II";
  const u16 = (at: number) => (little ? tiff.readUInt16LE(at) : tiff.readUInt16BE(at));
  const u32 = (at: number) => (little ? tiff.readUInt32LE(at) : tiff.readUInt32BE(at));
  const directory = u32(4);
  return Array.from({ length: u16(directory) }, (_, index) => u16(directory + 2 + index * 12));
}

/** EXIF's pointer to the GPS directory. */
export const GPS_DIRECTORY_TAG = 0x8825;
