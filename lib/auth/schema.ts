import { z } from "zod";
import { safeRedirectPath } from "@/lib/safe-redirect";

/** A same-site path to return to after signing in; anything else becomes "/" (see lib/safe-redirect.ts). */
const returnPath = z.unknown().transform((value) => safeRedirectPath(value));

export const emailField = z.string().trim().toLowerCase().pipe(z.email({ error: "Errors.fields.email" }).max(254));

export const passwordSignInSchema = z.object({
  email: emailField,
  password: z.string().min(1, { error: "Errors.fields.required" }).max(1000),
  code: z.string().max(40).optional(),
  next: returnPath,
});

export const magicLinkSchema = z.object({
  email: emailField,
  next: returnPath,
});
