import { messages } from "./messages";

// The areas of the platform in the main navigation, open to signed-in members only (the admin area is for
// staff). Those not built yet are placeholders that say the feature is coming; the others name their page.
export const MEMBER_AREAS = [
  { href: "/board", key: "board", built: true },
  { href: "/directory", key: "directory", built: true },
  { href: "/organizations", key: "organizations", built: true },
  { href: "/countries", key: "countries", built: true },
  { href: "/rules", key: "rules", built: true },
  { href: "/collaborations", key: "collaborations", built: true },
  { href: "/resources", key: "resources", built: true },
  { href: "/monitoring", key: "monitoring", built: true },
  { href: "/messages", key: "messages", built: true },
] as const;

const en = messages("en");

/** The heading of an area's page: its own title once built, the placeholder's until then. */
export function areaTitle(area: (typeof MEMBER_AREAS)[number]): string {
  const built: Record<string, string> = { "/board": en.Board.title, "/directory": en.Directory.title, "/organizations": en.OrganizationList.title, "/countries": en.Countries.title, "/rules": en.RulesHub.title, "/collaborations": en.Collaborations.title, "/resources": en.Resources.title, "/monitoring": en.MonitoringOverview.title, "/messages": en.Messages.title };
  return area.built ? built[area.href]! : (en.Placeholders as unknown as Record<string, { title: string }>)[area.key]!.title;
}

/** Pages anyone can open without signing in. */
export const PUBLIC_PAGES = ["/", "/sign-in", "/apply"];
