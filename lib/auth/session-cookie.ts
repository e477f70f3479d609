import { env } from "@/lib/env";

/** Auth.js's session cookie: with the __Secure- prefix when the platform is served over HTTPS, as Auth.js names it. */
export function sessionCookieName(): string {
  return env().AUTH_URL?.startsWith("https://") ? "__Secure-authjs.session-token" : "authjs.session-token";
}
