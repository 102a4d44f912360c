import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { alignmentLengths, normToOrig, origToNorm } from '../../doc/alignment.js';
import { loadLexicons } from '../../lexicon/load.js';
import { createNormalizer } from './normalizer.js';

const normalize = createNormalizer({}, loadLexicons());
const text = (input: string): string => normalize(input).text;
const Z = '\u200c';

describe('characters', () => {
  it.each([
    ['unifies Arabic yeh and kaf', 'كتاب علي', 'کتاب علی'],
    ['folds presentation forms', 'ﻻ ﺑﺎﺯﯼ', 'لا بازی'],
    ['removes diacritics', 'کِتابْ مُهِمّ', 'کتاب مهم'],
    ['turns he with hamza into he', 'خانۀ ما و نامهٔ او', 'خانه ما و نامه او'],
    ['removes kashida inside words', 'تهـــران', 'تهران'],
    ['turns a standalone kashida into a dash', 'تهران ـ ایرنا', 'تهران - ایرنا'],
    ['removes bidi and zero-width marks', 'سلام\u200f\u200e دنیا\u200b', 'سلام دنیا'],
    ['collapses spaces and trims line ends', '  آب   و   نان  ', 'آب و نان'],
    ['converts digits in Persian text', 'سال 1402 و ٢٠٢٣', 'سال ۱۴۰۲ و ۲۰۲۳'],
    ['keeps Latin digits in Latin tokens', 'جنگنده F-35 و COVID-19', 'جنگنده F-35 و COVID-19'],
    ['keeps hamza spellings', 'مسئول رئیس تأثیر', 'مسئول رئیس تأثیر'],
  ])('%s', (_, input, expected) => {
    expect(text(input)).toBe(expected);
  });
});

describe('punctuation and spacing', () => {
  it.each([
    ['Persian comma, semicolon and question mark', 'آیا او آمد? بله, آمد; رفت', 'آیا او آمد؟ بله، آمد؛ رفت'],
    ['no comma change between digits', 'رقم 1,000 نفر', 'رقم ۱,۰۰۰ نفر'],
    ['no space before and one after marks', 'او گفت :ما آماده ایم .', 'او گفت: ما آماده‌ایم.'],
    ['guillemets hug their content', 'گفت « ما آماده‌ایم » و رفت', 'گفت «ما آماده‌ایم» و رفت'],
    ['straight quotes around Persian become guillemets', 'کتاب "هنر جنگ" را خواند', 'کتاب «هنر جنگ» را خواند'],
    ['a space before an opening bracket', 'امام علی(ع) فرمود', 'امام علی (ع) فرمود'],
    ['decimals and times stay whole', 'نرخ ۳.۵ درصد در ساعت ۱۲:۳۰', 'نرخ ۳.۵ درصد در ساعت ۱۲:۳۰'],
    ['URLs are left exactly alone', 'سایت www.example.com/a?b=1,2 را ببینید', 'سایت www.example.com/a?b=1,2 را ببینید'],
  ])('%s', (_, input, expected) => {
    expect(text(input)).toBe(expected);
  });
});

describe('half-spaces deleted', () => {
  it.each([
    ['می‌ and نمی‌ verbs', 'آنان میتوانند و نمیخواهند', `آنان می${Z}توانند و نمی${Z}خواهند`],
    ['plural ها and های', 'همکاریهای منطقهای کشورها', `همکاری${Z}های منطقه${Z}ای کشورها`],
    ['perfect endings after ه', 'آنان گفتهاند و رفتهایم', `آنان گفته${Z}اند و رفته${Z}ایم`],
    ['compounds', 'گفتوگوی بینالمللی و تفاهمنامه', `گفت${Z}وگوی بین${Z}المللی و تفاهم${Z}نامه`],
    ['preverb before می', 'او برمیگردد', `او برمی${Z}گردد`],
    ['clitics after ه', 'خانهاش و نامهام', `خانه${Z}اش و نامه${Z}ام`],
  ])('%s', (_, input, expected) => {
    expect(text(input)).toBe(expected);
  });

  it.each(['ماه می سال گذشته', 'میز و میان', 'مهمان تنها همه تهران', 'بیمار بیشتر همچنین', 'آقای میدری'])('never over-joins: %s', (input) => {
    expect(text(input)).toBe(input);
  });
});

describe('half-spaces spaced', () => {
  it.each([
    ['می verbs', 'می توانند و نمی خواهند', `می${Z}توانند و نمی${Z}خواهند`],
    ['a bare plural suffix joins its word', 'کشور های منطقه و کتاب ها', `کشورهای منطقه و کتاب${Z}ها`],
    ['compounds the corpus writes joined', 'تفاهم نامه بین المللی', `تفاهم${Z}نامه بین${Z}المللی`],
    // PerDT writes گفت و گو three times as often as گفت‌وگو: the corpus decides, the deleted form still joins
    ['compounds the corpus writes apart stay apart', 'گفت و گو', 'گفت و گو'],
    ['perfect endings', 'کرده اند', `کرده${Z}اند`],
    ['a space glued to a half-space', `می ${Z}شود`, `می${Z}شود`],
  ])('%s', (_, input, expected) => {
    expect(text(input)).toBe(expected);
  });

  it('keeps است and real word pairs apart', () => {
    expect(text('این کار انجام شده است')).toBe('این کار انجام شده است');
  });
});

describe('half-spaces already there', () => {
  it('keeps a correct text unchanged', () => {
    const input = `وزیر خارجه گفت: همکاری${Z}های دو کشور در سال${Z}های اخیر گسترش یافته و گفت${Z}وگوها ادامه دارد.`;
    expect(text(input)).toBe(input);
  });

  it('removes a half-space after a non-joining letter or at a word edge', () => {
    expect(text(`کشور${Z}ها ${Z}سلام${Z} دنیا`)).toBe('کشورها سلام دنیا');
  });
});

describe('options', () => {
  it('rejects unknown values with a coded error', () => {
    expect(() => createNormalizer({ digits: 'roman' as never }, undefined)).toThrow(/E005/);
  });

  it('keeps digits and diacritics when asked', () => {
    const keep = createNormalizer({ digits: 'keep', diacritics: 'keep' }, loadLexicons());
    expect(keep('سالِ 1402').text).toBe('سالِ 1402');
  });

  it('restores nothing without lexicons but still repairs', () => {
    const bare = createNormalizer({}, undefined);
    expect(bare(`ميتوانند کشور${Z}ها`).text).toBe('میتوانند کشورها');
  });
});

/** Strings mixing everything a damaged feed may contain. */
const messy = fc
  .array(
    fc.oneof(
      fc.constantFrom('می', 'توانند', 'همکاری', 'های', 'ها', 'بین', 'المللی', 'گفت', 'و', 'گو', 'كتاب', 'ي', 'ۀ', 'هٔ', 'ﻻ', 'ﷺ', 'اند', 'ای'),
      fc.constantFrom(' ', '  ', '\u200c', '\n', '\r\n', '\t', '\u00a0', 'ـ', '،', ',', '.', '?', '!', ':', '«', '»', '"', '(', ')', '-', '/'),
      fc.constantFrom('F-35', 'COVID-19', '۱۴۰۲', '٣.٥', '1,000', 'www.a.ir', 'a@b.co', '😀', '👨‍👩‍👧', '\u064e', '\u0651', '\u200f', '\u202b', '\u0000', '\u0007', '\ufeff'),
      fc.string({ maxLength: 3 }),
      fc.string({ unit: 'grapheme', maxLength: 3 }),
    ),
    { maxLength: 30 },
  )
  .map((parts) => parts.join(''));

describe('normalization properties', () => {
  it('never throws, keeps one line per line, and is idempotent', () => {
    fc.assert(
      fc.property(messy, (input) => {
        const once = normalize(input).text;
        expect(once.split('\n').length).toBe(input.replace(/\r\n/g, '\n').replace(/[\r\u2028\u2029]/g, '\n').split('\n').length);
        expect(normalize(once).text).toBe(once);
      }),
      { numRuns: 2000 },
    );
  });

  it('has an alignment that covers both texts and maps monotonically in bounds', () => {
    fc.assert(
      fc.property(messy, (input) => {
        const { text: out, alignment } = normalize(input);
        expect(alignmentLengths(alignment)).toEqual([input.length, out.length]);
        let previous = 0;
        for (let i = 0; i <= out.length; i++) {
          const [start, end] = normToOrig(alignment, i, Math.min(out.length, i + 1));
          expect(start).toBeGreaterThanOrEqual(previous);
          expect(end).toBeLessThanOrEqual(input.length);
          expect(start).toBeLessThanOrEqual(end);
          previous = start;
        }
        const [s, e] = origToNorm(alignment, 0, input.length);
        expect(s).toBe(0);
        expect(e).toBe(out.length);
      }),
      { numRuns: 1000 },
    );
  });
});
