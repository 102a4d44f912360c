import type { HalfSpaceLexicon } from '../../../lexicon/half-space-lexicon.js';
import { joinsLeft, ZWNJ_CHAR } from '../../../text/characters.js';
import { zwnjPositions } from '../../../text/fold.js';
import { PREVERBS, SUFFIXES, suffixFits, VERB_PREFIXES } from './affixes.js';
import type { WordRestorer } from './restore-word.js';
import { spell } from './spell.js';
import { PairTable } from './pair-table.js';
import { boundaryFeatures, type LazyBoundaryModel } from './boundary-features.js';

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

/** What the restorer knows of one key (a word, or words spelled as one), found once per key per phrase. */
interface KeyType {
  /** The key's number in the pair table. */
  id: number;
  /** The key's spelling as a lone word with no half-space of its writer's, made on first need. */
  spelling: string | undefined;
}

/** A pair's join in the pair table: `2 × code + prefix bit`; codes 0–2 are these, 3 + k the lexicon's spelling k. */
const JOIN_KINDS: readonly JoinKind[] = ['apart', 'half-space', 'solid'];

/** Pairs (and keys) remembered before both tables are emptied. */
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
  /** The gap model, consulted for two words the lexicon never saw joined (made on first use). */
  gap?: LazyBoundaryModel;
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

  /**
   * Every key met, with its number in {@link pairs}: a phrase's words are looked up here once each,
   * and a pair of keys is then two numbers instead of two strings.
   */
  const keyTypes = new Map<string, KeyType>();
  const keyType = (key: string): KeyType => {
    let type = keyTypes.get(key);
    if (type === undefined) {
      type = { id: keyTypes.size, spelling: undefined };
      keyTypes.set(key, type);
    }
    return type;
  };
  /** The words of the phrase being restored, as key types (scratch, one per word). */
  const phraseTypes: KeyType[] = [];

  const wordSpelling = (word: PhraseWord, type: KeyType): string => {
    if (word.halfSpaces.length > 0) return spell(word.key, word.halfSpaces);
    return (type.spelling ??= careful ? word.key : restore(word.key));
  };

  /**
   * Keys that begin a half-spaced word of the lexicon up to a point where it could have been
   * written apart — a half-space, or after a non-joining letter (`بین`، `گفت`، `گفتو`).
   */
  let prefixes: Set<string> | undefined;
  const prefixSet = (): Set<string> => {
    if (prefixes) return prefixes;
    prefixes = new Set<string>();
    for (const [key, entry] of forms) {
      if (entry.bestCount <= entry.solidCount) continue;
      const positions = zwnjPositions(entry.best);
      for (let p = 1; p < key.length; p++) if (positions.includes(p) || !joinsLeft(key.charCodeAt(p - 1))) prefixes.add(key.slice(0, p));
    }
    return prefixes;
  };
  /**
   * What is known of two keys in a row, by their {@link keyTypes} numbers: how they join (a
   * {@link JoinKind} or the lexicon's spelling, see {@link JOIN_KINDS}) and whether together they
   * begin a longer half-spaced word (only then are three words tried).
   */
  const pairs = new PairTable();
  /** The lexicon spellings the pair table refers to. */
  const joinSpellings: string[] = [];

  /** How `words[from..to)` join `leftKey` (key type `leftId`), from the lexicon alone: its spelling of the whole, or undefined. */
  const lexiconJoin = (leftKey: string, leftId: number, words: PhraseWord[], from: number, to: number): string | undefined => {
    if (careful) return undefined;
    const prefixes = prefixSet();
    if (!prefixes.has(leftKey)) return undefined;
    if (to - from > 1 && (pairInfo(leftKey, leftId, words, from) & 1) === 0) return undefined;
    let joinedKey = leftKey;
    for (let w = from; w < to; w++) {
      if (w > from + 1 && !prefixes.has(joinedKey)) return undefined;
      joinedKey += words[w].key;
    }
    const entry = forms.get(joinedKey);
    if (!entry || entry.bestCount <= entry.solidCount || entry.bestCount <= JOIN_RATIO * entry.spaced) return undefined;
    const positions = zwnjPositions(entry.best);
    let boundary = leftKey.length;
    for (let w = from; w < to; w++) {
      if (joinsLeft(joinedKey.charCodeAt(boundary - 1)) && !positions.includes(boundary)) return undefined;
      boundary += words[w].key.length;
    }
    return entry.best;
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
      const model = gap();
      if (model && model.model.score(boundaryFeatures(joinedKey, leftKey.length, model.stats)) > GAP_THRESHOLD) return 'half-space';
    }
    return 'apart';
  };

  /** What is known of `leftKey` (key type `leftId`) followed by `words[at]`: its pair-table value (see {@link JOIN_KINDS}). */
  const pairInfo = (leftKey: string, leftId: number, words: PhraseWord[], at: number): number => {
    const rightId = phraseTypes[at].id;
    let info = pairs.get(leftId, rightId);
    if (info < 0) {
      const rightKey = words[at].key;
      const prefix = !careful && prefixSet().has(leftKey + rightKey) ? 1 : 0;
      const spelling = lexiconJoin(leftKey, leftId, words, at, at + 1);
      let code: number;
      if (spelling === undefined) code = JOIN_KINDS.indexOf(ruleJoin(leftKey, rightKey));
      else {
        code = JOIN_KINDS.length + joinSpellings.length;
        joinSpellings.push(spelling);
      }
      info = 2 * code + prefix;
      pairs.set(leftId, rightId, info);
    }
    return info;
  };

  /**
   * The spelling of the group `leftKey`/`leftSpelling` (key type `leftId`) joined with
   * `words[from..to)` (`to` at most `limit`), trying the longest run first; undefined to keep the spaces.
   */
  const join = (leftKey: string, leftId: number, leftSpelling: string, words: PhraseWord[], from: number, limit: number): { spelling: string; to: number } | undefined => {
    if (VERBAL_PREFIXES.has(words[from].key)) return undefined; // می starts a word: کم می‌آوردند
    const info = pairInfo(leftKey, leftId, words, from);
    if ((info & 1) === 1) {
      for (let to = limit; to > from + 1; to--) {
        const spelling = lexiconJoin(leftKey, leftId, words, from, to);
        if (spelling !== undefined) return { spelling, to };
      }
    }
    const code = info >> 1;
    if (code === 0) return undefined; // apart
    if (code < JOIN_KINDS.length) return { spelling: leftSpelling + (code === 1 ? ZWNJ_CHAR : '') + wordSpelling(words[from], phraseTypes[from]), to: from + 1 };
    return { spelling: joinSpellings[code - JOIN_KINDS.length], to: from + 1 };
  };

  return (words: PhraseWord[], spaceAllowed: boolean[]): WordGroup[] => {
    if (pairs.size >= MAX_PAIR_CACHE || keyTypes.size >= MAX_PAIR_CACHE) {
      pairs.clear();
      keyTypes.clear();
      joinSpellings.length = 0;
    }
    phraseTypes.length = words.length;
    for (let w = 0; w < words.length; w++) phraseTypes[w] = keyType(words[w].key);
    const groups: WordGroup[] = [];
    let i = 0;
    while (i < words.length) {
      let key = words[i].key;
      let keyId = phraseTypes[i].id;
      let spelling = wordSpelling(words[i], phraseTypes[i]);
      let last = i;
      while (last + 1 < words.length && spaceAllowed[last]) {
        let allowed = last + 1;
        while (allowed < words.length - 1 && allowed - last < MAX_JOIN && spaceAllowed[allowed]) allowed++;
        const joined = join(key, keyId, spelling, words, last + 1, allowed + 1);
        if (!joined) break;
        for (let w = last + 1; w < joined.to; w++) key += words[w].key;
        keyId = keyType(key).id;
        spelling = joined.spelling;
        last = joined.to - 1;
      }
      // a joined group with no half-space reads as one word from then on: spell it as one, so that
      // normalizing again changes nothing
      if (last > i && !careful && !spelling.includes(ZWNJ_CHAR)) spelling = restore(key);
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
