import "server-only";
import { cache } from "react";
import { forPage } from "@/lib/auth/viewer";
import { campaignForAdmin, campaignsForAdmin, spotlightForAdmin } from "./admin-service";
import { campaignRequestsSetting, consentRequests } from "./consent-service";

// What the privacy page shows of the member's public campaign spotlights, through the service (which authorizes).
export const loadConsentRequests = cache(() => forPage("/account/privacy", (viewer) => consentRequests(viewer)));
export const loadCampaignRequestsSetting = cache(() => forPage("/account/privacy", (viewer) => campaignRequestsSetting(viewer)));

// The campaign team's pages (/admin/campaigns), through the admin service (which authorizes).
export const loadAdminCampaigns = cache(() => forPage("/admin/campaigns", (viewer) => campaignsForAdmin(viewer)));
export const loadAdminCampaign = cache((campaignId: string) => forPage(`/admin/campaigns/${campaignId}`, (viewer) => campaignForAdmin(viewer, campaignId)));
export const loadAdminSpotlight = cache((spotlightId: string) => forPage("/admin/campaigns", (viewer) => spotlightForAdmin(viewer, spotlightId)));
