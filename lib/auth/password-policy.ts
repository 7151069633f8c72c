/**
 * What a password must be (ASVS 2.1): 12 to 128 characters, any characters, no composition rules,
 * and not common or easy to guess. "Common" is zxcvbn's estimate with its lists of leaked passwords and
 * English and Spanish words: fewer than 10^8 guesses (score below 3) is refused.
 */
import { ZxcvbnFactory } from '@zxcvbn-ts/core';
import * as common from '@zxcvbn-ts/language-common';
import * as en from '@zxcvbn-ts/language-en';
import * as es from '@zxcvbn-ts/language-es-es';

import { PASSWORD_MAX_LENGTH, PASSWORD_MIN_LENGTH, passwordLength } from './password-policy-length';

export { PASSWORD_MAX_LENGTH, PASSWORD_MIN_LENGTH, passwordLength };

let estimator: ZxcvbnFactory | undefined;
function strengthEstimator() {
  estimator ??= new ZxcvbnFactory({
    dictionary: { ...common.dictionary, ...en.dictionary, ...es.dictionary },
    graphs: common.adjacencyGraphs,
  });
  return estimator;
}

export type PasswordProblem = 'tooShort' | 'tooLong' | 'tooCommon';

/** Lower case, accents and separators gone: "Lucía Pérez-1990" and "luciaperez1990" read the same. */
const compact = (text: string) =>
  text
    .toLowerCase()
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/[^\p{L}\p{N}]/gu, '');

/** How many characters of the compacted password are the person's own words, each occurrence counted once. */
function personalCharacters(password: string, personalWords: Set<string>): number {
  let rest = compact(password);
  let found = 0;
  for (const word of [...personalWords].sort((a, b) => b.length - a.length)) {
    while (rest.includes(word)) {
      rest = rest.replace(word, ' ');
      found += word.length;
    }
  }
  return found;
}

/** The first problem with a password, or null; `userInputs` (name, e-mail) count as easy to guess. */
export function passwordProblem(password: string, userInputs: string[] = []): PasswordProblem | null {
  const length = passwordLength(password);
  if (length < PASSWORD_MIN_LENGTH) return 'tooShort';
  if (length > PASSWORD_MAX_LENGTH) return 'tooLong';
  // Each word of a name or address counts: "Lucía Pérez" makes "lucia" and "perez" easy guesses.
  const words = userInputs.flatMap((input) =>
    input
      .toLowerCase()
      .normalize('NFD')
      .replace(/\p{M}/gu, '')
      .split(/[\s@.\-_+]+/),
  );
  const personalWords = new Set(words.filter((word) => word.length >= 3));
  const { score } = strengthEstimator().check(password, [...personalWords]);
  if (score < 3) return 'tooCommon';
  // A password that is mostly the person's own name or address is guessable whatever the estimate says,
  // with spaces, separators, capitals or accents ("Lucia Perez 1990" for Lucía Pérez) or without.
  return personalCharacters(password, personalWords) * 2 >= compact(password).length ? 'tooCommon' : null;
}
