import { z } from "zod";
import { safeRedirectPath } from "@/lib/safe-redirect";

/** A same-site path to return to after signing in; anything else becomes "/" (see lib/safe-redirect.ts). */
const returnPath = z.unknown().transform((value) => safeRedirectPath(value));

export const emailField = z.string().trim().toLowerCase().pipe(z.email({ error: "Errors.fields.email" }).max(254));

/** The sign-in form: its first step (email and password), or its code step for a passed first step. */
export const passwordSignInSchema = z.discriminatedUnion("step", [
  z.object({
    step: z.literal("password"),
    email: emailField,
    password: z.string().min(1, { error: "Errors.fields.required" }).max(1000),
    next: returnPath,
  }),
  z.object({
    step: z.literal("code"),
    challenge: z.string().min(1).max(100),
    // An empty code is answered by the action, which keeps the code step (see signInWithPasswordAction).
    code: z.string().trim().max(40),
    next: returnPath,
  }),
]);

export const magicLinkSchema = z.object({
  email: emailField,
  next: returnPath,
});
