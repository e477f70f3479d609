import { useId } from "react";
import { cx } from "@/components/ui/class-names";
import { linkClasses } from "@/components/ui/link";
import { shadeClass } from "./map-shades";
import { locateCountry, MARKER_RADIUS, worldGeometry, type MapPoint } from "./world-geometry";

export type MapCountry = {
  /** ISO 3166-1 alpha-2, e.g. "KE" (or "XK" for Kosovo). */
  code: string;
  /** ISO 3166-1 numeric (= UN M49), zero-padded: "404" for Kenya. */
  numericCode: string;
  /** The country's name in the reader's language. */
  name: string;
  /** Its country page. */
  href: string;
  /** Translated accessible text, e.g. "Kenya: 5 members, 2 organizations". */
  label: string;
  /** 0..1, shown as one of four shades. */
  intensity: number;
};

export type NetworkMapProps = {
  /** The countries to shade, in the order the text list shows them. */
  countries: readonly MapCountry[];
  /** Translated name of the map (its accessible name). */
  title: string;
  /** Translated caption shown under the map, e.g. what the shading means. */
  description: string;
  /** False when the page shows the same countries as links itself (the countries page's grouped list). */
  list?: boolean;
  className?: string;
};

// Every link's look, written once on their group rather than on each of up to 250 links: SVG fill and
// stroke are inherited, so a link's shade class colours its shape and its marker alike. Focus is a light
// fill inside a 3 px blue outline (not the page's focus outline, which SVG draws around a bounding box:
// France's reaches French Guiana): at least 3:1 against the shades, the land and the page. In forced
// colours (Windows high contrast) browsers leave SVG colours alone, so system colours are set here.
const countryLinkStyles = cx(
  "stroke-surface [stroke-width:0.75]",
  "[&_a]:outline-none [&_a:hover]:fill-brand-100",
  "[&_a:focus-visible]:fill-brand-100 [&_a:focus-visible]:stroke-focus [&_a:focus-visible]:[stroke-width:3]",
  "forced-colors:[&_a]:fill-[LinkText] forced-colors:[&_a]:stroke-[Canvas]",
  "forced-colors:[&_a:hover]:fill-[Highlight] forced-colors:[&_a:focus-visible]:fill-[Highlight] forced-colors:[&_a:focus-visible]:stroke-[CanvasText]",
);

type PlacedCountry = { country: MapCountry; path: string; marker: MapPoint | null; area: number };

/**
 * The network's countries on a world map: an inline SVG rendered on the server (no script in the browser),
 * each shaded country a link to its page, then the same countries as a list of links.
 *
 * Accessibility: the SVG is a named group (role="group", named by `title`, described by the caption), not
 * aria-hidden: its links are focusable, and axe (aria-hidden-focus) rightly refuses focusable content a
 * screen reader cannot see. Each link is named by its label (aria-label, and a <title> for the pointer's
 * tooltip). The list below is the text equivalent for everyone: every country, also those the map cannot
 * draw (Kosovo, the U.S. Outlying Islands), with targets large enough to tap on a phone, where the map's
 * small countries are not.
 */
export function NetworkMap({ countries, title, description, list = true, className }: NetworkMapProps) {
  const titleId = useId();
  const descriptionId = useId();
  const geometry = worldGeometry();
  const placed = placeCountries(countries);

  return (
    <div className={className}>
      <svg
        viewBox={`0 0 ${geometry.width} ${geometry.height}`}
        width="100%"
        role="group"
        aria-labelledby={titleId}
        aria-describedby={descriptionId}
        // Strokes stay as thick on a 360 px phone as on a desktop, however much the map is scaled.
        className="block h-auto max-w-full **:[vector-effect:non-scaling-stroke]"
      >
        <title id={titleId}>{title}</title>
        {/* The land is the same on every page: a cached file of its own (app/map/land.svg), not in each page. */}
        <use href={geometry.landHref} className="fill-line forced-colors:fill-[Canvas] forced-colors:stroke-[CanvasText]" />
        <g className={countryLinkStyles}>
          {placed.map(({ country, path, marker }) => (
            <a key={country.code} href={country.href} aria-label={country.label} className={shadeClass(country.intensity)}>
              <title>{country.label}</title>
              {path ? <path d={path} /> : null}
              {marker ? <circle cx={marker[0]} cy={marker[1]} r={MARKER_RADIUS} /> : null}
            </a>
          ))}
        </g>
      </svg>
      <p id={descriptionId} className="mt-3 text-sm text-muted">
        {description}
      </p>
      {list && countries.length > 0 ? (
        <ul className="mt-3 gap-x-6 text-sm sm:columns-2 lg:columns-3">
          {countries.map((country) => (
            <li key={country.code} className="break-inside-avoid py-1">
              <a href={country.href} className={linkClasses("inline", "break-words")}>
                {country.label}
              </a>
            </li>
          ))}
        </ul>
      ) : null}
    </div>
  );
}

/**
 * The countries the map can show, in painting order: whole shapes first, in the given order, then those
 * with a marker from the largest to the smallest, so a marker never hides a smaller country's marker
 * (Luxembourg's sits on Belgium's). Countries the geometry does not know are left to the list.
 */
function placeCountries(countries: readonly MapCountry[]): PlacedCountry[] {
  const geometry = worldGeometry();
  const placed: PlacedCountry[] = [];
  for (const country of countries) {
    const location = locateCountry(geometry, country);
    if (!location) continue;
    placed.push(
      "shape" in location
        ? { country, path: location.shape.path, marker: location.shape.marker, area: location.shape.area }
        : { country, path: "", marker: location.marker, area: 0 },
    );
  }
  const withMarker = (entry: PlacedCountry) => (entry.marker ? 1 : 0);
  return placed.sort((a, b) => withMarker(a) - withMarker(b) || (a.marker && b.marker ? b.area - a.area : 0));
}
