import "server-only";
import { ZxcvbnFactory } from "@zxcvbn-ts/core";
import * as common from "@zxcvbn-ts/language-common";
import * as english from "@zxcvbn-ts/language-en";
import * as spanish from "@zxcvbn-ts/language-es-es";
import * as french from "@zxcvbn-ts/language-fr";
import * as portuguese from "@zxcvbn-ts/language-pt-br";

// zxcvbn estimates how many guesses a password needs, with the dictionaries of the platform's languages,
// so "contraseña123" fails as surely as "password123". Score 3 of 4 means about 10^8 guesses or more.
export const MINIMUM_PASSWORD_SCORE = 3;

let estimator: ZxcvbnFactory | undefined;

function getEstimator(): ZxcvbnFactory {
  estimator ??= new ZxcvbnFactory({
    graphs: common.adjacencyGraphs,
    dictionary: {
      ...common.dictionary,
      ...english.dictionary,
      ...prefixKeys("es", spanish.dictionary),
      ...prefixKeys("fr", french.dictionary),
      ...prefixKeys("pt", portuguese.dictionary),
    },
  });
  return estimator;
}

// Each language package names its lists alike ("commonWords", "firstnames"...): keep them all.
function prefixKeys(prefix: string, dictionary: Record<string, unknown>): Record<string, string[]> {
  return Object.fromEntries(Object.entries(dictionary).map(([key, words]) => [`${prefix}-${key}`, words as string[]]));
}

/** Whether a password is strong enough; `personal` are words it must not lean on (name, email). */
export function isStrongPassword(password: string, personal: string[] = []): boolean {
  const inputs = personal
    .flatMap((value) => {
      const words = value.toLowerCase().split(/[^\p{L}\p{N}]+/u);
      // "Amara Diallo" should also rule out "amaradiallo", and an email its local part.
      return [...words, words.join(""), value.toLowerCase().split("@")[0] ?? ""];
    })
    .filter((word) => word.length >= 3);
  return getEstimator().check(password.slice(0, 100), inputs).score >= MINIMUM_PASSWORD_SCORE;
}
