import { describe, expect, it } from "vitest";
import { buildCountryRows } from "@/lib/countries/reference-data";
import { locateCountry, MAP_HEIGHT, MAP_WIDTH, MARKER_RADIUS, worldGeometry } from "./world-geometry";

const geometry = worldGeometry();
const rows = buildCountryRows();
const row = (code: string) => rows.find((candidate) => candidate.code === code)!;
const locate = (code: string) => locateCountry(geometry, row(code));

describe("worldGeometry", () => {
  it("is computed once per process: later calls return the same object", () => {
    expect(worldGeometry()).toBe(geometry);
    expect(worldGeometry().shapes).toBe(geometry.shapes);
  });

  it("draws all the land as one path of many rings, in a fixed viewBox", () => {
    expect([geometry.width, geometry.height]).toEqual([MAP_WIDTH, MAP_HEIGHT]);
    expect(geometry.landPath.match(/z/g)!.length).toBeGreaterThan(100);
  });

  it("places every country of the platform's list except Antarctica and the scattered U.S. Outlying Islands", () => {
    const unplaced = rows.filter((country) => !locateCountry(geometry, country)).map((country) => country.code);
    expect(unplaced).toEqual(["AQ", "UM"]);
  });

  it("gives a large country a shape without a marker, and a small one a shape with a marker", () => {
    for (const code of ["FR", "NL"]) {
      expect(locate(code)).toMatchObject({ shape: { marker: null } });
      expect(locate(code)).not.toHaveProperty("shape.path", "");
    }
    for (const code of ["LU", "BE", "JM", "LB", "SV"]) expect(locate(code)).toMatchObject({ shape: { marker: expect.any(Array) } });
  });

  it("gives countries missing from the 110m file a marker from the 50m file or the table of centroids", () => {
    for (const code of ["SG", "MT", "BH", "BB", "MV", "WS", "HK", "GF", "RE", "TV"]) expect(locate(code)).toEqual({ marker: expect.any(Array) });
    const [x, y] = (locate("SG") as { marker: [number, number] }).marker;
    // Singapore lies just north of the equator, south of the Malay peninsula: right of the map's centre.
    expect(x).toBeGreaterThan(MAP_WIDTH * 0.7);
    expect(y).toBeGreaterThan(MAP_HEIGHT * 0.45);
  });

  it("finds Kosovo, which Natural Earth leaves without a numeric code, by its alpha-2 code", () => {
    expect(locateCountry(geometry, { code: "XK", numericCode: "983" })).toMatchObject({ shape: { marker: expect.any(Array) } });
  });

  it("puts a marker on a country's largest island, not between islands on both edges of the map", () => {
    // Kiribati spans the antimeridian: the centroid of all its islands would sit in the middle of the map.
    const [x] = (locate("KI") as { marker: [number, number] }).marker;
    expect(x < MAP_WIDTH * 0.1 || x > MAP_WIDTH * 0.9).toBe(true);
  });

  it("keeps every marker inside the viewBox", () => {
    const markers = [...geometry.markersOnly.values(), ...[...geometry.shapes.values()].flatMap((shape) => (shape.marker ? [shape.marker] : []))];
    for (const [x, y] of markers) {
      expect(x - MARKER_RADIUS).toBeGreaterThanOrEqual(0);
      expect(x + MARKER_RADIUS).toBeLessThanOrEqual(MAP_WIDTH);
      expect(y - MARKER_RADIUS).toBeGreaterThanOrEqual(0);
      expect(y + MARKER_RADIUS).toBeLessThanOrEqual(MAP_HEIGHT);
    }
  });

  it("does not find a code it does not know", () => {
    expect(locateCountry(geometry, { code: "ZZ", numericCode: "999" })).toBeNull();
  });
});
