import type { HalfSpaceLexicon } from '../../../lexicon/half-space-lexicon.js';
import { joinsLeft, ZWNJ_CHAR } from '../../../text/characters.js';
import { zwnjPositions } from '../../../text/fold.js';
import { PREVERBS, SUFFIXES, suffixFits, VERB_PREFIXES } from './affixes.js';
import type { WordRestorer } from './restore-word.js';
import { spell } from './spell.js';
import { boundaryFeatures, type BoundaryModel } from './boundary-features.js';

/** A run of consecutive words spelled as one: `first`..`last` inclusive, with half-spaces. */
export interface WordGroup {
  first: number;
  last: number;
  spelling: string;
}

/** One word of a phrase: its letters and the half-spaces its writer put in (letter offsets). */
export interface PhraseWord {
  key: string;
  halfSpaces: number[];
}

/** The longest run of words tried as one (`گفت و گو` is three). */
const MAX_JOIN = 3;

/** Suffixes that, standing alone after a space, rejoin their word; است is also a word of its own. */
/** می، نمی، همی and the same after a preverb (برمی، درنمی): they join the verb that follows. */
const VERBAL_PREFIXES = new Set<string>([...VERB_PREFIXES, ...PREVERBS.flatMap((preverb) => VERB_PREFIXES.map((prefix) => preverb + prefix))]);

/** The gap model's score above which a space between two words never seen joined becomes a half-space (tuned on a train holdout). */
const GAP_THRESHOLD = 5;

const SUFFIX_BY_TEXT = new Map(SUFFIXES.filter((suffix) => suffix.text !== 'است').map((suffix) => [suffix.text, suffix]));

/**
 * Decides, for a phrase of words separated by single spaces, which spaces are really lost
 * half-spaces (`می توانند` → `می‌توانند`، `گفت و گو` → `گفت‌وگو`، `کشور های` → `کشورهای`) and how each
 * resulting word is spelled (`همکاریهای` → `همکاری‌های`). A word that already has a valid
 * half-space is trusted as written. A run of words joins when the corpus saw it joined more often
 * than apart, or when the next word is a bare suffix (`ها`، `اند`) or the word is می/نمی before
 * a verb. `spaceAllowed[i]` says whether words i and i+1 may join at all.
 */
export function createPhraseRestorer(lexicon: HalfSpaceLexicon, restore: WordRestorer, gap?: BoundaryModel) {
  const forms = lexicon.forms;

  const wordSpelling = (word: PhraseWord): string => (word.halfSpaces.length > 0 ? spell(word.key, word.halfSpaces) : restore(word.key));

  /** The spelling of `left` joined with `right` words, or undefined to keep the spaces. */
  const join = (leftKey: string, leftSpelling: string, right: PhraseWord[]): string | undefined => {
    const boundaries: number[] = [];
    let joinedKey = leftKey;
    for (const word of right) {
      boundaries.push(joinedKey.length);
      joinedKey += word.key;
    }
    const entry = forms.get(joinedKey);
    if (entry && entry.bestCount > 0 && entry.bestCount > entry.solidCount && entry.bestCount > entry.spaced) {
      const positions = new Set(zwnjPositions(entry.best));
      const fits = boundaries.every((b) => positions.has(b) || !joinsLeft(joinedKey.charCodeAt(b - 1)));
      if (fits) return entry.best;
    }
    if (right.length !== 1) return undefined;
    const next = right[0];
    const suffix = SUFFIX_BY_TEXT.get(next.key);
    if (suffix && leftKey.length >= 2) {
      if (suffixFits(leftKey, suffix)) return leftSpelling + ZWNJ_CHAR + next.key;
      if (!joinsLeft(leftKey.charCodeAt(leftKey.length - 1)) && !suffix.vowelStemOnly) return leftSpelling + next.key;
    }
    if (VERBAL_PREFIXES.has(leftKey)) return restore.isVerbBody(next.key) ? leftKey + ZWNJ_CHAR + wordSpelling(next) : undefined; // ماه می سال
    if (leftKey === 'بی' && restore.known(next.key)) return leftKey + ZWNJ_CHAR + wordSpelling(next);
    if (!entry && joinsLeft(leftKey.charCodeAt(leftKey.length - 1)) && leftKey.length >= 2 && next.key.length >= 2) {
      if (gap && gap.model.score(boundaryFeatures(joinedKey, leftKey.length, gap.stats)) > GAP_THRESHOLD) return leftSpelling + ZWNJ_CHAR + wordSpelling(next);
    }
    return undefined;
  };

  return (words: PhraseWord[], spaceAllowed: boolean[]): WordGroup[] => {
    const groups: WordGroup[] = [];
    let i = 0;
    while (i < words.length) {
      let key = words[i].key;
      let spelling = wordSpelling(words[i]);
      let last = i;
      extend: while (last + 1 < words.length && spaceAllowed[last]) {
        for (let k = Math.min(MAX_JOIN, words.length - 1 - last); k >= 1; k--) {
          let allowed = true;
          for (let g = last; g < last + k; g++) allowed &&= spaceAllowed[g];
          if (!allowed) continue;
          const right = words.slice(last + 1, last + 1 + k);
          const joined = join(key, spelling, right);
          if (joined === undefined) continue;
          key += right.map((word) => word.key).join('');
          spelling = joined;
          last += k;
          continue extend;
        }
        break;
      }
      groups.push({ first: i, last, spelling });
      i = last + 1;
    }
    return groups;
  };
}

export type PhraseRestorer = ReturnType<typeof createPhraseRestorer>;
