import { z } from "zod";

/** A same-site path to return to after signing in; anything else becomes "/". */
const returnPath = z.unknown().transform((value) => {
  if (typeof value !== "string" || !value.startsWith("/") || value.startsWith("//") || /[\\\u0000-\u001f]/.test(value)) return "/";
  return value.slice(0, 2048);
});

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
