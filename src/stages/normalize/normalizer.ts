import type { AlignmentRuns } from '../../doc/alignment.js';
import type { Lexicons } from '../../lexicon/lexicons.js';
import { foldCharacters } from './fold-characters.js';
import { contextPass } from './context-pass.js';
import { createPhraseRestorer, type HalfSpaceRestorers } from './half-space/restore-phrase.js';
import { createWordRestorer } from './half-space/restore-word.js';
import { type BoundaryModel, type BoundaryStats, boundaryStats, type LazyBoundaryModel } from './half-space/boundary-features.js';
import type { BinaryPerceptron } from '../../model/averaged-perceptron.js';
import { type NormalizeOptions, resolveNormalizeOptions } from './options.js';

/** Normalized text with the alignment back to the input. */
export interface Normalized {
  text: string;
  alignment: AlignmentRuns;
}

/** A normalizer bound to its options and lexicons: `normalize('ميتوانند')` → `{text: 'می‌توانند', ...}`. */
export type Normalizer = (text: string) => Normalized;

const restorers = new WeakMap<Lexicons, HalfSpaceRestorers>();

/**
 * The phrase restorers for one set of lexicons, built once: `full` uses everything; `careful`,
 * for lines whose writer already uses half-spaces, keeps words as written and joins a space only
 * for a bare suffix or می/نمی before a verb — there a guess would mostly overrule a deliberate
 * spelling (measured on a train holdout: clean-text precision .959 → .987).
 */
function restorersFor(lexicons: Lexicons): HalfSpaceRestorers {
  let restorer = restorers.get(lexicons);
  if (!restorer) {
    let stats: BoundaryStats | undefined;
    const lazyModel = (pick: () => BinaryPerceptron | undefined): LazyBoundaryModel => {
      let made: BoundaryModel | undefined | null = null;
      return () => {
        if (made === null) {
          const model = pick();
          made = model ? { model, stats: (stats ??= boundaryStats(lexicons.halfSpace)) } : undefined;
        }
        return made;
      };
    };
    const boundary = lazyModel(() => lexicons.boundaryModel);
    const gap = lazyModel(() => lexicons.gapModel);
    const words = createWordRestorer(lexicons.halfSpace, lexicons.verbs, boundary);
    const full = createPhraseRestorer(lexicons.halfSpace, words, { gap });
    const careful = createPhraseRestorer(lexicons.halfSpace, words, { careful: true });
    restorer = { full, careful };
    restorers.set(lexicons, restorer);
  }
  return restorer;
}

/**
 * Creates a normalizer. Two passes: characters (letters, digits' scripts untouched, marks,
 * spaces, lines) then context (half-spaces, digits, punctuation), each character remembering
 * the original range it came from. The original is never changed; the result's alignment maps
 * offsets both ways. Line breaks are kept one for one.
 *
 * `createNormalizer({}, lexicons)('بررسي همكاريهاي بين المللي ، امروز')`
 * → `بررسی همکاری‌های بین‌المللی، امروز`
 *
 * @throws KhabarError E005 for an invalid option.
 */
export function createNormalizer(options: NormalizeOptions, lexicons: Lexicons | undefined): Normalizer {
  const resolved = resolveNormalizeOptions(options);
  const restorer = resolved.halfSpaces && lexicons ? restorersFor(lexicons) : undefined;
  return (text: string): Normalized => {
    const folded = foldCharacters(text, resolved);
    const result = contextPass(folded, resolved, restorer, text.length);
    return { text: result.toString(), alignment: result.runs(text.length) };
  };
}
