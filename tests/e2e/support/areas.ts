// The areas of the platform in the main navigation, open to signed-in members only (the admin area is for
// staff). Those not built yet are placeholders that say the feature is coming; the others name their page.
export const MEMBER_AREAS = [
  { href: "/board", key: "board", built: false },
  { href: "/directory", key: "directory", built: true },
  { href: "/organizations", key: "organizations", built: true },
  { href: "/countries", key: "countries", built: true },
  { href: "/collaborations", key: "collaborations", built: false },
] as const;

/** Pages anyone can open without signing in. */
export const PUBLIC_PAGES = ["/", "/sign-in", "/apply"];
