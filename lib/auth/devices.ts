import "server-only";
import { findUserContact, isKnownDevice } from "./data";
import { queueAccountEmail, rememberDevice } from "./mutations";
import { hashToken, newToken } from "./tokens";
import { parseUserAgent } from "./user-agent";

/** A random, long-lived cookie that tells a browser the member used before from a new one. */
export const DEVICE_COOKIE = "wipn_device";
const ONE_YEAR_SECONDS = 365 * 24 * 60 * 60;

type CookieJar = {
  get(name: string): { value: string } | undefined;
  set(name: string, value: string, options: { httpOnly: boolean; sameSite: "lax"; secure: boolean; path: string; maxAge: number }): unknown;
};

/** Remembers this browser and, when the member has signed in before but never from it, emails them. */
export async function noticeNewDevice(userId: string, userAgent: string | null, cookieJar: CookieJar): Promise<void> {
  let deviceId = cookieJar.get(DEVICE_COOKIE)?.value;
  if (!deviceId || deviceId.length < 32) {
    deviceId = newToken();
    cookieJar.set(DEVICE_COOKIE, deviceId, {
      httpOnly: true,
      sameSite: "lax",
      secure: process.env.NODE_ENV === "production" && process.env.AUTH_URL?.startsWith("https:") === true,
      path: "/",
      maxAge: ONE_YEAR_SECONDS,
    });
  }
  const isNew = await rememberDevice(userId, hashToken(deviceId), userAgent);
  if (!isNew) return;
  const contact = await findUserContact(userId);
  if (contact) {
    await queueAccountEmail(contact.email, contact.locale, "auth.new-device", { ...parseUserAgent(userAgent), time: new Date() });
  }
}

/** Whether this browser (its device cookie) has signed in to the account before. */
export async function isKnownBrowser(userId: string, cookieJar: Pick<CookieJar, "get">): Promise<boolean> {
  const deviceId = cookieJar.get(DEVICE_COOKIE)?.value;
  return !!deviceId && deviceId.length >= 32 && (await isKnownDevice(userId, hashToken(deviceId)));
}
