// What the directory's search and sort read of a profile, folded on write (lib/search). Only what the member
// shows to the network goes in: a search must not find a member by a field the searcher may not see.
import type { AreaOfWork, Visibility } from "@/lib/generated/prisma/enums";
import { catalogs } from "@/lib/i18n/catalogs";
import { locales } from "@/lib/i18n/config";
import { foldText, searchDocument } from "@/lib/search/text";

export type SearchableProfile = {
  bio: string | null;
  bioVisibility: Visibility;
  areasOfWork: AreaOfWork[];
  keywords: string[];
  areasVisibility: Visibility;
};

/** An area's name in every UI language, so "salud" and "santé" both find members working on health. */
function areaNames(area: AreaOfWork): string[] {
  return locales.map((locale) => catalogs[locale].AreasOfWork[area]);
}

export function profileSearchColumns(displayName: string | null, profile: SearchableProfile): { sortName: string; searchText: string } {
  const sortName = foldText(displayName ?? "").trim();
  const shownAreas = profile.areasVisibility === "MEMBERS";
  return {
    sortName,
    searchText: searchDocument([
      sortName,
      profile.bioVisibility === "MEMBERS" ? profile.bio : null,
      ...(shownAreas ? profile.areasOfWork.flatMap(areaNames) : []),
      ...(shownAreas ? profile.keywords : []),
    ]),
  };
}
