// What a service needs to know about the request besides the viewer: the language to write to someone
// whose account has no saved preference, the client's address (rate limits), and a way to run work after
// the response is sent.
import type { Locale } from "@/lib/i18n/config";

export type RequestContext = {
  /** The language of the page the request came from. */
  locale?: Locale;
  clientAddress?: string | null;
  /**
   * Runs a task after the response (next/server's `after`), so the response takes the same time whatever
   * the task finds. Without it (tests, scripts) the task runs before the service returns.
   */
  defer?: (task: () => Promise<void>) => void;
};

/** The language of emails to a member: their saved preference, else the language they are using. */
export function mailLocale(saved: string | null | undefined, context: RequestContext = {}): string {
  return saved ?? context.locale ?? "en";
}
