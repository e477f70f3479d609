import "server-only";
import { getLocale } from "next-intl/server";
import { headers } from "next/headers";
import { after } from "next/server";
import type { Locale } from "@/lib/i18n/config";
import { clientAddress } from "@/lib/rate-limit/client-address";

// What a service needs to know about the request besides the viewer. Services never read the request
// themselves: actions build this with requestContext(), integration tests write one by hand. Links in
// emails do not come from here but from lib/links.ts (AUTH_URL), never from the request's Host header.

export type RequestContext = {
  /** The interface language of the request: an applicant's account and emails follow it. */
  locale?: Locale;
  /** For per-address rate limits, as the trusted proxies report it (see lib/rate-limit/client-address.ts). */
  clientAddress?: string;
  /**
   * Runs a task after the response (next/server's `after`), so the response takes the same time whatever
   * the task finds. Without it (tests, scripts) the task runs before the service returns.
   */
  defer?: (task: () => Promise<void>) => void;
};

/** The context of the request being handled, for a server action to hand to a service. */
export async function requestContext(): Promise<RequestContext> {
  const [headerList, locale] = await Promise.all([headers(), getLocale()]);
  return { locale, clientAddress: clientAddress(headerList), defer: (task) => after(task) };
}

/** The language of emails to a member: their saved preference, else the language they are using. */
export function mailLocale(saved: string | null | undefined, context: RequestContext = {}): string {
  return saved ?? context.locale ?? "en";
}
