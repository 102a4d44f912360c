import {
  type CalendarDate, type CalendarName, fromJdn, hijriMonthLength, isoDate, isoOfJdn, jalaliMonthLength, jdnToJalali, persianWeekday, toJdn,
} from './calendars.js';
import { WEEKDAY_NAMES } from './date-words.js';
import type { EntityAttributes } from './entity-layers.js';

/** Days in a month of any calendar. */
export function monthLength(calendar: CalendarName, year: number, month: number): number {
  if (calendar === 'jalali') return jalaliMonthLength(year, month);
  if (calendar === 'hijri') return hijriMonthLength(year, month);
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** The JDN of a report's publication date (`2024-03-20`, `2024-03-20T08:30:00+03:30`), or undefined. */
export function publishedJdn(published: string | undefined): number | undefined {
  const m = published ? /^(\d{4})-(\d{2})-(\d{2})/.exec(published) : null;
  if (!m) return undefined;
  return toJdn('gregorian', { year: Number(m[1]), month: Number(m[2]), day: Number(m[3]) });
}

/** A full date → its attributes: ISO Gregorian `value`, the `native` date in its calendar, the weekday. */
export function dayAttributes(calendar: CalendarName, date: CalendarDate, relative = false): EntityAttributes {
  const jdn = toJdn(calendar, date);
  const native = calendar === 'gregorian' && relative ? jdnToJalali(jdn) : date;
  return {
    value: isoOfJdn(jdn),
    calendar: calendar === 'gregorian' && relative ? 'jalali' : calendar,
    native: isoDate(native),
    granularity: 'day',
    weekday: WEEKDAY_NAMES[persianWeekday(jdn)],
    ...(relative ? { relative } : {}),
  };
}

/** A month of a year → `value` (`2024-03` for Gregorian, an ISO interval for Jalali and Hijri months). */
export function monthAttributes(calendar: CalendarName, year: number, month: number, relative = false): EntityAttributes {
  const native = `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}`;
  const value = calendar === 'gregorian'
    ? native
    : `${isoOfJdn(toJdn(calendar, { year, month, day: 1 }))}/${isoOfJdn(toJdn(calendar, { year, month, day: monthLength(calendar, year, month) }))}`;
  return { value, calendar, native, granularity: 'month', ...(relative ? { relative } : {}) };
}

/** A year → `value` (`2024`, or an ISO interval for a Jalali or Hijri year). */
export function yearAttributes(calendar: CalendarName, year: number, relative = false): EntityAttributes {
  const native = String(year).padStart(4, '0');
  const value = calendar === 'gregorian'
    ? native
    : `${isoOfJdn(toJdn(calendar, { year, month: 1, day: 1 }))}/${isoOfJdn(toJdn(calendar, { year: year + 1, month: 1, day: 1 }) - 1)}`;
  return { value, calendar, native, granularity: 'year', ...(relative ? { relative } : {}) };
}

/** The Persian week (Saturday to Friday) holding `jdn`, `offset` weeks away, as an ISO interval. */
export function weekAttributes(jdn: number, offset: number): EntityAttributes {
  const saturday = jdn - persianWeekday(jdn) + 7 * offset;
  return { value: `${isoOfJdn(saturday)}/${isoOfJdn(saturday + 6)}`, calendar: 'jalali', native: isoDate(jdnToJalali(saturday)), granularity: 'week', relative: true };
}

/** A unit (`day` … `year`) `count` steps from the report date `jdn`, counted in the Jalali calendar. */
export function relativeAttributes(jdn: number, unit: 'day' | 'week' | 'month' | 'year', count: number): EntityAttributes {
  if (unit === 'day') return dayAttributes('gregorian', fromJdn('gregorian', jdn + count), true);
  if (unit === 'week') return weekAttributes(jdn, count);
  const today = jdnToJalali(jdn);
  if (unit === 'year') return yearAttributes('jalali', today.year + count, true);
  const months = today.year * 12 + (today.month - 1) + count;
  return monthAttributes('jalali', Math.floor(months / 12), (months % 12) + 1, true);
}

/** The JDN of weekday `day` (0 = شنبه) nearest before (direction ≤ 0, today included) or after `jdn`. */
export function weekdayNear(jdn: number, day: number, direction: number): number {
  const today = persianWeekday(jdn);
  if (direction > 0) return jdn + (((day - today + 6) % 7) + 1);
  return jdn - ((today - day + 7) % 7);
}

/** The year that puts month/day nearest to the report date (`۲۲ بهمن` in a report of Esfand 1402 → 1402). */
export function nearestYear(calendar: CalendarName, month: number, day: number, jdn: number): number {
  const year = fromJdn(calendar, jdn).year;
  let best = year;
  for (const candidate of [year - 1, year + 1]) {
    const distance = (y: number): number => Math.abs(toJdn(calendar, { year: y, month, day }) - jdn);
    if (distance(candidate) < distance(best)) best = candidate;
  }
  return best;
}
