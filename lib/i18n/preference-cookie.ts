import "server-only";
import { cookies, headers } from "next/headers";

/**
 * Stores one of the visitor's own display preferences (language, time zone) in their browser: a year-long,
 * same-site cookie, secure when the form was posted over HTTPS. Nothing is authorized: it only changes
 * the sender's own browser.
 */
export async function setPreferenceCookie(name: string, value: string, { maxAgeSeconds, readableByScript = false }: { maxAgeSeconds: number; readableByScript?: boolean }): Promise<void> {
  const origin = (await headers()).get("origin") ?? "";
  (await cookies()).set(name, value, {
    path: "/",
    maxAge: maxAgeSeconds,
    sameSite: "lax",
    httpOnly: !readableByScript,
    secure: origin.startsWith("https://"),
  });
}
