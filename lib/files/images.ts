import "server-only";
// Uploaded images (profile photos, organization logos), made safe to store and show: the type is decided
// from the content, sizes are limited before anything is decoded, and the picture is re-encoded as a small
// sRGB WebP, turned upright first and then stripped of every metadata block (EXIF with GPS, XMP, IPTC,
// ICC): a phone photo's location must never reach the network. Pure: no database.
import sharp, { type SharpOptions, type WebpOptions } from "sharp";
import { AppError, type MessageValues } from "@/lib/errors";
import { IMAGE_MAX_BYTES, IMAGE_MAX_MEGABYTES, IMAGE_MAX_MEGAPIXELS, IMAGE_MAX_PIXELS, IMAGE_OUTPUT_SIZE } from "./image-limits";
import { sniffImageType, type SniffedImageType } from "./image-type";

export { IMAGE_ACCEPT, IMAGE_MAX_BYTES, IMAGE_MAX_MEGABYTES, IMAGE_MAX_MEGAPIXELS, IMAGE_MAX_PIXELS, IMAGE_OUTPUT_SIZE } from "./image-limits";

export type ImagePurpose = "PROFILE_PHOTO" | "ORGANIZATION_LOGO";

/** Why an image is refused; each has its message at `Errors.codes.<code>`. */
export const IMAGE_REFUSAL_CODES = [
  "IMAGE_EMPTY",
  "IMAGE_TOO_LARGE",
  "IMAGE_TOO_MANY_PIXELS",
  "IMAGE_UNSUPPORTED_TYPE",
  "IMAGE_HEIC_UNSUPPORTED",
  "IMAGE_CORRUPT",
] as const;
export type ImageRefusalCode = (typeof IMAGE_REFUSAL_CODES)[number];

declare const processedImage: unique symbol;

/** A re-encoded image; only processImage makes one, so nothing else can be stored as an image. */
export type ProcessedImage = {
  /** What it was made for (a photo is square, a logo keeps its shape): the kind it may be stored as. */
  readonly purpose: ImagePurpose;
  readonly bytes: Uint8Array;
  readonly contentType: "image/webp";
  readonly width: number;
  readonly height: number;
  readonly byteSize: number;
  readonly [processedImage]: true;
};

export type ImageOptions = {
  /** The form field the image came from: a refusal is shown there. */
  field?: string;
};

function refuse(code: ImageRefusalCode, options: ImageOptions, values: MessageValues = {}): never {
  throw new AppError(code, { field: options.field, messageKey: `Errors.codes.${code}`, values });
}

// Untrusted input: the pixel limit is enforced by libvips from the header as well; `failOn: "warning"`
// (libvips' strictest) refuses truncated and damaged files instead of decoding half of them; only the
// first frame of an animation is read; sequential reading keeps memory to a few lines at a time.
const DECODE_OPTIONS: SharpOptions = {
  limitInputPixels: IMAGE_MAX_PIXELS,
  failOn: "warning",
  sequentialRead: true,
  pages: 1,
  page: 0,
};

/** Bounds the work one upload can cause, whatever the decoder makes of it. */
const ENCODE_TIMEOUT_SECONDS = 10;

const WEBP: Record<ImagePurpose, WebpOptions> = {
  PROFILE_PHOTO: { quality: 80, smartSubsample: true },
  // Logos are flat colours and lettering: a higher quality keeps edges clean; alpha stays lossless.
  ORGANIZATION_LOGO: { quality: 90, alphaQuality: 100 },
};

/** The format names sharp reports for what sniffImageType recognized. */
const SHARP_FORMAT: Record<Exclude<SniffedImageType, "heic">, string> = { jpeg: "jpeg", png: "png", gif: "gif", webp: "webp", avif: "heif" };

function isPixelLimitError(error: unknown): boolean {
  return error instanceof Error && /pixel limit/i.test(error.message);
}

/** The file's accepted type and first-frame size, or a refusal; decodes nothing but the header. */
async function inspect(bytes: Uint8Array, options: ImageOptions): Promise<void> {
  const type = sniffImageType(bytes);
  if (type === "heic") refuse("IMAGE_HEIC_UNSUPPORTED", options);
  if (!type) refuse("IMAGE_UNSUPPORTED_TYPE", options);
  const metadata = await sharp(bytes, DECODE_OPTIONS)
    .metadata()
    .catch((error: unknown) => (isPixelLimitError(error) ? refuse("IMAGE_TOO_MANY_PIXELS", options, { maxMegapixels: IMAGE_MAX_MEGAPIXELS }) : refuse("IMAGE_CORRUPT", options)));
  if (metadata.format !== SHARP_FORMAT[type]) refuse("IMAGE_UNSUPPORTED_TYPE", options);
  // Sharp's prebuilt libvips decodes AV1 only (HEVC is not included): a HEIF of another codec is HEIC.
  if (type === "avif" && metadata.compression !== "av1") refuse("IMAGE_HEIC_UNSUPPORTED", options);
  if (metadata.width * (metadata.pageHeight ?? metadata.height) > IMAGE_MAX_PIXELS) refuse("IMAGE_TOO_MANY_PIXELS", options, { maxMegapixels: IMAGE_MAX_MEGAPIXELS });
}

/**
 * The image re-encoded for its purpose, or an AppError with one of IMAGE_REFUSAL_CODES: a photo becomes
 * a 256 × 256 WebP (cropped to the centre), a logo a WebP within 256 × 256 keeping its shape and
 * transparency (never enlarged). No metadata survives; colours are converted to sRGB.
 */
export async function processImage(bytes: Uint8Array, purpose: ImagePurpose, options: ImageOptions = {}): Promise<ProcessedImage> {
  if (bytes.byteLength === 0) refuse("IMAGE_EMPTY", options);
  if (bytes.byteLength > IMAGE_MAX_BYTES) refuse("IMAGE_TOO_LARGE", options, { maxMegabytes: IMAGE_MAX_MEGABYTES });
  await inspect(bytes, options);

  // autoOrient before anything else: the EXIF orientation is applied to the pixels, then dropped with
  // the rest of the metadata (no withMetadata/keepMetadata: sharp writes none by default).
  const pipeline = sharp(bytes, DECODE_OPTIONS).timeout({ seconds: ENCODE_TIMEOUT_SECONDS }).autoOrient();
  if (purpose === "PROFILE_PHOTO") pipeline.resize(IMAGE_OUTPUT_SIZE, IMAGE_OUTPUT_SIZE, { fit: "cover", position: "centre" });
  else pipeline.resize(IMAGE_OUTPUT_SIZE, IMAGE_OUTPUT_SIZE, { fit: "inside", withoutEnlargement: true });

  const { data, info } = await pipeline
    .toColourspace("srgb")
    .webp(WEBP[purpose])
    .toBuffer({ resolveWithObject: true })
    .catch((error: unknown) => (isPixelLimitError(error) ? refuse("IMAGE_TOO_MANY_PIXELS", options, { maxMegapixels: IMAGE_MAX_MEGAPIXELS }) : refuse("IMAGE_CORRUPT", options)));
  return {
    purpose,
    bytes: new Uint8Array(data.buffer, data.byteOffset, data.byteLength),
    contentType: "image/webp",
    width: info.width,
    height: info.height,
    byteSize: data.byteLength,
  } as ProcessedImage;
}

/**
 * An uploaded file's bytes, read only when its size is within the limit (a form's File, before
 * processImage): refusals as processImage's.
 */
export async function readImageUpload(file: Blob, options: ImageOptions = {}): Promise<Uint8Array> {
  if (file.size === 0) refuse("IMAGE_EMPTY", options);
  if (file.size > IMAGE_MAX_BYTES) refuse("IMAGE_TOO_LARGE", options, { maxMegabytes: IMAGE_MAX_MEGABYTES });
  return new Uint8Array(await file.arrayBuffer());
}

/** Longest side of an image stored as a resource file: large enough to read a poster, small enough to decode. */
export const RESOURCE_IMAGE_MAX_SIDE = 4096;

export type ResourceImage = { bytes: Uint8Array; type: "png" | "jpg" | "webp"; width: number; height: number };

/**
 * An image shared as a resource, re-encoded in its own format (PNG stays lossless) within 4096 × 4096,
 * turned upright and stripped of every metadata block, as photos are. Refusals are processImage's codes.
 */
export async function processResourceImage(bytes: Uint8Array, options: ImageOptions = {}): Promise<ResourceImage> {
  if (bytes.byteLength === 0) refuse("IMAGE_EMPTY", options);
  await inspect(bytes, options);
  const type = sniffImageType(bytes);
  if (type !== "png" && type !== "jpeg" && type !== "webp") refuse("IMAGE_UNSUPPORTED_TYPE", options);
  const pipeline = sharp(bytes, DECODE_OPTIONS)
    .timeout({ seconds: ENCODE_TIMEOUT_SECONDS })
    .autoOrient()
    .resize(RESOURCE_IMAGE_MAX_SIDE, RESOURCE_IMAGE_MAX_SIDE, { fit: "inside", withoutEnlargement: true })
    .toColourspace("srgb");
  if (type === "png") pipeline.png({ compressionLevel: 9 });
  else if (type === "jpeg") pipeline.jpeg({ quality: 85 });
  else pipeline.webp({ quality: 85 });
  const { data, info } = await pipeline
    .toBuffer({ resolveWithObject: true })
    .catch((error: unknown) => (isPixelLimitError(error) ? refuse("IMAGE_TOO_MANY_PIXELS", options, { maxMegapixels: IMAGE_MAX_MEGAPIXELS }) : refuse("IMAGE_CORRUPT", options)));
  return { bytes: new Uint8Array(data.buffer, data.byteOffset, data.byteLength), type: type === "jpeg" ? "jpg" : type, width: info.width, height: info.height };
}
