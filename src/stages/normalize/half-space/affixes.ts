import { joinsLeft } from '../../../text/characters.js';

/**
 * Suffixes written after a half-space when the stem ends in a joining letter, longest first:
 * plural ها with its clitics (کتاب‌هایشان), the copula and person endings after a silent ه
 * (کرده‌اند، خانه‌ام), plural clitics after a vowel (ذائقه‌شان), the indefinite/adjectival ای
 * (منطقه‌ای), comparative and superlative. `vowelStemOnly` suffixes attach this way only to stems
 * ending in ه or ی (after a consonant they are written solid: کتابشان).
 */
export interface Suffix {
  text: string;
  vowelStemOnly: boolean;
}

const PLURAL = ['هایشان', 'هایتان', 'هایمان', 'هاشان', 'هاتان', 'هامان', 'هایم', 'هایت', 'هایش', 'هایی', 'های', 'ها'];
const AFTER_VOWEL = ['ایشان', 'اید', 'ایم', 'اند', 'اش', 'ام', 'ات', 'ای', 'است', 'ایی', 'شان', 'تان', 'مان'];
const DEGREE = ['ترین', 'تری', 'تر'];

export const SUFFIXES: readonly Suffix[] = [
  ...PLURAL.map((text) => ({ text, vowelStemOnly: false })),
  ...AFTER_VOWEL.map((text) => ({ text, vowelStemOnly: true })),
  ...DEGREE.map((text) => ({ text, vowelStemOnly: false })),
].sort((a, b) => b.text.length - a.text.length);

/** Whether `suffix` may follow `stem` across a half-space. */
export function suffixFits(stem: string, suffix: Suffix): boolean {
  const last = stem.charCodeAt(stem.length - 1);
  if (!joinsLeft(last)) return false;
  return !suffix.vowelStemOnly || last === 0x0647 || last === 0x06cc; // ه or ی
}

/** Verbal prefixes written with a half-space: نمی‌ before می‌ so the longer one wins. */
export const VERB_PREFIXES = ['نمی', 'همی', 'می'] as const;

/** Person endings of verbs (present and past stems): توان + ند، گفت + یم. */
export const PERSON_ENDINGS = ['یم', 'ید', 'ند', 'م', 'ی', 'د', ''] as const;

/** Verbal particles written solid before می‌ (برمی‌دارند، درنمی‌آید، بازمی‌گردد). */
export const PREVERBS = ['باز', 'فرو', 'فرا', 'بر', 'در', 'وا', 'ور'] as const;
