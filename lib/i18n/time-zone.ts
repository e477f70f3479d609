// The time zone times are shown in. Pure: safe on server, client and in tests.
//
// The server cannot know a visitor's time zone, so it is kept in a cookie (not on the account: a zone says
// roughly where someone is, which this network does not store). Admin pages set it from the browser with a
// few lines of script when it is missing (TIME_ZONE_SCRIPT), and anyone can choose it on
// /admin/time-zone with a plain form, which works without JavaScript. Until then times are in UTC, and
// every time on an admin page names its zone, so none can be misread.
// The one zone kept on an account is the one a member chooses for their emails on /account/notifications
// (User.timeZone): stored only when chosen, used only to time emails.
import { z } from "zod";

export const TIME_ZONE_COOKIE = "WIPN_TZ";
export const DEFAULT_TIME_ZONE = "UTC";
export const TIME_ZONE_COOKIE_MAX_AGE_SECONDS = 60 * 60 * 24 * 365;

/** An IANA time zone this runtime knows (aliases such as "Asia/Calcutta" included), or "UTC". */
export function isTimeZone(value: unknown): value is string {
  if (typeof value !== "string" || !/^[A-Za-z][A-Za-z0-9_+\-/]{0,63}$/.test(value)) return false;
  try {
    new Intl.DateTimeFormat("en", { timeZone: value });
    return true;
  } catch {
    return false;
  }
}

export function resolveTimeZone(cookie: string | null | undefined): string {
  return isTimeZone(cookie) ? cookie : DEFAULT_TIME_ZONE;
}

/** The zones to choose from: UTC first, then every zone the runtime lists, by name. */
export function timeZoneChoices(): string[] {
  return [DEFAULT_TIME_ZONE, ...Intl.supportedValuesOf("timeZone").filter((zone) => zone !== DEFAULT_TIME_ZONE)];
}

export const setTimeZoneSchema = z.object({ timeZone: z.string().max(64).refine(isTimeZone, { error: "Errors.fields.invalid_value" }) });

/**
 * Stores the browser's time zone when none is stored yet (a choice made on /admin/time-zone is never
 * overwritten). It takes effect from the next page; the page it runs on says which zone it used.
 */
export const TIME_ZONE_SCRIPT =
  `(function(){try{if(/(^|; )${TIME_ZONE_COOKIE}=/.test(document.cookie))return;` +
  `var z=Intl.DateTimeFormat().resolvedOptions().timeZone;if(!z)return;` +
  `document.cookie="${TIME_ZONE_COOKIE}="+encodeURIComponent(z)+"; path=/; max-age=${TIME_ZONE_COOKIE_MAX_AGE_SECONDS}; samesite=lax"+(location.protocol==="https:"?"; secure":"")}catch(e){}})();`;
