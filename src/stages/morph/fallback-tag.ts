import { isDigit, isPersianLetter } from '../../text/characters.js';
import type { MorphLexicon } from './morph-lexicon.js';
import type { Upos } from './upos.js';
import type { WordInfo } from './word-info.js';

/**
 * A tag without the tagger weights, from the word alone: the tag the lemma lexicon saw most
 * often, else VERB for a known verb form, NUM for digits, PUNCT for marks, else NOUN.
 * `fallbackTag(describe('می‌گویند'), lexicon)` → `VERB`; `fallbackTag(describe('۱۲'), lexicon)` → `NUM`.
 */
export function fallbackTag(info: WordInfo, lexicon: MorphLexicon): Upos {
  const seen = lexicon.lemmas.byForm.get(info.key);
  if (seen && seen.length > 0) {
    const counts = new Map<string, number>();
    for (const entry of seen) counts.set(entry.upos, (counts.get(entry.upos) ?? 0) + entry.count);
    return [...counts].sort((a, b) => b[1] - a[1])[0][0] as Upos;
  }
  if (info.verbs.length > 0 && info.verbs[0].prefix !== '') return 'VERB';
  const first = info.key.charCodeAt(0);
  if (isDigit(first)) return 'NUM';
  if (!isPersianLetter(first) && !/\p{L}/u.test(info.key)) return 'PUNCT';
  return 'NOUN';
}
