import { describe, expect, it } from "vitest";
import { decodeCursor, directoryFilterSchema, directoryHref, encodeCursor } from "./schema";

describe("directory filters", () => {
  it("reads every filter from the address and ignores what is unusable", () => {
    expect(directoryFilterSchema.parse({ q: " Bogotá ", country: "co", language: "es", area: "HEALTH", rule: "23", organization: "casa-luz", sort: "newest" })).toEqual({
      q: "Bogotá",
      country: "CO",
      language: "es",
      area: "HEALTH",
      rule: "23",
      organization: "casa-luz",
      sort: "newest",
    });
    expect(directoryFilterSchema.parse({ country: "Colombia", language: "xx", area: "nope", rule: "71", organization: "Bad Slug", sort: "random", continent: "africa", region: "1" })).toEqual({ sort: "name" });
  });

  it("round-trips a cursor and starts over on a tampered one", () => {
    const cursor = { key: "maria jose", userId: "u1" };
    expect(decodeCursor(encodeCursor(cursor))).toEqual(cursor);
    expect(decodeCursor("bm90LWpzb24")).toBeNull();
    expect(decodeCursor(Buffer.from(JSON.stringify([1, 2])).toString("base64url"))).toBeNull();
  });

  it("writes addresses without empty filters or the default sort", () => {
    expect(directoryHref({ q: "ana", country: undefined, sort: "name" })).toBe("/directory?q=ana");
    expect(directoryHref({ sort: "newest", area: "HEALTH" })).toBe("/directory?sort=newest&area=HEALTH");
    expect(directoryHref({})).toBe("/directory");
  });
});
