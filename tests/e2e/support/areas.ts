// The areas of the platform in the main navigation. The member areas are placeholders for now, open to
// signed-in members only; the admin area is for staff.
export const MEMBER_AREAS = [
  { href: "/board", key: "board" },
  { href: "/directory", key: "directory" },
  { href: "/organizations", key: "organizations" },
  { href: "/countries", key: "countries" },
  { href: "/collaborations", key: "collaborations" },
] as const;

/** Pages anyone can open without signing in. */
export const PUBLIC_PAGES = ["/", "/sign-in", "/apply"];
