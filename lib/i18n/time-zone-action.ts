"use server";

import { cookies, headers } from "next/headers";
import { redirect } from "next/navigation";
import { setTimeZoneSchema, TIME_ZONE_COOKIE, TIME_ZONE_COOKIE_MAX_AGE_SECONDS } from "./time-zone";

/**
 * The time-zone form's action (/admin/time-zone). Like the language switcher it only sets a cookie in the
 * sender's own browser, so it needs no authorization; it works without JavaScript.
 */
export async function setTimeZoneAction(formData: FormData): Promise<never> {
  const parsed = setTimeZoneSchema.safeParse({ timeZone: formData.get("timeZone") });
  if (!parsed.success) redirect("/admin/time-zone?invalid=1");
  const origin = (await headers()).get("origin") ?? "";
  // Readable by the page's script, which only checks that a zone is stored (it holds nothing secret).
  (await cookies()).set(TIME_ZONE_COOKIE, parsed.data.timeZone, {
    path: "/",
    maxAge: TIME_ZONE_COOKIE_MAX_AGE_SECONDS,
    sameSite: "lax",
    httpOnly: false,
    secure: origin.startsWith("https://"),
  });
  redirect("/admin/time-zone?saved=1");
}
