"use server";

import { redirect } from "next/navigation";
import { saveLocalePreference } from "@/lib/auth/mutations";
import { loadViewer } from "@/lib/auth/viewer";
import { setPreferenceCookie } from "./preference-cookie";
import { LOCALE_COOKIE, LOCALE_COOKIE_MAX_AGE_SECONDS } from "./config";
import { safeReturnPath, setLocaleSchema } from "./schema";

/**
 * The language switcher's form action. Works without JavaScript: the form posts here, the choice is
 * stored in the NEXT_LOCALE cookie, and the visitor is redirected back to the page they were on.
 * A signed-in member's choice is also saved as their preference, which follows them to other browsers.
 */
export async function setLocaleAction(formData: FormData): Promise<never> {
  // A replayed action may send anything (JSON, nothing): it changes nothing and goes home, never a 500.
  if (!(formData instanceof FormData)) redirect("/");
  const parsed = setLocaleSchema.safeParse({ locale: formData.get("locale"), returnTo: formData.get("returnTo") });
  if (!parsed.success) redirect(safeReturnPath(formData.get("returnTo")));

  await setPreferenceCookie(LOCALE_COOKIE, parsed.data.locale, { maxAgeSeconds: LOCALE_COOKIE_MAX_AGE_SECONDS });
  const viewer = await loadViewer();
  if (viewer.kind === "signed-in") await saveLocalePreference(viewer.id, parsed.data.locale);
  redirect(parsed.data.returnTo);
}
