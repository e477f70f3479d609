import { env } from "@/lib/env";

/**
 * The session cookie's name: with the __Secure- prefix when AUTH_URL is HTTPS. Auth.js is configured with
 * the same choice (useSecureCookies in auth.ts), so the viewer look-up always reads the cookie it sets.
 */
export function sessionCookieName(): string {
  return env().AUTH_URL?.startsWith("https://") ? "__Secure-authjs.session-token" : "authjs.session-token";
}
