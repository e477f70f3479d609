// The language switcher's action (lib/i18n/actions.ts), posted to as a browser or a replaying script would.
import { beforeEach, describe, expect, it, vi } from "vitest";
import { setLocaleAction } from "@/lib/i18n/actions";
import { TIME_ZONE_COOKIE } from "@/lib/i18n/time-zone";
import { setTimeZoneAction } from "@/lib/i18n/time-zone-action";
import { LOCALE_COOKIE } from "@/lib/i18n/config";
import { actionRequest, formData, newActionRequest } from "./support/action-request";

vi.mock("next/headers", async () => (await import("./support/action-request")).nextHeadersModule);
vi.mock("next-intl/server", async () => (await import("./support/action-request")).nextIntlServerModule);

beforeEach(() => newActionRequest({ address: "192.0.2.70" }));

/** Where the action sends the browser (its redirect), or what else happened. */
async function outcome(argument: unknown, action: (formData: FormData) => Promise<unknown> = setLocaleAction): Promise<string> {
  try {
    await action(argument as FormData);
    return "returned";
  } catch (error) {
    const digest = String((error as { digest?: unknown }).digest ?? "");
    if (digest.startsWith("NEXT_REDIRECT")) return `redirect ${digest.split(";")[2]}`;
    return `error ${String(error)}`;
  }
}

describe("the language switcher's action", () => {
  it("saves the language and returns to the page it was posted from", async () => {
    expect(await outcome(formData({ locale: "fr", returnTo: "/apply?kind=organization" }))).toBe("redirect /apply?kind=organization");
    expect(actionRequest.cookies.get(LOCALE_COOKIE)).toBe("fr");
  });

  it.each(["/.//evil.example/phish", "//evil.example", "/%2F%2Fevil.example", "/\\evil.example", "https://evil.example"])(
    "never sends the visitor off the site (returnTo %s)",
    async (returnTo) => {
      expect(await outcome(formData({ locale: "es", returnTo }))).toBe("redirect /");
    },
  );

  it.each([
    ["a JSON object", { locale: "es", returnTo: "/board" }],
    ["a string", "locale=es"],
    ["nothing", undefined],
    ["null", null],
  ])("refuses a non-form payload (%s) with a redirect home, not a server error", async (_kind, payload) => {
    expect(await outcome(payload)).toBe("redirect /");
    expect(actionRequest.cookies.size).toBe(0);
  });
});

describe("the time-zone form's action", () => {
  it("stores a valid zone and says so", async () => {
    expect(await outcome(formData({ timeZone: "America/Bogota" }), setTimeZoneAction)).toBe("redirect /admin/time-zone?saved=1");
    expect(actionRequest.cookies.get(TIME_ZONE_COOKIE)).toBe("America/Bogota");
  });

  it.each([
    ["an unknown zone", formData({ timeZone: "Mars/Olympus" })],
    ["a JSON object", { timeZone: "America/Bogota" }],
    ["nothing", undefined],
  ])("refuses %s without storing anything or failing", async (_kind, payload) => {
    expect(await outcome(payload, setTimeZoneAction)).toBe("redirect /admin/time-zone?invalid=1");
    expect(actionRequest.cookies.size).toBe(0);
  });
});
