import type { WordInfo } from './word-info.js';

/** Bits handed out so far, one per test (see {@link wordTest}). */
let bitsUsed = 0;

/** A test of token `i` by its key, read from the word's description when `words` are the keys' ({@link wordTest}). */
export type WordTest = (keys: readonly string[], words: readonly WordInfo[] | undefined, i: number) => boolean;

/**
 * A test of a token's key that depends on nothing else (the key and fixed word lists), remembered
 * on the word's cached description ({@link WordInfo.tested}, {@link WordInfo.passed}): each word
 * form is tested once, later tokens of it read a bit instead of a set lookup or a regular
 * expression. Where `words` are missing or do not describe `keys` (`words[i].key !== keys[i]`),
 * the key is tested as is. Descriptions are per word form and the test per key, so a remembered
 * answer never goes stale across documents.
 * `const isUnit = wordTest((key) => UNITS.has(key)); isUnit(context.keys, context.words, i)`.
 * @throws RangeError when more than 31 tests are made (a bit each in a 32-bit integer).
 */
export function wordTest(test: (key: string) => boolean): WordTest {
  if (bitsUsed >= 31) throw new RangeError('at most 31 remembered word tests');
  const bit = 1 << bitsUsed++;
  return (keys, words, i) => {
    const key = keys[i];
    const word = words?.[i];
    if (word === undefined || word.key !== key) return test(key);
    if ((word.tested & bit) === 0) {
      if (test(key)) word.passed |= bit;
      word.tested |= bit;
    }
    return (word.passed & bit) !== 0;
  };
}
