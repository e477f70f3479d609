import { createTranslator } from "next-intl";
import { describe, expect, it } from "vitest";
import type { z } from "zod";
import { applySchema } from "@/lib/applications/schema";
import { displayNameSchema } from "@/lib/account/schema";
import { catalogs } from "@/lib/i18n/catalogs";
import { locales, type Locale } from "@/lib/i18n/config";
import { issueMessage } from "./issue-messages";

/** The field errors a form would show, as lib/action.ts translates them. */
function messages(schema: z.ZodType, values: unknown, locale: Locale = "en"): Record<string, string[]> {
  const t = createTranslator({ locale, messages: catalogs[locale], namespace: "Errors" });
  const result = schema.safeParse(values);
  const fields: Record<string, string[]> = {};
  for (const issue of result.error?.issues ?? []) {
    const { field, key, values: limits } = issueMessage(issue);
    (fields[field] ??= []).push(t(key as never, limits as never));
  }
  return fields;
}

const application = (overrides: Record<string, unknown>) => ({
  kind: "ORGANIZATION",
  organizationChoice: "new",
  proposedOrgName: "Mães do Cárcere",
  proposedOrgCountryCode: "BR",
  name: "Amara Okafor",
  displayName: "Nia",
  email: "amara@example.org",
  password: "lantern-orchid-gravel-mosaic-41",
  countryCode: "KE",
  "languages[]": ["en"],
  workDescription: "Legal aid.",
  consent: "on",
  ...overrides,
});

describe("what each zod issue says", () => {
  it("a valid application has nothing to say", () => {
    expect(messages(applySchema, application({}))).toEqual({});
  });

  it("too long: the limit, never 'This field is required'", () => {
    expect(messages(applySchema, application({ name: "n".repeat(5000), workDescription: "w".repeat(20_000) }))).toEqual({
      name: ["Too long: at most 200 characters."],
      workDescription: ["Too long: at most 5,000 characters."],
    });
    expect(messages(displayNameSchema, { displayName: "d".repeat(81) })).toEqual({ displayName: ["Too long: at most 80 characters."] });
  });

  it.each(["javascript:alert(1)", "ftp://example.org", "not a website"])("a website that is not an http(s) address (%s)", (website) => {
    expect(messages(applySchema, application({ proposedOrgWebsite: website }))).toEqual({
      proposedOrgWebsite: ["Must be a web address starting with https:// or http://, like https://example.org."],
    });
  });

  it("missing, empty or unchosen", () => {
    const { name: _name, ...withoutName } = application({});
    expect(messages(applySchema, { ...withoutName, displayName: "   ", "languages[]": [], kind: "SOMETHING" })).toEqual({
      name: ["This field is required."],
      displayName: ["This field is required."],
      languages: ["This field is required."],
      kind: ["Please choose one of the options."],
    });
  });

  it("control characters: NUL anywhere, line breaks in a single line; a passage keeps its line breaks", () => {
    expect(messages(applySchema, application({ name: "Amara\u0000", displayName: "Nia\nX", workDescription: "Line one\r\n\tLine two" }))).toEqual({
      name: [expect.stringContaining("control characters")],
      displayName: [expect.stringContaining("control characters")],
    });
    expect(messages(applySchema, application({ workDescription: "Legal\u0000aid" }))).toEqual({ workDescription: [expect.stringContaining("control characters")] });
    expect(messages(displayNameSchema, { displayName: "Nia\u0007" })).toEqual({ displayName: [expect.stringContaining("control characters")] });
  });

  it.each(locales)("in %s, with the limit in the message", (locale) => {
    const [message] = messages(applySchema, application({ name: "n".repeat(5000) }), locale).name ?? [];
    expect(message).toContain("200");
    expect(message).not.toBe(catalogs[locale].Errors.fields.required);
  });
});
