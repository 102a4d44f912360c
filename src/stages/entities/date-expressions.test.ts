import { describe, expect, it } from 'vitest';
import { findDates } from './date-expressions.js';
import { publishedJdn } from './date-values.js';
import { entityKey } from './entity-key.js';

/** Dates in a sentence we wrote, as `[surface, value, calendar]`; `published` is the report's date. */
const dates = (text: string, published?: string): [string, unknown, unknown][] => {
  const words = text.split(' ');
  const keys = words.map(entityKey);
  return findDates(keys, 0, keys.length, publishedJdn(published)).map((d) => [words.slice(d.first, d.last).join(' '), d.attributes.value, d.attributes.calendar]);
};

describe('written dates', () => {
  it.each([
    ['Jalali with year', 'این پیروزی در ۲۲ بهمن ۱۳۵۷ به دست آمد', [['۲۲ بهمن ۱۳۵۷', '1979-02-11', 'jalali']]],
    ['day in words and a month with ماه', 'جلسه روز بیست و دوم بهمن‌ماه ۱۴۰۲ برگزار شد', [['بیست و دوم بهمن‌ماه ۱۴۰۲', '2024-02-11', 'jalali']]],
    ['Gregorian month name', 'نشست در ۲۰ مارس ۲۰۲۴ میلادی برگزار شد', [['۲۰ مارس ۲۰۲۴ میلادی', '2024-03-20', 'gregorian']]],
    ['Hijri month', 'مراسم در ۱ رمضان ۱۴۴۵ آغاز شد', [['۱ رمضان ۱۴۴۵', '2024-03-10', 'hijri']]],
    ['digits with slashes', 'قانون در ۱۴۰۲/۰۵/۱۲ تصویب شد', [['۱۴۰۲/۰۵/۱۲', '2023-08-03', 'jalali']]],
    ['a Jalali year', 'بودجه سال ۱۴۰۳ تصویب شد', [['سال ۱۴۰۳', '2024-03-20/2025-03-20', 'jalali']]],
    ['a Gregorian year', 'این طرح در سال ۲۰۲۰ آغاز شد', [['سال ۲۰۲۰', '2020', 'gregorian']]],
    ['a month and year', 'قرارداد در اسفند ۱۴۰۲ امضا شد', [['اسفند ۱۴۰۲', '2024-02-20/2024-03-19', 'jalali']]],
    ['مهر alone is the agency, not the month', 'به گزارش مهر دولت تصمیم گرفت', []],
  ])('%s', (_, text, expected) => {
    expect(dates(text)).toEqual(expected);
  });
});

describe('dates relative to the report (published 2024-03-20, a Wednesday)', () => {
  const published = '2024-03-20T09:30:00+03:30';
  it.each([
    ['today, with a part of the day', 'وزیر صبح امروز به مسکو رفت', [['صبح امروز', '2024-03-20', 'jalali']]],
    ['yesterday evening', 'هیئت شامگاه گذشته وارد شد', [['شامگاه گذشته', '2024-03-19', 'jalali']]],
    ['a past weekday', 'او روز دوشنبه گفت', [['روز دوشنبه', '2024-03-18', 'jalali']]],
    ['a weekday ahead, in a sentence about the future', 'نشست شنبه برگزار خواهد شد', [['شنبه', '2024-03-23', 'jalali']]],
    ['two-word weekday', 'او سه شنبه آمد', [['سه شنبه', '2024-03-19', 'jalali']]],
    ['last year in the Jalali calendar', 'تولید سال گذشته افزایش یافت', [['سال گذشته', '2023-03-21/2024-03-19', 'jalali']]],
    ['three days ago', 'این خبر سه روز پیش منتشر شد', [['سه روز پیش', '2024-03-17', 'jalali']]],
    ['a day and month without year takes the nearest year', 'آتش‌بس از ۲۵ اسفند اجرا شد', [['۲۵ اسفند', '2024-03-15', 'jalali']]],
  ])('%s', (_, text, expected) => {
    expect(dates(text, published)).toEqual(expected);
  });

  it('leaves a relative date unresolved without a publication date', () => {
    const words = 'وزیر امروز رفت'.split(' ');
    const [found] = findDates(words.map(entityKey), 0, words.length);
    expect(found.attributes).toEqual({ granularity: 'day', relative: true });
  });
});

describe('dates at the edge of a sentence', () => {
  it('reads a weekday that closes the sentence, with nothing after it', () => {
    expect(dates('جلسه بعدی صبح دوشنبه', '2024-03-20T09:30:00+03:30')).toEqual([['صبح دوشنبه', '2024-03-18', 'jalali']]);
    expect(() => dates('دوشنبه')).not.toThrow();
  });
});
