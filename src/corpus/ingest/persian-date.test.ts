import { describe, expect, it } from 'vitest';
import { gregorianToJalali, isJalaliLeapYear, jalaliToGregorian } from './jalali.js';
import { findPersianDate, parsePublished, reportDate } from './persian-date.js';

// Each pair computed by hand: 1 Farvardin 1403 = 20 March 2024, months of 31 then 30 days, and
// anchors everyone knows (22 Bahman 1357 = 11 February 1979; Nowruz 1400 = 21 March 2021).
const PAIRS: [string, [number, number, number], [number, number, number]][] = [
  ['18 Mehr 1403', [1403, 7, 18], [2024, 10, 9]],
  ['1 Mehr 1403', [1403, 7, 1], [2024, 9, 22]],
  ['31 Shahrivar 1403', [1403, 6, 31], [2024, 9, 21]],
  ['30 Esfand 1403 (leap)', [1403, 12, 30], [2025, 3, 20]],
  ['1 Farvardin 1404', [1404, 1, 1], [2025, 3, 21]],
  ['29 Esfand 1402', [1402, 12, 29], [2024, 3, 19]],
  ['30 Esfand 1399 (leap)', [1399, 12, 30], [2021, 3, 20]],
  ['1 Farvardin 1400', [1400, 1, 1], [2021, 3, 21]],
  ['1 Farvardin 1395', [1395, 1, 1], [2016, 3, 20]],
  ['22 Bahman 1357', [1357, 11, 22], [1979, 2, 11]],
];

describe('Jalali ↔ Gregorian', () => {
  it.each(PAIRS)('converts %s both ways', (_, [jy, jm, jd], [gy, gm, gd]) => {
    expect(jalaliToGregorian({ year: jy, month: jm, day: jd })).toEqual({ year: gy, month: gm, day: gd });
    expect(gregorianToJalali({ year: gy, month: gm, day: gd })).toEqual({ year: jy, month: jm, day: jd });
  });

  it.each([
    [1402, 12, 30], [1403, 7, 31], [1403, 13, 1], [1403, 0, 10], [1100, 1, 1], [1403, 1, 0],
  ])('refuses the invalid date %i/%i/%i', (year, month, day) => {
    expect(jalaliToGregorian({ year, month, day })).toBeUndefined();
  });

  it('knows the leap years of the 33-year cycle', () => {
    expect([1395, 1399, 1403, 1408].map(isJalaliLeapYear)).toEqual([true, true, true, true]);
    expect([1400, 1401, 1402, 1404].map(isJalaliLeapYear)).toEqual([false, false, false, false]);
  });

  it('round-trips every day of 1390–1420', () => {
    for (let ms = Date.UTC(2011, 2, 21); ms < Date.UTC(2041, 2, 21); ms += 86_400_000) {
      const d = new Date(ms);
      const g = { year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, day: d.getUTCDate() };
      expect(jalaliToGregorian(gregorianToJalali(g)!)).toEqual(g);
    }
  });
});

describe('findPersianDate', () => {
  it.each([
    ['تهران - ۱۸ مهر ۱۴۰۳ - وزیر گفت', '2024-10-09'],
    ['چهارشنبه ۱۸ مهرماه ۱۴۰۳', '2024-10-09'],
    ['یکشنبه، ۲۲ بهمن ماه سال ۱۳۵۷', '1979-02-11'],
    ['تاريخ انتشار: 1403/07/18', '2024-10-09'],
    ['۱۴۰۳-۰۷-۱۸ ۱۰:۳۰', '2024-10-09'],
    ['۹ اکتبر ۲۰۲۴ میلادی', '2024-10-09'],
    ['2024/10/09', '2024-10-09'],
  ])('reads %s', (text, iso) => {
    expect(findPersianDate(text)?.iso).toBe(iso);
  });

  it.each([['۳۱ مهر ۱۴۰۳'], ['1403/13/01'], ['شماره ۱۲۳۴ صفحه ۵'], ['سلام']])('finds no date in %s', (text) => {
    expect(findPersianDate(text)).toBeUndefined();
  });

  // 9 October 2024 was a Wednesday (چهارشنبه)
  it.each([
    ['وزیر روز دوشنبه به مسکو رفت', '2024-10-07'],
    ['دوشنبه گذشته', '2024-10-07'],
    ['روز چهارشنبه', '2024-10-09'],
    ['چهارشنبه گذشته', '2024-10-02'],
    ['پنجشنبه', '2024-10-03'],
    ['سه‌شنبه', '2024-10-08'],
    ['شنبه آینده', '2024-10-12'],
    ['دیروز', '2024-10-08'],
    ['فردا', '2024-10-10'],
  ])('reads the weekday phrase %s against the report date', (text, iso) => {
    expect(findPersianDate(text, '2024-10-09')?.iso).toBe(iso);
  });

  it('gives the span it read', () => {
    const text = 'تهران، ۱۸ مهر ۱۴۰۳ -';
    const found = findPersianDate(text)!;
    expect(text.slice(found.start, found.end)).toBe('۱۸ مهر ۱۴۰۳');
  });
});

describe('parsePublished', () => {
  it.each([
    ['Wed, 09 Oct 2024 10:00:00 GMT', '2024-10-09T10:00:00.000Z'],
    ['2024-10-09T08:30:00+03:30', '2024-10-09T05:00:00.000Z'],
    ['2024-10-09', '2024-10-09'],
    ['۱۴۰۳/۰۷/۱۸ - ۱۰:۳۰', '2024-10-09'],
    ['چهارشنبه ۱۸ مهر ۱۴۰۳', '2024-10-09'],
    ['نامعلوم', undefined],
    ['', undefined],
  ])('reads %j', (value, iso) => {
    expect(parsePublished(value)).toBe(iso);
  });
});

describe('reportDate', () => {
  it('keeps a given date, else reads the opening, else has none', () => {
    expect(reportDate('تهران- ایرنا- ۱۲ آبان ۱۴۰۴ وزیر خارجه گفت', '2024-01-01')).toBe('2024-01-01');
    expect(reportDate('تهران- ایرنا- ۱۲ آبان ۱۴۰۴ وزیر خارجه گفت')).toBe('2025-11-03');
    expect(reportDate(`${'سخن '.repeat(120)} در ۱۲ آبان ۱۴۰۴`)).toBeUndefined(); // beyond the opening
    expect(reportDate('وزیر خارجه دیروز گفت')).toBeUndefined();
  });
});
