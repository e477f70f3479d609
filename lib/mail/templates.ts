// Every email the platform sends, rendered in the recipient's language from the "Mail" namespace of
// lib/i18n/messages/<locale>/mail.json. Each template takes only what its step needs: never profile text,
// lived experience, application answers or anything about other members. Parameters never reach a subject
// line (subjects show on lock screens and in notifications). Links are absolute http(s) URLs built by the
// caller; anything else is refused.
import { createFormatter, createTranslator } from "next-intl";
import { catalogs, type Messages } from "@/lib/i18n/catalogs";
import type { DigestFrequency, NotificationTopic } from "@/lib/generated/prisma/enums";
import { defaultLocale, isLocale, type Locale } from "@/lib/i18n/config";
import { renderHtml, renderText, type Block, type EmailContent } from "./layout";

type TemplateParams = {
  "application.verify-email": { name: string; url: string };
  "application.received": { name: string; statusUrl: string };
  /** No applicant details at all: admins read them after signing in. */
  "application.approved": { name: string; signInUrl: string };
  /** `reason` is the reviewer's own words to the applicant; left out of the email when blank. */
  "application.rejected": { name: string; reason: string };
  "application.more-info": { name: string; message: string; url: string };
  /** `preApproved`: the account opens at once, with no review (an admin's invitation only). */
  invitation: { inviterName: string; organizationName?: string | null; url: string; expiresDays: number; preApproved?: boolean };
  "auth.magic-link": { url: string; minutes: number };
  "auth.password-reset": { url: string; minutes: number };
  "auth.password-changed": Record<string, never>;
  /**
   * `browser` and `system` are product names ("Firefox", "Android"), either unknown; the sentence around
   * them is written here in the recipient's language. `time` is written in UTC.
   */
  "auth.new-device": { browser?: string | null; system?: string | null; time: Date };
  "account.apply-attempt": { signInUrl: string };
  /** A rejected person's address was used to apply before their waiting period ended: from when they may (UTC). */
  "account.reapply-later": { from: Date };
  /** To the other admins: a request to reset a staff member's two-step verification waits for a second admin. */
  "admin.two-factor-reset-requested": { url: string };
  /** A second admin approved the reset of the staff member's two-step verification. */
  "account.two-factor-reset": { signInUrl: string };
  "auth.email-change-verify": { url: string };
  /** Sent to the old address; mask the new one (e.g. "a•••@e•••.org") so it is not disclosed in full. */
  "auth.email-change-notice": { newEmailMasked: string };
  "auth.two-factor-changed": { enabled: boolean };
  "account.suspended": Record<string, never>;
  /** Says only that an export is ready and how long it is kept: the download needs signing in. */
  "privacy.export-ready": { url: string; days: number };
  /** Sent to the address as it was, queued before it is erased. */
  "privacy.account-deleted": Record<string, never>;
  /**
   * Notification emails say little (someone else may read the inbox): counts by topic and a link that needs
   * signing in; `titles` (threads, requests, conversations) only for members who opted in, else empty.
   */
  "notifications.immediate": { topic: NotificationTopic; count: number; titles: string[]; url: string; unsubscribeUrl: string };
  "notifications.digest": { frequency: DigestFrequency; topics: TopicCount[]; url: string; unsubscribeUrl: string };
};

export type TopicCount = { topic: NotificationTopic; count: number; titles: string[] };

export type EmailTemplate = keyof TemplateParams;
export type EmailParams<T extends EmailTemplate> = TemplateParams[T];

export type RenderedEmail = { locale: Locale; subject: string; text: string; html: string };

type MailTranslator = ReturnType<typeof createTranslator<Messages, "Mail">>;
type Context = { t: MailTranslator; locale: Locale };
type Footer = "footer" | "footerIgnore";
type Content = Omit<EmailContent, "footer" | "greeting"> & { name?: string; footer: Footer };

export class EmailParamsError extends Error {}

/** One line of at most `max` characters: no line breaks or control characters (they could break layouts). */
function line(value: string, max = 200): string {
  const clean = value.replace(/[\u0000-\u001f\u007f-\u009f\u2028\u2029]+/g, " ").replace(/\s+/g, " ").trim();
  return clean.length > max ? `${clean.slice(0, max - 1)}…` : clean;
}

/** Text written by a person, line breaks kept, at most `max` characters. */
function passage(value: string, max = 4000): string {
  const clean = value.replace(/\r\n?/g, "\n").replace(/[\u0000-\u0009\u000b-\u001f\u007f-\u009f]/g, "").replace(/\n{3,}/g, "\n\n").trim();
  return clean.length > max ? `${clean.slice(0, max - 1)}…` : clean;
}

/** An absolute http(s) URL, or an error: a relative or javascript: link must never reach an inbox. */
function link(value: string, name: string): string {
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    throw new EmailParamsError(`Email parameter ${name} must be an absolute URL`);
  }
  if (url.protocol !== "https:" && url.protocol !== "http:") throw new EmailParamsError(`Email parameter ${name} must be an http(s) URL`);
  return url.href;
}

function count(value: number, name: string): number {
  if (!Number.isInteger(value) || value < 1) throw new EmailParamsError(`Email parameter ${name} must be a positive whole number`);
  return value;
}

const action = (label: string, url: string, name: string): Block => ({ kind: "action", label, url: link(url, name) });
const smallLink = (text: string, url: string, name: string): Block => ({ kind: "smallLink", text, url: link(url, name) });
const paragraph = (text: string): Block => ({ kind: "paragraph", text });
const note = (text: string): Block => ({ kind: "note", text });

const definitions: { [T in EmailTemplate]: (params: EmailParams<T>, context: Context) => Content } = {
  "application.verify-email": ({ name, url }, { t }) => ({
    subject: t("verifyEmail.subject"),
    name,
    blocks: [paragraph(t("verifyEmail.body")), action(t("verifyEmail.action"), url, "url")],
    footer: "footerIgnore",
  }),
  "application.received": ({ name, statusUrl }, { t }) => ({
    subject: t("received.subject"),
    name,
    blocks: [paragraph(t("received.body")), action(t("received.action"), statusUrl, "statusUrl")],
    footer: "footer",
  }),
  // Says only what a new member can do today; when profile pages exist, it invites them to complete theirs.
  "application.approved": ({ name, signInUrl }, { t }) => ({
    subject: t("approved.subject"),
    name,
    blocks: [paragraph(t("approved.body")), action(t("approved.action"), signInUrl, "signInUrl")],
    footer: "footer",
  }),
  "application.rejected": ({ name, reason }, { t }) => {
    const written = passage(reason);
    return {
      subject: t("rejected.subject"),
      name,
      blocks: [paragraph(t("rejected.body")), ...(written ? [paragraph(t("rejected.reasonIntro")), { kind: "quote", text: written } as const] : [])],
      footer: "footer",
    };
  },
  "application.more-info": ({ name, message, url }, { t }) => ({
    subject: t("moreInfo.subject"),
    name,
    blocks: [paragraph(t("moreInfo.body")), { kind: "quote", text: passage(message) }, action(t("moreInfo.action"), url, "url")],
    footer: "footer",
  }),
  invitation: ({ inviterName, organizationName, url, expiresDays, preApproved }, { t }) => {
    const inviter = line(inviterName, 120);
    const organization = organizationName ? line(organizationName, 160) : "";
    return {
      subject: t("invitation.subject"),
      blocks: [
        paragraph(organization ? t("invitation.bodyWithOrganization", { inviterName: inviter, organizationName: organization }) : t("invitation.body", { inviterName: inviter })),
        paragraph(preApproved === true ? t("invitation.preApproved") : t("invitation.reviewed")),
        action(t("invitation.action"), url, "url"),
        note(t("invitation.expiry", { expiresDays: count(expiresDays, "expiresDays") })),
      ],
      footer: "footerIgnore",
    };
  },
  "auth.magic-link": ({ url, minutes }, { t }) => ({
    subject: t("magicLink.subject"),
    blocks: [
      paragraph(t("magicLink.body")),
      action(t("magicLink.action"), url, "url"),
      note(t("magicLink.expiry", { minutes: count(minutes, "minutes") })),
      note(t("common.doNotShare")),
    ],
    footer: "footerIgnore",
  }),
  "auth.password-reset": ({ url, minutes }, { t }) => ({
    subject: t("passwordReset.subject"),
    blocks: [
      paragraph(t("passwordReset.body")),
      action(t("passwordReset.action"), url, "url"),
      note(t("passwordReset.expiry", { minutes: count(minutes, "minutes") })),
      note(t("common.doNotShare")),
    ],
    footer: "footerIgnore",
  }),
  "auth.password-changed": (_params, { t }) => ({
    subject: t("passwordChanged.subject"),
    blocks: [paragraph(t("passwordChanged.body")), paragraph(t("common.securityNote"))],
    footer: "footer",
  }),
  "auth.new-device": ({ browser, system, time }, { t, locale }) => {
    if (!(time instanceof Date) || Number.isNaN(time.getTime())) throw new EmailParamsError("Email parameter time must be a valid Date");
    const when = createFormatter({ locale, timeZone: "UTC" }).dateTime(time, { dateStyle: "long", timeStyle: "short" });
    const name = (browser && line(browser, 120)) || t("newDevice.unknownBrowser");
    const where = system && line(system, 60);
    const device = where ? t("newDevice.browserOn", { browser: name, system: where }) : name;
    return {
      subject: t("newDevice.subject"),
      blocks: [paragraph(t("newDevice.body")), paragraph(t("newDevice.details", { browser: device, time: when })), paragraph(t("common.securityNote"))],
      footer: "footer",
    };
  },
  // Someone applied with an address that has an account: the visitor was told nothing; its owner is.
  "account.apply-attempt": ({ signInUrl }, { t }) => ({
    subject: t("applyAttempt.subject"),
    blocks: [paragraph(t("applyAttempt.body")), action(t("applyAttempt.action"), signInUrl, "signInUrl"), paragraph(t("applyAttempt.ifNotYou"))],
    footer: "footer",
  }),
  "account.reapply-later": ({ from }, { t, locale }) => {
    if (!(from instanceof Date) || Number.isNaN(from.getTime())) throw new EmailParamsError("Email parameter from must be a valid Date");
    const day = createFormatter({ locale, timeZone: "UTC" }).dateTime(from, { dateStyle: "long" });
    return {
      subject: t("reapplyLater.subject"),
      blocks: [paragraph(t("reapplyLater.body")), paragraph(t("reapplyLater.from", { date: day })), paragraph(t("applyAttempt.ifNotYou"))],
      footer: "footer",
    };
  },
  "admin.two-factor-reset-requested": ({ url }, { t }) => ({
    subject: t("twoFactorResetRequested.subject"),
    blocks: [paragraph(t("twoFactorResetRequested.body")), action(t("twoFactorResetRequested.action"), url, "url")],
    footer: "footer",
  }),
  "account.two-factor-reset": ({ signInUrl }, { t }) => ({
    subject: t("twoFactorReset.subject"),
    blocks: [paragraph(t("twoFactorReset.body")), action(t("twoFactorReset.action"), signInUrl, "signInUrl"), paragraph(t("common.securityNote"))],
    footer: "footer",
  }),
  "auth.email-change-verify": ({ url }, { t }) => ({
    subject: t("emailChangeVerify.subject"),
    blocks: [paragraph(t("emailChangeVerify.body")), action(t("emailChangeVerify.action"), url, "url"), note(t("common.doNotShare"))],
    footer: "footerIgnore",
  }),
  "auth.email-change-notice": ({ newEmailMasked }, { t }) => ({
    subject: t("emailChangeNotice.subject"),
    blocks: [paragraph(t("emailChangeNotice.body", { newEmailMasked: line(newEmailMasked, 120) })), paragraph(t("common.securityNote"))],
    footer: "footer",
  }),
  "auth.two-factor-changed": ({ enabled }, { t }) => ({
    subject: enabled ? t("twoFactorEnabled.subject") : t("twoFactorDisabled.subject"),
    blocks: [paragraph(enabled ? t("twoFactorEnabled.body") : t("twoFactorDisabled.body")), paragraph(t("common.securityNote"))],
    footer: "footer",
  }),
  "account.suspended": (_params, { t }) => ({
    subject: t("suspended.subject"),
    blocks: [paragraph(t("suspended.body"))],
    footer: "footer",
  }),
  "privacy.export-ready": ({ url, days }, { t }) => ({
    subject: t("dataExportReady.subject"),
    blocks: [paragraph(t("dataExportReady.body", { days: count(days, "days") })), action(t("dataExportReady.action"), url, "url")],
    footer: "footer",
  }),
  "privacy.account-deleted": (_params, { t }) => ({
    subject: t("accountDeleted.subject"),
    blocks: [paragraph(t("accountDeleted.body"))],
    footer: "footer",
  }),
  "notifications.immediate": ({ topic, count: total, titles, url, unsubscribeUrl }, { t }) => ({
    subject: t("notifications.immediateSubject"),
    blocks: [
      paragraph(t("notifications.immediateBody", { summary: topicLine({ topic, count: total, titles }, t) })),
      action(t("notifications.action"), url, "url"),
      note(t("notifications.signInNote")),
      smallLink(t("notifications.unsubscribeTopic"), unsubscribeUrl, "unsubscribeUrl"),
    ],
    footer: "footer",
  }),
  "notifications.digest": ({ frequency, topics, url, unsubscribeUrl }, { t }) => ({
    subject: t(`notifications.digestSubject${frequency}`),
    blocks: [
      paragraph(t(`notifications.digestBody${frequency}`)),
      { kind: "list", items: topics.map((entry) => topicLine(entry, t)) },
      action(t("notifications.action"), url, "url"),
      note(t("notifications.signInNote")),
      smallLink(t(`notifications.unsubscribeDigest${frequency}`), unsubscribeUrl, "unsubscribeUrl"),
    ],
    footer: "footer",
  }),
};

/** "3 new replies to your posts", with the opted-in titles after it (at most five, one line each). */
function topicLine({ topic, count: total, titles }: TopicCount, t: MailTranslator): string {
  const summary = t(`notifications.topic.${topic}`, { count: count(total, "count") });
  const named = [...new Set(titles.map((title) => line(title, 120)).filter(Boolean))].slice(0, 5);
  return named.length ? t("notifications.titled", { summary, titles: named.map((title) => `“${title}”`).join(", ") }) : summary;
}

/** Every template's name, e.g. for tests and the admin mailbox. */
export const emailTemplates = Object.keys(definitions) as EmailTemplate[];

/** The recipient's locale if the platform speaks it, English otherwise. */
export function emailLocale(locale: string | null | undefined): Locale {
  return isLocale(locale) ? locale : defaultLocale;
}

const translators = new Map<Locale, MailTranslator>();

/** One translator per language, kept: it caches each message's parsed form, which the digest jobs reuse hundreds of times a second. */
function translator(locale: Locale): MailTranslator {
  let t = translators.get(locale);
  if (!t) {
    t = createTranslator({
      locale,
      messages: catalogs[locale],
      namespace: "Mail",
      timeZone: "UTC",
      onError: (error) => {
        throw error;
      },
    });
    translators.set(locale, t);
  }
  return t;
}

/**
 * Renders one email in the recipient's language. Throws EmailParamsError for a link that is not an
 * absolute http(s) URL or a count that is not a positive whole number, and on any missing message.
 */
export function renderEmail<T extends EmailTemplate>(template: T, locale: string | null | undefined, params: EmailParams<T>): RenderedEmail {
  const resolved = emailLocale(locale);
  const t = translator(resolved);
  const render = definitions[template] as (params: EmailParams<T>, context: Context) => Content;
  const { name, footer, ...content } = render(params, { t, locale: resolved });
  const personName = name ? line(name, 120) : "";
  const full: EmailContent = {
    ...content,
    subject: line(content.subject),
    greeting: personName ? t("common.greeting", { name: personName }) : t("common.greetingNoName"),
    footer: t(`common.${footer}`),
  };
  const labels = { signature: t("common.signature"), linkHint: t("common.linkHint") };
  return { locale: resolved, subject: full.subject, text: renderText(full, labels), html: renderHtml(full, labels, resolved) };
}
