import { foldWord, stripZwnj } from '../../text/fold.js';

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
