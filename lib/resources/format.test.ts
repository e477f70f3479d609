import { describe, expect, it } from "vitest";
import { linkHost, resourceSearchDocument, resourceTokens, signUploadTicket, UPLOAD_TICKET_TTL_MS, verifyUploadTicket } from "./format";

describe("resource filter tokens", () => {
  it("name the type, every level of each country's place, rules, languages, organization and year, once, sorted", () => {
    const kenya = { code: "KE", continentCode: "AF", regionCode: "002", subregionCode: "202", intermediateRegionCode: "014" };
    expect(resourceTokens({ type: "REPORT", countries: [kenya, { ...kenya, code: "UG" }], ruleNumbers: [25, 26], languages: ["en", "sw"], organizationId: "org1", year: 2024 })).toEqual([
      "continent:AF", "country:KE", "country:UG", "language:en", "language:sw", "organization:org1", "region:002", "region:014", "region:202", "rule:25", "rule:26", "type:REPORT", "year:2024",
    ]);
    expect(resourceTokens({ type: "OTHER", countries: [], ruleNumbers: [], languages: [], organizationId: null, year: null })).toEqual(["type:OTHER"]);
  });
});

describe("the search document", () => {
  it("folds title, summary and file text, without accents or case", () => {
    expect(resourceSearchDocument({ title: "Cárceles de BOGOTÁ", summary: "Informe  anual", extractedText: "Página\nuno" })).toBe("carceles de bogota informe anual pagina uno");
    expect(resourceSearchDocument({ title: "T", summary: "S", extractedText: null })).toBe("t s");
  });
});

describe("a link's host", () => {
  it("is what the page says the link leads to", () => {
    expect(linkHost("https://www.example.org/a/b?c")).toBe("www.example.org");
  });
});

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
