"use server";
import { AuthError, CredentialsSignin } from "next-auth";
import { getTranslations } from "next-intl/server";
import { redirect } from "next/navigation";
import { formAction, type ActionResult } from "@/lib/action";
import { signIn } from "./auth";
import { findUserStatusByEmail } from "./data";
import { consumeLimits, enforceLimits } from "@/lib/rate-limit/mutations";
import { cookies, headers } from "next/headers";
import { isKnownBrowser } from "./devices";
import { captureRefusal, SignInRefused } from "./sign-in-refusal";
import { rateLimited } from "@/lib/errors";
import { clientAddress } from "@/lib/rate-limit/client-address";
import { magicLinkPerAccount, magicLinkPerAddress } from "@/lib/rate-limit/limits";
import { magicLinkSchema, passwordSignInSchema } from "./schema";
import { maySignIn } from "./viewer-types";

/** A refusal; `challenge` (with step "code") when the form should show, or stay on, its code step. */
export type SignInState = ActionResult<undefined> & { step?: "code"; challenge?: string };

/**
 * Both steps of the sign-in form. The code step carries the token of the passed first step in a hidden
 * field, never the email and password (so it also works without JavaScript, and the password is not
 * sent twice).
 */
export const signInWithPasswordAction = formAction(passwordSignInSchema, async (input): Promise<SignInState> => {
  const t = await getTranslations("SignIn");
  if (input.step === "code" && !input.code) {
    const errors = await getTranslations("Errors");
    return { ok: false, code: "VALIDATION", message: errors("validation"), fieldErrors: { code: [errors("fields.required")] }, step: "code", challenge: input.challenge };
  }
  const credentials = input.step === "password" ? { email: input.email, password: input.password } : { challenge: input.challenge, code: input.code };
  let refused: SignInRefused | null;
  try {
    refused = await captureRefusal(() => signIn("credentials", { ...credentials, redirect: false }));
  } catch (error) {
    if (!(error instanceof CredentialsSignin)) throw error;
    refused = new SignInRefused("invalid-credentials");
  }
  if (refused) {
    const { refusal, retryAfterSeconds = 60, challenge: issued } = refused;
    const minutes = Math.max(1, Math.ceil(retryAfterSeconds / 60));
    const challenge = refusal === "two-factor-required" ? issued : input.step === "code" && refusal !== "challenge-expired" ? input.challenge : undefined;
    const message = t(`refused.${refusal}` as never, { minutes } as never);
    return { ok: false, code: refusal, message, ...(challenge ? { step: "code" as const, challenge } : {}) };
  }
  redirect(input.next === "/" ? "/welcome" : input.next);
});

export const requestMagicLinkAction = formAction(magicLinkSchema, async (input) => {
  const t = await getTranslations("SignIn");
  await enforceLimits([magicLinkPerAddress(clientAddress(await headers()))]);
  const account = await findUserStatusByEmail(input.email);
  const perAccount = await consumeLimits([magicLinkPerAccount(input.email)]);
  // The per-account limit keeps strangers from flooding her inbox, but must not keep her from her own
  // link: a browser she signed in from before gets one anyway.
  if (!perAccount.allowed && !(account && (await isKnownBrowser(account.id, await cookies())))) throw rateLimited(perAccount.retryAfterSeconds);
  // The answer is the same whether or not the address belongs to anyone.
  // No token is created for anyone else (Auth.js's signIn callback refuses them too).
  if (account && maySignIn(account.status)) {
    try {
      await signIn("magic-link", { email: input.email, redirect: false, redirectTo: input.next === "/" ? "/welcome" : input.next });
    } catch (error) {
      // Refused in between (e.g. just suspended): the same answer.
      if (!(error instanceof AuthError)) throw error;
    }
  }
  return { ok: true as const, data: undefined, message: t("magicLinkSent") };
});

