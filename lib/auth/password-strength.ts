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

/**
 * How much of a password the estimator reads. zxcvbn's matching grows much faster than the length (a
 * 200-character password held the event loop for seconds), while a few dozen characters already decide
 * the score; longer passphrases are allowed, only their start is estimated.
 */
export const ESTIMATED_PASSWORD_PREFIX = 40;

/**
 * The l33t matcher tries every combination of swapped characters ("1" for "l" or "i"...); zxcvbn's default
 * cap of 100 still let a 40-character run of digits take ~0.8 s with our five dictionaries. 10 keeps the
 * worst case near 0.1 s on the 2-core machine and scores the usual l33t passwords ("p@$$w0rd123") the same.
 */
const L33T_MAX_SUBSTITUTIONS = 10;

let estimator: ZxcvbnFactory | undefined;

function getEstimator(): ZxcvbnFactory {
  estimator ??= new ZxcvbnFactory({
    l33tMaxSubstitutions: L33T_MAX_SUBSTITUTIONS,
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
  return getEstimator().check(password.slice(0, ESTIMATED_PASSWORD_PREFIX), inputs).score >= MINIMUM_PASSWORD_SCORE;
}
