// The world map's geometry, projected once per process from Natural Earth's packaged TopoJSON (world-atlas):
// nothing is fetched, and requests only look shapes up. Pure apart from that cache; no React here.
import { geoArea, geoCentroid, geoEqualEarth, geoPath, type GeoProjection } from "d3-geo";
import type { Feature, MultiPolygon, Polygon } from "geojson";
import { feature, merge } from "topojson-client";
import type { GeometryCollection, MultiPolygon as TopoMultiPolygon, Polygon as TopoPolygon, Topology } from "topojson-specification";
import countries110m from "world-atlas/countries-110m.json";
import countries50m from "world-atlas/countries-50m.json";
import { CompactPathContext } from "./compact-path";
import { CENTROIDS_MISSING_FROM_ATLAS } from "./missing-centroids";

type CountryProperties = { name: string };
type CountryGeometry = TopoPolygon<CountryProperties> | TopoMultiPolygon<CountryProperties>;
type CountryTopology = Topology<{ countries: GeometryCollection<CountryProperties> }>;
type CountryArea = Feature<Polygon | MultiPolygon>;

/** A position in viewBox units. */
export type MapPoint = readonly [x: number, y: number];

export type CountryShape = {
  /** SVG path data ("" when the country rounds away to nothing at this scale). */
  path: string;
  /** Projected area in square viewBox units. */
  area: number;
  /** Where its marker goes (on its largest piece of land), when it is too small to click. */
  marker: MapPoint | null;
};

export type WorldGeometry = {
  width: number;
  height: number;
  /** All the land drawn (every country but Antarctica) as one path, under the shaded countries. */
  landPath: string;
  /** Where pages reference the land from (app/map/land.svg): its address changes with the geometry. */
  landHref: string;
  /** Shapes by ISO 3166-1 numeric code (or alpha-2 code for an area Natural Earth gives no number). */
  shapes: ReadonlyMap<string, CountryShape>;
  /** Marker positions of countries the 110m file has no shape for, by numeric code and by alpha-2 code. */
  markersOnly: ReadonlyMap<string, MapPoint>;
};

export const MAP_WIDTH = 960;
export const MAP_HEIGHT = 440;
/** Keeps markers of countries at the map's edge (Fiji, Samoa, Kiribati) inside the viewBox. */
const EDGE = 12;
export const MARKER_RADIUS = 8;
/**
 * Below this projected area (square viewBox units, about a 5.5-unit square: some 6 CSS px on a desktop-wide
 * map) a country also gets a marker, a disc of 200: Belgium, Lebanon, Jamaica, El Salvador, Taiwan do.
 * A higher threshold would add markers for the Netherlands, Denmark, Switzerland, Croatia and the Baltic
 * states, which are clickable as they are, and pile even more discs up over Europe.
 */
export const SMALL_AREA = 30;

const ANTARCTICA = "010";
/**
 * Areas Natural Earth draws on their own without an ISO 3166-1 numeric code. The platform's country list
 * follows ISO 3166-1 (and UN M49), which counts Somaliland within Somalia and northern Cyprus within
 * Cyprus, so their land is shaded with those countries; Kosovo is a country of its own on the platform,
 * known by its user-assigned alpha-2 code XK.
 */
const UNNUMBERED_AREAS: Readonly<Record<string, { partOf: string } | { code: string }>> = {
  Somaliland: { partOf: "706" },
  "N. Cyprus": { partOf: "196" },
  Kosovo: { code: "XK" },
};

let cached: WorldGeometry | undefined;

/** The projected world, built on first use and then shared by every request of this process. */
export function worldGeometry(): WorldGeometry {
  cached ??= buildWorldGeometry();
  return cached;
}

/** Where a country is on the map: its shape, or only a marker, or nothing (it stays in the text list). */
export function locateCountry(
  geometry: WorldGeometry,
  country: { code: string; numericCode: string },
): { shape: CountryShape } | { marker: MapPoint } | null {
  const shape = geometry.shapes.get(country.numericCode) ?? geometry.shapes.get(country.code.toUpperCase());
  if (shape) return { shape };
  const marker = geometry.markersOnly.get(country.numericCode) ?? geometry.markersOnly.get(country.code.toUpperCase());
  return marker ? { marker } : null;
}

function buildWorldGeometry(): WorldGeometry {
  const topology = countries110m as unknown as CountryTopology;
  // Antarctica has no members and would take a fifth of the map's height (and 5 KB): it is left out.
  const drawn = [...countryAreas(topology, (key) => key !== ANTARCTICA)];
  const world = { type: "FeatureCollection" as const, features: drawn.map(([, area]) => area) };
  // Equal Earth keeps areas true, so no country looks bigger than it is. Its parallels are straight and the
  // 110m arcs short, so adaptive resampling adds no point at this scale: off, first use is 3× faster.
  const projection = geoEqualEarth().precision(0).fitExtent([[EDGE, EDGE], [MAP_WIDTH - EDGE, MAP_HEIGHT - EDGE]], world);
  const measure = geoPath(projection);
  const writer = new CompactPathContext();
  const draw = geoPath(projection, writer);
  const pathOf = (area: CountryArea): string => {
    draw(area);
    return writer.result();
  };

  const shapes = new Map<string, CountryShape>();
  for (const [key, area] of drawn) {
    const projectedArea = measure.area(area);
    const marker = projectedArea < SMALL_AREA ? markerOf(area, projection) : null;
    shapes.set(key, { path: pathOf(area), area: projectedArea, marker });
  }
  // One path for all the land: merging the countries' arcs drops the borders between them.
  const land = merge(topology, topology.objects.countries.geometries.filter((g) => g.id !== ANTARCTICA) as CountryGeometry[]);
  const landPath = pathOf({ type: "Feature", properties: {}, geometry: land });
  return { width: MAP_WIDTH, height: MAP_HEIGHT, landPath, landHref: `/map/land.svg?v=${contentVersion(landPath)}#land`, shapes, markersOnly: markersOnly(shapes, projection) };
}

/** Each country of the topology as one feature, keyed as `shapes` is, with unnumbered areas placed. */
function countryAreas(topology: CountryTopology, include: (key: string) => boolean = () => true): Map<string, CountryArea> {
  const geometries = topology.objects.countries.geometries as CountryGeometry[];
  const parts = new Map<string, CountryGeometry[]>();
  for (const geometry of geometries) {
    const unnumbered = geometry.id === undefined ? UNNUMBERED_AREAS[geometry.properties?.name ?? ""] : undefined;
    const key = unnumbered ? ("partOf" in unnumbered ? unnumbered.partOf : unnumbered.code) : geometry.id;
    if (key === undefined || !include(String(key))) continue;
    parts.set(String(key), [...(parts.get(String(key)) ?? []), geometry]);
  }
  return new Map(
    [...parts].map(([key, pieces]) => [
      key,
      pieces.length === 1
        ? (feature(topology, pieces[0]!) as CountryArea)
        : { type: "Feature", properties: {}, geometry: merge(topology, pieces) },
    ]),
  );
}

/**
 * The centre of a country's largest piece of land. The centroid of all its pieces can fall far out at sea,
 * or, for Kiribati, whose islands lie on both sides of the map's edge, in the middle of the map.
 */
function markerOf(area: CountryArea, projection: GeoProjection): MapPoint | null {
  const polygons = area.geometry.type === "Polygon" ? [area.geometry.coordinates] : area.geometry.coordinates;
  let largest: Polygon | undefined;
  let largestArea = -1;
  for (const coordinates of polygons) {
    const polygon: Polygon = { type: "Polygon", coordinates };
    const size = geoArea(polygon);
    if (size > largestArea) [largest, largestArea] = [polygon, size];
  }
  const point = largest ? projection(geoCentroid(largest)) : null;
  return point ? [Math.round(point[0]), Math.round(point[1])] : null;
}

/**
 * Markers for the countries the 110m file does not draw (Singapore, Malta, Bahrain, most island states):
 * placed from the 50m file, read once here only for that, or from a short table for the few it lacks too.
 */
function markersOnly(shapes: ReadonlyMap<string, CountryShape>, projection: GeoProjection): Map<string, MapPoint> {
  const markers = new Map<string, MapPoint>();
  const detailed = countries50m as unknown as CountryTopology;
  for (const [key, area] of countryAreas(detailed, (key) => !shapes.has(key) && key !== ANTARCTICA)) {
    const marker = markerOf(area, projection);
    if (marker) markers.set(key, marker);
  }
  for (const [code, lonLat] of Object.entries(CENTROIDS_MISSING_FROM_ATLAS)) {
    const point = projection(lonLat);
    if (point && !markers.has(code)) markers.set(code, [Math.round(point[0]), Math.round(point[1])]);
  }
  return markers;
}

/** A short, stable fingerprint of some text (FNV-1a), to version a static file's address by its content. */
function contentVersion(text: string): string {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) hash = Math.imul(hash ^ text.charCodeAt(i), 0x01000193) >>> 0;
  return hash.toString(36);
}
