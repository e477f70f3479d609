// Which browser and system a session or a new sign-in came from, for the list of sessions and for
// new-sign-in alerts. Deliberately coarse: no versions, no device models. Parsed by `bowser`; the names are
// product names and stay untranslated, while the sentence around them ("Firefox on Android", "Unknown
// browser") is written by the caller from the catalogues, in the reader's language.
import Bowser from "bowser";

export type UserAgentParts = { browser?: string; system?: string };

// Real user agents are a few hundred characters; a client can send kilobytes, which only costs us time.
const MAX_USER_AGENT_LENGTH = 1024;

// bowser's names are mostly what people call their browser; these read better beside a system name.
const BROWSER_NAMES: Record<string, string | undefined> = {
  "Samsung Internet for Android": "Samsung Internet",
  // bowser's fallback for a user agent it does not recognize: the token every browser sends, naming none.
  Mozilla: undefined,
};

export function parseUserAgent(userAgent: string | null | undefined): UserAgentParts {
  const text = userAgent?.trim().slice(0, MAX_USER_AGENT_LENGTH);
  if (!text) return {};
  const { browser, os } = Bowser.parse(text);
  const name = browser.name && Object.hasOwn(BROWSER_NAMES, browser.name) ? BROWSER_NAMES[browser.name] : browser.name;
  return { ...(name ? { browser: name } : {}), ...(os.name ? { system: os.name } : {}) };
}
