// The message catalogues, one file per area of the platform and locale, merged into one object per locale.
// Each file holds its own top-level namespaces (e.g. auth.json: { "SignIn": {...} }), so areas can grow
// without touching each other. Add a new area here for all four locales at once.
import type { Locale } from "./config";
import enAccount from "./messages/en/account.json" with { type: "json" };
import enAdmin from "./messages/en/admin.json" with { type: "json" };
import enApplications from "./messages/en/applications.json" with { type: "json" };
import enAuth from "./messages/en/auth.json" with { type: "json" };
import enBoard from "./messages/en/board.json" with { type: "json" };
import enCollaborations from "./messages/en/collaborations.json" with { type: "json" };
import enConversations from "./messages/en/conversations.json" with { type: "json" };
import enMail from "./messages/en/mail.json" with { type: "json" };
import enMembers from "./messages/en/members.json" with { type: "json" };
import enNotifications from "./messages/en/notifications.json" with { type: "json" };
import enOrganizations from "./messages/en/organizations.json" with { type: "json" };
import enShell from "./messages/en/shell.json" with { type: "json" };
import enModeration from "./messages/en/moderation.json" with { type: "json" };
import enSafety from "./messages/en/safety.json" with { type: "json" };
import enDashboard from "./messages/en/dashboard.json" with { type: "json" };
import enPrivacy from "./messages/en/privacy.json" with { type: "json" };
import enStaffSecurity from "./messages/en/staff-security.json" with { type: "json" };
import enFiles from "./messages/en/files.json" with { type: "json" };
import enResources from "./messages/en/resources.json" with { type: "json" };
import enRules from "./messages/en/rules.json" with { type: "json" };
import enMonitoring from "./messages/en/monitoring.json" with { type: "json" };
import enMonitoringOverview from "./messages/en/monitoring-overview.json" with { type: "json" };
import enMonitoringExport from "./messages/en/monitoring-export.json" with { type: "json" };
import enCampaigns from "./messages/en/campaigns.json" with { type: "json" };
import enCampaignsAdmin from "./messages/en/campaigns-admin.json" with { type: "json" };
import enCampaignsPublic from "./messages/en/campaigns-public.json" with { type: "json" };
import esAccount from "./messages/es/account.json" with { type: "json" };
import esAdmin from "./messages/es/admin.json" with { type: "json" };
import esApplications from "./messages/es/applications.json" with { type: "json" };
import esAuth from "./messages/es/auth.json" with { type: "json" };
import esBoard from "./messages/es/board.json" with { type: "json" };
import esCollaborations from "./messages/es/collaborations.json" with { type: "json" };
import esConversations from "./messages/es/conversations.json" with { type: "json" };
import esMail from "./messages/es/mail.json" with { type: "json" };
import esMembers from "./messages/es/members.json" with { type: "json" };
import esNotifications from "./messages/es/notifications.json" with { type: "json" };
import esOrganizations from "./messages/es/organizations.json" with { type: "json" };
import esShell from "./messages/es/shell.json" with { type: "json" };
import esModeration from "./messages/es/moderation.json" with { type: "json" };
import esSafety from "./messages/es/safety.json" with { type: "json" };
import esDashboard from "./messages/es/dashboard.json" with { type: "json" };
import esPrivacy from "./messages/es/privacy.json" with { type: "json" };
import esStaffSecurity from "./messages/es/staff-security.json" with { type: "json" };
import esFiles from "./messages/es/files.json" with { type: "json" };
import esResources from "./messages/es/resources.json" with { type: "json" };
import esRules from "./messages/es/rules.json" with { type: "json" };
import esMonitoring from "./messages/es/monitoring.json" with { type: "json" };
import esMonitoringOverview from "./messages/es/monitoring-overview.json" with { type: "json" };
import esMonitoringExport from "./messages/es/monitoring-export.json" with { type: "json" };
import esCampaigns from "./messages/es/campaigns.json" with { type: "json" };
import esCampaignsAdmin from "./messages/es/campaigns-admin.json" with { type: "json" };
import esCampaignsPublic from "./messages/es/campaigns-public.json" with { type: "json" };
import frAccount from "./messages/fr/account.json" with { type: "json" };
import frAdmin from "./messages/fr/admin.json" with { type: "json" };
import frApplications from "./messages/fr/applications.json" with { type: "json" };
import frAuth from "./messages/fr/auth.json" with { type: "json" };
import frBoard from "./messages/fr/board.json" with { type: "json" };
import frCollaborations from "./messages/fr/collaborations.json" with { type: "json" };
import frConversations from "./messages/fr/conversations.json" with { type: "json" };
import frMail from "./messages/fr/mail.json" with { type: "json" };
import frMembers from "./messages/fr/members.json" with { type: "json" };
import frNotifications from "./messages/fr/notifications.json" with { type: "json" };
import frOrganizations from "./messages/fr/organizations.json" with { type: "json" };
import frShell from "./messages/fr/shell.json" with { type: "json" };
import frModeration from "./messages/fr/moderation.json" with { type: "json" };
import frSafety from "./messages/fr/safety.json" with { type: "json" };
import frDashboard from "./messages/fr/dashboard.json" with { type: "json" };
import frPrivacy from "./messages/fr/privacy.json" with { type: "json" };
import frStaffSecurity from "./messages/fr/staff-security.json" with { type: "json" };
import frFiles from "./messages/fr/files.json" with { type: "json" };
import frResources from "./messages/fr/resources.json" with { type: "json" };
import frRules from "./messages/fr/rules.json" with { type: "json" };
import frMonitoring from "./messages/fr/monitoring.json" with { type: "json" };
import frMonitoringOverview from "./messages/fr/monitoring-overview.json" with { type: "json" };
import frMonitoringExport from "./messages/fr/monitoring-export.json" with { type: "json" };
import frCampaigns from "./messages/fr/campaigns.json" with { type: "json" };
import frCampaignsAdmin from "./messages/fr/campaigns-admin.json" with { type: "json" };
import frCampaignsPublic from "./messages/fr/campaigns-public.json" with { type: "json" };
import ptAccount from "./messages/pt/account.json" with { type: "json" };
import ptAdmin from "./messages/pt/admin.json" with { type: "json" };
import ptApplications from "./messages/pt/applications.json" with { type: "json" };
import ptAuth from "./messages/pt/auth.json" with { type: "json" };
import ptBoard from "./messages/pt/board.json" with { type: "json" };
import ptCollaborations from "./messages/pt/collaborations.json" with { type: "json" };
import ptConversations from "./messages/pt/conversations.json" with { type: "json" };
import ptMail from "./messages/pt/mail.json" with { type: "json" };
import ptMembers from "./messages/pt/members.json" with { type: "json" };
import ptNotifications from "./messages/pt/notifications.json" with { type: "json" };
import ptOrganizations from "./messages/pt/organizations.json" with { type: "json" };
import ptShell from "./messages/pt/shell.json" with { type: "json" };
import ptModeration from "./messages/pt/moderation.json" with { type: "json" };
import ptSafety from "./messages/pt/safety.json" with { type: "json" };
import ptDashboard from "./messages/pt/dashboard.json" with { type: "json" };
import ptPrivacy from "./messages/pt/privacy.json" with { type: "json" };
import ptStaffSecurity from "./messages/pt/staff-security.json" with { type: "json" };
import ptFiles from "./messages/pt/files.json" with { type: "json" };
import ptResources from "./messages/pt/resources.json" with { type: "json" };
import ptRules from "./messages/pt/rules.json" with { type: "json" };
import ptMonitoring from "./messages/pt/monitoring.json" with { type: "json" };
import ptMonitoringOverview from "./messages/pt/monitoring-overview.json" with { type: "json" };
import ptMonitoringExport from "./messages/pt/monitoring-export.json" with { type: "json" };
import ptCampaigns from "./messages/pt/campaigns.json" with { type: "json" };
import ptCampaignsAdmin from "./messages/pt/campaigns-admin.json" with { type: "json" };
import ptCampaignsPublic from "./messages/pt/campaigns-public.json" with { type: "json" };

const english = { ...enShell, ...enAuth, ...enApplications, ...enAdmin, ...enAccount, ...enMail, ...enMembers, ...enBoard, ...enCollaborations, ...enConversations, ...enOrganizations, ...enNotifications, ...enModeration, ...enSafety, ...enDashboard, ...enPrivacy, ...enStaffSecurity, ...enFiles, ...enResources, ...enRules, ...enMonitoring, ...enMonitoringOverview, ...enMonitoringExport, ...enCampaigns, ...enCampaignsAdmin, ...enCampaignsPublic };

export type Messages = typeof english;

export const catalogs: Record<Locale, Messages> = {
  en: english,
  es: { ...esShell, ...esAuth, ...esApplications, ...esAdmin, ...esAccount, ...esMail, ...esMembers, ...esBoard, ...esCollaborations, ...esConversations, ...esOrganizations, ...esNotifications, ...esModeration, ...esSafety, ...esDashboard, ...esPrivacy, ...esStaffSecurity, ...esFiles, ...esResources, ...esRules, ...esMonitoring, ...esMonitoringOverview, ...esMonitoringExport, ...esCampaigns, ...esCampaignsAdmin, ...esCampaignsPublic } as Messages,
  fr: { ...frShell, ...frAuth, ...frApplications, ...frAdmin, ...frAccount, ...frMail, ...frMembers, ...frBoard, ...frCollaborations, ...frConversations, ...frOrganizations, ...frNotifications, ...frModeration, ...frSafety, ...frDashboard, ...frPrivacy, ...frStaffSecurity, ...frFiles, ...frResources, ...frRules, ...frMonitoring, ...frMonitoringOverview, ...frMonitoringExport, ...frCampaigns, ...frCampaignsAdmin, ...frCampaignsPublic } as Messages,
  pt: { ...ptShell, ...ptAuth, ...ptApplications, ...ptAdmin, ...ptAccount, ...ptMail, ...ptMembers, ...ptBoard, ...ptCollaborations, ...ptConversations, ...ptOrganizations, ...ptNotifications, ...ptModeration, ...ptSafety, ...ptDashboard, ...ptPrivacy, ...ptStaffSecurity, ...ptFiles, ...ptResources, ...ptRules, ...ptMonitoring, ...ptMonitoringOverview, ...ptMonitoringExport, ...ptCampaigns, ...ptCampaignsAdmin, ...ptCampaignsPublic } as Messages,
};
