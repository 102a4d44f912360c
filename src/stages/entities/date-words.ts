import type { CalendarName } from './calendars.js';
import { entityKey } from './entity-key.js';

/** A month name: its calendar and number. */
export interface MonthName {
  calendar: CalendarName;
  month: number;
}

const MONTH_SPELLINGS: [CalendarName, string[]][] = [
  ['jalali', ['فروردین', 'اردیبهشت', 'خرداد', 'تیر', 'مرداد|امرداد', 'شهریور', 'مهر', 'آبان', 'آذر', 'دی', 'بهمن', 'اسفند']],
  ['gregorian', ['ژانویه|ژانویهٔ|ژانویه‌ی', 'فوریه', 'مارس', 'آوریل|آپریل', 'مه|می', 'ژوئن', 'ژوئیه|جولای', 'اوت|آگوست|اگوست', 'سپتامبر', 'اکتبر', 'نوامبر', 'دسامبر']],
  ['hijri', ['محرم', 'صفر', 'ربیع‌الاول|ربیع‌الأول', 'ربیع‌الثانی|ربیع‌الآخر', 'جمادی‌الاول|جمادی‌الاولی|جمادی‌الأولی', 'جمادی‌الثانی|جمادی‌الثانیه|جمادی‌الآخر', 'رجب', 'شعبان', 'رمضان', 'شوال', 'ذی‌القعده|ذیقعده', 'ذی‌الحجه|ذیحجه']],
];

/** Month names by `entityKey` (two-word spellings joined: `ربیع الاول` → `ربیعالاول`). */
export const MONTHS: ReadonlyMap<string, MonthName> = new Map(
  MONTH_SPELLINGS.flatMap(([calendar, months]) => months.flatMap((spellings, i) => spellings.split('|').map((s) => [entityKey(s), { calendar, month: i + 1 }] as const))),
);

/** Month names that are everyday words too (مهر kindness, تیر arrow, دی yesterday's, صفر zero, می a verb prefix...): dates only with a number beside them. */
export const AMBIGUOUS_MONTHS: ReadonlySet<string> = new Set(['مهر', 'تیر', 'دی', 'صفر', 'مه', 'می', 'رجب', 'رمضان', 'محرم', 'شعبان'].map(entityKey));

/** Weekdays, 0 = شنبه … 6 = جمعه, by key (`سه‌شنبه` and `سه شنبه` both → سهشنبه). */
export const WEEKDAYS: ReadonlyMap<string, number> = new Map(
  ['شنبه', 'یکشنبه|یک‌شنبه', 'دوشنبه', 'سه‌شنبه|سشنبه', 'چهارشنبه', 'پنجشنبه|پنج‌شنبه', 'جمعه'].flatMap((spellings, day) => spellings.split('|').map((s) => [entityKey(s), day] as const)),
);

/** The Persian weekday names, 0 = شنبه. */
export const WEEKDAY_NAMES = ['شنبه', 'یکشنبه', 'دوشنبه', 'سه‌شنبه', 'چهارشنبه', 'پنجشنبه', 'جمعه'] as const;

/** Words that mark the calendar after a year: `ه.ش` `شمسی` → jalali, `ه.ق` `قمری` → hijri, `میلادی` `م` → gregorian. */
export const CALENDAR_MARKERS: ReadonlyMap<string, CalendarName> = new Map([
  ...['ه.ش', 'ه.ش.', 'هش', 'ش', 'شمسی', 'ه‌ش'].map((s) => [entityKey(s), 'jalali'] as const),
  ...['ه.ق', 'ه.ق.', 'هق', 'ق', 'قمری'].map((s) => [entityKey(s), 'hijri'] as const),
  ...['میلادی', 'م', 'م.'].map((s) => [entityKey(s), 'gregorian'] as const),
]);

/** Day words relative to the report's date: offset in days. */
export const RELATIVE_DAYS: ReadonlyMap<string, number> = new Map([
  ['امروز', 0], ['امشب', 0], ['دیروز', -1], ['دیشب', -1], ['پریروز', -2], ['فردا', 1], ['پسفردا', 2], ['فرداشب', 1],
].map(([w, d]) => [entityKey(w as string), d as number]));

/** Years relative to the report's: امسال, پارسال. */
export const RELATIVE_YEARS: ReadonlyMap<string, number> = new Map([['امسال', 0], ['پارسال', -1]].map(([w, d]) => [entityKey(w as string), d as number]));

/** Units a relative phrase counts in (`سال گذشته`, `سه روز پیش`). */
export const RELATIVE_UNITS: ReadonlyMap<string, 'day' | 'week' | 'month' | 'year'> = new Map([
  ['روز', 'day'], ['هفته', 'week'], ['ماه', 'month'], ['سال', 'year'],
] as const);

/** Words after a unit that point back (-1), forward (+1) or at the current one (0). */
export const RELATIVE_DIRECTIONS: ReadonlyMap<string, number> = new Map([
  ['گذشته', -1], ['قبل', -1], ['پیش', -1], ['اخیر', -1], ['پیشین', -1], ['آینده', 1], ['بعد', 1], ['آتی', 1], ['دیگر', 1], ['جاری', 0], ['کنونی', 0], ['حاضر', 0],
].map(([w, d]) => [entityKey(w as string), d as number]));

/** Parts of the day that may open a date phrase: `صبح امروز`, `شامگاه سه‌شنبه`. */
export const DAY_PARTS: ReadonlySet<string> = new Set(['صبح', 'ظهر', 'عصر', 'شب', 'بامداد', 'شامگاه', 'غروب', 'نیمه‌شب', 'ساعات', 'اوایل', 'اواخر', 'اواسط'].map(entityKey));
