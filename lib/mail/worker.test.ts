import { describe, expect, it } from "vitest";
import { describeSendError } from "./worker";

describe("describeSendError", () => {
  it("keeps the error code, the SMTP reply code and the first line of the message", () => {
    const error = Object.assign(new Error("Invalid login: 535 5.7.8 Authentication failed\n    at SMTPConnection"), { code: "EAUTH", responseCode: 535 });
    expect(describeSendError(error)).toBe("EAUTH 535: Invalid login: 535 5.7.8 Authentication failed");
  });

  it("blanks out credentials, given or inside URLs", () => {
    const error = new Error("Cannot log in as mailer with hunter22 via smtp://mailer:hunter22@smtp.example.org");
    const described = describeSendError(error, ["hunter22", "mailer"]);
    expect(described).not.toContain("hunter22");
    expect(described).not.toContain("mailer");
    expect(describeSendError(new Error("smtps://someone:pw@host failed"))).toBe("smtps://***@host failed");
  });

  it("stays short", () => {
    expect(describeSendError(new Error("x".repeat(1000)))).toHaveLength(200);
    expect(describeSendError("plain string")).toBe("plain string");
  });
});
