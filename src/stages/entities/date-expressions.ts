import type { CalendarName } from './calendars.js';
import {
  AMBIGUOUS_MONTHS, CALENDAR_MARKERS, DAY_PARTS, type MonthName, MONTHS, RELATIVE_DAYS, RELATIVE_DIRECTIONS, RELATIVE_UNITS, RELATIVE_YEARS, WEEKDAY_NAMES, WEEKDAYS,
} from './date-words.js';
import { dayAttributes, monthAttributes, monthLength, nearestYear, relativeAttributes, weekdayNear, yearAttributes } from './date-values.js';
import type { EntityAttributes } from './entity-layers.js';
import { isNumberWord, numberWordValue, ordinalValue, parseDigits } from './number-words.js';
import { entityKey } from './entity-key.js';
import type { WordInfo } from './word-info.js';
import { wordTest } from './word-tests.js';

/** A date found over tokens `[first, last)`, with its resolved attributes. */
export interface DateMention {
  first: number;
  last: number;
  attributes: EntityAttributes;
}

type Match = { last: number; attributes: EntityAttributes } | undefined;

/** First words of month names written in two words (`ربیع الاول`, `ذی الحجه`). */
const TWO_WORD_MONTH_STARTS = new Set(['ربیع', 'جمادی', 'ذی']);

/** Words a date phrase can open with, besides digits and number words. */
const STARTERS = new Set([...MONTHS.keys(), ...WEEKDAYS.keys(), ...RELATIVE_DAYS.keys(), ...RELATIVE_YEARS.keys(), ...RELATIVE_UNITS.keys(), ...DAY_PARTS, ...TWO_WORD_MONTH_STARTS]);

/** Whether a date can start at a token with this key: a cheap test before the real matchers. */
function mayStartDate(key: string): boolean {
  if (STARTERS.has(key)) return true;
  const first = key.charCodeAt(0);
  if (first >= 0x30 && first <= 0x39) return true;
  return isNumberWord(key) || (key.endsWith('ماه') && MONTHS.has(key.slice(0, -3)));
}

/** {@link mayStartDate} of token `i`, remembered per word. */
const mayStartDateAt = wordTest(mayStartDate);

/** A day of the month at `i`: `۲۲`, `بیست و دو`, `بیست و دوم`, `دوم` → value and the token after it. */
function dayAt(keys: readonly string[], i: number, to: number): { day: number; next: number } | undefined {
  if (i >= to) return undefined; // a weekday closing the sentence: no day after it
  const digits = /^\d{1,2}$/.test(keys[i] ?? '') ? Number(keys[i]) : undefined;
  if (digits !== undefined) return digits >= 1 && digits <= 31 ? { day: digits, next: i + 1 } : undefined;
  const single = ordinalValue(keys[i]) ?? numberWordValue(keys[i]);
  if (single === undefined || single > 31 || single < 1) return undefined;
  if (single % 10 === 0 && single >= 20 && keys[i + 1] === 'و' && i + 2 < to) {
    const unit = ordinalValue(keys[i + 2]) ?? numberWordValue(keys[i + 2]);
    if (unit !== undefined && unit >= 1 && unit <= 9) return { day: single + unit, next: i + 3 };
  }
  return { day: single, next: i + 1 };
}

/** A month name at `i` (`بهمن`, `بهمن‌ماه`, `ربیع الاول`), with whether `ماه` came with it. */
function monthAt(keys: readonly string[], i: number, to: number): { month: MonthName; next: number; withMah: boolean } | undefined {
  const key = keys[i] ?? '';
  if (i + 1 < to && TWO_WORD_MONTH_STARTS.has(key) && MONTHS.has(key + keys[i + 1])) return { month: MONTHS.get(key + keys[i + 1]) as MonthName, next: i + 2, withMah: false };
  const bare = key.endsWith('ماه') && key.length > 3 ? key.slice(0, -3) : key;
  const month = MONTHS.get(bare);
  if (!month) return undefined;
  const nextIsMah = keys[i + 1] === 'ماه';
  return { month, next: nextIsMah ? i + 2 : i + 1, withMah: bare !== key || nextIsMah };
}

/** A year at `i` (optionally after `سال`), with a calendar marker after it (`ه.ش`, `میلادی`...). */
function yearAt(keys: readonly string[], i: number, to: number): { year: number; marker?: CalendarName; next: number } | undefined {
  let j = i;
  if (keys[j] === 'سال' && j + 1 < to) j++;
  if (!/^\d{2,4}$/.test(keys[j] ?? '')) return undefined;
  const year = Number(keys[j]);
  const marker = j + 1 < to ? CALENDAR_MARKERS.get(keys[j + 1]) : undefined;
  return { year, next: marker ? j + 2 : j + 1, ...(marker ? { marker } : {}) };
}

function calendarOfYear(year: number, marker: CalendarName | undefined): { calendar: CalendarName; year: number } | undefined {
  if (marker) return { calendar: marker, year: year < 100 && marker === 'jalali' ? 1300 + year : year };
  if (year >= 1200 && year < 1500) return { calendar: 'jalali', year };
  if (year >= 1500 && year < 2200) return { calendar: 'gregorian', year };
  return undefined;
}

/** `[weekday] day month [year [marker]]`, `month year`, `بهمن‌ماه`. */
function explicitDate(keys: readonly string[], i: number, to: number, published: number | undefined): Match {
  let j = i;
  const weekday = WEEKDAYS.get(keys[j]);
  if (weekday !== undefined) j++;
  const day = dayAt(keys, j, to);
  const month = monthAt(keys, day ? day.next : j, to);
  if (!month) return undefined;
  const year = yearAt(keys, month.next, to);
  const calendar = month.month.calendar;
  if (!day && !year && (AMBIGUOUS_MONTHS.has(keys[month.next - 1]) || !month.withMah)) return undefined;
  if (!day && weekday !== undefined) return undefined;
  const fullYear = year ? (year.year < 100 && calendar === 'jalali' ? 1300 + year.year : year.year) : undefined;
  const last = year ? year.next : month.next;
  if (day) {
    if (fullYear !== undefined) {
      if (day.day > monthLength(calendar, fullYear, month.month.month)) return undefined;
      return { last, attributes: dayAttributes(calendar, { year: fullYear, month: month.month.month, day: day.day }) };
    }
    if (published === undefined) return { last, attributes: { calendar, native: `--${pad(month.month.month)}-${pad(day.day)}`, granularity: 'day' } };
    const nearest = nearestYear(calendar, month.month.month, day.day, published);
    return { last, attributes: { ...dayAttributes(calendar, { year: nearest, month: month.month.month, day: day.day }), relative: true } };
  }
  if (fullYear !== undefined) return { last, attributes: monthAttributes(calendar, fullYear, month.month.month) };
  if (published === undefined) return { last, attributes: { calendar, native: `--${pad(month.month.month)}`, granularity: 'month' } };
  return { last, attributes: monthAttributes(calendar, nearestYear(calendar, month.month.month, 15, published), month.month.month, true) };
}

const pad = (n: number): string => String(n).padStart(2, '0');

/** `۱۴۰۲/۰۵/۱۲`, `2024/03/20`, `20/03/2024` (one token). */
function numericDate(keys: readonly string[], i: number, to: number): Match {
  if (!keys[i].includes('/')) return undefined;
  const parts = keys[i].split('/');
  if (parts.length !== 3 || !parts.every((p) => /^\d{1,4}$/.test(p))) return undefined;
  const [a, b, c] = parts.map(Number);
  const [year, month, day] = parts[0].length >= 3 ? [a, b, c] : [c, b, a];
  const marker = i + 1 < to ? CALENDAR_MARKERS.get(keys[i + 1]) : undefined;
  const resolved = calendarOfYear(year, marker);
  if (!resolved || month < 1 || month > 12 || day < 1 || day > monthLength(resolved.calendar, resolved.year, month)) return undefined;
  return { last: marker ? i + 2 : i + 1, attributes: dayAttributes(resolved.calendar, { year: resolved.year, month, day }) };
}

/** `سال ۱۴۰۲`, `سال ۲۰۲۴ میلادی`, `۱۳۵۷ ه.ش`. */
function yearPhrase(keys: readonly string[], i: number, to: number): Match {
  if (keys[i] !== 'سال' && !(i + 1 < to && CALENDAR_MARKERS.has(keys[i + 1]) && /^\d{3,4}$/.test(keys[i]))) return undefined;
  const year = yearAt(keys, i, to);
  if (!year) return undefined;
  const resolved = calendarOfYear(year.year, year.marker ?? (year.year < 100 ? 'jalali' : undefined));
  return resolved ? { last: year.next, attributes: yearAttributes(resolved.calendar, resolved.year) } : undefined;
}

/** `امروز`, `سال گذشته`, `هفته آینده`, `سه روز پیش`, `امسال`, `شامگاه گذشته`. */
function relative(keys: readonly string[], i: number, to: number, published: number | undefined): Match {
  const key = keys[i];
  const resolve = (last: number, unit: 'day' | 'week' | 'month' | 'year', count: number): Match =>
    ({ last, attributes: published === undefined ? { granularity: unit, relative: true } : relativeAttributes(published, unit, count) });
  const dayOffset = RELATIVE_DAYS.get(key);
  if (dayOffset !== undefined) return resolve(i + 1, 'day', dayOffset);
  const yearOffset = RELATIVE_YEARS.get(key);
  if (yearOffset !== undefined) return resolve(i + 1, 'year', yearOffset);
  const unit = RELATIVE_UNITS.get(key);
  const direction = i + 1 < to ? RELATIVE_DIRECTIONS.get(keys[i + 1]) : undefined;
  if (unit && direction !== undefined && keys[i + 1] !== 'دیگر') return resolve(i + 2, unit, unit === 'day' && direction === 0 ? 0 : direction);
  const count = /^\d{1,3}$/.test(key) ? Number(key) : numberWordValue(key);
  const countedUnit = i + 1 < to ? RELATIVE_UNITS.get(keys[i + 1]) : undefined;
  const countedDirection = i + 2 < to ? RELATIVE_DIRECTIONS.get(keys[i + 2]) : undefined;
  if (count !== undefined && countedUnit && countedDirection) return resolve(i + 3, countedUnit, countedDirection * count);
  return undefined;
}

/** `دوشنبه`, `روز دوشنبه`, `دوشنبه گذشته`, `شنبه آینده`: resolved to the nearest such day. */
function weekdayPhrase(keys: readonly string[], i: number, to: number, published: number | undefined, future: boolean): Match {
  const first = keys[i] === 'روز' ? i + 1 : i;
  const joined = first + 1 < to && keys[first + 1] === 'شنبه' && WEEKDAYS.has(keys[first] + 'شنبه');
  const day = WEEKDAYS.get(joined ? keys[first] + 'شنبه' : keys[first]);
  if (day === undefined || FRIDAY_PRAYER.has(keys[first - 1] ?? '')) return undefined;
  const after = joined ? first + 2 : first + 1;
  const direction = after < to ? RELATIVE_DIRECTIONS.get(keys[after]) : undefined;
  const last = direction !== undefined && direction !== 0 ? after + 1 : after;
  if (published === undefined) return { last, attributes: { granularity: 'day', weekday: WEEKDAY_NAMES[day], relative: true } };
  const jdn = weekdayNear(published, day, direction ?? (future ? 1 : -1));
  return { last, attributes: { ...relativeAttributes(jdn, 'day', 0), weekday: WEEKDAY_NAMES[day] } };
}

/** `امام جمعه`, `نماز جمعه`: the Friday prayer, not a Friday. */
const FRIDAY_PRAYER = new Set(['امام', 'نماز', 'خطیب', 'خطبه', 'خطبه‌های'].map(entityKey));

/** Whether a sentence speaks of the future (`خواهد`, `قرار است`, `آینده`): a bare weekday then looks ahead. */
function speaksOfFuture(keys: readonly string[], from: number, to: number): boolean {
  for (let i = from; i < to; i++) {
    if (keys[i].startsWith('خواه') || (keys[i] === 'قرار' && keys[i + 1] === 'است')) return true;
  }
  return false;
}

/**
 * Finds the dates in one sentence (tokens `[from, to)`, by `entityKey`) and resolves them to ISO
 * 8601 against `published` (the report's JDN) when a date depends on it.
 * `۲۲ بهمن ۱۳۵۷` → `{value: '1979-02-11', calendar: 'jalali', native: '1357-11-22', granularity: 'day'}`;
 * `صبح امروز` in a report of 2024-03-20 → `{value: '2024-03-20', relative: true, ...}`.
 * `words`, the keys' word descriptions when known, only make the search faster.
 */
export function findDates(keys: readonly string[], from: number, to: number, published?: number, words?: readonly WordInfo[]): DateMention[] {
  const found: DateMention[] = [];
  const future = speaksOfFuture(keys, from, to);
  for (let i = from; i < to; i++) {
    if (!mayStartDateAt(keys, words, i)) continue;
    const start = DAY_PARTS.has(keys[i]) && i + 1 < to ? i + 1 : i;
    const match = explicitDate(keys, start, to, published) ?? numericDate(keys, start, to) ?? yearPhrase(keys, start, to)
      ?? relative(keys, start, to, published) ?? weekdayPhrase(keys, start, to, published, future)
      ?? (start > i && RELATIVE_DIRECTIONS.get(keys[start]) === -1 ? { last: start + 1, attributes: published === undefined ? { granularity: 'day' as const, relative: true } : relativeAttributes(published, 'day', -1) } : undefined);
    if (!match) continue;
    found.push({ first: i, last: match.last, attributes: match.attributes });
    i = match.last - 1;
  }
  return found;
}
