import { headers } from "next/headers";
import { NONCE_HEADER } from "./page-headers";

/**
 * This request's script nonce. Fails closed: a page rendered without one was served by something other
 * than scripts/serve.ts (`next start`, say), so it would go out without its Content-Security-Policy.
 */
export async function pageNonce(): Promise<string> {
  const nonce = (await headers()).get(NONCE_HEADER);
  if (!nonce) throw new Error("This page has no CSP nonce: serve the app with `npm run serve` (scripts/serve.ts), not `next start`.");
  return nonce;
}
