import { describe, expect, it } from "vitest";
import { signUploadTicket, UPLOAD_TICKET_TTL_MS, verifyUploadTicket } from "./upload-token";

const SECRET = "a-test-secret-of-enough-length-0123456789";
const now = new Date("2026-12-04T10:00:00Z");

describe("upload tickets", () => {
  const ticket = signUploadTicket("cfile123", "member1", now, SECRET);

  it("name the file for the member who uploaded it, until they expire", () => {
    expect(verifyUploadTicket(ticket, "member1", now, SECRET)).toBe("cfile123");
    expect(verifyUploadTicket(ticket, "member1", new Date(now.getTime() + UPLOAD_TICKET_TTL_MS - 1000), SECRET)).toBe("cfile123");
    expect(verifyUploadTicket(ticket, "member1", new Date(now.getTime() + UPLOAD_TICKET_TTL_MS + 1000), SECRET)).toBeNull();
  });

  it("refuse another member, another secret, an edited file or expiry, and junk", () => {
    expect(verifyUploadTicket(ticket, "member2", now, SECRET)).toBeNull();
    expect(verifyUploadTicket(ticket, "member1", now, `${SECRET}x`)).toBeNull();
    const [, expires, signature] = ticket.split(".");
    expect(verifyUploadTicket(`cother.${expires}.${signature}`, "member1", now, SECRET)).toBeNull();
    expect(verifyUploadTicket(`cfile123.zzzzzz.${signature}`, "member1", now, SECRET)).toBeNull();
    for (const junk of ["", "a.b", "a.b.c.d", "x".repeat(300)]) expect(verifyUploadTicket(junk, "member1", now, SECRET)).toBeNull();
  });
});
