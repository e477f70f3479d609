// The areas of the platform that exist as placeholders for now, and the public pages around them.
export const NAV_AREAS = [
  { href: "/board", key: "board" },
  { href: "/directory", key: "directory" },
  { href: "/organizations", key: "organizations" },
  { href: "/countries", key: "countries" },
  { href: "/collaborations", key: "collaborations" },
  { href: "/admin", key: "admin" },
] as const;

export const OTHER_PLACEHOLDERS = [
  { href: "/apply", key: "apply" },
  { href: "/sign-in", key: "signIn" },
] as const;

export const PLACEHOLDERS = [...NAV_AREAS, ...OTHER_PLACEHOLDERS];

/** Every page a visitor can reach today. */
export const PUBLIC_PAGES = ["/", ...PLACEHOLDERS.map((area) => area.href)];
