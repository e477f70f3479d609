// Unique values for test data, so specs and parallel workers never collide: a per-process counter plus a
// random part (the counter alone repeats across workers, the random part alone could in theory repeat).
import { randomBytes } from "node:crypto";

let counter = 0;

/** e.g. "k3f9a1c2e7": lowercase letters and digits, safe in emails and slugs. */
export function uniqueSuffix(): string {
  counter += 1;
  return `${counter.toString(36)}${randomBytes(4).toString("hex")}`;
}

/** A unique address at the reserved example.org domain. */
export function uniqueEmail(prefix = "test-user"): string {
  return `${prefix}-${uniqueSuffix()}@example.org`;
}

export function uniqueSlug(prefix = "test-org"): string {
  return `${prefix}-${uniqueSuffix()}`;
}
