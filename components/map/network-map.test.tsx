import { gzipSync } from "node:zlib";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { buildCountryRows } from "@/lib/countries/reference-data";
import { MAP_SHADES, shadeClass } from "./map-shades";
import { NetworkMap, type MapCountry } from "./network-map";
import { worldGeometry } from "./world-geometry";

/**
 * The budget of the map's SVG markup (the list under it is not counted). Measured when written: 25
 * countries 30.5 KB raw / 6.9 KB gzip; all 250 countries 95 KB / 19 KB. Growing past it fails the test.
 */
const BUDGET = {
  typical: { raw: 36_000, gzip: 9_000 },
  everyCountry: { raw: 110_000, gzip: 24_000 },
};

const rows = buildCountryRows();
const TYPICAL = ["AR", "AU", "BR", "CA", "CO", "DE", "ES", "FR", "GB", "GH", "ID", "IN", "IT", "JM", "KE", "MX", "NG", "NZ", "PH", "PK", "SG", "UG", "US", "ZA", "ZW"];

function mapCountry(code: string, index = 0): MapCountry {
  const row = rows.find((candidate) => candidate.code === code);
  const [numericCode, name] = row ? [row.numericCode, row.name] : ["999", code];
  return {
    code,
    numericCode,
    name,
    href: `/countries/${code.toLowerCase()}`,
    label: `${name}: ${(index % 40) + 1} members, ${index % 7} organizations`,
    intensity: (index % 10) / 9,
  };
}

function render(countries: MapCountry[]): string {
  return renderToStaticMarkup(<NetworkMap countries={countries} title="Where our members are" description="Shaded countries have members." />);
}

function svgOf(html: string): string {
  return html.slice(html.indexOf("<svg"), html.indexOf("</svg>") + "</svg>".length);
}

/** The links drawn in the SVG, in painting order, with what each contains. */
function mapLinks(html: string) {
  return [...svgOf(html).matchAll(/<a href="([^"]*)" aria-label="([^"]*)" class="([^"]*)"><title>([^<]*)<\/title>(.*?)<\/a>/g)].map(
    ([, href, label, className, title, content]) => ({ href, label, className, title, hasShape: content!.includes("<path"), marker: /<circle cx="\d+" cy="\d+" r="(\d+)"/.exec(content!)?.[1] }),
  );
}

describe("NetworkMap", () => {
  it("makes each shaded country a link to its page, named by its label", () => {
    const countries = ["KE", "BR", "FR"].map(mapCountry);
    const links = mapLinks(render(countries));
    expect(links.map(({ href, label, title }) => ({ href, label, title }))).toEqual(
      countries.map(({ href, label }) => ({ href, label, title: label })),
    );
    expect(links.every((link) => link.hasShape && !link.marker)).toBe(true);
  });

  it("gives small countries a marker of at least 8 viewBox units, painted above the shapes, the smallest on top", () => {
    const links = mapLinks(render(["SG", "KE", "BE", "MT", "LU"].map(mapCountry)));
    expect(links.map((link) => link.href)).toEqual(["/countries/ke", "/countries/be", "/countries/lu", "/countries/sg", "/countries/mt"]);
    const byHref = new Map(links.map((link) => [link.href, link]));
    // Singapore and Malta are missing from the 110m file: a marker only. Luxembourg has a (tiny) shape too.
    expect(byHref.get("/countries/sg")).toMatchObject({ hasShape: false, label: "Singapore: 1 members, 0 organizations" });
    expect(byHref.get("/countries/mt")).toMatchObject({ hasShape: false });
    expect(byHref.get("/countries/lu")).toMatchObject({ hasShape: true });
    for (const code of ["sg", "mt", "lu", "be"]) expect(Number(byHref.get(`/countries/${code}`)?.marker)).toBeGreaterThanOrEqual(8);
  });

  it("lists every country with its label and link, also one the geometry does not know, which breaks nothing", () => {
    const countries = [mapCountry("KE"), { ...mapCountry("ZZ"), label: "Atlantis: 3 members" }, mapCountry("XK"), mapCountry("UM")];
    const html = render(countries);
    expect(mapLinks(html).map((link) => link.href)).toEqual(["/countries/ke", "/countries/xk"]);
    const list = html.slice(html.indexOf("<ul"));
    const listed = [...list.matchAll(/<li[^>]*><a href="([^"]*)"[^>]*>([^<]*)<\/a><\/li>/g)].map(([, href, text]) => [href, text]);
    expect(listed).toEqual(countries.map(({ href, label }) => [href, label]));
  });

  it("draws the unshaded land from its cached file, once, under the links, and not in the page", async () => {
    const svg = svgOf(render([mapCountry("KE")]));
    const uses = [...svg.matchAll(/<use href="([^"]*)" class="fill-line[^"]*"/g)];
    expect(uses.map((use) => use[1])).toEqual([worldGeometry().landHref]);
    expect(worldGeometry().landHref).toMatch(/^\/map\/land\.svg\?v=[a-z0-9]+#land$/);
    expect(svg).not.toContain(worldGeometry().landPath.slice(0, 200));
    expect(svg.indexOf("fill-line")).toBeLessThan(svg.indexOf("<a "));
    const { GET } = await import("@/app/map/land.svg/route");
    const file = await GET().text();
    expect(file).toContain(`<path id="land" d="${worldGeometry().landPath}"/>`);
  });

  it("is a named, described group that scales to its container", () => {
    const html = render([mapCountry("KE")]);
    const svgTag = /<svg[^>]*>/.exec(html)![0];
    expect(svgTag).toContain('viewBox="0 0 960 440"');
    expect(svgTag).toContain('width="100%"');
    expect(svgTag).not.toMatch(/\sheight=/);
    expect(svgTag).toContain('role="group"');
    expect(svgTag).not.toContain("aria-hidden");
    const titleId = /aria-labelledby="([^"]+)"/.exec(svgTag)![1];
    const descriptionId = /aria-describedby="([^"]+)"/.exec(svgTag)![1];
    expect(html).toContain(`<title id="${titleId}">Where our members are</title>`);
    expect(html).toContain(`id="${descriptionId}" class="mt-3 text-sm text-muted">Shaded countries have members.</p>`);
  });

  it("shades by intensity in four steps, clamping what is out of range", () => {
    expect([0, 0.24, 0.25, 0.5, 0.99, 1, -3, 7, Number.NaN].map(shadeClass)).toEqual([
      MAP_SHADES[0], MAP_SHADES[0], MAP_SHADES[1], MAP_SHADES[2], MAP_SHADES[3], MAP_SHADES[3], MAP_SHADES[0], MAP_SHADES[3], MAP_SHADES[0],
    ]);
    const [link] = mapLinks(render([{ ...mapCountry("KE"), intensity: 1 }]));
    expect(link?.className).toBe(MAP_SHADES[3]);
  });

  it("escapes labels and links like any text", () => {
    const html = render([{ ...mapCountry("BA"), label: 'Bosnia & Herzegovina: "3" members', href: "/countries/ba?x=1&y=2" }]);
    expect(html).toContain('aria-label="Bosnia &amp; Herzegovina: &quot;3&quot; members"');
    expect(html).toContain('href="/countries/ba?x=1&amp;y=2"');
  });

  it("renders the bare map, without a list, when no country has members yet", () => {
    const html = render([]);
    expect(html).toContain("<svg");
    expect(html).not.toContain("<a ");
    expect(html).not.toContain("<ul");
  });

  it.each([
    ["typical", TYPICAL, BUDGET.typical],
    ["everyCountry", rows.map((row) => row.code), BUDGET.everyCountry],
  ] as const)("keeps the SVG within its budget with %s shaded", (_, codes, budget) => {
    const svg = svgOf(render(codes.map((code, index) => mapCountry(code, index))));
    expect(svg.length).toBeLessThanOrEqual(budget.raw);
    expect(gzipSync(svg).length).toBeLessThanOrEqual(budget.gzip);
  });
});
