import { describe, expect, it } from 'vitest';
import {
  fromJdn, gregorianToJdn, hijriToJdn, isJalaliLeap, isoOfJdn, jalaliMonthLength, jalaliToJdn, jdnToGregorian, jdnToHijri, jdnToJalali, persianWeekday,
} from './calendars.js';

// Every expected value below was worked out by hand (day counts from 2000-01-01 = JDN 2451545).
describe('Jalali calendar', () => {
  it.each([
    ['Nowruz 1403 fell on 20 March 2024', { year: 1403, month: 1, day: 1 }, '2024-03-20'],
    ['22 Bahman 1357', { year: 1357, month: 11, day: 22 }, '1979-02-11'],
    ['30 Esfand 1403, the leap day', { year: 1403, month: 12, day: 30 }, '2025-03-20'],
    ['Nowruz 1404', { year: 1404, month: 1, day: 1 }, '2025-03-21'],
    ['1 Mehr 1402 (month 7 starts on day 187)', { year: 1402, month: 7, day: 1 }, '2023-09-23'],
  ])('%s', (_, jalali, iso) => {
    expect(isoOfJdn(jalaliToJdn(jalali))).toBe(iso);
    expect(jdnToJalali(jalaliToJdn(jalali))).toEqual(jalali);
  });

  it('knows the 33-year leap pattern', () => {
    expect([1395, 1399, 1403, 1408].map(isJalaliLeap)).toEqual([true, true, true, true]);
    expect([1400, 1401, 1402, 1404].map(isJalaliLeap)).toEqual([false, false, false, false]);
    expect(jalaliMonthLength(1402, 12)).toBe(29);
    expect(jalaliMonthLength(1403, 12)).toBe(30);
  });

  it('round-trips every day of a decade', () => {
    for (let jdn = gregorianToJdn({ year: 2015, month: 1, day: 1 }); jdn < gregorianToJdn({ year: 2026, month: 1, day: 1 }); jdn++) {
      expect(jalaliToJdn(jdnToJalali(jdn))).toBe(jdn);
    }
  });
});

describe('Gregorian and Hijri calendars', () => {
  it.each([
    ['2000-01-01 is JDN 2451545', { year: 2000, month: 1, day: 1 }, 2451545],
    ['1979-02-11', { year: 1979, month: 2, day: 11 }, 2443916],
    ['2024-03-20', { year: 2024, month: 3, day: 20 }, 2460390],
  ])('%s', (_, date, jdn) => {
    expect(gregorianToJdn(date)).toBe(jdn);
    expect(jdnToGregorian(jdn)).toEqual(date);
  });

  it('counts tabular Hijri months: 1 Ramadan 1445 is JDN 2460380 (10 March 2024)', () => {
    expect(hijriToJdn({ year: 1445, month: 9, day: 1 })).toBe(2460380);
    expect(isoOfJdn(2460380)).toBe('2024-03-10');
    expect(jdnToHijri(2460380)).toEqual({ year: 1445, month: 9, day: 1 });
    expect(fromJdn('hijri', hijriToJdn({ year: 1446, month: 12, day: 10 }))).toEqual({ year: 1446, month: 12, day: 10 });
  });

  it('names Persian weekdays from Saturday: 1 January 2000 was a Saturday (شنبه)', () => {
    expect(persianWeekday(2451545)).toBe(0);
    expect(persianWeekday(gregorianToJdn({ year: 2024, month: 3, day: 20 }))).toBe(4); // a Wednesday, چهارشنبه
  });
});
