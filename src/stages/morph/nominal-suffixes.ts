/**
 * The suffix slots of a Persian noun or adjective, innermost first, as data:
 * stem + comparative + plural + ezafe/indefinite + pronoun clitic + را + copula clitic.
 * `کتاب‌های‌مان` = کتاب + ها + ی + مان; `بزرگ‌ترین` = بزرگ + ترین; `نویسندگان` = نویسنده + گان (ه → گ).
 */

/** One suffix of a slot: its letters and what the stem's end looked like before it was added. */
export interface NominalSuffix {
  /** The suffix as written (half-spaces removed): `ها`, `گان`. */
  text: string;
  /** Letters the stem ends with that the suffix replaced (`ه` for گان and یات: نویسنده → نویسندگان). */
  restore?: string;
  /** Only after a stem ending in one of these letters (`ی` glide after ا و: دنیای، دانشجویان). */
  after?: string;
  /** Never after a stem ending in one of these letters. */
  notAfter?: string;
}

/** A slot: its name (used in features and in `feats`) and its suffixes. */
export interface SuffixSlot {
  name: 'degree' | 'plural' | 'ezafe' | 'clitic' | 'ra' | 'copula';
  suffixes: readonly NominalSuffix[];
}

const VOWEL_END = 'اوی';

/** Slots in the order suffixes are added to a stem. */
export const NOMINAL_SLOTS: readonly SuffixSlot[] = [
  { name: 'degree', suffixes: [{ text: 'ترین' }, { text: 'تر' }] },
  {
    name: 'plural',
    suffixes: [
      { text: 'ها' }, { text: 'یان', after: 'اوی' }, { text: 'ان', notAfter: 'اه' }, { text: 'گان', restore: 'ه' },
      { text: 'یات', restore: 'ه' }, { text: 'ات', notAfter: 'ا' }, { text: 'ین', notAfter: 'اه' }, { text: 'جات' },
    ],
  },
  { name: 'ezafe', suffixes: [{ text: 'ی' }, { text: 'ای', after: 'هی' }, { text: 'یی', after: 'او' }] },
  {
    name: 'clitic',
    suffixes: [
      { text: 'مان', notAfter: VOWEL_END }, { text: 'تان', notAfter: VOWEL_END }, { text: 'شان', notAfter: VOWEL_END },
      { text: 'یمان', after: 'او' }, { text: 'یتان', after: 'او' }, { text: 'یشان', after: 'او' },
      { text: 'م', notAfter: VOWEL_END }, { text: 'ت', notAfter: VOWEL_END }, { text: 'ش', notAfter: VOWEL_END },
      { text: 'ام', after: 'هی' }, { text: 'ات', after: 'هی' }, { text: 'اش', after: 'هی' },
      { text: 'یم', after: 'او' }, { text: 'یت', after: 'او' }, { text: 'یش', after: 'او' },
    ],
  },
  { name: 'ra', suffixes: [{ text: 'را' }] },
  {
    name: 'copula',
    suffixes: [{ text: 'ست', after: 'او' }, { text: 'اند' }, { text: 'ایم' }, { text: 'اید' }, { text: 'ند', notAfter: VOWEL_END + 'ه' }],
  },
];

/**
 * The UD lemma of each clitic pronoun as UD PerDT writes it (`ش` → `او`); also used when a clitic
 * stands alone as a gold token. `CLITIC_LEMMAS.get('شان')` → `آنها`.
 */
export const CLITIC_LEMMAS: ReadonlyMap<string, string> = new Map([
  ['م', 'من'], ['ام', 'من'], ['یم', 'من'],
  ['ت', 'تو'], ['ات', 'تو'], ['یت', 'تو'],
  ['ش', 'او'], ['اش', 'او'], ['یش', 'او'],
  ['مان', 'ما'], ['یمان', 'ما'],
  ['تان', 'شما'], ['یتان', 'شما'],
  ['شان', 'آنها'], ['یشان', 'آنها'],
]);

/** Whether `suffix` may follow a stem ending in `last` (its `after`/`notAfter` letters). */
export function fitsAfter(suffix: NominalSuffix, last: string): boolean {
  if (suffix.after !== undefined && !suffix.after.includes(last)) return false;
  if (suffix.notAfter !== undefined && suffix.notAfter.includes(last)) return false;
  return true;
}
