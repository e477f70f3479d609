// The areas of the platform, in menu order. Labels come from the "Nav" messages. Each item is shown to the
// viewers its page lets in: the same policy guards the page (server-side) and decides the link.
import { canApply, canEnterAdminArea, canEnterMemberArea, canViewOwnApplication, type Policy } from "@/lib/auth/policy";
import type { Viewer } from "@/lib/auth/viewer-types";

export type NavItem = {
  href: string;
  label: "apply" | "application" | "board" | "directory" | "organizations" | "countries" | "rules" | "collaborations" | "resources" | "monitoring" | "messages" | "admin";
  canOpen: Policy;
};

export const primaryNavItems: readonly NavItem[] = [
  { href: "/apply", label: "apply", canOpen: canApply },
  { href: "/application", label: "application", canOpen: canViewOwnApplication },
  { href: "/board", label: "board", canOpen: canEnterMemberArea },
  { href: "/directory", label: "directory", canOpen: canEnterMemberArea },
  { href: "/organizations", label: "organizations", canOpen: canEnterMemberArea },
  { href: "/countries", label: "countries", canOpen: canEnterMemberArea },
  { href: "/rules", label: "rules", canOpen: canEnterMemberArea },
  { href: "/collaborations", label: "collaborations", canOpen: canEnterMemberArea },
  { href: "/resources", label: "resources", canOpen: canEnterMemberArea },
  { href: "/monitoring", label: "monitoring", canOpen: canEnterMemberArea },
  { href: "/messages", label: "messages", canOpen: canEnterMemberArea },
  { href: "/admin", label: "admin", canOpen: canEnterAdminArea },
];

/** The navigation this viewer sees: only what they may open. */
export function navItemsFor(viewer: Viewer): NavItem[] {
  return primaryNavItems.filter((item) => item.canOpen(viewer));
}

export const BANGKOK_RULES_URL =
  "https://www.unodc.org/documents/justice-and-prison-reform/Bangkok_Rules_ENG_22032015.pdf";
