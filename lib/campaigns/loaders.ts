import "server-only";
import { cache } from "react";
import { forPage } from "@/lib/auth/viewer";
import { campaignRequestsSetting, consentRequests } from "./consent-service";

// What the privacy page shows of the member's public campaign spotlights, through the service (which authorizes).
export const loadConsentRequests = cache(() => forPage("/account/privacy", (viewer) => consentRequests(viewer)));
export const loadCampaignRequestsSetting = cache(() => forPage("/account/privacy", (viewer) => campaignRequestsSetting(viewer)));
