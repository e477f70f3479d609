// What kind of image a file is, from its first bytes (its "magic number"), never from its name or the
// browser's MIME type, which the sender chooses. Only the formats we accept are recognized, so anything
// else (SVG, PDF, TIFF, a renamed text file) is refused before any decoder parses it.

/** The formats a member may upload, and HEIC, recognized only to refuse it with its own message. */
export type SniffedImageType = "jpeg" | "png" | "gif" | "webp" | "avif" | "heic";

const PNG_SIGNATURE = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];

// ISO base media files (AVIF, HEIC) name their brands in the leading `ftyp` box.
const AVIF_BRANDS = new Set(["avif", "avis"]);
const HEIC_BRANDS = new Set(["heic", "heix", "heim", "heis", "hevc", "hevx", "hevm", "hevs", "mif1", "msf1"]);

function startsWith(bytes: Uint8Array, signature: readonly number[], offset = 0): boolean {
  return bytes.length >= offset + signature.length && signature.every((byte, index) => bytes[offset + index] === byte);
}

function ascii(bytes: Uint8Array, start: number, length: number): string {
  return String.fromCharCode(...bytes.subarray(start, start + length));
}

/** The brands of an ISO base media file (major brand first), or [] when there is no `ftyp` box. */
function isoBrands(bytes: Uint8Array): string[] {
  if (bytes.length < 16 || ascii(bytes, 4, 4) !== "ftyp") return [];
  const boxSize = ((bytes[0]! << 24) | (bytes[1]! << 16) | (bytes[2]! << 8) | bytes[3]!) >>> 0;
  const end = Math.min(boxSize, bytes.length, 4096);
  const brands = [ascii(bytes, 8, 4)];
  // Bytes 12-15 are the minor version; compatible brands follow, four characters each.
  for (let offset = 16; offset + 4 <= end; offset += 4) brands.push(ascii(bytes, offset, 4));
  return brands;
}

/** The image format the bytes start like, or null for anything we do not accept. */
export function sniffImageType(bytes: Uint8Array): SniffedImageType | null {
  if (startsWith(bytes, [0xff, 0xd8, 0xff])) return "jpeg";
  if (startsWith(bytes, PNG_SIGNATURE)) return "png";
  if (bytes.length >= 6 && ["GIF87a", "GIF89a"].includes(ascii(bytes, 0, 6))) return "gif";
  if (bytes.length >= 12 && ascii(bytes, 0, 4) === "RIFF" && ascii(bytes, 8, 4) === "WEBP") return "webp";
  const brands = isoBrands(bytes);
  // AVIF files usually list `mif1` too, so AVIF's own brands are looked for first.
  if (brands.some((brand) => AVIF_BRANDS.has(brand))) return "avif";
  if (brands.some((brand) => HEIC_BRANDS.has(brand))) return "heic";
  return null;
}
