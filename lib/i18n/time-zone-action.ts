"use server";

import { redirect } from "next/navigation";
import { setPreferenceCookie } from "./preference-cookie";
import { setTimeZoneSchema, TIME_ZONE_COOKIE, TIME_ZONE_COOKIE_MAX_AGE_SECONDS } from "./time-zone";

/**
 * The time-zone form's action (/admin/time-zone). Like the language switcher it only sets a cookie in the
 * sender's own browser, so it needs no authorization; it works without JavaScript.
 */
export async function setTimeZoneAction(formData: FormData): Promise<never> {
  // A replayed action may send anything (JSON, nothing): it changes nothing, never a 500.
  if (!(formData instanceof FormData)) redirect("/admin/time-zone?invalid=1");
  const parsed = setTimeZoneSchema.safeParse({ timeZone: formData.get("timeZone") });
  if (!parsed.success) redirect("/admin/time-zone?invalid=1");
  // Readable by the page's script, which only checks that a zone is stored (it holds nothing secret).
  await setPreferenceCookie(TIME_ZONE_COOKIE, parsed.data.timeZone, { maxAgeSeconds: TIME_ZONE_COOKIE_MAX_AGE_SECONDS, readableByScript: true });
  redirect("/admin/time-zone?saved=1");
}
