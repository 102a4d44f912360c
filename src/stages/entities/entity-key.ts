import { digitValue, isDiacritic, ZWNJ } from '../../text/characters.js';

/** Letter variants folded by {@link entityKey}: hamza seats, alef forms, Arabic ye/kaf, he forms. */
const KEY_FOLDS: Record<string, string> = {
  'ي': 'ی', 'ى': 'ی', 'ئ': 'ی', 'ك': 'ک', 'ڪ': 'ک', 'ۀ': 'ه', 'ة': 'ه', 'ہ': 'ه', 'ە': 'ه',
  'أ': 'ا', 'إ': 'ا', 'ٱ': 'ا', 'آ': 'ا', 'ؤ': 'و',
};

/**
 * The lookup key of a word for gazetteers and the tagger: letters folded (ي ك ة ۀ → ی ک ه, أ إ آ → ا,
 * ئ → ی, ؤ → و), diacritics, kashida and half-spaces removed, digits made Latin, Latin lower-cased.
 * Two spellings an agency might use for the same word get the same key.
 * `entityKey('آمريكا')` → `امریکا`; `entityKey('اتحادیهٔ')` → `اتحادیه`; `entityKey('رئیس‌جمهور')` → `رییسجمهور`.
 */
export function entityKey(word: string): string {
  // most words are keys already: returned as they are, no string built
  let i = 0;
  while (i < word.length && !changesInKey(word.charCodeAt(i))) i++;
  if (i === word.length) return word;
  let out = word.slice(0, i);
  for (; i < word.length; i++) {
    const code = word.charCodeAt(i);
    if (code === ZWNJ || code === 0x0640 || code === 0x200d || isDiacritic(code)) continue;
    const digit = digitValue(code);
    if (digit >= 0) {
      out += String.fromCharCode(0x30 + digit);
      continue;
    }
    const ch = word[i];
    const folded = KEY_FOLDS[ch];
    if (folded !== undefined) out += folded;
    else if (code >= 0x41 && code <= 0x5a) out += String.fromCharCode(code + 32);
    else out += ch;
  }
  return out;
}

/** Code units of the letters {@link KEY_FOLDS} replaces. */
const FOLDED_CODES: ReadonlySet<number> = new Set(Object.keys(KEY_FOLDS).map((ch) => ch.charCodeAt(0)));

/** Whether {@link entityKey} drops or replaces code unit `code` (Latin digits map to themselves). */
function changesInKey(code: number): boolean {
  if (code === ZWNJ || code === 0x0640 || code === 0x200d || isDiacritic(code)) return true;
  if (code >= 0x41 && code <= 0x5a) return true;
  if (code >= 0x30 && code <= 0x39) return false;
  return digitValue(code) >= 0 || FOLDED_CODES.has(code);
}

/** Letters a transliteration may add or drop: alef, vav, ye, he, hamza. */
const VOWEL_LETTERS = new Set(['ا', 'و', 'ی', 'ه', 'ء']);

/**
 * A spelling-tolerant key of a name: its {@link entityKey} with the vowel letters ا و ی ه (and
 * hamza) dropped after the first letter, so transliteration variants meet.
 * `skeletonKey('لاوروف')` = `skeletonKey('لاورف')` = `لرف`; `skeletonKey('زاخارووا')` → `زخر`.
 */
export function skeletonKey(name: string): string {
  let skeleton = skeletons.get(name);
  if (skeleton === undefined) {
    skeleton = computeSkeleton(name);
    if (skeletons.size > 50_000) skeletons.clear();
    skeletons.set(name, skeleton);
  }
  return skeleton;
}

const skeletons = new Map<string, string>();

function computeSkeleton(name: string): string {
  const key = entityKey(name);
  let out = '';
  for (let i = 0; i < key.length; i++) {
    const ch = key[i];
    if (ch === ' ') out += ch;
    else if (i === 0 || key[i - 1] === ' ' || !VOWEL_LETTERS.has(ch)) out += ch;
  }
  return out;
}
