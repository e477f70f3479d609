import { createHash } from "node:crypto";
import { worldGeometry } from "@/components/map/world-geometry";

// The map's unshaded land, the same for every page and every viewer, as a file of its own: maps reference it
// (<use href="/map/land.svg?v=…#land">), so a page carries only its shaded countries, and browsers cache it
// (its address changes with the geometry). World geometry only: nothing about members.
export function GET() {
  const { width, height, landPath } = worldGeometry();
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${width} ${height}"><path id="land" d="${landPath}"/></svg>`;
  return new Response(svg, {
    headers: {
      "Content-Type": "image/svg+xml; charset=utf-8",
      "Cache-Control": "public, max-age=31536000, immutable",
      ETag: `"${createHash("sha256").update(svg).digest("hex").slice(0, 32)}"`,
    },
  });
}
