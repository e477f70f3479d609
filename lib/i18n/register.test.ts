// One register per language, everywhere, e-mails included: Spanish speaks to the reader as "tú", French as
// "vous", Portuguese as "você". These are the forms of the other register that a mixed catalogue shows.
import { describe, expect, it } from "vitest";
import { catalogs } from "./catalogs";

function strings(value: unknown, prefix = ""): Array<[string, string]> {
  if (typeof value === "string") return [[prefix, value]];
  if (value === null || typeof value !== "object") return [];
  return Object.entries(value).flatMap(([key, child]) => strings(child, prefix ? `${prefix}.${key}` : key));
}

/** Whole words only, accented letters included (JavaScript's \b counts "é" as a word boundary). */
const words = (alternatives: string) => new RegExp(`(?<!\\p{L})(${alternatives})(?!\\p{L})`, "iu");

const otherRegister = {
  // "usted", "le" addressing the reader, and formal imperatives where a sentence starts.
  es: new RegExp(
    [
      words("usted|ustedes|le hemos|le invita|le recomendamos|le escribiremos|le damos|póngase|reenvíe").source,
      `(^|[.!?:¿¡]\\s*)(Inicie|Confirme|Use|Restablezca|Copie|Siga|Inténtelo|Vuelva|Elija|Escriba|Compruebe)(?!\\p{L})`,
    ].join("|"),
    "iu",
  ),
  fr: words("tu|toi|ton|ta|tes"),
  pt: words("tu|teu|tua|teus|tuas|contigo|o senhor|a senhora"),
} as const;

describe.each(Object.entries(otherRegister))("the %s catalogue", (locale, pattern) => {
  it("keeps one register", () => {
    const mixed = strings(catalogs[locale as keyof typeof otherRegister]).filter(([, text]) => pattern.test(text));
    expect(mixed.map(([key, text]) => `${key}: ${text}`)).toEqual([]);
  });
});
