import { describe, expect, it } from "vitest";
import { isTimeZone, resolveTimeZone, setTimeZoneSchema, timeZoneChoices } from "./time-zone";

describe("time zones", () => {
  it("accepts the zones the runtime knows, aliases included, and nothing else", () => {
    for (const zone of ["UTC", "Europe/Paris", "America/Argentina/Buenos_Aires", "Pacific/Chatham", "Asia/Calcutta", "Etc/GMT+5"]) expect([zone, isTimeZone(zone)]).toEqual([zone, true]);
    for (const zone of ["", "Mars/Olympus", "../etc/passwd", "Europe/Paris; path=/", "x".repeat(65), 42, null]) expect([zone, isTimeZone(zone)]).toEqual([zone, false]);
  });

  it("falls back to UTC when the cookie holds nothing usable", () => {
    expect(resolveTimeZone("America/Bogota")).toBe("America/Bogota");
    expect(resolveTimeZone("nowhere")).toBe("UTC");
    expect(resolveTimeZone(undefined)).toBe("UTC");
  });

  it("offers UTC first, then every zone once", () => {
    const choices = timeZoneChoices();
    expect(choices[0]).toBe("UTC");
    expect(new Set(choices).size).toBe(choices.length);
    expect(choices).toEqual(expect.arrayContaining(["Africa/Nairobi", "America/Sao_Paulo", "Asia/Tehran"]));
    expect(setTimeZoneSchema.safeParse({ timeZone: "Africa/Nairobi" }).success).toBe(true);
    expect(setTimeZoneSchema.safeParse({ timeZone: "Africa/Atlantis" }).success).toBe(false);
  });
});
