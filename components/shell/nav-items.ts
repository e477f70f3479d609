// The areas of the platform, in menu order. Labels come from the "Nav" messages.
export const primaryNavItems = [
  { href: "/board", label: "board" },
  { href: "/directory", label: "directory" },
  { href: "/organizations", label: "organizations" },
  { href: "/countries", label: "countries" },
  { href: "/collaborations", label: "collaborations" },
  { href: "/admin", label: "admin" },
] as const;

export const BANGKOK_RULES_URL =
  "https://www.unodc.org/documents/justice-and-prison-reform/Bangkok_Rules_ENG_22032015.pdf";
