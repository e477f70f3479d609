import "server-only";
import { cache } from "react";
import { forPage } from "@/lib/auth/viewer";
import { representedOrganizations } from "./service";

/** The organizations this member represents (and may invite to); none for everyone else. */
export const loadRepresentedOrganizations = cache(() => forPage("/organizations", representedOrganizations));
