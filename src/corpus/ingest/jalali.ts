/**
 * The Solar Hijri (Jalali, هجری شمسی) calendar, written from its rule: months 1–6 have 31 days,
 * 7–11 have 30, Esfand 29 or 30; a year is leap when `(25·y + 11) mod 33 < 8` (the 33-year cycle,
 * which agrees with the astronomical calendar for the years news is written in, 1200–1600).
 * Days are counted from 1 Farvardin 1403 = 20 March 2024.
 */

/** A calendar date: year, month 1–12, day 1–31. */
export interface CalendarDate {
  year: number;
  month: number;
  day: number;
}

/** Years the conversion accepts; outside them the 33-year rule is not trusted. */
export const JALALI_YEARS = { min: 1200, max: 1600 } as const;

const ANCHOR_YEAR = 1403;
const ANCHOR_UTC = Date.UTC(2024, 2, 20);
const DAY_MS = 86_400_000;

/** Whether a Jalali year has 366 days: `isJalaliLeapYear(1403)` → true, `1404` → false. */
export function isJalaliLeapYear(year: number): boolean {
  return (((25 * year + 11) % 33) + 33) % 33 < 8;
}

/** Days in a Jalali month: `jalaliMonthLength(1403, 12)` → 30, `(1402, 12)` → 29. */
export function jalaliMonthLength(year: number, month: number): number {
  if (month <= 6) return 31;
  if (month <= 11) return 30;
  return isJalaliLeapYear(year) ? 30 : 29;
}

function yearLength(year: number): number {
  return isJalaliLeapYear(year) ? 366 : 365;
}

/** Days between 1 Farvardin 1403 and 1 Farvardin of `year` (negative before). */
function daysToYear(year: number): number {
  let days = 0;
  for (let y = ANCHOR_YEAR; y < year; y++) days += yearLength(y);
  for (let y = year; y < ANCHOR_YEAR; y++) days -= yearLength(y);
  return days;
}

/** Whether `(year, month, day)` is a real Jalali date inside {@link JALALI_YEARS}. */
export function isValidJalali({ year, month, day }: CalendarDate): boolean {
  return (
    Number.isInteger(year) && Number.isInteger(month) && Number.isInteger(day) &&
    year >= JALALI_YEARS.min && year <= JALALI_YEARS.max && month >= 1 && month <= 12 &&
    day >= 1 && day <= jalaliMonthLength(year, month)
  );
}

/**
 * Jalali → Gregorian: `jalaliToGregorian({year: 1403, month: 7, day: 18})` → `{2024, 10, 9}`.
 * Returns undefined for an invalid date or a year outside {@link JALALI_YEARS}.
 */
export function jalaliToGregorian(date: CalendarDate): CalendarDate | undefined {
  if (!isValidJalali(date)) return undefined;
  const dayOfYear = date.month <= 7 ? (date.month - 1) * 31 : 186 + (date.month - 7) * 30;
  const utc = new Date(ANCHOR_UTC + (daysToYear(date.year) + dayOfYear + date.day - 1) * DAY_MS);
  return { year: utc.getUTCFullYear(), month: utc.getUTCMonth() + 1, day: utc.getUTCDate() };
}

/**
 * Gregorian → Jalali: `gregorianToJalali({year: 1979, month: 2, day: 11})` → `{1357, 11, 22}`.
 * Returns undefined when the result would fall outside {@link JALALI_YEARS} or the date is invalid.
 */
export function gregorianToJalali({ year, month, day }: CalendarDate): CalendarDate | undefined {
  const utc = Date.UTC(year, month - 1, day);
  const check = new Date(utc);
  if (!Number.isFinite(utc) || check.getUTCMonth() !== month - 1 || check.getUTCDate() !== day) return undefined;
  let days = Math.round((utc - ANCHOR_UTC) / DAY_MS);
  let jy = ANCHOR_YEAR;
  while (days < 0) days += yearLength(--jy);
  while (days >= yearLength(jy)) days -= yearLength(jy++);
  if (jy < JALALI_YEARS.min || jy > JALALI_YEARS.max) return undefined;
  const month0 = days < 186 ? Math.floor(days / 31) : 6 + Math.floor((days - 186) / 30);
  const start = month0 < 6 ? month0 * 31 : 186 + (month0 - 6) * 30;
  return { year: jy, month: month0 + 1, day: days - start + 1 };
}

/** `YYYY-MM-DD` for a Gregorian date. */
export function isoDate({ year, month, day }: CalendarDate): string {
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}
