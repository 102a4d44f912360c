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

/** How two words separated by a space are written: apart, joined by a half-space, or solid. */
type JoinKind = 'apart' | 'half-space' | 'solid';

const MAX_PAIR_CACHE = 200_000;

/** The longest run of words tried as one (`گفت و گو` is three). */
const MAX_JOIN = 3;

/** می، نمی، همی and the same after a preverb (برمی، درنمی): they join the verb that follows. */
const VERBAL_PREFIXES = new Set<string>([...VERB_PREFIXES, ...PREVERBS.flatMap((preverb) => VERB_PREFIXES.map((prefix) => preverb + prefix))]);

/** The gap model's score above which a space between two words never seen joined becomes a half-space (tuned on a train holdout). */
const GAP_THRESHOLD = 8;

/** A run of words joins by the lexicon only when seen joined more than this many times as often as apart (tuned on a train holdout). */
const JOIN_RATIO = 2;

/** Suffixes that, standing alone after a space, rejoin their word; است is also a word of its own. */
const SUFFIX_BY_TEXT = new Map(SUFFIXES.filter((suffix) => suffix.text !== 'است').map((suffix) => [suffix.text, suffix]));

export interface PhraseRestorerOptions {
  /** The gap model, consulted for two words the lexicon never saw joined. */
  gap?: BoundaryModel;
  /**
   * For a line whose writer already uses half-spaces: words are spelled as written, and a space
   * joins only for a bare suffix (`کتاب ها`) or می/نمی before a verb. Default false.
   */
  careful?: boolean;
}

/**
 * Decides, for a phrase of words separated by single spaces, which spaces are really lost
 * half-spaces (`می توانند` → `می‌توانند`، `گفت و گو` → `گفت‌وگو`، `کشور های` → `کشورهای`) and how each
 * resulting word is spelled (`همکاریهای` → `همکاری‌های`). A word that already has a valid
 * half-space is trusted as written. A run of words joins when the corpus saw it joined more often
 * than apart, or when the next word is a bare suffix (`ها`، `اند`) or the word is می/نمی before
 * a verb. `spaceAllowed[i]` says whether words i and i+1 may join at all.
 */
export function createPhraseRestorer(lexicon: HalfSpaceLexicon, restore: WordRestorer, options: PhraseRestorerOptions = {}) {
  const forms = lexicon.forms;
  const { gap, careful = false } = options;

  const wordSpelling = (word: PhraseWord): string => (word.halfSpaces.length > 0 ? spell(word.key, word.halfSpaces) : careful ? word.key : restore(word.key));

  /** Keys that begin a half-spaced word of the lexicon, up to one of its half-spaces (`بین`، `گفت`، `گفتو`). */
  const heads = new Set<string>();
  for (const [key, entry] of forms) {
    if (entry.bestCount > entry.solidCount) for (const p of zwnjPositions(entry.best)) heads.add(key.slice(0, p));
  }
  /** Decisions for two-word joins, by `left key + \u0001 + right key`. */
  const pairCache = new Map<string, JoinKind>();

  /** How the words `right` join `leftKey`, from the lexicon alone: its spelling of the whole, or undefined. */
  const lexiconJoin = (leftKey: string, right: PhraseWord[]): string | undefined => {
    if (careful || !heads.has(leftKey)) return undefined;
    const boundaries: number[] = [];
    let joinedKey = leftKey;
    for (const word of right) {
      boundaries.push(joinedKey.length);
      joinedKey += word.key;
    }
    const entry = forms.get(joinedKey);
    if (!entry || entry.bestCount <= entry.solidCount || entry.bestCount <= JOIN_RATIO * entry.spaced) return undefined;
    const positions = new Set(zwnjPositions(entry.best));
    return boundaries.every((b) => positions.has(b) || !joinsLeft(joinedKey.charCodeAt(b - 1))) ? entry.best : undefined;
  };

  /** How one word joins the key before it when the lexicon has nothing to say. */
  const ruleJoin = (leftKey: string, rightKey: string): JoinKind => {
    const suffix = SUFFIX_BY_TEXT.get(rightKey);
    if (suffix && leftKey.length >= 2) {
      if (suffixFits(leftKey, suffix)) return 'half-space';
      if (!joinsLeft(leftKey.charCodeAt(leftKey.length - 1)) && !suffix.vowelStemOnly) return 'solid';
    }
    if (VERBAL_PREFIXES.has(leftKey)) return restore.isVerbBody(rightKey) ? 'half-space' : 'apart'; // ماه می سال
    if (careful) return 'apart';
    if (leftKey === 'بی' && restore.known(rightKey)) return 'half-space';
    const joinedKey = leftKey + rightKey;
    if (gap && !forms.has(joinedKey) && joinsLeft(leftKey.charCodeAt(leftKey.length - 1)) && leftKey.length >= 2 && rightKey.length >= 2) {
      if (gap.model.score(boundaryFeatures(joinedKey, leftKey.length, gap.stats)) > GAP_THRESHOLD) return 'half-space';
    }
    return 'apart';
  };

  /** The spelling of the group `leftKey`/`leftSpelling` joined with `right`, or undefined to keep the spaces. */
  const join = (leftKey: string, leftSpelling: string, right: PhraseWord[]): string | undefined => {
    if (VERBAL_PREFIXES.has(right[0].key)) return undefined; // می starts a word: کم می‌آوردند
    const whole = lexiconJoin(leftKey, right);
    if (whole !== undefined || right.length !== 1) return whole;
    const next = right[0];
    const cacheKey = leftKey + '\u0001' + next.key;
    let kind = pairCache.get(cacheKey);
    if (kind === undefined) {
      kind = ruleJoin(leftKey, next.key);
      if (pairCache.size >= MAX_PAIR_CACHE) pairCache.clear();
      pairCache.set(cacheKey, kind);
    }
    if (kind === 'apart') return undefined;
    return leftSpelling + (kind === 'half-space' ? ZWNJ_CHAR : '') + wordSpelling(next);
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

/** The two restorers a normalizer chooses between, line by line. */
export interface HalfSpaceRestorers {
  /** Lexicon, affix rules and the boundary and gap models: for text that lost its half-spaces. */
  full: PhraseRestorer;
  /** Words as written, only bare suffixes and verbal prefixes rejoined: for a line whose writer uses half-spaces. */
  careful: PhraseRestorer;
}
