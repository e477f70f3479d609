import { describe, expect, it } from "vitest";
import { pickMessages } from "./pick-messages";

const messages = { SignIn: { title: "Sign in" }, ui: { button: { pending: "Working" }, formField: { optional: "optional" } }, Admin: { title: "Admin" } };

describe("picking message namespaces", () => {
  it("keeps only the namespaces named, nested ones with their parents", () => {
    expect(pickMessages(messages, ["SignIn", "ui.button"])).toEqual({ SignIn: { title: "Sign in" }, ui: { button: { pending: "Working" } } });
  });

  it("merges two nested namespaces of one parent, and a whole namespace wins over a part of it", () => {
    expect(pickMessages(messages, ["ui.button", "ui.formField"])).toEqual({ ui: messages.ui });
    expect(pickMessages(messages, ["ui", "ui.button"])).toEqual({ ui: messages.ui });
  });

  it("refuses a namespace the catalogue does not have", () => {
    expect(() => pickMessages(messages, ["Nope"])).toThrow('No message namespace "Nope"');
  });
});
