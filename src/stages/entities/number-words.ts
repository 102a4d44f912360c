import { digitValue } from '../../text/characters.js';

/** Persian number words below a thousand, by their `entityKey` (half-spaces removed, آ → ا). */
const UNITS: Record<string, number> = Object.assign(Object.create(null) as Record<string, number>, {
  صفر: 0, یک: 1, دو: 2, سه: 3, چهار: 4, پنج: 5, شش: 6, شیش: 6, هفت: 7, هشت: 8, نه: 9, ده: 10,
  یازده: 11, دوازده: 12, سیزده: 13, چهارده: 14, پانزده: 15, پونزده: 15, شانزده: 16, هفده: 17, هجده: 18, هیجده: 18, نوزده: 19,
  بیست: 20, سی: 30, چهل: 40, پنجاه: 50, شصت: 60, هفتاد: 70, هشتاد: 80, نود: 90,
  صد: 100, یکصد: 100, دویست: 200, سیصد: 300, چهارصد: 400, پانصد: 500, ششصد: 600, هفتصد: 700, هشتصد: 800, نهصد: 900,
});

/** Scale words: هزار، میلیون، میلیارد، تریلیون (بیلیون is read as a billion, as agencies use it). */
export const SCALES: Record<string, number> = Object.assign(Object.create(null) as Record<string, number>, { هزار: 1e3, میلیون: 1e6, ملیون: 1e6, میلیارد: 1e9, ملیارد: 1e9, بیلیون: 1e9, تریلیون: 1e12 });

/** Ordinal words for days of the month (`بیست و دوم` is read word by word: بیست + دوم). */
const ORDINALS: Record<string, number> = Object.assign(Object.create(null) as Record<string, number>, {
  اول: 1, یکم: 1, نخست: 1, دوم: 2, سوم: 3, چهارم: 4, پنجم: 5, ششم: 6, هفتم: 7, هشتم: 8, نهم: 9, دهم: 10,
  یازدهم: 11, دوازدهم: 12, سیزدهم: 13, چهاردهم: 14, پانزدهم: 15, شانزدهم: 16, هفدهم: 17, هجدهم: 18, هیجدهم: 18, نوزدهم: 19,
  بیستم: 20, سیام: 30, سی‌ام: 30,
});

/**
 * The value of a number written in digits — Persian, Arabic-Indic or Latin, with ٬ or , between
 * thousands and ٫ or . before decimals — or undefined. `parseDigits('۱٬۲۰۰')` → 1200, `parseDigits('۳٫۵')` → 3.5.
 */
export function parseDigits(text: string): number | undefined {
  let out = '';
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    const digit = digitValue(text.charCodeAt(i));
    if (digit >= 0) out += digit;
    else if (ch === '٬') continue;
    else if (ch === ',') {
      if (!/^\d{3}(?!\d)/.test(latinDigits(text.slice(i + 1)))) return undefined;
    } else if ((ch === '٫' || ch === '.' || ch === '/') && !out.includes('.')) {
      if (ch === '/' && i + 1 < text.length && digitValue(text.charCodeAt(i + 1)) >= 0 && text.indexOf('/', i + 1) >= 0) return undefined;
      out += '.';
    } else return undefined;
  }
  if (out === '' || out.endsWith('.')) return undefined;
  return Number(out);
}

function latinDigits(text: string): string {
  let out = '';
  for (let i = 0; i < text.length; i++) {
    const d = digitValue(text.charCodeAt(i));
    out += d >= 0 ? String(d) : text[i];
  }
  return out;
}

/** Splits a joined compound (`بیستوپنج`, `سیصدوپنجاه`) into number words, or undefined. */
function splitCompound(key: string, table: Record<string, number>): number[] | undefined {
  if (key in table) return [table[key]];
  for (let cut = key.length - 1; cut >= 2; cut--) {
    const head = key.slice(0, cut);
    if (!(head in UNITS)) continue;
    let rest = key.slice(cut);
    if (rest.startsWith('و') && rest.length > 1) rest = rest.slice(1);
    const tail = splitCompound(rest, table);
    if (tail) return [UNITS[head], ...tail];
  }
  return undefined;
}

/** First letters (code units) of every number word: most words are ruled out by their first letter before any lookup. */
const FIRST_LETTERS = new Set([...Object.keys(UNITS), ...Object.keys(ORDINALS)].map((w) => w.charCodeAt(0)));
const UNIT_VALUES: ReadonlyMap<string, number> = new Map(Object.entries(UNITS));
const ORDINAL_VALUES: ReadonlyMap<string, number> = new Map(Object.entries(ORDINALS));
const unitCache = new Map<string, number | undefined>();
const ordinalCache = new Map<string, number | undefined>();

/** A word's value from `table`, splitting joined compounds (`بیستوپنج`) with `compound` once and caching them. */
function cached(cache: Map<string, number | undefined>, table: ReadonlyMap<string, number>, key: string, compound: (key: string) => number | undefined): number | undefined {
  if (!FIRST_LETTERS.has(key.charCodeAt(0))) return undefined;
  const direct = table.get(key);
  if (direct !== undefined) return direct;
  if (key.length < 5 || key.length > 16 || !key.includes('و')) return undefined;
  if (cache.has(key)) return cache.get(key);
  const value = compound(key);
  if (cache.size > 50_000) cache.clear();
  cache.set(key, value);
  return value;
}

const unitCompound = (key: string): number | undefined => splitCompound(key, UNITS)?.reduce((a, b) => a + b, 0);

function ordinalCompound(key: string): number | undefined {
  const parts = splitCompound(key, ORDINALS);
  return parts && parts.length > 1 ? parts.reduce((a, b) => a + b, 0) : undefined;
}

/** Every number word and ordinal of the tables: one lookup answers most words. */
const NUMBER_WORDS: ReadonlySet<string> = new Set([...UNIT_VALUES.keys(), ...ORDINAL_VALUES.keys()]);

/**
 * Whether `key` is a number word or an ordinal, alone or a joined compound: the same as
 * `numberWordValue(key) !== undefined || ordinalValue(key) !== undefined`, in one lookup for most words.
 */
export function isNumberWord(key: string): boolean {
  if (NUMBER_WORDS.has(key)) return true;
  if (key.length < 5 || key.length > 16 || !FIRST_LETTERS.has(key.charCodeAt(0)) || !key.includes('و')) return false;
  return numberWordValue(key) !== undefined || ordinalValue(key) !== undefined;
}

/** The value of one number word below a thousand (`بیست`, `بیستوپنج` → 25), or undefined. */
export function numberWordValue(key: string): number | undefined {
  return cached(unitCache, UNIT_VALUES, key, unitCompound);
}

/** The value of an ordinal day word (`دوم` → 2, `بیستودوم` → 22), or undefined. */
export function ordinalValue(key: string): number | undefined {
  return cached(ordinalCache, ORDINAL_VALUES, key, ordinalCompound);
}

/** One piece of a written number: a value below a thousand (or digits), a scale, or `نیم` (a half). */
export type NumberPart = { kind: 'value'; value: number } | { kind: 'scale'; value: number } | { kind: 'half' };

/**
 * Combines the pieces of a written number: `سه میلیون و دویست هزار` → 3200000,
 * `۲٫۵ میلیارد` → 2500000000, `یک و نیم میلیون` → 1500000, `دو هزار میلیارد` → 2e12.
 */
export function combineNumberParts(parts: readonly NumberPart[]): number {
  let total = 0;
  let group = 0;
  let lastScale = Infinity;
  let half = false;
  for (const part of parts) {
    if (part.kind === 'value') group += part.value;
    else if (part.kind === 'half') half = true;
    else {
      const base = group > 0 ? group : half || total > 0 ? 0 : 1;
      const groupValue = base + (half ? 0.5 : 0);
      if (groupValue === 0 && part.value > lastScale) total *= part.value;
      else total += groupValue * part.value;
      lastScale = part.value;
      group = 0;
      half = false;
    }
  }
  return total + group + (half ? 0.5 : 0);
}
