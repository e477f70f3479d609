// A stored file's size in words, through the request's formatter (next-intl's `getFormatter()` or
// `useFormatter()`): "2.4 MB", "18 kB" — the same everywhere a file is listed.
import type { createFormatter } from "next-intl";

type NumberFormatter = Pick<ReturnType<typeof createFormatter>, "number">;

export function formatFileSize(format: NumberFormatter, bytes: number): string {
  return bytes >= 1_000_000
    ? format.number(bytes / 1_000_000, { style: "unit", unit: "megabyte", maximumFractionDigits: 1 })
    : format.number(Math.max(1, Math.round(bytes / 1_000)), { style: "unit", unit: "kilobyte" });
}
