import { describe, expect, it } from "vitest";
import { locales } from "@/lib/i18n/config";
import { EmailParamsError, emailTemplates, renderEmail, type EmailParams, type EmailTemplate } from "./templates";

const URL = "https://network.example.org/link?token=abc&x=1";

/** One realistic set of parameters per template; the type makes sure no template is forgotten. */
const samples: { [T in EmailTemplate]: EmailParams<T> } = {
  "application.verify-email": { name: "Ana", url: URL },
  "application.received": { name: "Ana", statusUrl: URL },
  "application.approved": { name: "Ana", signInUrl: URL },
  "account.apply-attempt": { signInUrl: URL },
  "account.reapply-later": { from: new Date("2027-06-03T10:00:00Z") },
  "account.two-factor-reset": { signInUrl: URL },
  "admin.two-factor-reset-requested": { url: URL },
  "application.rejected": { name: "Ana", reason: "We could not confirm your work.\nYou may apply again next year." },
  "application.more-info": { name: "Ana", message: "Which organization do you work with?", url: URL },
  invitation: { inviterName: "Beatriz", organizationName: "Justiça Agora", url: URL, expiresDays: 14 },
  "auth.magic-link": { url: URL, minutes: 15 },
  "auth.password-reset": { url: URL, minutes: 60 },
  "auth.password-changed": {},
  "auth.new-device": { browser: "Firefox", system: "Android", time: new Date("2026-03-01T23:30:00Z") },
  "auth.email-change-verify": { url: URL },
  "auth.email-change-notice": { newEmailMasked: "a•••@e•••.org" },
  "auth.two-factor-changed": { enabled: true },
  "account.suspended": {},
  "privacy.export-ready": { url: URL, days: 7 },
  "privacy.account-deleted": {},
  "notifications.immediate": { topic: "REPLY", count: 2, titles: [], url: URL, unsubscribeUrl: URL },
  "notifications.digest": { frequency: "DAILY", topics: [{ topic: "MENTION", count: 1, titles: [] }, { topic: "WATCHING", count: 3, titles: ["Visits in Lima"] }], url: URL, unsubscribeUrl: URL },
};

const render = <T extends EmailTemplate>(template: T, locale: string | null, params: EmailParams<T>) => renderEmail(template, locale, params);
const cases = locales.flatMap((locale) => emailTemplates.map((template) => [template, locale] as const));

/** Replaces every string parameter of a sample with a hostile one (links stay valid URLs). */
const payload = `<script>alert("x")</script> & 'quotes'`;
function hostile<T extends EmailTemplate>(template: T): EmailParams<T> {
  const entries = Object.entries(samples[template]).map(([key, value]) => {
    if (typeof value !== "string" || key === "topic" || key === "frequency") return [key, value];
    if (/url$/i.test(key)) return [key, `https://network.example.org/a?q="><script>alert(1)</script>`];
    return [key, payload];
  });
  return Object.fromEntries(entries) as EmailParams<T>;
}

describe("email templates", () => {
  // No profile page exists yet: the approval email must not send new members looking for one. When
  // profiles arrive, this test and the email change together.
  it.each(locales)("the approval email in %s promises only what the platform has now", (locale) => {
    const email = render("application.approved", locale, samples["application.approved"]);
    expect(email.text).not.toMatch(/profil|perfil/i);
    expect(email.text).toContain(URL);
  });

  it("cover every email of the membership feature", () => {
    expect([...emailTemplates].sort()).toEqual(Object.keys(samples).sort());
  });

  it.each(cases)("%s renders completely in %s", (template, locale) => {
    const email = render(template, locale, samples[template]);

    expect(email.locale).toBe(locale);
    for (const part of [email.subject, email.text, email.html]) {
      expect(part.trim()).not.toBe("");
      // An ICU placeholder left unrendered, or next-intl's fallback for a missing message.
      expect(part).not.toMatch(/\{\s*[A-Za-z_#]/);
      expect(part).not.toMatch(/\bMail\.[a-zA-Z]/);
    }
    expect(email.subject).not.toContain("\n");
    expect(email.html).toContain(`<html lang="${locale}"`);
    expect(email.text).toContain("Women in Prison Network");
  });

  it.each(cases)("%s in %s puts its links in both bodies, and no parameter in the subject", (template, locale) => {
    const params = samples[template] as Record<string, unknown>;
    const email = render(template, locale, samples[template]);

    for (const [key, value] of Object.entries(params)) {
      if (typeof value !== "string") continue;
      if (/url$/i.test(key)) {
        expect(email.text).toContain(URL);
        expect(email.html).toContain(`href="${URL.replace("&", "&amp;")}"`);
      }
      expect(email.subject).not.toContain(value);
    }
  });

  it.each(emailTemplates)("%s escapes every parameter in HTML", (template) => {
    const email = render(template, "en", hostile(template));

    expect(email.html).not.toMatch(/<script/i);
    expect(email.html).not.toContain(payload);
    if (Object.entries(samples[template]).some(([key, value]) => typeof value === "string" && !value.startsWith("https://") && key !== "topic" && key !== "frequency")) {
      expect(email.html).toContain("&lt;script&gt;");
    }
  });

  it("writes people's names and the reviewers' words into the email", () => {
    const rejected = render("application.rejected", "en", samples["application.rejected"]);
    expect(rejected.text).toContain("Hello Ana,");
    expect(rejected.text).toContain("> We could not confirm your work.\n> You may apply again next year.");

    const invitation = render("invitation", "pt", samples.invitation);
    expect(invitation.text).toContain("Beatriz convida você");
    expect(invitation.text).toContain("como parte de Justiça Agora");
    expect(invitation.text).toContain("14 dias");
  });

  it("leaves optional parts out when they are empty", () => {
    const withoutReason = render("application.rejected", "en", { name: " ", reason: "  " });
    expect(withoutReason.text.startsWith("Hello,\n")).toBe(true);
    expect(withoutReason.text).not.toContain("reason");

    const withoutOrganization = render("invitation", "en", { ...samples.invitation, organizationName: null });
    expect(withoutOrganization.text).not.toContain("as part of");
  });

  it("writes the time of a new sign-in in the recipient's language, in UTC", () => {
    // 23:30 UTC on 1 March; the tests run in Pacific/Chatham, where it is already 2 March.
    expect(render("auth.new-device", "en", samples["auth.new-device"]).text).toContain("Firefox on Android, on March 1, 2026 at 11:30 PM (UTC)");
    expect(render("auth.new-device", "fr", samples["auth.new-device"]).text).toContain("le 1 mars 2026 à 23:30 (UTC)");
  });

  it.each([
    ["en", "Firefox on Android, on", "Unknown browser, on", "Unknown browser on iOS, on"],
    ["es", "Firefox en Android, el", "Navegador desconocido, el", "Navegador desconocido en iOS, el"],
    ["fr", "Firefox sur Android, le", "Navigateur inconnu, le", "Navigateur inconnu sur iOS, le"],
    ["pt", "Firefox no Android, em", "Navegador desconhecido, em", "Navegador desconhecido no iOS, em"],
  ])("names the browser of a new sign-in in %s", (locale, both, unknown, systemOnly) => {
    const time = samples["auth.new-device"].time;
    const text = (params: Omit<EmailParams<"auth.new-device">, "time">) => render("auth.new-device", locale, { ...params, time }).text;
    expect(text({ browser: "Firefox", system: "Android" })).toContain(both);
    expect(text({})).toContain(unknown);
    expect(text({ browser: null, system: null })).toContain(unknown);
    expect(text({ browser: " ", system: "iOS" })).toContain(systemOnly);
    expect(text({ browser: "Microsoft Edge" })).toContain(`Microsoft Edge, ${both.split(", ")[1]}`);
  });

  it("uses singular and plural forms", () => {
    expect(render("auth.magic-link", "en", { url: URL, minutes: 1 }).text).toContain("expires in 1 minute.");
    expect(render("auth.magic-link", "es", { url: URL, minutes: 15 }).text).toContain("caduca en 15 minutos.");
  });

  it("says whether two-step verification was turned on or off", () => {
    expect(render("auth.two-factor-changed", "en", { enabled: true }).subject).toBe("Two-step verification is now on");
    expect(render("auth.two-factor-changed", "en", { enabled: false }).subject).toBe("Two-step verification was turned off");
  });

  it("keeps user-supplied one-line values on one line", () => {
    const email = render("auth.new-device", "en", { browser: "Evil\r\nBcc: someone@example.org", time: new Date() });
    expect(email.text).toContain("Evil Bcc: someone@example.org");
  });

  it("falls back to English for a language the platform does not speak", () => {
    const email = render("account.suspended", "de", {});
    expect(email.locale).toBe("en");
    expect(email.subject).toBe("Your account has been suspended");
    expect(render("account.suspended", null, {}).locale).toBe("en");
  });

  it.each(["javascript:alert(1)", "/relative/path", "ftp://example.org/file", "not a url"])("refuses the link %s", (url) => {
    expect(() => render("auth.magic-link", "en", { url, minutes: 15 })).toThrow(EmailParamsError);
  });

  it("refuses counts that are not positive whole numbers, and invalid times", () => {
    expect(() => render("auth.magic-link", "en", { url: URL, minutes: 0 })).toThrow(EmailParamsError);
    expect(() => render("invitation", "en", { ...samples.invitation, expiresDays: 1.5 })).toThrow(EmailParamsError);
    expect(() => render("auth.new-device", "en", { browser: "x", time: new Date("nope") })).toThrow(EmailParamsError);
  });

  it("notification emails count by topic, name titles only as given, and say the same in every language", () => {
    const digest = render("notifications.digest", "en", {
      ...samples["notifications.digest"],
      topics: [{ topic: "REPLY", count: 3, titles: [`<b>Lima</b>`, `<b>Lima</b>`, "Line\nbreak"] }],
    });
    expect(digest.text).toContain("- 3 new replies to your posts: “<b>Lima</b>”, “Line break”");
    expect(digest.html).toContain("&lt;b&gt;Lima&lt;/b&gt;");
    expect(digest.subject).toBe("Your daily summary");
    const immediate = render("notifications.immediate", "es", { topic: "MENTION", count: 1, titles: [], url: URL, unsubscribeUrl: `${URL}#u` });
    expect(immediate.text).toContain("Tienes 1 mención nueva");
    expect(immediate.text).toContain(`${URL}#u`);
  });
});
