import { type CalendarDate, isoDate, jalaliToGregorian } from './jalali.js';

/** A date found in running text: ISO `YYYY-MM-DD` and the span (UTF-16 offsets) it was read from. */
export interface FoundDate {
  iso: string;
  start: number;
  end: number;
}

const JALALI_MONTHS = ['فروردین', 'اردیبهشت', 'خرداد', 'تیر', 'مرداد', 'شهریور', 'مهر', 'آبان', 'آذر', 'دی', 'بهمن', 'اسفند'];
const GREGORIAN_MONTHS: [string, number][] = [
  ['ژانویه', 1], ['ژانویهٔ', 1], ['فوریه', 2], ['مارس', 3], ['آوریل', 4], ['مه', 5], ['می', 5], ['ژوئن', 6],
  ['ژوئیه', 7], ['جولای', 7], ['اوت', 8], ['آگوست', 8], ['سپتامبر', 9], ['اکتبر', 10], ['نوامبر', 11], ['دسامبر', 12],
];
/** Weekday names, index = JavaScript `getUTCDay()` (0 = Sunday, یکشنبه). */
const WEEKDAYS = ['یک ?شنبه', 'دو ?شنبه', 'سه ?شنبه', 'چهار ?شنبه', 'پنج ?شنبه', 'جمعه', 'شنبه'];

const MONTH_NAMES = new Map<string, { calendar: 'jalali' | 'gregorian'; month: number }>([
  ...JALALI_MONTHS.map((name, i) => [name, { calendar: 'jalali' as const, month: i + 1 }] as const),
  ...GREGORIAN_MONTHS.map(([name, month]) => [name, { calendar: 'gregorian' as const, month }] as const),
]);
const MONTH_ALTERNATION = [...MONTH_NAMES.keys()].sort((a, b) => b.length - a.length).join('|');
const WEEKDAY_ALTERNATION = WEEKDAYS.join('|');
const B = '(?<![\\p{L}\\p{N}])';
const E = '(?![\\p{L}\\p{N}])';

const NAMED = new RegExp(`${B}(?:(?:${WEEKDAY_ALTERNATION})،? )?(\\d{1,2}) ?(${MONTH_ALTERNATION})(?: ?ماه)?،?(?: سال)? (\\d{4})${E}`, 'u');
const NUMERIC = new RegExp(`${B}(\\d{4})([/.-])(\\d{1,2})\\2(\\d{1,2})${E}`, 'u');
const RELATIVE = new RegExp(`${B}(امروز|دیروز|فردا|پریروز)${E}|${B}(?:روز )?(${WEEKDAY_ALTERNATION})(?: (هفته گذشته|هفته آینده|گذشته|آینده))?${E}`, 'u');

/**
 * Folds text for date matching without changing its length: Persian and Arabic-Indic digits → ASCII,
 * ي ى → ی, ك → ک, half-spaces and other spaces → one space each. `'۱۸ مهر'` → `'18 مهر'`.
 */
export function foldDateText(text: string): string {
  let out = '';
  for (const ch of text) {
    const code = ch.charCodeAt(0);
    if (code >= 0x06f0 && code <= 0x06f9) out += String(code - 0x06f0);
    else if (code >= 0x0660 && code <= 0x0669) out += String(code - 0x0660);
    else if (ch === 'ي' || ch === 'ى') out += 'ی';
    else if (ch === 'ك') out += 'ک';
    else if (ch === '\u200c' || /\s/u.test(ch)) out += ' ';
    else out += ch;
  }
  return out;
}

function gregorianIso(date: CalendarDate): string | undefined {
  const utc = new Date(Date.UTC(date.year, date.month - 1, date.day));
  if (date.year < 1800 || date.year > 2200 || utc.getUTCMonth() !== date.month - 1 || utc.getUTCDate() !== date.day) return undefined;
  return isoDate(date);
}

/** ISO date for `(year, month, day)` in whichever calendar the year belongs to (1200–1600 Jalali, 1800–2200 Gregorian). */
function dateFromParts(year: number, month: number, day: number, calendar?: 'jalali' | 'gregorian'): string | undefined {
  const date = { year, month, day };
  if ((calendar ?? (year < 1700 ? 'jalali' : 'gregorian')) === 'gregorian') return gregorianIso(date);
  const gregorian = jalaliToGregorian(date);
  return gregorian && isoDate(gregorian);
}

function shiftDays(iso: string, days: number): string {
  return new Date(Date.parse(iso.slice(0, 10) + 'T00:00:00Z') + days * 86_400_000).toISOString().slice(0, 10);
}

function relativeDate(match: RegExpExecArray, reference: string): string {
  const word = match[1];
  if (word) return shiftDays(reference, { امروز: 0, دیروز: -1, فردا: 1, پریروز: -2 }[word] ?? 0);
  const weekday = WEEKDAYS.findIndex((pattern) => new RegExp(`^(?:${pattern})$`, 'u').test(match[2]));
  const today = new Date(Date.parse(reference.slice(0, 10) + 'T00:00:00Z')).getUTCDay();
  const back = (today - weekday + 7) % 7;
  const qualifier = match[3] ?? '';
  if (qualifier.endsWith('آینده')) return shiftDays(reference, (weekday - today + 7) % 7 || 7);
  return shiftDays(reference, -(qualifier.endsWith('گذشته') && back === 0 ? 7 : back));
}

/**
 * Finds the first date in running Persian text and converts it to ISO. Understands
 * `۱۸ مهر ۱۴۰۳` and `چهارشنبه ۱۸ مهر ماه ۱۴۰۳` (→ `2024-10-09`), `1403/07/18`, `۱۴۰۳-۰۷-۱۸`,
 * `۹ اکتبر ۲۰۲۴`, `2024-10-09`; with a `reference` date (ISO, the report's own date) also
 * `امروز`، `دیروز`، `فردا` and weekday phrases (`روز دوشنبه` → the last Monday on or before the
 * reference, `دوشنبه گذشته` strictly before, `دوشنبه آینده` after). Invalid dates are skipped.
 */
export function findPersianDate(text: string, reference?: string): FoundDate | undefined {
  const folded = foldDateText(text);
  const found: FoundDate[] = [];
  const named = NAMED.exec(folded);
  if (named) {
    const month = MONTH_NAMES.get(named[2]);
    const iso = month && dateFromParts(Number(named[3]), month.month, Number(named[1]), month.calendar);
    if (iso) found.push({ iso, start: named.index, end: named.index + named[0].length });
  }
  const numeric = NUMERIC.exec(folded);
  if (numeric) {
    const iso = dateFromParts(Number(numeric[1]), Number(numeric[3]), Number(numeric[4]));
    if (iso) found.push({ iso, start: numeric.index, end: numeric.index + numeric[0].length });
  }
  if (found.length === 0 && reference && /^\d{4}-\d{2}-\d{2}/.test(reference)) {
    const relative = RELATIVE.exec(folded);
    if (relative) found.push({ iso: relativeDate(relative, reference), start: relative.index, end: relative.index + relative[0].length });
  }
  return found.sort((a, b) => a.start - b.start)[0];
}

/**
 * Reads a date value from report metadata — ISO 8601, RFC 822 (RSS `pubDate`) or Persian — and
 * returns it as ISO: a date with a time becomes a UTC timestamp (`2024-10-09T06:30:00.000Z`), a
 * date alone stays `YYYY-MM-DD`. `parsePublished('۱۴۰۳/۰۷/۱۸')` → `2024-10-09`; unreadable → undefined.
 */
export function parsePublished(value: string | undefined): string | undefined {
  const trimmed = value?.trim();
  if (!trimmed) return undefined;
  const folded = foldDateText(trimmed);
  if (/^\d{4}-\d{2}-\d{2}$/.test(folded)) return dateFromParts(Number(folded.slice(0, 4)), Number(folded.slice(5, 7)), Number(folded.slice(8, 10)));
  if (/^\d{4}-\d{2}-\d{2}T/.test(folded) || /^[A-Za-z]{3}, /.test(folded) || /^\d{1,2} [A-Za-z]{3} \d{4}/.test(folded)) {
    const ms = Date.parse(folded);
    if (Number.isFinite(ms)) return new Date(ms).toISOString();
  }
  return findPersianDate(folded)?.iso;
}

/** How far into a report its date is looked for when the metadata gives none (a dateline, a lead). */
const OPENING_CHARS = 400;

/**
 * The report's date: `published` when given (returned as is), else the first date written in the
 * report's opening (`تهران- ایرنا- ۱۲ آبان ۱۴۰۴ ...` → `2025-11-03`), else undefined. Ingest, `khabar
 * analyze` and `POST /api/analyze` all date a report this way, so relative dates (`دیروز`) resolve alike.
 */
export function reportDate(text: string, published?: string): string | undefined {
  return published ?? findPersianDate(text.slice(0, OPENING_CHARS))?.iso;
}
