import type { Token } from '../../doc/doc.js';
import { tokenSlots } from '../../pipeline/word-slots.js';
import { foldWord, stripZwnj } from '../../text/fold.js';

/** Endings a noun may carry (plural, indefinite, ezafe), as match keys: `تحریم‌هایی`، `حملاتی`، `توافقی`. */
export const NOUN_ENDINGS: readonly string[] = ['هایی', 'های', 'ها', 'ای', 'ی'];

/**
 * The noun a key spells with one of {@link NOUN_ENDINGS} taken off (at least three letters left, endings
 * tried longest first) that `known` accepts, else undefined: `nounStem('توافقی', has)` → `توافق`.
 */
export function nounStem(key: string, known: (noun: string) => boolean): string | undefined {
  for (const ending of NOUN_ENDINGS) {
    if (key.length > ending.length + 2 && key.endsWith(ending)) {
      const noun = key.slice(0, -ending.length);
      if (known(noun)) return noun;
    }
  }
  return undefined;
}

const HAMZA_FOLDS: Record<string, string> = { 'أ': 'ا', 'إ': 'ا', 'آ': 'ا', 'ؤ': 'و', 'ئ': 'ی', 'ة': 'ه' };

/**
 * The key under which cue and trigger words are compared: letters folded, half-spaces and hamza
 * forms removed, so `تأکید`, `تاکید` and `گفت‌وگو`/`گفتوگو` match. `matchKey('تأکید')` → `تاکید`.
 */
export function matchKey(word: string): string {
  let key = cache.get(word);
  if (key === undefined) {
    const folded = stripZwnj(foldWord(word));
    key = '';
    for (const ch of folded) key += HAMZA_FOLDS[ch] ?? ch;
    if (cache.size >= MAX_CACHE) cache.clear();
    cache.set(word, key);
  }
  return key;
}

/** Keys already computed, by word: the same few thousand words recur in every report. */
const cache = new Map<string, string>();
const MAX_CACHE = 100_000;

const tokenKeyCache = new WeakMap<readonly Token[], string[]>();

/**
 * `matchKey` of every token's `norm`, computed once per token list (and once per word, kept in its
 * shared word slots) and shared by the clause stages (sentence views, trigger and cue tables).
 * Read-only; recomputed if the list's length changed.
 */
export function tokenKeys(tokens: readonly Token[]): string[] {
  let keys = tokenKeyCache.get(tokens);
  if (keys === undefined || keys.length !== tokens.length) {
    keys = new Array<string>(tokens.length);
    const slots = tokenSlots(tokens);
    for (let i = 0; i < tokens.length; i++) {
      const slot = slots[i];
      keys[i] = slot.matchKey ??= matchKey(slot.norm);
    }
    tokenKeyCache.set(tokens, keys);
  }
  return keys;
}
