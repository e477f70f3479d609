// Display name, language and email address (lib/account/settings-service.ts), against PostgreSQL.
import { accountOutcome as outcome, signInAs } from "./support/viewers";
import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import {
  cancelEmailChange,
  changeDisplayName,
  changeLocale,
  checkEmailChangeToken,
  confirmEmailChange,
  loadPendingEmailChange,
  requestEmailChange,
} from "@/lib/account/settings-service";
import { hashToken, newToken } from "@/lib/auth/tokens";
import { catalogs } from "@/lib/i18n/catalogs";
import { createMember, TEST_PASSWORD } from "@/tests/factories/users";
import { uniqueEmail } from "@/tests/factories/unique";



async function confirmationTokenFor(email: string): Promise<string> {
  const mail = await db().outboxEmail.findFirstOrThrow({ where: { to: email, template: "auth.email-change-verify" }, orderBy: { createdAt: "desc" } });
  const match = /\/confirm-email\?token=([A-Za-z0-9_-]{43})/.exec(mail.text);
  if (!match?.[1]) throw new Error(`No confirmation link in: ${mail.text}`);
  return match[1];
}

describe("display name and language", () => {
  it("saves the display name and records it", async () => {
    const member = await createMember(db());
    await changeDisplayName(await signInAs(member), { displayName: "Ama" });
    expect((await db().user.findUniqueOrThrow({ where: { id: member.id } })).displayName).toBe("Ama");
    expect(await db().auditLog.count({ where: { action: "account.display-name-changed", targetId: member.id } })).toBe(1);
  });

  it("saves the interface language", async () => {
    const member = await createMember(db(), { locale: "en" });
    await changeLocale(await signInAs(member), { locale: "pt" });
    expect((await db().user.findUniqueOrThrow({ where: { id: member.id } })).locale).toBe("pt");
  });
});

describe("changing the email address", () => {
  it("refuses a wrong password and changes nothing, mails no one", async () => {
    const member = await createMember(db());
    const viewer = await signInAs(member);
    expect(await outcome(requestEmailChange(viewer, { newEmail: uniqueEmail(), currentPassword: "not-it" }))).toBe("wrong-password:currentPassword");
    expect(await outcome(requestEmailChange(viewer, { newEmail: member.email.toUpperCase(), currentPassword: TEST_PASSWORD }))).toBe("same-email:newEmail");
    expect(await db().authToken.count()).toBe(0);
    expect(await db().outboxEmail.count()).toBe(0);
  });

  it("sends a 24-hour link to the new address and a masked notice to the old one, in the member's language; the link applies it once", async () => {
    const member = await createMember(db(), { locale: "es" });
    const viewer = await signInAs(member);
    const newEmail = `nadia-${newToken().slice(0, 6).toLowerCase()}@example.net`;

    await requestEmailChange(viewer, { newEmail, currentPassword: TEST_PASSWORD });

    const token = await db().authToken.findFirstOrThrow({ where: { userId: member.id, purpose: "CHANGE_EMAIL" } });
    expect(token.newEmail).toBe(newEmail);
    expect(token.expiresAt.getTime() - token.createdAt.getTime()).toBeCloseTo(24 * 3_600_000, -4);
    const verify = await db().outboxEmail.findFirstOrThrow({ where: { to: newEmail } });
    expect(verify).toMatchObject({ template: "auth.email-change-verify", locale: "es", subject: catalogs.es.Mail.emailChangeVerify.subject });
    const notice = await db().outboxEmail.findFirstOrThrow({ where: { to: member.email } });
    expect(notice).toMatchObject({ template: "auth.email-change-notice", locale: "es", subject: catalogs.es.Mail.emailChangeNotice.subject });
    expect(notice.text).toContain("n•••@example.net");
    expect(notice.text).not.toContain(newEmail);
    expect(await loadPendingEmailChange(viewer)).toMatchObject({ newEmail });
    // Nothing changes before the link is opened.
    expect((await db().user.findUniqueOrThrow({ where: { id: member.id } })).email).toBe(member.email);

    const link = await confirmationTokenFor(newEmail);
    expect(await checkEmailChangeToken(link)).toEqual({ state: "valid", newEmail });
    expect(await confirmEmailChange({ token: link })).toEqual({ newEmail });

    const user = await db().user.findUniqueOrThrow({ where: { id: member.id } });
    expect(user.email).toBe(newEmail);
    expect(user.emailVerified).toBeInstanceOf(Date);
    expect(await db().auditLog.count({ where: { action: "account.email-changed", targetId: member.id } })).toBe(1);
    expect(await outcome(confirmEmailChange({ token: link }))).toBe("invalid-token");
    expect((await checkEmailChangeToken(link)).state).toBe("used");
  });

  it("answers alike when the new address belongs to another account, but sends it no link", async () => {
    const member = await createMember(db());
    const other = await createMember(db());

    expect(await outcome(requestEmailChange(await signInAs(member), { newEmail: other.email, currentPassword: TEST_PASSWORD }))).toBe("ok");

    expect(await db().outboxEmail.count({ where: { to: other.email } })).toBe(0);
    expect(await db().outboxEmail.count({ where: { to: member.email, template: "auth.email-change-notice" } })).toBe(1);
  });

  it("refuses the change when someone took the address in the meantime", async () => {
    const member = await createMember(db());
    const newEmail = uniqueEmail("taken-later");
    await requestEmailChange(await signInAs(member), { newEmail, currentPassword: TEST_PASSWORD });
    const link = await confirmationTokenFor(newEmail);
    await createMember(db(), { email: newEmail });

    expect(await outcome(confirmEmailChange({ token: link }))).toBe("email-taken");
    expect((await db().user.findUniqueOrThrow({ where: { id: member.id } })).email).toBe(member.email);
  });

  it("keeps only the newest request, can be cancelled, and refuses expired and forged links", async () => {
    const member = await createMember(db());
    const viewer = await signInAs(member);
    const first = uniqueEmail("first");
    const second = uniqueEmail("second");
    await requestEmailChange(viewer, { newEmail: first, currentPassword: TEST_PASSWORD });
    const firstLink = await confirmationTokenFor(first);
    await requestEmailChange(viewer, { newEmail: second, currentPassword: TEST_PASSWORD });
    const secondLink = await confirmationTokenFor(second);

    expect((await checkEmailChangeToken(firstLink)).state).toBe("used");
    await cancelEmailChange(viewer);
    expect((await checkEmailChangeToken(secondLink)).state).toBe("used");
    expect(await loadPendingEmailChange(viewer)).toBeNull();

    const third = uniqueEmail("third");
    await requestEmailChange(viewer, { newEmail: third, currentPassword: TEST_PASSWORD });
    const thirdLink = await confirmationTokenFor(third);
    await db().authToken.updateMany({ where: { tokenHash: hashToken(thirdLink) }, data: { expiresAt: new Date(Date.now() - 1000) } });
    expect((await checkEmailChangeToken(thirdLink)).state).toBe("expired");
    expect(await outcome(confirmEmailChange({ token: thirdLink }))).toBe("invalid-token");
    expect(await checkEmailChangeToken(newToken())).toEqual({ state: "unknown", newEmail: null });
    expect((await db().user.findUniqueOrThrow({ where: { id: member.id } })).email).toBe(member.email);
  });

  it("limits how many confirmation emails a session can send", async () => {
    const member = await createMember(db());
    const viewer = await signInAs(member);
    const answers: string[] = [];
    for (let i = 0; i < 6; i++) answers.push(await outcome(requestEmailChange(viewer, { newEmail: uniqueEmail(`try-${i}`), currentPassword: TEST_PASSWORD })));
    expect(answers).toEqual(["ok", "ok", "ok", "ok", "ok", "RATE_LIMITED"]);
  });
});
