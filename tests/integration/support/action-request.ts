// Calling a real server action from an integration test, as a browser's form post would: the request (its
// headers, cookies, language and session) is what this module says, and everything past the request —
// parsing, rate limits, services, the database — is the app's own code against PostgreSQL. A test file
// wires it in with (vi.mock factories are hoisted, hence the dynamic imports):
//
//   vi.mock("next/headers", async () => (await import("./support/action-request")).nextHeadersModule);
//   vi.mock("next-intl/server", async () => (await import("./support/action-request")).nextIntlServerModule);
import { createTranslator } from "next-intl";
import { encode } from "next-auth/jwt";
import { sessionCookieName } from "@/lib/auth/session-cookie";
import { env } from "@/lib/env";
import { catalogs } from "@/lib/i18n/catalogs";
import type { Locale } from "@/lib/i18n/config";

export const actionRequest = {
  headers: new Headers(),
  cookies: new Map<string, string>(),
  locale: "en" as Locale,
};

/** A fresh anonymous request from this client address (the e2e and integration set-ups trust one proxy). */
export function newActionRequest(overrides: { address?: string; locale?: Locale } = {}): void {
  actionRequest.headers = new Headers(overrides.address ? { "x-forwarded-for": overrides.address } : {});
  actionRequest.cookies = new Map();
  actionRequest.locale = overrides.locale ?? "en";
}

/** A form post's body; arrays become repeated fields, like checkbox groups. */
export function formData(values: Record<string, string | string[]>): FormData {
  const data = new FormData();
  for (const [name, value] of Object.entries(values)) for (const one of [value].flat()) data.append(name, one);
  return data;
}

const cookieStore = {
  get: (name: string) => (actionRequest.cookies.has(name) ? { name, value: actionRequest.cookies.get(name) as string } : undefined),
  set: (name: string, value: string) => void actionRequest.cookies.set(name, value),
  delete: (name: string) => void actionRequest.cookies.delete(name),
  has: (name: string) => actionRequest.cookies.has(name),
  getAll: () => [...actionRequest.cookies].map(([name, value]) => ({ name, value })),
};

export const nextHeadersModule = {
  headers: async () => actionRequest.headers,
  cookies: async () => cookieStore,
};

type TranslationsArgument = string | { namespace?: string; locale?: string } | undefined;

function translator(argument: TranslationsArgument) {
  const options = typeof argument === "object" ? argument : { namespace: argument };
  const locale = (options.locale ?? actionRequest.locale) as Locale;
  return createTranslator({ locale, messages: catalogs[locale], namespace: options.namespace as never });
}

export const nextIntlServerModule = {
  getTranslations: async (argument?: TranslationsArgument) => translator(argument),
  getLocale: async () => actionRequest.locale,
};

/** Makes the request signed in as a browser holding a registered session's cookie: Auth.js's own JWT, sealed with AUTH_SECRET. */
export async function signInActionRequest(sessionToken: string, userId: string): Promise<void> {
  const name = sessionCookieName();
  actionRequest.cookies.set(name, await encode({ token: { sub: userId, sid: sessionToken }, secret: env().AUTH_SECRET!, salt: name }));
}
