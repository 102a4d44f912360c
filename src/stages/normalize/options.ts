import { KhabarError } from '../../doc/errors.js';

/** Which digits the normalized text uses. */
export type DigitPolicy = 'persian' | 'latin' | 'arabic' | 'keep';

/**
 * Options of the normalizer. Every field has a default chosen for Persian news.
 *
 * - `digits` (default `'persian'`): digits in Persian context become ۰-۹; digits touching Latin
 *   letters (`F-35`, `COVID-19`) and inside URLs or e-mails stay Latin. `'latin'` → 0-9,
 *   `'arabic'` → ٠-٩, `'keep'` leaves them.
 * - `diacritics` (default `'remove'`): tashkil (ـَ ـِ ـُ ـً ـّ ـْ, superscript alef, hamza above) is
 *   removed; `'keep'` keeps it.
 * - `heYe` (default `'he'`): ۀ and هٔ (he with hamza, the written ezafe) become ه, as most agencies
 *   write them; `'keep'` keeps ۀ (and هٔ when diacritics are kept).
 * - `hamza` (default `'keep'`): أ إ ؤ ئ stay (مسئول، رئیس، تأثیر are standard spellings);
 *   `'fold'` → ا ا و ی.
 * - `teMarbuta` (default `'keep'`): ة stays (it belongs to Arabic phrases); `'he'` → ه.
 * - `halfSpaces` (default `true`): restore half-spaces (U+200C), both deleted and spaced ones.
 * - `punctuation` (default `true`): `,` `;` `?` → `،` `؛` `؟` in Persian context, `"..."` and
 *   “...” → «...», spacing around punctuation, brackets and guillemets.
 */
export interface NormalizeOptions {
  digits?: DigitPolicy;
  diacritics?: 'remove' | 'keep';
  heYe?: 'he' | 'keep';
  hamza?: 'keep' | 'fold';
  teMarbuta?: 'keep' | 'he';
  halfSpaces?: boolean;
  punctuation?: boolean;
}

export type ResolvedNormalizeOptions = Required<NormalizeOptions>;

export const DEFAULT_NORMALIZE_OPTIONS: ResolvedNormalizeOptions = {
  digits: 'persian',
  diacritics: 'remove',
  heYe: 'he',
  hamza: 'keep',
  teMarbuta: 'keep',
  halfSpaces: true,
  punctuation: true,
};

const ALLOWED: { [K in keyof ResolvedNormalizeOptions]: readonly ResolvedNormalizeOptions[K][] } = {
  digits: ['persian', 'latin', 'arabic', 'keep'],
  diacritics: ['remove', 'keep'],
  heYe: ['he', 'keep'],
  hamza: ['keep', 'fold'],
  teMarbuta: ['keep', 'he'],
  halfSpaces: [true, false],
  punctuation: [true, false],
};

/**
 * Fills in defaults and validates.
 * @throws KhabarError E005 naming the option and its accepted values.
 */
export function resolveNormalizeOptions(options: NormalizeOptions = {}): ResolvedNormalizeOptions {
  const resolved = { ...DEFAULT_NORMALIZE_OPTIONS };
  for (const [key, value] of Object.entries(options)) {
    if (value === undefined) continue;
    const allowed = ALLOWED[key as keyof ResolvedNormalizeOptions] as readonly unknown[] | undefined;
    if (!allowed) throw new KhabarError('E005', `unknown normalize option "${key}"`);
    if (!allowed.includes(value)) throw new KhabarError('E005', `normalize option ${key} must be one of ${allowed.join(', ')}, got ${String(value)}`);
    (resolved as Record<string, unknown>)[key] = value;
  }
  return resolved;
}
