import { describe, expect, it } from "vitest";
import { locales } from "./config";
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { catalogs } from "./catalogs";

const en = catalogs.en;
const messagesDir = path.join(import.meta.dirname, "messages");

/** Every message in a catalogue as [dotted key, value]; nested objects are namespaces. */
function flatten(value: unknown, prefix = ""): Array<[string, unknown]> {
  if (value === null || typeof value !== "object" || Array.isArray(value)) return [[prefix, value]];
  return Object.entries(value).flatMap(([key, child]) => flatten(child, prefix ? `${prefix}.${key}` : key));
}

/** The ICU arguments a message uses, e.g. "Page {page}" -> ["page"] (a plural branch's "{none yet}" is text). */
function placeholders(message: string): string[] {
  return [...message.matchAll(/\{\s*([A-Za-z0-9_]+)\s*[,}]/g)].map((match) => match[1] ?? "").sort();
}

const english = new Map(flatten(en));

describe("message catalogues", () => {
  it("cover every supported locale", () => {
    expect(Object.keys(catalogs).sort()).toEqual([...locales].sort());
  });

  describe.each(locales)("%s", (locale) => {
    const entries = new Map(flatten(catalogs[locale]));

    it("has exactly the keys of the English catalogue", () => {
      const missing = [...english.keys()].filter((key) => !entries.has(key));
      const extra = [...entries.keys()].filter((key) => !english.has(key));
      expect({ missing, extra }).toEqual({ missing: [], extra: [] });
    });

    it("has a non-empty string for every message", () => {
      const notStrings = [...entries].filter(([, value]) => typeof value !== "string").map(([key]) => key);
      const empty = [...entries].filter(([, value]) => typeof value === "string" && value.trim() === "").map(([key]) => key);
      expect({ notStrings, empty }).toEqual({ notStrings: [], empty: [] });
    });

    it("uses the same placeholders as English", () => {
      const mismatched = [...english]
        .filter(([key, source]) => {
          const translated = entries.get(key);
          if (typeof source !== "string" || typeof translated !== "string") return false;
          return placeholders(source).join() !== placeholders(translated).join();
        })
        .map(([key]) => key);
      expect(mismatched).toEqual([]);
    });
  });
});

describe("catalogue files", () => {
  const areasOf = (locale: string) => readdirSync(path.join(messagesDir, locale)).sort();
  const namespacesOf = (locale: string, area: string) =>
    Object.keys(JSON.parse(readFileSync(path.join(messagesDir, locale, area), "utf8")) as object).sort();

  it("every locale has the same area files, each with the same namespaces as English", () => {
    for (const locale of locales) {
      expect(areasOf(locale)).toEqual(areasOf("en"));
      for (const area of areasOf("en")) expect([locale, area, namespacesOf(locale, area)]).toEqual([locale, area, namespacesOf("en", area)]);
    }
  });

  it("no namespace is defined in two area files (one would silently replace the other)", () => {
    const owners = new Map<string, string[]>();
    for (const area of areasOf("en")) for (const namespace of namespacesOf("en", area)) owners.set(namespace, [...(owners.get(namespace) ?? []), area]);
    expect([...owners].filter(([, areas]) => areas.length > 1)).toEqual([]);
  });
});
