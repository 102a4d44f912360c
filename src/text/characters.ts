/**
 * Character classes of Persian text, as flat lookup tables built once per process.
 * All functions take a UTF-16 code unit (`text.charCodeAt(i)`).
 */

export const ZWNJ = 0x200c;
export const ZWNJ_CHAR = '\u200c';

const enum Flag {
  Letter = 1, // Persian/Arabic letter
  NonJoining = 2, // joins only to the right: ا د ذ ر ز ژ و ...; no half-space after it
  Digit = 4, // Latin, Arabic-Indic or Persian digit
  Diacritic = 8, // tashkil and Quranic marks
  Latin = 16, // ASCII letter or Latin-1/Extended letter
  Space = 32, // horizontal white space (not newline)
}

const FLAGS = new Uint8Array(0x10000);

function mark(from: number, to: number, flag: number): void {
  for (let c = from; c <= to; c++) FLAGS[c] |= flag;
}

mark(0x0621, 0x063a, Flag.Letter);
mark(0x0641, 0x064a, Flag.Letter);
mark(0x066e, 0x066f, Flag.Letter);
mark(0x0671, 0x06d3, Flag.Letter);
mark(0x06d5, 0x06d5, Flag.Letter);
mark(0x06ee, 0x06ef, Flag.Letter);
mark(0x06fa, 0x06fc, Flag.Letter);
mark(0x06ff, 0x06ff, Flag.Letter);
for (const c of 'اآأإٱدذرزژوؤۀةءۃۄۅۆۇۈۉۊۋۏڈډڊڋڌڍڎڏڐڑڒړڔڕږڗڙە') FLAGS[c.charCodeAt(0)] |= Flag.NonJoining;
mark(0x0030, 0x0039, Flag.Digit);
mark(0x0660, 0x0669, Flag.Digit);
mark(0x06f0, 0x06f9, Flag.Digit);
mark(0x064b, 0x065f, Flag.Diacritic);
mark(0x0670, 0x0670, Flag.Diacritic);
mark(0x06d6, 0x06dc, Flag.Diacritic);
mark(0x06df, 0x06e4, Flag.Diacritic);
mark(0x06e7, 0x06e8, Flag.Diacritic);
mark(0x06ea, 0x06ed, Flag.Diacritic);
mark(0x0041, 0x005a, Flag.Latin);
mark(0x0061, 0x007a, Flag.Latin);
mark(0x00c0, 0x024f, Flag.Latin);
FLAGS[0x00d7] &= ~Flag.Latin;
FLAGS[0x00f7] &= ~Flag.Latin;
for (const c of [0x20, 0x09, 0x0b, 0x0c, 0xa0, 0x1680, 0x202f, 0x205f, 0x3000]) FLAGS[c] |= Flag.Space;
mark(0x2000, 0x200a, Flag.Space);

/** A Persian or Arabic letter (ا–ی and the extended Arabic block), not a digit or mark. */
export function isPersianLetter(code: number): boolean {
  return (FLAGS[code] & Flag.Letter) !== 0;
}

/**
 * A letter that joins to the letter before it only (ا د ذ ر ز ژ و ...): a half-space after it is
 * invisible and never written. `isNonJoining('ر'.charCodeAt(0))` → true.
 */
export function isNonJoining(code: number): boolean {
  return (FLAGS[code] & Flag.NonJoining) !== 0;
}

/** A letter after which a half-space is visible: a Persian letter that joins to the left. */
export function joinsLeft(code: number): boolean {
  return (FLAGS[code] & (Flag.Letter | Flag.NonJoining)) === Flag.Letter;
}

/** A Latin, Arabic-Indic (٠-٩) or Persian (۰-۹) digit. */
export function isDigit(code: number): boolean {
  return (FLAGS[code] & Flag.Digit) !== 0;
}

/** The value 0-9 of any digit, or -1. */
export function digitValue(code: number): number {
  if (code >= 0x30 && code <= 0x39) return code - 0x30;
  if (code >= 0x6f0 && code <= 0x6f9) return code - 0x6f0;
  if (code >= 0x660 && code <= 0x669) return code - 0x660;
  return -1;
}

/** Tashkil or a Quranic mark (ـَ ـِ ـُ ـّ ...). */
export function isDiacritic(code: number): boolean {
  return (FLAGS[code] & Flag.Diacritic) !== 0;
}

/** An ASCII or Latin-1/Extended-A/B letter. */
export function isLatinLetter(code: number): boolean {
  return (FLAGS[code] & Flag.Latin) !== 0;
}

/** Horizontal white space (space, tab, no-break and typographic spaces), not a line break. */
export function isSpace(code: number): boolean {
  return (FLAGS[code] & Flag.Space) !== 0;
}

/** A Persian letter, a diacritic or a half-space: a unit that can sit inside a Persian word. */
export function isPersianWordUnit(code: number): boolean {
  return (FLAGS[code] & (Flag.Letter | Flag.Diacritic)) !== 0 || code === ZWNJ;
}
