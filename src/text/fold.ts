import { isDiacritic, ZWNJ } from './characters.js';

const LETTER_FOLDS: Record<string, string> = {
  'ي': 'ی', 'ى': 'ی', 'ك': 'ک', 'ۀ': 'ه', 'ة': 'ة', 'ٱ': 'ا', 'ڪ': 'ک', 'ہ': 'ه', 'ە': 'ه',
};

/**
 * Folds a word the way the normalizer's default character pass does (ي ك ۀ → ی ک ه, diacritics and
 * kashida removed) without touching half-spaces. Used to build and to query the lexicons.
 * `foldWord('كتابخانهٔ')` → `کتابخانه`.
 */
export function foldWord(word: string): string {
  let out = '';
  for (let i = 0; i < word.length; i++) {
    const code = word.charCodeAt(i);
    if (isDiacritic(code) || code === 0x0640) continue;
    const ch = word[i];
    out += LETTER_FOLDS[ch] ?? ch;
  }
  return out;
}

/** The word without half-spaces: the key under which its spelling variants are grouped. */
export function stripZwnj(word: string): string {
  return word.indexOf('\u200c') < 0 ? word : word.split('\u200c').join('');
}

/** Offsets (in the stripped word) before which the word has a half-space: `می‌توان‌گفت` → [2, 6]. */
export function zwnjPositions(word: string): number[] {
  const positions: number[] = [];
  let letters = 0;
  for (let i = 0; i < word.length; i++) {
    if (word.charCodeAt(i) === ZWNJ) positions.push(letters);
    else letters++;
  }
  return positions;
}
