import type { MetadataRoute } from "next";

// A closed network: ask every crawler to stay out of everything.
export default function robots(): MetadataRoute.Robots {
  return { rules: { userAgent: "*", disallow: "/" } };
}
