// Who sees which part of the admin dashboard (/admin). Everyone who may enter the admin area sees the flags
// waiting (moderators work them); the applications waiting and the network's figures (members by country,
// growth, languages) are for admins, who already see every member's row.
import { canEnterAdminArea, canReviewApplications, isAdmin, type Policy } from "@/lib/auth/policy";

export const canSeeDashboard: Policy = canEnterAdminArea;
export const canSeeFlagBacklog: Policy = canEnterAdminArea;
export const canSeeApplicationBacklog: Policy = canReviewApplications;
export const canSeeNetworkFigures: Policy = isAdmin;
