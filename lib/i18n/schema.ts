import { z } from "zod";
import { safeRedirectPath } from "@/lib/safe-redirect";
import { locales } from "./config";

/** A same-site path to send someone back to after a form post, or "/" (see lib/safe-redirect.ts). */
export const safeReturnPath = (value: unknown): string => safeRedirectPath(value);

export const setLocaleSchema = z.object({
  locale: z.enum(locales),
  returnTo: z.unknown().transform(safeReturnPath),
});
