import { describe, expect, it } from "vitest";
import { decodeMailboxPosition, encodeMailboxPosition, mailboxPageRequest } from "./mailbox-cursor";

const position = { createdAt: new Date("2026-11-24T17:20:00.123Z"), id: "cmwuz11wc000cqj7dlhvv4qyf" };

describe("mailbox positions", () => {
  it("survive the trip through a URL", () => {
    const token = encodeMailboxPosition(position);
    expect(token).toMatch(/^[A-Za-z0-9_-]+$/);
    expect(decodeMailboxPosition(token)).toEqual(position);
  });

  it("reject anything we did not make", () => {
    for (const token of [undefined, "", "%%%", "bm90IGEgY3Vyc29y", ["a", "b"], Buffer.from("2026-13-45T00:00:00.000Z|x").toString("base64url")]) {
      expect(decodeMailboxPosition(token)).toBeNull();
    }
  });

  it("read ?before= first, then ?after=, else the newest page", () => {
    const token = encodeMailboxPosition(position);
    expect(mailboxPageRequest({ before: token, after: token })).toEqual({ before: position });
    expect(mailboxPageRequest({ after: token })).toEqual({ after: position });
    expect(mailboxPageRequest({ before: "junk" })).toEqual({});
  });
});
