import { foldWord, stripZwnj } from '../../text/fold.js';

const HAMZA_FOLDS: Record<string, string> = { 'أ': 'ا', 'إ': 'ا', 'آ': 'ا', 'ؤ': 'و', 'ئ': 'ی', 'ة': 'ه' };

/**
 * The key under which cue and trigger words are compared: letters folded, half-spaces and hamza
 * forms removed, so `تأکید`, `تاکید` and `گفت‌وگو`/`گفتوگو` match. `matchKey('تأکید')` → `تاکید`.
 */
export function matchKey(word: string): string {
  const folded = stripZwnj(foldWord(word));
  let out = '';
  for (const ch of folded) out += HAMZA_FOLDS[ch] ?? ch;
  return out;
}
