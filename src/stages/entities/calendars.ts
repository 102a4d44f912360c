/**
 * Calendar arithmetic over Julian day numbers (JDN: whole days, JDN 2451545 = 2000-01-01).
 *
 * - Gregorian: the proleptic Gregorian calendar.
 * - Jalali (هجری شمسی): the 33-year arithmetic cycle — year y is leap when (25y + 11) mod 33 < 8 —
 *   which agrees with Iran's official astronomical calendar for 1244–1403 and for the years around
 *   them that news writes about (checked: 1 Farvardin 1403 = 2024-03-20, 22 Bahman 1357 = 1979-02-11).
 * - Hijri (هجری قمری): the tabular (arithmetical) Islamic calendar, civil epoch (16 July 622 Julian);
 *   leap year when (14 + 11y) mod 30 < 11. Months in Iran follow moon sightings, so a Hijri date
 *   can differ from the official one by a day or two.
 */

/** A calendar date: year, month (1–12), day (1–31). */
export interface CalendarDate {
  year: number;
  month: number;
  day: number;
}

/** Calendars a date may be written in. */
export type CalendarName = 'gregorian' | 'jalali' | 'hijri';

const UNIX_EPOCH_JDN = 2440588;

/** JDN of a Gregorian date: `gregorianToJdn({year: 2000, month: 1, day: 1})` → 2451545. */
export function gregorianToJdn({ year, month, day }: CalendarDate): number {
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yearOfEra = y - era * 400;
  const dayOfYear = Math.floor((153 * (month + (month > 2 ? -3 : 9)) + 2) / 5) + day - 1;
  const dayOfEra = yearOfEra * 365 + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100) + dayOfYear;
  return era * 146097 + dayOfEra - 719468 + UNIX_EPOCH_JDN;
}

/** The Gregorian date of a JDN: `jdnToGregorian(2451545)` → 2000-01-01. */
export function jdnToGregorian(jdn: number): CalendarDate {
  const z = jdn - UNIX_EPOCH_JDN + 719468;
  const era = Math.floor(z / 146097);
  const dayOfEra = z - era * 146097;
  const yearOfEra = Math.floor((dayOfEra - Math.floor(dayOfEra / 1460) + Math.floor(dayOfEra / 36524) - Math.floor(dayOfEra / 146096)) / 365);
  const dayOfYear = dayOfEra - (365 * yearOfEra + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100));
  const mp = Math.floor((5 * dayOfYear + 2) / 153);
  const day = dayOfYear - Math.floor((153 * mp + 2) / 5) + 1;
  const month = mp < 10 ? mp + 3 : mp - 9;
  return { year: yearOfEra + era * 400 + (month <= 2 ? 1 : 0), month, day };
}

/** JDN of 1 Farvardin 1 AP under the 33-year rule. */
const JALALI_EPOCH = 1948320;
/** Leap years among residues 1..r of the 33-year cycle, for r = 0..32. */
const JALALI_LEAPS_BEFORE = (() => {
  const table = [0];
  for (let r = 1; r < 33; r++) table.push(table[r - 1] + ((25 * r + 11) % 33 < 8 ? 1 : 0));
  return table;
})();

/** Whether a Jalali year has 366 days (Esfand 30): `isJalaliLeap(1403)` → true. */
export function isJalaliLeap(year: number): boolean {
  return (((25 * year + 11) % 33) + 33) % 33 < 8;
}

function jalaliYearStart(year: number): number {
  const before = year - 1;
  const cycles = Math.floor(before / 33);
  return JALALI_EPOCH + 365 * before + 8 * cycles + JALALI_LEAPS_BEFORE[before - cycles * 33];
}

/** JDN of a Jalali date: 1 Farvardin 1403 → JDN of 2024-03-20. */
export function jalaliToJdn({ year, month, day }: CalendarDate): number {
  const monthStart = month <= 7 ? 31 * (month - 1) : 186 + 30 * (month - 7);
  return jalaliYearStart(year) + monthStart + day - 1;
}

/** The Jalali date of a JDN. */
export function jdnToJalali(jdn: number): CalendarDate {
  let year = Math.floor((jdn - JALALI_EPOCH) / 365.2422) + 1;
  while (jalaliYearStart(year + 1) <= jdn) year++;
  while (jalaliYearStart(year) > jdn) year--;
  const dayOfYear = jdn - jalaliYearStart(year);
  if (dayOfYear < 186) return { year, month: Math.floor(dayOfYear / 31) + 1, day: (dayOfYear % 31) + 1 };
  const rest = dayOfYear - 186;
  return { year, month: Math.floor(rest / 30) + 7, day: (rest % 30) + 1 };
}

/** Days in a Jalali month: 31 for the first six, 30 for the next five, 29 or 30 for Esfand. */
export function jalaliMonthLength(year: number, month: number): number {
  return month <= 6 ? 31 : month <= 11 ? 30 : isJalaliLeap(year) ? 30 : 29;
}

/** JDN of 1 Muharram 1 AH (civil epoch). */
const HIJRI_EPOCH = 1948439;

/** JDN of a tabular Hijri date. */
export function hijriToJdn({ year, month, day }: CalendarDate): number {
  return day + Math.ceil(29.5 * (month - 1)) + (year - 1) * 354 + Math.floor((3 + 11 * year) / 30) + HIJRI_EPOCH - 1;
}

/** The tabular Hijri date of a JDN. */
export function jdnToHijri(jdn: number): CalendarDate {
  let year = Math.floor((30 * (jdn - HIJRI_EPOCH) + 10646) / 10631);
  while (hijriToJdn({ year: year + 1, month: 1, day: 1 }) <= jdn) year++;
  while (hijriToJdn({ year, month: 1, day: 1 }) > jdn) year--;
  let month = 12;
  while (month > 1 && hijriToJdn({ year, month, day: 1 }) > jdn) month--;
  return { year, month, day: jdn - hijriToJdn({ year, month, day: 1 }) + 1 };
}

/** Days in a tabular Hijri month: odd months 30, even 29, Dhu al-Hijja 30 in leap years. */
export function hijriMonthLength(year: number, month: number): number {
  if (month < 12) return month % 2 === 1 ? 30 : 29;
  return (14 + 11 * year) % 30 < 11 ? 30 : 29;
}

/** JDN of a date in any calendar. */
export function toJdn(calendar: CalendarName, date: CalendarDate): number {
  return calendar === 'jalali' ? jalaliToJdn(date) : calendar === 'hijri' ? hijriToJdn(date) : gregorianToJdn(date);
}

/** A date in any calendar from a JDN. */
export function fromJdn(calendar: CalendarName, jdn: number): CalendarDate {
  return calendar === 'jalali' ? jdnToJalali(jdn) : calendar === 'hijri' ? jdnToHijri(jdn) : jdnToGregorian(jdn);
}

/** `YYYY-MM-DD` of a date (any calendar's fields): `isoDate({year: 2024, month: 3, day: 20})` → `2024-03-20`. */
export function isoDate({ year, month, day }: CalendarDate): string {
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/** ISO 8601 Gregorian date of a JDN: `isoOfJdn(2451545)` → `2000-01-01`. */
export function isoOfJdn(jdn: number): string {
  return isoDate(jdnToGregorian(jdn));
}

/** Day of the week of a JDN, 0 = شنبه (Saturday) … 6 = جمعه (Friday), as the Persian week counts. */
export function persianWeekday(jdn: number): number {
  return (jdn + 2) % 7;
}
