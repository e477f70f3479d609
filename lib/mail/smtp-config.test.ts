import { describe, expect, it } from "vitest";
import { EnvError, parseEnv, smtpConfig } from "@/lib/env";

const FROM = "Women in Prison Network <no-reply@network.example.org>";
const config = (source: Record<string, string>) => smtpConfig(parseEnv(source));

describe("smtpConfig", () => {
  it("is null when no SMTP server is configured, so mail stays in the outbox", () => {
    expect(config({})).toBeNull();
    expect(config({ SMTP_URL: "", SMTP_HOST: "", MAIL_FROM: FROM })).toBeNull();
  });

  it("reads an smtps:// URL with its credentials (URL-decoded)", () => {
    expect(config({ SMTP_URL: "smtps://mailer:p%40ss%3Aword@smtp.example.org", MAIL_FROM: FROM })).toEqual({
      host: "smtp.example.org",
      port: 465,
      secure: true,
      requireTLS: false,
      auth: { user: "mailer", pass: "p@ss:word" },
      from: FROM,
    });
  });

  it("requires STARTTLS on smtp:// to another machine, and lets SMTP_USER / SMTP_PASSWORD complete a URL", () => {
    expect(config({ SMTP_URL: "smtp://smtp.example.org", SMTP_USER: "mailer", SMTP_PASSWORD: "secret", MAIL_FROM: FROM })).toEqual({
      host: "smtp.example.org",
      port: 587,
      secure: false,
      requireTLS: true,
      auth: { user: "mailer", pass: "secret" },
      from: FROM,
    });
  });

  it("reads SMTP_HOST and friends; port 465 means TLS from the start; a local relay needs no TLS", () => {
    expect(config({ SMTP_HOST: "smtp.example.org", SMTP_PORT: "465", SMTP_USER: "u", SMTP_PASSWORD: "p", MAIL_FROM: FROM })).toMatchObject({
      port: 465,
      secure: true,
    });
    expect(config({ SMTP_HOST: "127.0.0.1", SMTP_PORT: "25", MAIL_FROM: "no-reply@network.example.org" })).toEqual({
      host: "127.0.0.1",
      port: 25,
      secure: false,
      requireTLS: false,
      from: "no-reply@network.example.org",
    });
    expect(config({ SMTP_HOST: "relay.internal", SMTP_SECURE: "false", MAIL_FROM: FROM })).toMatchObject({ secure: false, requireTLS: false });
  });

  it.each([
    [{ SMTP_URL: "http://smtp.example.org" }, /^Invalid environment variable SMTP_URL/],
    [{ SMTP_HOST: "smtp://smtp.example.org" }, /^Invalid environment variable SMTP_HOST/],
    [{ SMTP_PORT: "smtp" }, /^Invalid environment variable SMTP_PORT/],
    [{ SMTP_SECURE: "yes" }, /^Invalid environment variable SMTP_SECURE/],
    [{ MAIL_FROM: "no-reply" }, /^Invalid environment variable MAIL_FROM/],
    [{ SMTP_HOST: "smtp.example.org" }, /^Missing environment variable MAIL_FROM/],
    [{ SMTP_HOST: "smtp.example.org", SMTP_URL: "smtp://smtp.example.org", MAIL_FROM: FROM }, /^Invalid environment variable SMTP_HOST: set either/],
    [{ SMTP_HOST: "smtp.example.org", SMTP_USER: "u", MAIL_FROM: FROM }, /^Missing environment variable SMTP_PASSWORD/],
    [{ SMTP_PASSWORD: "p" }, /^Invalid environment variable SMTP_PASSWORD: set SMTP_HOST/],
  ])("names the variable at fault: %o", (source, message) => {
    expect(() => config(source)).toThrow(EnvError);
    expect(() => config(source)).toThrow(message);
  });
});
