import "server-only";
import { cache } from "react";
import type { SignedInViewer } from "@/lib/auth/viewer-types";
import { organizationsRepresentedBy } from "./data";

/** The organizations this member represents (and may invite to); none for everyone else. */
export const loadRepresentedOrganizations = cache(async (viewer: SignedInViewer) =>
  viewer.representativeOf.length > 0 ? organizationsRepresentedBy(viewer.id) : [],
);
