// The upload limits, apart from the image code so forms (client components) can state them without sharp.

/** Largest upload, checked before decoding (forms state it; a phone photo is 2–6 MB). */
export const IMAGE_MAX_MEGABYTES = 8;
export const IMAGE_MAX_BYTES = IMAGE_MAX_MEGABYTES * 1024 * 1024;
/** Largest picture, from the header, so a small file declaring a huge picture is refused unallocated. */
export const IMAGE_MAX_MEGAPIXELS = 40;
export const IMAGE_MAX_PIXELS = IMAGE_MAX_MEGAPIXELS * 1_000_000;
/** Side of a stored photo (square) and bound of a stored logo (aspect kept). */
export const IMAGE_OUTPUT_SIZE = 256;
/** For a file input's `accept`: a hint to the browser's picker; the server decides from the content. */
export const IMAGE_ACCEPT = "image/jpeg,image/png,image/webp,image/gif,image/avif";
