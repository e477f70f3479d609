import "server-only";
import { forPage } from "@/lib/auth/viewer";
import { firstValues, type SearchParams } from "@/lib/search-params";
import { peopleListSchema } from "./schema";
import { muteStateOf, peopleKeptAway } from "./service";

export type { KeptAwayMember, KeptAwayPage } from "./service";

/** On a member's profile: the mute form's state. */
export function loadMuteState(handle: string) {
  return forPage(`/members/${handle}`, (viewer) => muteStateOf(viewer, handle));
}

/** /account/people: the viewer's mutes and blocks. */
export function loadPeopleKeptAway(searchParams: SearchParams) {
  const parsed = peopleListSchema.safeParse(firstValues(searchParams));
  return forPage("/account/people", (viewer) => peopleKeptAway(viewer, parsed.success ? parsed.data : {}));
}
