// The message catalogues, one file per area of the platform and locale, merged into one object per locale.
// Each file holds its own top-level namespaces (e.g. auth.json: { "SignIn": {...} }), so areas can grow
// without touching each other. Add a new area here for all four locales at once.
import type { Locale } from "./config";
import enAccount from "./messages/en/account.json";
import enAdmin from "./messages/en/admin.json";
import enApplications from "./messages/en/applications.json";
import enAuth from "./messages/en/auth.json";
import enMail from "./messages/en/mail.json";
import enShell from "./messages/en/shell.json";
import esAccount from "./messages/es/account.json";
import esAdmin from "./messages/es/admin.json";
import esApplications from "./messages/es/applications.json";
import esAuth from "./messages/es/auth.json";
import esMail from "./messages/es/mail.json";
import esShell from "./messages/es/shell.json";
import frAccount from "./messages/fr/account.json";
import frAdmin from "./messages/fr/admin.json";
import frApplications from "./messages/fr/applications.json";
import frAuth from "./messages/fr/auth.json";
import frMail from "./messages/fr/mail.json";
import frShell from "./messages/fr/shell.json";
import ptAccount from "./messages/pt/account.json";
import ptAdmin from "./messages/pt/admin.json";
import ptApplications from "./messages/pt/applications.json";
import ptAuth from "./messages/pt/auth.json";
import ptMail from "./messages/pt/mail.json";
import ptShell from "./messages/pt/shell.json";

const english = { ...enShell, ...enAuth, ...enApplications, ...enAdmin, ...enAccount, ...enMail };

export type Messages = typeof english;

export const catalogs: Record<Locale, Messages> = {
  en: english,
  es: { ...esShell, ...esAuth, ...esApplications, ...esAdmin, ...esAccount, ...esMail } as Messages,
  fr: { ...frShell, ...frAuth, ...frApplications, ...frAdmin, ...frAccount, ...frMail } as Messages,
  pt: { ...ptShell, ...ptAuth, ...ptApplications, ...ptAdmin, ...ptAccount, ...ptMail } as Messages,
};
