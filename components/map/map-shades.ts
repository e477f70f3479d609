/**
 * The four shades of a country with members, lightest first: the theme's brand-600 to brand-900
 * (app/globals.css). Even the lightest has 5.1:1 against the unshaded land (`line`, #d6d3d1) and 7:1
 * against the page (`canvas`), above the 3:1 WCAG asks of graphics; the steps between shades are
 * subtler, which is fine since each country's label and the list give its numbers.
 */
export const MAP_SHADES = ["fill-brand-600", "fill-brand-700", "fill-brand-800", "fill-brand-900"] as const;

/** The shade class for an intensity of 0..1 (anything outside, or not a number, is clamped). */
export function shadeClass(intensity: number): (typeof MAP_SHADES)[number] {
  const clamped = Number.isFinite(intensity) ? Math.min(1, Math.max(0, intensity)) : 0;
  return MAP_SHADES[Math.min(MAP_SHADES.length - 1, Math.floor(clamped * MAP_SHADES.length))]!;
}
