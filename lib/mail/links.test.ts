import { describe, expect, it } from "vitest";
import { splitLinks } from "./links";

describe("splitLinks", () => {
  it("finds http(s) links in running text and leaves the rest as text", () => {
    expect(splitLinks("Sign in:\nhttps://network.example.org/sign-in?token=a&b=1\n\nBye")).toEqual([
      { kind: "text", text: "Sign in:\n" },
      { kind: "link", href: "https://network.example.org/sign-in?token=a&b=1" },
      { kind: "text", text: "\n\nBye" },
    ]);
  });

  it("leaves closing punctuation out of a link", () => {
    expect(splitLinks("See http://localhost:3000/apply. Or (https://example.org/x).")).toEqual([
      { kind: "text", text: "See " },
      { kind: "link", href: "http://localhost:3000/apply" },
      { kind: "text", text: ". Or (" },
      { kind: "link", href: "https://example.org/x" },
      { kind: "text", text: ")." },
    ]);
  });

  it("never makes a link of anything but http(s)", () => {
    expect(splitLinks("javascript:alert(1) data:text/html,x ftp://example.org")).toEqual([{ kind: "text", text: "javascript:alert(1) data:text/html,x ftp://example.org" }]);
    expect(splitLinks("")).toEqual([]);
  });
});
