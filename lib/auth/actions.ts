"use server";
import { CredentialsSignin } from "next-auth";
import { getTranslations } from "next-intl/server";
import { redirect } from "next/navigation";
import { formAction, type ActionResult } from "@/lib/action";
import { signIn, signOut } from "./auth";
import { findUserStatusByEmail } from "./data";
import { consumeLimits, endSession } from "./mutations";
import { headers } from "next/headers";
import { AppError } from "@/lib/errors";
import { clientAddress } from "@/lib/rate-limit/client-address";
import { magicLinkPerAccount, magicLinkPerAddress } from "@/lib/rate-limit/limits";
import { magicLinkSchema, passwordSignInSchema } from "./schema";
import { loadViewer } from "./viewer";
import { APPLICANT_STATUSES } from "./viewer-types";

export type SignInState = ActionResult<undefined> & { needsCode?: boolean };

export const signInWithPasswordAction = formAction(passwordSignInSchema, async (input): Promise<SignInState> => {
  const t = await getTranslations("SignIn");
  try {
    await signIn("credentials", { email: input.email, password: input.password, code: input.code ?? "", redirect: false });
  } catch (error) {
    if (!(error instanceof CredentialsSignin)) throw error;
    const [refusal = "invalid-credentials", retryAfter] = (error.code ?? "").split(":");
    const needsCode = refusal === "two-factor-required" || refusal === "two-factor-invalid";
    const minutes = Math.max(1, Math.ceil(Number(retryAfter ?? 60) / 60));
    return { ok: false, code: refusal, message: t(`refused.${refusal}` as never, { minutes } as never), needsCode };
  }
  redirect(input.next === "/" ? "/welcome" : input.next);
});

export const requestMagicLinkAction = formAction(magicLinkSchema, async (input) => {
  const t = await getTranslations("SignIn");
  const limit = await consumeLimits([magicLinkPerAccount(input.email), magicLinkPerAddress(clientAddress(await headers()))]);
  if (!limit.allowed) throw new AppError("RATE_LIMITED", { minutes: Math.ceil(limit.retryAfterSeconds / 60) });
  const account = await findUserStatusByEmail(input.email);
  // The answer is the same whether or not the address belongs to anyone.
  if (account && (account.status === "ACTIVE" || APPLICANT_STATUSES.includes(account.status))) {
    await signIn("magic-link", { email: input.email, redirect: false, redirectTo: input.next === "/" ? "/welcome" : input.next });
  }
  return { ok: true as const, data: undefined, message: t("magicLinkSent") };
});

export async function signOutAction(): Promise<void> {
  const viewer = await loadViewer();
  if (viewer.kind === "signed-in") await endSession(viewer.sessionToken);
  await signOut({ redirectTo: "/" });
}
