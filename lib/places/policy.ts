// Who may do what with the registry of places of detention (pure). Every active member reads it and adds to it
// (lib/monitoring/policy's canAddPlace); whoever added a place corrects it, and moderators correct and merge any.
import { isActiveMember, isModerator, isSignedIn, type Policy, type ResourcePolicy } from "@/lib/auth/policy";
import { canAddPlace, canMergePlaces } from "@/lib/monitoring/policy";

export { canAddPlace, canMergePlaces };

export const canReadPlaces: Policy = isActiveMember;

export const canEditPlace: ResourcePolicy<{ createdById: string; status: "ACTIVE" | "MERGED" }> = (viewer, place) =>
  place.status === "ACTIVE" && isActiveMember(viewer) && isSignedIn(viewer) && (viewer.id === place.createdById || isModerator(viewer));
