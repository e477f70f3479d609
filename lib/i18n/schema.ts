import { z } from "zod";
import { locales } from "./config";

/**
 * A same-site path to send someone back to after a form post, or "/" when the value could lead
 * anywhere else ("//evil.example", "/\\evil.example", "https://...", control characters).
 */
export function safeReturnPath(value: unknown): string {
  if (typeof value !== "string" || value.length > 2048) return "/";
  if (!value.startsWith("/") || value.startsWith("//") || value.startsWith("/\\")) return "/";
  if (/[\u0000-\u001f\u007f\\]/.test(value)) return "/";
  try {
    const base = "http://return.invalid";
    const url = new URL(value, base);
    if (url.origin !== base) return "/";
    return `${url.pathname}${url.search}${url.hash}`;
  } catch {
    return "/";
  }
}

export const setLocaleSchema = z.object({
  locale: z.enum(locales),
  returnTo: z.unknown().transform(safeReturnPath),
});

export type SetLocaleInput = z.input<typeof setLocaleSchema>;
